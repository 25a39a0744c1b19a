-- Report "lead-time" (migration 0030; domain/reports.py): Days between booking and the appointment, by specialty (appointments starting in the range).
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
    SELECT d.specialty, count(*),
           round(avg(extract(epoch FROM a.starts_at - a.created_at) / 86400)::numeric, 1),
           round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM a.starts_at - a.created_at) / 86400))::numeric, 1)
    FROM appointment a
    JOIN hms_report_doctors(p_department, p_doctor, p_specialty) d ON d.id = a.doctor_id
    WHERE a.starts_at >= v_start AND a.starts_at < v_end AND a.status <> 'requested'
    GROUP BY d.specialty
    ORDER BY d.specialty;
END
$$;
