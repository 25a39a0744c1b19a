-- Drill-down of the report "patients-by-area" (migration 0034_patient_area; domain/reports.py DRILLS): the
-- patients behind one area's row, those of that area registered in the range or with a visit (appointment
-- attended: checked in, in consultation or completed) starting in it; merged duplicates are left out, as the
-- report leaves them (their visits moved to the record kept). The key "(not recorded)" stands for no area (the
-- row the report shows for it; the guard trigger keeps such brackets out of no real area's way only by custom,
-- so an area literally typed that way is listed with the unrecorded ones).
-- SECURITY DEFINER: EXECUTE for the groups that may see these patients, checked again by hms_report_drill_guard
-- (HM062; key shape HM063). At most 501 rows (domain/reports.py DRILL_CAP). Times are the hospital's (p_zone).
-- Version 2 (migration 0038_sql_words, issue 15): the detail as its parts, detail_kind and detail_values
-- (text), which services/reports/drill.py words in the workstation's language; version 1 wrote it in English.
CREATE OR REPLACE FUNCTION hms_report_drill_patients_by_area(p_first date, p_last date, p_zone text, p_department integer,
    p_doctor integer, p_specialty integer, p_payer integer, p_ward integer, p_key text[])
RETURNS TABLE (patient_id bigint, mrn text, patient_name text, at timestamp, on_day date, detail_kind text,
               detail_values text[])
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_start timestamptz;
    v_end timestamptz;
    v_area text;
BEGIN
    PERFORM hms_report_drill_guard('patients-by-area', ARRAY['hms_admin'], p_first, p_last, p_key, 1);
    v_start := p_first::timestamp AT TIME ZONE p_zone;
    v_end := (p_last + 1)::timestamp AT TIME ZONE p_zone;
    v_area := nullif(p_key[1], '(not recorded)');
    RETURN QUERY
    WITH visits AS (
        SELECT a.patient_id, count(*) AS n, max(a.starts_at) AS last_visit
        FROM appointment a
        WHERE a.starts_at >= v_start AND a.starts_at < v_end
          AND a.status IN ('completed', 'checked_in', 'in_consultation')
        GROUP BY a.patient_id
    )
    SELECT pt.id::bigint, pt.mrn::text, (pt.family_name || ', ' || pt.given_name)::text,
           (CASE WHEN pt.created_at >= v_start THEN pt.created_at ELSE v.last_visit END) AT TIME ZONE p_zone,
           NULL::date,
           'area'::text, ARRAY[(pt.created_at >= v_start)::text, coalesce(v.n, 0)::text]
    FROM patient pt
    LEFT JOIN visits v ON v.patient_id = pt.id
    WHERE pt.merged_into_id IS NULL
      AND pt.area IS NOT DISTINCT FROM v_area
      AND ((pt.created_at >= v_start AND pt.created_at < v_end) OR v.patient_id IS NOT NULL)
    ORDER BY pt.family_name, pt.given_name, pt.mrn
    LIMIT 501;
END
$$;
