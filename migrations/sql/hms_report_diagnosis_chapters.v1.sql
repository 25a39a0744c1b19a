-- Report "diagnosis-chapters" (migration 0030; domain/reports.py): Diagnoses on encounters begun in the range, per month by ICD-10 chapter.
-- Aggregates only. SECURITY DEFINER: the person needs no SELECT on the tables read; EXECUTE is granted to the
-- report's groups, and hms_report_guard checks the group again. Days are the hospital's (p_zone).
CREATE OR REPLACE FUNCTION hms_report_diagnosis_chapters(p_first date, p_last date, p_zone text, p_department integer, p_doctor integer,
                                p_specialty integer, p_payer integer, p_ward integer)
RETURNS TABLE (month date, chapter text, diagnoses bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_start timestamptz;
    v_end timestamptz;
BEGIN
    PERFORM hms_report_guard('diagnosis-chapters', ARRAY['hms_admin', 'hms_doctor'], p_first, p_last);
    v_start := p_first::timestamp AT TIME ZONE p_zone;
    v_end := (p_last + 1)::timestamp AT TIME ZONE p_zone;
    RETURN QUERY
    -- Counted by code first: the chapter is worked out once per month and code, not once per diagnosis.
    SELECT c.month, hms_icd10_chapter(c.code), sum(c.n)::bigint
    FROM (SELECT date_trunc('month', e.created_at AT TIME ZONE p_zone)::date AS month, dx.icd10_code::text AS code,
                 count(*) AS n
          FROM encounter e
          JOIN hms_report_doctors(p_department, p_doctor, p_specialty) d ON d.id = e.doctor_id
          JOIN encounter_diagnosis dx ON dx.encounter_id = e.id
          WHERE e.created_at >= v_start AND e.created_at < v_end
          GROUP BY 1, 2) AS c
    GROUP BY 1, 2
    ORDER BY 1, 2;
END
$$;
