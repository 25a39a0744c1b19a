-- Drill-down of the report "revenue-by-payer" (migration 0033_report_drill; domain/reports.py DRILLS): the patients behind
-- one row, the invoices issued in the range that the payer covers (or, for the patients' own share, every invoice
-- with what the patient owes of it).
-- The row's key (payer) is applied to the report's own selection and filters. SECURITY DEFINER: EXECUTE for
-- the groups that may see these patients, checked again by hms_report_drill_guard (HM062; key shape HM063).
-- At most 501 rows: the screen lists 500 and says when there were more (domain/reports.py DRILL_CAP).
-- Merged duplicates: their rows were moved to the record kept (hms_merge_patients), which is the one listed.
-- Times are the hospital's wall clock (p_zone).
-- Version 2 (migration 0038_sql_words, issue 15): the detail as its parts, detail_kind and detail_values
-- (text), which services/reports/drill.py words in the workstation's language; version 1 wrote it in English.
CREATE OR REPLACE FUNCTION hms_report_drill_revenue_by_payer(p_first date, p_last date, p_zone text, p_department integer,
    p_doctor integer, p_specialty integer, p_payer integer, p_ward integer, p_key text[])
RETURNS TABLE (patient_id bigint, mrn text, patient_name text, at timestamp, on_day date, detail_kind text,
               detail_values text[])
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_start timestamptz;
    v_end timestamptz;
    v_payer text := p_key[1];
BEGIN
    PERFORM hms_report_drill_guard('revenue-by-payer', ARRAY['hms_admin', 'hms_billing'], p_first, p_last, p_key, 1);
    v_start := p_first::timestamp AT TIME ZONE p_zone;
    v_end := (p_last + 1)::timestamp AT TIME ZONE p_zone;
    RETURN QUERY
    WITH inv AS (
        SELECT i.id, i.number, i.patient_id, i.issued_at, i.total FROM invoice i
        WHERE i.status = 'issued' AND i.issued_at >= v_start AND i.issued_at < v_end
    ), insured AS (
        SELECT c.payer_id, c.invoice_id, sum(cl.insurer_amount) AS amount
        FROM claim c JOIN inv ON inv.id = c.invoice_id JOIN claim_line cl ON cl.claim_id = c.id
        WHERE c.status <> 'rejected'
        GROUP BY c.payer_id, c.invoice_id
    ), shown AS (
        SELECT inv.id, inv.number, inv.patient_id, inv.issued_at, ins.amount
        FROM insured ins JOIN inv ON inv.id = ins.invoice_id JOIN insurance_payer py ON py.id = ins.payer_id
        WHERE (p_payer IS NULL OR py.id = p_payer) AND py.name = v_payer
        UNION ALL
        SELECT inv.id, inv.number, inv.patient_id, inv.issued_at, inv.total - coalesce(x.amount, 0)
        FROM inv LEFT JOIN (SELECT invoice_id, sum(amount) AS amount FROM insured GROUP BY invoice_id) x
             ON x.invoice_id = inv.id
        WHERE p_payer IS NULL AND v_payer = 'Patients (own share)'
    )
    SELECT pt.id::bigint, pt.mrn::text, (pt.family_name || ', ' || pt.given_name)::text, sh.issued_at AT TIME ZONE p_zone, NULL::date,
           'invoice_amount'::text, ARRAY[sh.number::text, sh.amount::text]
    FROM shown sh
    JOIN patient p0 ON p0.id = sh.patient_id
    JOIN patient pt ON pt.id = coalesce(p0.merged_into_id, p0.id)
    ORDER BY sh.issued_at, sh.number
    LIMIT 501;
END
$$;
