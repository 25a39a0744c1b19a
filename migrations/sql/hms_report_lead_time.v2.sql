-- Report "lead-time" (migration 0030; domain/reports.py): Days between booking and the appointment, by specialty (appointments starting in the range). The median is read off a histogram in tenths of a day (a hash aggregate, where percentile_cont would sort every appointment); date_part, a double, where extract would make a numeric of every row.
-- Aggregates only. SECURITY DEFINER: the person needs no SELECT on the tables read; EXECUTE is granted to the
-- report's groups, and hms_report_guard checks the group again. Days are the hospital's (p_zone).
-- Version 2 (migration 0032): the days hms_report_summary_days names are read from appointment_day_summary, the
-- other days of the range (from the watermark on, and days changed since the last refresh) from the appointment
-- rows; both are counted per doctor first, then joined to the doctors (one row each), so the result is the same.
-- The live ranges are read one by one (LATERAL ... OFFSET 0: a nested loop the planner may not turn round) through
-- ix_appointment_starts_at, and enable_seqscan is off: the planner cannot know a range is a day or two (it
-- guesses a third of the table each) and read all 5,000,000 appointments of the benchmark for none (1-3 s).
-- The histogram comes per MONTH from appointment_month_lead_summary (per day it would have nearly a row per
-- appointment): the whole months of the range whose days are all summarised; every other day is read live.
CREATE OR REPLACE FUNCTION hms_report_lead_time(p_first date, p_last date, p_zone text, p_department integer, p_doctor integer,
                                p_specialty integer, p_payer integer, p_ward integer)
RETURNS TABLE (specialty text, appointments bigint, average_days numeric, median_days numeric)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp SET enable_seqscan = off AS $$
#variable_conflict use_column
DECLARE
    v_days date[];
    v_months date[];
    v_covered date[];
BEGIN
    PERFORM hms_report_guard('lead-time', ARRAY['hms_admin', 'hms_doctor'], p_first, p_last);
    v_days := hms_report_summary_days(p_first, p_last, p_zone);
    SELECT coalesce(array_agg(m.month), '{}') INTO v_months
    FROM (SELECT date_trunc('month', d)::date AS month, count(*) AS n FROM unnest(v_days) d GROUP BY 1) m
    WHERE m.n = ((m.month + interval '1 month')::date - m.month);
    v_covered := ARRAY(SELECT d::date FROM unnest(v_months) m,
                       generate_series(m, (m + interval '1 month')::date - 1, interval '1 day') d);
    RETURN QUERY
    WITH counted AS (
        SELECT a.doctor_id, floor(l.days * 10)::integer AS tenth, count(*) AS n, sum(l.days) AS exact
        FROM hms_report_day_ranges(p_first, p_last, p_zone, v_covered) r
        CROSS JOIN LATERAL (SELECT x.* FROM appointment x WHERE x.starts_at >= r.lo AND x.starts_at < r.hi OFFSET 0) a
        CROSS JOIN LATERAL (SELECT date_part('epoch', a.starts_at - a.created_at) / 86400 AS days) l
        WHERE a.status <> 'requested'
        GROUP BY 1, 2
        UNION ALL
        SELECT s.doctor_id, s.tenth, sum(s.appointments), sum(s.days)
        FROM unnest(v_months) k(month)
        JOIN appointment_month_lead_summary s ON s.month = k.month
        GROUP BY 1, 2
    ), histogram AS (
        SELECT d.specialty, c.tenth, sum(c.n) AS n, sum(c.exact) AS exact
        FROM counted c
        JOIN hms_report_doctors(p_department, p_doctor, p_specialty) d ON d.id = c.doctor_id
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
