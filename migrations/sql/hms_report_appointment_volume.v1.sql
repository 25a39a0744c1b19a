-- Report "appointment-volume" (migration 0030; domain/reports.py): Appointments starting in the range, by doctor and specialty, and what became of them.
-- Aggregates only. SECURITY DEFINER: the person needs no SELECT on the tables read; EXECUTE is granted to the
-- report's groups, and hms_report_guard checks the group again. Days are the hospital's (p_zone).
CREATE OR REPLACE FUNCTION hms_report_appointment_volume(p_first date, p_last date, p_zone text, p_department integer, p_doctor integer,
                                p_specialty integer, p_payer integer, p_ward integer)
RETURNS TABLE (doctor text, specialty text, booked bigint, seen bigint, no_shows bigint, cancelled bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_start timestamptz;
    v_end timestamptz;
BEGIN
    PERFORM hms_report_guard('appointment-volume', ARRAY['hms_admin', 'hms_doctor'], p_first, p_last);
    v_start := p_first::timestamp AT TIME ZONE p_zone;
    v_end := (p_last + 1)::timestamp AT TIME ZONE p_zone;
    RETURN QUERY
    SELECT d.name, d.specialty, count(*),
           count(*) FILTER (WHERE a.status = 'completed'),
           count(*) FILTER (WHERE a.status = 'no_show'),
           count(*) FILTER (WHERE a.status IN ('cancelled', 'declined'))
    FROM appointment a
    JOIN hms_report_doctors(p_department, p_doctor, p_specialty) d ON d.id = a.doctor_id
    WHERE a.starts_at >= v_start AND a.starts_at < v_end AND a.status <> 'requested'
    GROUP BY d.name, d.specialty
    ORDER BY d.name, d.specialty;
END
$$;
