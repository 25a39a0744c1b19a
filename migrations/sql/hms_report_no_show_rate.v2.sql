-- Report "no-show-rate" (migration 0030; domain/reports.py): Of the appointments due in each month (not cancelled, already started), the share marked a no-show, by specialty.
-- Aggregates only. SECURITY DEFINER: the person needs no SELECT on the tables read; EXECUTE is granted to the
-- report's groups, and hms_report_guard checks the group again. Days are the hospital's (p_zone).
-- Version 2 (migration 0032): the days hms_report_summary_days names are read from appointment_day_summary, the
-- other days of the range (from the watermark on, and days changed since the last refresh) from the appointment
-- rows; both are counted per doctor first, then joined to the doctors (one row each), so the result is the same.
-- The live ranges are read one by one (LATERAL ... OFFSET 0: a nested loop the planner may not turn round) through
-- ix_appointment_starts_at, and enable_seqscan is off: the planner cannot know a range is a day or two (it
-- guesses a third of the table each) and read all 5,000,000 appointments of the benchmark for none (1-3 s).
-- A summarised day is before today, so all its appointments have started.
CREATE OR REPLACE FUNCTION hms_report_no_show_rate(p_first date, p_last date, p_zone text, p_department integer, p_doctor integer,
                                p_specialty integer, p_payer integer, p_ward integer)
RETURNS TABLE (month date, specialty text, due bigint, no_shows bigint, rate numeric)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp SET enable_seqscan = off AS $$
#variable_conflict use_column
DECLARE
    v_days date[];
BEGIN
    PERFORM hms_report_guard('no-show-rate', ARRAY['hms_admin', 'hms_doctor'], p_first, p_last);
    v_days := hms_report_summary_days(p_first, p_last, p_zone);
    RETURN QUERY
    WITH counted AS (
        SELECT date_trunc('month', a.starts_at AT TIME ZONE p_zone)::date AS month, a.doctor_id,
               count(*) AS due, count(*) FILTER (WHERE a.status = 'no_show') AS no_shows
        FROM hms_report_day_ranges(p_first, p_last, p_zone, v_days) r
        CROSS JOIN LATERAL (SELECT x.* FROM appointment x  -- already started: before now()
                            WHERE x.starts_at >= r.lo AND x.starts_at < least(r.hi, now()) OFFSET 0) a
        WHERE a.status NOT IN ('requested', 'cancelled', 'declined')
        GROUP BY 1, 2
        UNION ALL
        SELECT date_trunc('month', s.day)::date, s.doctor_id, sum(s.due), sum(s.no_shows)
        FROM unnest(v_days) k(day)
        JOIN appointment_day_summary s ON s.day = k.day
        GROUP BY 1, 2
    ), m AS (
        SELECT c.month, d.specialty, sum(c.due)::bigint AS due, sum(c.no_shows)::bigint AS no_shows
        FROM counted c
        JOIN hms_report_doctors(p_department, p_doctor, p_specialty) d ON d.id = c.doctor_id
        GROUP BY 1, 2
        HAVING sum(c.due) > 0
    )
    SELECT m.month, m.specialty, m.due, m.no_shows,
           CASE WHEN m.due > 0 THEN round(m.no_shows::numeric / m.due, 4) END
    FROM m
    ORDER BY m.month, m.specialty;
END
$$;
