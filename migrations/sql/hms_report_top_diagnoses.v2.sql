-- Report "top-diagnoses" (migration 0030; domain/reports.py): The 50 most frequent ICD-10 codes on encounters begun in the range.
-- Aggregates only. SECURITY DEFINER: the person needs no SELECT on the tables read; EXECUTE is granted to the
-- report's groups, and hms_report_guard checks the group again. Days are the hospital's (p_zone).
-- Version 2 (migration 0032, speed at a million encounters): counted in two hash aggregates, per (code, patient)
-- and then per code, where version 1's count(DISTINCT) sorted every row of each code. A code is on an encounter
-- at most once (uq_encounter_diagnosis_encounter_id_icd10_code), so its encounters are its rows.
CREATE OR REPLACE FUNCTION hms_report_top_diagnoses(p_first date, p_last date, p_zone text, p_department integer, p_doctor integer,
                                p_specialty integer, p_payer integer, p_ward integer)
RETURNS TABLE (code text, encounters bigint, patients bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp SET work_mem = '64MB' AS $$
#variable_conflict use_column
DECLARE
    v_start timestamptz;
    v_end timestamptz;
BEGIN
    PERFORM hms_report_guard('top-diagnoses', ARRAY['hms_admin', 'hms_doctor'], p_first, p_last);
    v_start := p_first::timestamp AT TIME ZONE p_zone;
    v_end := (p_last + 1)::timestamp AT TIME ZONE p_zone;
    RETURN QUERY
    WITH coded AS (
        SELECT dx.icd10_code, e.patient_id, count(*) AS encounters
        FROM encounter e
        JOIN encounter_diagnosis dx ON dx.encounter_id = e.id
        WHERE e.created_at >= v_start AND e.created_at < v_end
          AND e.doctor_id IN (SELECT d.id FROM hms_report_doctors(p_department, p_doctor, p_specialty) d)
        GROUP BY 1, 2
    )
    SELECT c.icd10_code::text, sum(c.encounters)::bigint, count(*)
    FROM coded c
    GROUP BY 1
    ORDER BY 2 DESC, 1
    LIMIT 50;
END
$$;
