-- Drill-down of the report "new-registrations" (migration 0033_report_drill; domain/reports.py DRILLS): the patients behind
-- one row, the patients registered in that month (within the range); a duplicate merged since is listed as
-- registered, with the record it was merged into.
-- The row's key (month) is applied to the report's own selection and filters. SECURITY DEFINER: EXECUTE for
-- the groups that may see these patients, checked again by hms_report_drill_guard (HM062; key shape HM063).
-- At most 501 rows: the screen lists 500 and says when there were more (domain/reports.py DRILL_CAP).
-- Merged duplicates: their rows were moved to the record kept (hms_merge_patients), which is the one listed.
-- Times are the hospital's wall clock (p_zone).
-- Version 2 (migration 0038_sql_words, issue 15): the detail as its parts, detail_kind and detail_values
-- (text), which services/reports/drill.py words in the workstation's language; version 1 wrote it in English.
CREATE OR REPLACE FUNCTION hms_report_drill_new_registrations(p_first date, p_last date, p_zone text, p_department integer,
    p_doctor integer, p_specialty integer, p_payer integer, p_ward integer, p_key text[])
RETURNS TABLE (patient_id bigint, mrn text, patient_name text, at timestamp, on_day date, detail_kind text,
               detail_values text[])
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_start timestamptz;
    v_end timestamptz;
    v_month date;
    v_from timestamptz;
    v_to timestamptz;
BEGIN
    PERFORM hms_report_drill_guard('new-registrations', ARRAY['hms_admin'], p_first, p_last, p_key, 1);
    v_start := p_first::timestamp AT TIME ZONE p_zone;
    v_end := (p_last + 1)::timestamp AT TIME ZONE p_zone;
    v_month := hms_report_drill_date(p_key[1]);
    IF extract(day FROM v_month) <> 1 THEN
        RAISE EXCEPTION 'The chosen row does not name a month of the report.' USING ERRCODE = 'HM064';
    END IF;
    v_from := greatest(v_start, v_month::timestamp AT TIME ZONE p_zone);
    v_to := least(v_end, (v_month + interval '1 month')::timestamp AT TIME ZONE p_zone);
    RETURN QUERY
    SELECT pt.id::bigint, pt.mrn::text, (pt.family_name || ', ' || pt.given_name)::text,
           pt.created_at AT TIME ZONE p_zone, NULL::date,
           CASE WHEN sv.mrn IS NULL THEN NULL ELSE 'merged_into' END::text, ARRAY[sv.mrn::text]
    FROM patient pt
    LEFT JOIN patient sv ON sv.id = pt.merged_into_id
    WHERE pt.created_at >= v_from AND pt.created_at < v_to
    ORDER BY pt.created_at, pt.mrn
    LIMIT 501;
END
$$;
