-- Drill-down of the report "revenue-by-day" (migration 0033_report_drill; domain/reports.py DRILLS): the patients behind
-- one row, the payments and refunds taken that day by that method, and whose invoice or deposit each was.
-- The row's key (day, method) is applied to the report's own selection and filters. SECURITY DEFINER: EXECUTE for
-- the groups that may see these patients, checked again by hms_report_drill_guard (HM062; key shape HM063).
-- At most 501 rows: the screen lists 500 and says when there were more (domain/reports.py DRILL_CAP).
-- Merged duplicates: their rows were moved to the record kept (hms_merge_patients), which is the one listed.
-- Times are the hospital's wall clock (p_zone).
-- Version 2 (migration 0038_sql_words, issue 15): the detail as its parts, detail_kind and detail_values
-- (text), which services/reports/drill.py words in the workstation's language; version 1 wrote it in English.
CREATE OR REPLACE FUNCTION hms_report_drill_revenue_by_day(p_first date, p_last date, p_zone text, p_department integer,
    p_doctor integer, p_specialty integer, p_payer integer, p_ward integer, p_key text[])
RETURNS TABLE (patient_id bigint, mrn text, patient_name text, at timestamp, on_day date, detail_kind text,
               detail_values text[])
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_start timestamptz;
    v_end timestamptz;
    v_day date;
    v_from timestamptz;
    v_to timestamptz;
    v_method text := p_key[2];
BEGIN
    PERFORM hms_report_drill_guard('revenue-by-day', ARRAY['hms_admin', 'hms_billing'], p_first, p_last, p_key, 2);
    v_start := p_first::timestamp AT TIME ZONE p_zone;
    v_end := (p_last + 1)::timestamp AT TIME ZONE p_zone;
    v_day := hms_report_drill_date(p_key[1]);
    v_from := greatest(v_start, v_day::timestamp AT TIME ZONE p_zone);
    v_to := least(v_end, (v_day + 1)::timestamp AT TIME ZONE p_zone);
    RETURN QUERY
    SELECT pt.id::bigint, pt.mrn::text, (pt.family_name || ', ' || pt.given_name)::text, p.taken_at AT TIME ZONE p_zone, NULL::date,
           'payment'::text, ARRAY[p.kind::text, p.amount::text, i.number::text]
    FROM payment p
    LEFT JOIN invoice i ON i.id = p.invoice_id
    LEFT JOIN deposit dp ON dp.id = p.deposit_id
    JOIN patient p0 ON p0.id = coalesce(i.patient_id, dp.patient_id)
    JOIN patient pt ON pt.id = coalesce(p0.merged_into_id, p0.id)
    WHERE p.taken_at >= v_from AND p.taken_at < v_to AND p.method::text = v_method
    ORDER BY p.taken_at, pt.mrn
    LIMIT 501;
END
$$;
