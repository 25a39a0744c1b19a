-- Drill-down of the report "revenue-by-category" (migration 0033_report_drill; domain/reports.py DRILLS): the patients behind
-- one row, the invoices issued in the range with lines of that category, one row per invoice.
-- The row's key (category) is applied to the report's own selection and filters. SECURITY DEFINER: EXECUTE for
-- the groups that may see these patients, checked again by hms_report_drill_guard (HM062; key shape HM063).
-- At most 501 rows: the screen lists 500 and says when there were more (domain/reports.py DRILL_CAP).
-- Merged duplicates: their rows were moved to the record kept (hms_merge_patients), which is the one listed.
-- Times are the hospital's wall clock (p_zone).
-- Version 2 (migration 0038_sql_words, issue 15): the detail as its parts, detail_kind and detail_values
-- (text), which services/reports/drill.py words in the workstation's language; version 1 wrote it in English.
CREATE OR REPLACE FUNCTION hms_report_drill_revenue_by_category(p_first date, p_last date, p_zone text, p_department integer,
    p_doctor integer, p_specialty integer, p_payer integer, p_ward integer, p_key text[])
RETURNS TABLE (patient_id bigint, mrn text, patient_name text, at timestamp, on_day date, detail_kind text,
               detail_values text[])
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_start timestamptz;
    v_end timestamptz;
    v_category text := p_key[1];
BEGIN
    PERFORM hms_report_drill_guard('revenue-by-category', ARRAY['hms_admin', 'hms_billing'], p_first, p_last, p_key, 1);
    v_start := p_first::timestamp AT TIME ZONE p_zone;
    v_end := (p_last + 1)::timestamp AT TIME ZONE p_zone;
    RETURN QUERY
    SELECT pt.id::bigint, pt.mrn::text, (pt.family_name || ', ' || pt.given_name)::text, x.issued_at AT TIME ZONE p_zone, NULL::date,
           'invoice_lines'::text, ARRAY[x.number::text, x.lines::text, x.amount::text]
    FROM (SELECT i.id, i.number, i.patient_id, i.issued_at, count(*) AS lines, sum(il.line_total + il.tax_amount) AS amount
    FROM invoice i
    JOIN invoice_line il ON il.invoice_id = i.id
          LEFT JOIN LATERAL (SELECT fs.category FROM fee_schedule fs WHERE fs.code = il.fee_code
                             ORDER BY fs.effective_from DESC LIMIT 1) f ON true
          WHERE i.status = 'issued' AND i.issued_at >= v_start AND i.issued_at < v_end
            AND coalesce(f.category, 'other') = v_category
            AND (p_department IS NULL OR EXISTS (SELECT 1 FROM charge c JOIN staff s ON s.id = c.doctor_id
                                                WHERE c.id = il.charge_id AND s.department_id = p_department))
          GROUP BY i.id) AS x
    JOIN patient p0 ON p0.id = x.patient_id
    JOIN patient pt ON pt.id = coalesce(p0.merged_into_id, p0.id)
    ORDER BY x.issued_at, x.number
    LIMIT 501;
END
$$;
