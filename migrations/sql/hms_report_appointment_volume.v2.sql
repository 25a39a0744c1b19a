-- Report "appointment-volume" (migration 0030; domain/reports.py): Appointments starting in the range, by doctor and specialty, and what became of them.
-- Aggregates only. SECURITY DEFINER: the person needs no SELECT on the tables read; EXECUTE is granted to the
-- report's groups, and hms_report_guard checks the group again. Days are the hospital's (p_zone).
-- Version 2 (migration 0032): the days hms_report_summary_days names are read from appointment_day_summary, the
-- other days of the range (from the watermark on, and days changed since the last refresh) from the appointment
-- rows; both are counted per doctor first, then joined to the doctors (one row each), so the result is the same.
-- The live ranges are read one by one (LATERAL ... OFFSET 0: a nested loop the planner may not turn round) through
-- ix_appointment_starts_at, and enable_seqscan is off: the planner cannot know a range is a day or two (it
-- guesses a third of the table each) and read all 5,000,000 appointments of the benchmark for none (1-3 s).
CREATE OR REPLACE FUNCTION hms_report_appointment_volume(p_first date, p_last date, p_zone text, p_department integer, p_doctor integer,
                                p_specialty integer, p_payer integer, p_ward integer)
RETURNS TABLE (doctor text, specialty text, booked bigint, seen bigint, no_shows bigint, cancelled bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp SET enable_seqscan = off AS $$
#variable_conflict use_column
DECLARE
    v_days date[];
BEGIN
    PERFORM hms_report_guard('appointment-volume', ARRAY['hms_admin', 'hms_doctor'], p_first, p_last);
    v_days := hms_report_summary_days(p_first, p_last, p_zone);
    RETURN QUERY
    WITH counted AS (
        SELECT a.doctor_id, count(*) AS booked,
               count(*) FILTER (WHERE a.status = 'completed') AS seen,
               count(*) FILTER (WHERE a.status = 'no_show') AS no_shows,
               count(*) FILTER (WHERE a.status IN ('cancelled', 'declined')) AS cancelled
        FROM hms_report_day_ranges(p_first, p_last, p_zone, v_days) r
        CROSS JOIN LATERAL (SELECT x.* FROM appointment x WHERE x.starts_at >= r.lo AND x.starts_at < r.hi OFFSET 0) a
        WHERE a.status <> 'requested'
        GROUP BY a.doctor_id
        UNION ALL
        SELECT s.doctor_id, sum(s.booked), sum(s.seen), sum(s.no_shows), sum(s.cancelled)
        FROM unnest(v_days) k(day)
        JOIN appointment_day_summary s ON s.day = k.day
        GROUP BY s.doctor_id
    )
    SELECT d.name, d.specialty, sum(c.booked)::bigint, sum(c.seen)::bigint, sum(c.no_shows)::bigint,
           sum(c.cancelled)::bigint
    FROM counted c
    JOIN hms_report_doctors(p_department, p_doctor, p_specialty) d ON d.id = c.doctor_id
    GROUP BY d.name, d.specialty
    HAVING sum(c.booked) > 0
    ORDER BY d.name, d.specialty;
END
$$;
