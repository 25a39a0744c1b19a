-- Report "lead-time" (migration 0030; domain/reports.py): Days between booking and the appointment, by specialty (appointments starting in the range). The median is read off a histogram in tenths of a day (a hash aggregate, where percentile_cont would sort every appointment); date_part, a double, where extract would make a numeric of every row.
-- Aggregates only. SECURITY DEFINER: the person needs no SELECT on the tables read; EXECUTE is granted to the
-- report's groups, and hms_report_guard checks the group again. Days are the hospital's (p_zone).
CREATE OR REPLACE FUNCTION hms_report_lead_time(p_first date, p_last date, p_zone text, p_department integer, p_doctor integer,
                                p_specialty integer, p_payer integer, p_ward integer)
RETURNS TABLE (specialty text, appointments bigint, average_days numeric, median_days numeric)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_start timestamptz;
    v_end timestamptz;
BEGIN
    PERFORM hms_report_guard('lead-time', ARRAY['hms_admin', 'hms_doctor'], p_first, p_last);
    v_start := p_first::timestamp AT TIME ZONE p_zone;
    v_end := (p_last + 1)::timestamp AT TIME ZONE p_zone;
    RETURN QUERY
    WITH lead AS (
        SELECT d.specialty, date_part('epoch', a.starts_at - a.created_at) / 86400 AS days
        FROM appointment a
        JOIN hms_report_doctors(p_department, p_doctor, p_specialty) d ON d.id = a.doctor_id
        WHERE a.starts_at >= v_start AND a.starts_at < v_end AND a.status <> 'requested'
    ), histogram AS (
        SELECT l.specialty, floor(l.days * 10)::integer AS tenth, count(*) AS n, sum(l.days) AS exact
        FROM lead l
        GROUP BY 1, 2
    ), running AS (
        SELECT h.specialty, h.tenth, h.exact,
               sum(h.n) OVER (PARTITION BY h.specialty ORDER BY h.tenth) AS below,
               sum(h.n) OVER (PARTITION BY h.specialty) AS total
        FROM histogram h
    )
    SELECT r.specialty, max(r.total)::bigint, round((sum(r.exact) / max(r.total))::numeric, 1),
           min(r.tenth) FILTER (WHERE r.below * 2 >= r.total) / 10.0
    FROM running r
    GROUP BY r.specialty
    ORDER BY r.specialty;
END
$$;
