-- Report "waiting-time" (migration 0030; domain/reports.py): Minutes between check-in and being called in, by doctor.
-- Aggregates only. SECURITY DEFINER: the person needs no SELECT on the tables read; EXECUTE is granted to the
-- report's groups, and hms_report_guard checks the group again. Days are the hospital's (p_zone).
-- Version 2 (migration 0032): the days hms_report_summary_days names are read from appointment_day_summary, the
-- other days of the range (from the watermark on, and days changed since the last refresh) from the appointment
-- rows; both are counted per doctor first, then joined to the doctors (one row each), so the result is the same.
-- The live ranges are read one by one (LATERAL ... OFFSET 0: a nested loop the planner may not turn round) through
-- ix_appointment_starts_at, and enable_seqscan is off: the planner cannot know a range is a day or two (it
-- guesses a third of the table each) and read all 5,000,000 appointments of the benchmark for none (1-3 s).
CREATE OR REPLACE FUNCTION hms_report_waiting_time(p_first date, p_last date, p_zone text, p_department integer, p_doctor integer,
                                p_specialty integer, p_payer integer, p_ward integer)
RETURNS TABLE (doctor text, seen bigint, average_minutes numeric, longest_minutes numeric)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp SET enable_seqscan = off AS $$
#variable_conflict use_column
DECLARE
    v_days date[];
BEGIN
    PERFORM hms_report_guard('waiting-time', ARRAY['hms_admin', 'hms_doctor'], p_first, p_last);
    v_days := hms_report_summary_days(p_first, p_last, p_zone);
    RETURN QUERY
    WITH counted AS (
        SELECT a.doctor_id, count(*) AS waited, sum(w.minutes) AS minutes, max(w.minutes) AS longest
        FROM hms_report_day_ranges(p_first, p_last, p_zone, v_days) r
        CROSS JOIN LATERAL (SELECT x.* FROM appointment x WHERE x.starts_at >= r.lo AND x.starts_at < r.hi OFFSET 0) a
        CROSS JOIN LATERAL (SELECT date_part('epoch', a.called_at - a.checked_in_at) / 60 AS minutes) w
        WHERE a.checked_in_at IS NOT NULL AND a.called_at IS NOT NULL AND a.called_at >= a.checked_in_at
        GROUP BY a.doctor_id
        UNION ALL
        SELECT s.doctor_id, sum(s.waited), sum(s.waited_minutes), max(s.longest_wait)
        FROM unnest(v_days) k(day)
        JOIN appointment_day_summary s ON s.day = k.day
        WHERE s.waited > 0
        GROUP BY s.doctor_id
    )
    SELECT d.name, sum(c.waited)::bigint, round((sum(c.minutes) / sum(c.waited))::numeric, 1),
           round(max(c.longest)::numeric, 1)
    FROM counted c
    JOIN hms_report_doctors(p_department, p_doctor, p_specialty) d ON d.id = c.doctor_id
    GROUP BY d.name
    ORDER BY d.name;
END
$$;
