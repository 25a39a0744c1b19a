-- Report "no-show-rate" (migration 0030; domain/reports.py): Of the appointments due in each month (not cancelled, already started), the share marked a no-show, by specialty.
-- Aggregates only. SECURITY DEFINER: the person needs no SELECT on the tables read; EXECUTE is granted to the
-- report's groups, and hms_report_guard checks the group again. Days are the hospital's (p_zone).
CREATE OR REPLACE FUNCTION hms_report_no_show_rate(p_first date, p_last date, p_zone text, p_department integer, p_doctor integer,
                                p_specialty integer, p_payer integer, p_ward integer)
RETURNS TABLE (month date, specialty text, due bigint, no_shows bigint, rate numeric)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_start timestamptz;
    v_end timestamptz;
BEGIN
    PERFORM hms_report_guard('no-show-rate', ARRAY['hms_admin', 'hms_doctor'], p_first, p_last);
    v_start := p_first::timestamp AT TIME ZONE p_zone;
    v_end := (p_last + 1)::timestamp AT TIME ZONE p_zone;
    RETURN QUERY
    SELECT m.month, m.specialty, m.due, m.no_shows,
           CASE WHEN m.due > 0 THEN round(m.no_shows::numeric / m.due, 4) END
    FROM (SELECT date_trunc('month', a.starts_at AT TIME ZONE p_zone)::date AS month, d.specialty,
                 count(*) AS due, count(*) FILTER (WHERE a.status = 'no_show') AS no_shows
          FROM appointment a
          JOIN hms_report_doctors(p_department, p_doctor, p_specialty) d ON d.id = a.doctor_id
          WHERE a.starts_at >= v_start AND a.starts_at < v_end AND a.starts_at < now()
            AND a.status NOT IN ('requested', 'cancelled', 'declined')
          GROUP BY 1, 2) AS m
    ORDER BY m.month, m.specialty;
END
$$;
