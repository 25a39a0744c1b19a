-- Report "waiting-time" (migration 0030; domain/reports.py): Minutes between check-in and being called in, by doctor.
-- Aggregates only. SECURITY DEFINER: the person needs no SELECT on the tables read; EXECUTE is granted to the
-- report's groups, and hms_report_guard checks the group again. Days are the hospital's (p_zone).
CREATE OR REPLACE FUNCTION hms_report_waiting_time(p_first date, p_last date, p_zone text, p_department integer, p_doctor integer,
                                p_specialty integer, p_payer integer, p_ward integer)
RETURNS TABLE (doctor text, seen bigint, average_minutes numeric, longest_minutes numeric)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_start timestamptz;
    v_end timestamptz;
BEGIN
    PERFORM hms_report_guard('waiting-time', ARRAY['hms_admin', 'hms_doctor'], p_first, p_last);
    v_start := p_first::timestamp AT TIME ZONE p_zone;
    v_end := (p_last + 1)::timestamp AT TIME ZONE p_zone;
    RETURN QUERY
    SELECT d.name, count(*),
           round(avg(date_part('epoch', a.called_at - a.checked_in_at) / 60)::numeric, 1),
           round(max(date_part('epoch', a.called_at - a.checked_in_at) / 60)::numeric, 1)
    FROM appointment a
    JOIN hms_report_doctors(p_department, p_doctor, p_specialty) d ON d.id = a.doctor_id
    WHERE a.starts_at >= v_start AND a.starts_at < v_end
      AND a.checked_in_at IS NOT NULL AND a.called_at IS NOT NULL AND a.called_at >= a.checked_in_at
    GROUP BY d.name
    ORDER BY d.name;
END
$$;
