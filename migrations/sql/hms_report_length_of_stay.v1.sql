-- Report "length-of-stay" (migration 0030; domain/reports.py): Admissions discharged in the range: days between admission and discharge, by the ward of their last bed.
-- Aggregates only. SECURITY DEFINER: the person needs no SELECT on the tables read; EXECUTE is granted to the
-- report's groups, and hms_report_guard checks the group again. Days are the hospital's (p_zone).
CREATE OR REPLACE FUNCTION hms_report_length_of_stay(p_first date, p_last date, p_zone text, p_department integer, p_doctor integer,
                                p_specialty integer, p_payer integer, p_ward integer)
RETURNS TABLE (ward text, discharges bigint, average_days numeric, longest_days numeric)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_start timestamptz;
    v_end timestamptz;
BEGIN
    PERFORM hms_report_guard('length-of-stay', ARRAY['hms_admin', 'hms_doctor'], p_first, p_last);
    v_start := p_first::timestamp AT TIME ZONE p_zone;
    v_end := (p_last + 1)::timestamp AT TIME ZONE p_zone;
    RETURN QUERY
    SELECT coalesce(w.name, 'No bed')::text, count(*),
           round(avg(date_part('epoch', a.discharged_at - a.admitted_at) / 86400)::numeric, 1),
           round(max(date_part('epoch', a.discharged_at - a.admitted_at) / 86400)::numeric, 1)
    FROM admission a
    LEFT JOIN LATERAL (SELECT s.bed_id FROM bed_stay s WHERE s.admission_id = a.id
                       ORDER BY s.starts_at DESC LIMIT 1) l ON true
    LEFT JOIN bed b ON b.id = l.bed_id
    LEFT JOIN room r ON r.id = b.room_id
    LEFT JOIN ward w ON w.id = r.ward_id
    WHERE a.discharged_at >= v_start AND a.discharged_at < v_end
      AND (p_doctor IS NULL OR a.attending_doctor_id = p_doctor)
      AND (p_ward IS NULL OR w.id = p_ward)
      AND (p_department IS NULL OR w.department_id = p_department)
    GROUP BY 1
    ORDER BY 1;
END
$$;
