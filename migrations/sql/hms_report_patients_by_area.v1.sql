-- Report "patients-by-area" (migration 0034; domain/reports.py): per area (patient.area, the locality typed at
-- registration), the patients registered in the range, the patients on record on the last day, and the
-- visits (appointments attended: checked in, in consultation or completed) starting in the range. Patients
-- merged into another record are not counted twice (their appointments moved to the survivor). A patient
-- without an area is counted under "(not recorded)", last.
-- Aggregates only. SECURITY DEFINER: the person needs no SELECT on the tables read; EXECUTE is granted to the
-- report's groups, and hms_report_guard checks the group again. Days are the hospital's (p_zone).
CREATE OR REPLACE FUNCTION hms_report_patients_by_area(p_first date, p_last date, p_zone text, p_department integer, p_doctor integer,
                                p_specialty integer, p_payer integer, p_ward integer)
RETURNS TABLE (area text, registered bigint, on_record bigint, visits bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_start timestamptz;
    v_end timestamptz;
BEGIN
    PERFORM hms_report_guard('patients-by-area', ARRAY['hms_admin'], p_first, p_last);
    v_start := p_first::timestamp AT TIME ZONE p_zone;
    v_end := (p_last + 1)::timestamp AT TIME ZONE p_zone;
    RETURN QUERY
    -- '' stands for "no area" in the keys: ck_patient_area_trimmed keeps it out of the column, and a NULL
    -- key would never meet its other half in the FULL JOIN.
    WITH people AS (
        SELECT coalesce(pt.area, '') AS k,
               count(*) FILTER (WHERE pt.created_at >= v_start) AS registered, count(*) AS on_record
        FROM patient pt
        WHERE pt.merged_into_id IS NULL AND pt.created_at < v_end
        GROUP BY 1
    ), seen AS (
        SELECT coalesce(pt.area, '') AS k, count(*) AS visits
        FROM appointment a JOIN patient pt ON pt.id = a.patient_id
        WHERE a.starts_at >= v_start AND a.starts_at < v_end
          AND a.status IN ('completed', 'checked_in', 'in_consultation')
        GROUP BY 1
    )
    SELECT CASE WHEN k = '' THEN '(not recorded)' ELSE k END,
           coalesce(p.registered, 0), coalesce(p.on_record, 0), coalesce(s.visits, 0)
    FROM people p FULL JOIN seen s USING (k)
    ORDER BY k = '', coalesce(p.on_record, 0) DESC, k;
END
$$;
