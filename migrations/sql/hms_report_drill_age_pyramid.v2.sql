-- Drill-down of the report "age-pyramid" (migration 0033_report_drill; domain/reports.py DRILLS): the patients behind
-- one row, the patients seen in the range (an appointment or an admission) in that age band, with their sex (merged
-- duplicates left out, as the report does).
-- The row's key (age_band) is applied to the report's own selection and filters. SECURITY DEFINER: EXECUTE for
-- the groups that may see these patients, checked again by hms_report_drill_guard (HM062; key shape HM063).
-- At most 501 rows: the screen lists 500 and says when there were more (domain/reports.py DRILL_CAP).
-- Merged duplicates: their rows were moved to the record kept (hms_merge_patients), which is the one listed.
-- Times are the hospital's wall clock (p_zone).
-- Version 2 (migration 0038_sql_words, issue 15): the detail as its parts, detail_kind and detail_values
-- (text), which services/reports/drill.py words in the workstation's language; version 1 wrote it in English.
CREATE OR REPLACE FUNCTION hms_report_drill_age_pyramid(p_first date, p_last date, p_zone text, p_department integer,
    p_doctor integer, p_specialty integer, p_payer integer, p_ward integer, p_key text[])
RETURNS TABLE (patient_id bigint, mrn text, patient_name text, at timestamp, on_day date, detail_kind text,
               detail_values text[])
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_start timestamptz;
    v_end timestamptz;
    v_band integer;
    v_low integer;
    v_high integer;
BEGIN
    PERFORM hms_report_drill_guard('age-pyramid', ARRAY['hms_admin'], p_first, p_last, p_key, 1);
    v_start := p_first::timestamp AT TIME ZONE p_zone;
    v_end := (p_last + 1)::timestamp AT TIME ZONE p_zone;
    IF p_key[1] = '85+' THEN
        v_band := 17;
    ELSIF p_key[1] ~ '^[0-9]{1,2}-[0-9]{1,2}$' THEN
        v_low := split_part(p_key[1], '-', 1)::integer;
        v_high := split_part(p_key[1], '-', 2)::integer;
        IF v_low % 5 = 0 AND v_low < 85 AND v_high = v_low + 4 THEN
            v_band := v_low / 5;
        END IF;
    END IF;
    IF v_band IS NULL THEN
        RAISE EXCEPTION 'The chosen row does not name an age band of the report.' USING ERRCODE = 'HM064';
    END IF;
    RETURN QUERY
    WITH seen AS (
        SELECT a.patient_id FROM appointment a
        WHERE a.starts_at >= v_start AND a.starts_at < v_end AND a.status IN ('completed', 'checked_in', 'in_consultation')
        UNION
        SELECT ad.patient_id FROM admission ad
        WHERE ad.admitted_at < v_end AND (ad.discharged_at IS NULL OR ad.discharged_at >= v_start)
    )
    SELECT pt.id::bigint, pt.mrn::text, (pt.family_name || ', ' || pt.given_name)::text, NULL::timestamp, NULL::date,
           'sex_age'::text, ARRAY[pt.sex::text, extract(year FROM age(p_last, pt.birth_date))::int::text, p_last::text]
    FROM seen s JOIN patient pt ON pt.id = s.patient_id
    WHERE pt.birth_date IS NOT NULL AND pt.merged_into_id IS NULL
      AND least(extract(year FROM age(p_last, pt.birth_date))::int / 5, 17) = v_band
    ORDER BY pt.family_name, pt.given_name, pt.mrn
    LIMIT 501;
END
$$;
