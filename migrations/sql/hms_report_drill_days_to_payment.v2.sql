-- Drill-down of the report "days-to-payment" (migration 0033_report_drill; domain/reports.py DRILLS): the patients behind
-- one row, the claims of that payer paid in the range, with the days from submission to the insurer's payment.
-- The row's key (payer) is applied to the report's own selection and filters. SECURITY DEFINER: EXECUTE for
-- the groups that may see these patients, checked again by hms_report_drill_guard (HM062; key shape HM063).
-- At most 501 rows: the screen lists 500 and says when there were more (domain/reports.py DRILL_CAP).
-- Merged duplicates: their rows were moved to the record kept (hms_merge_patients), which is the one listed.
-- Times are the hospital's wall clock (p_zone).
-- Version 2 (migration 0038_sql_words, issue 15): the detail as its parts, detail_kind and detail_values
-- (text), which services/reports/drill.py words in the workstation's language; version 1 wrote it in English.
CREATE OR REPLACE FUNCTION hms_report_drill_days_to_payment(p_first date, p_last date, p_zone text, p_department integer,
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
    PERFORM hms_report_drill_guard('days-to-payment', ARRAY['hms_admin', 'hms_billing'], p_first, p_last, p_key, 1);
    v_start := p_first::timestamp AT TIME ZONE p_zone;
    v_end := (p_last + 1)::timestamp AT TIME ZONE p_zone;
    RETURN QUERY
    SELECT pt.id::bigint, pt.mrn::text, (pt.family_name || ', ' || pt.given_name)::text, pay.taken_at AT TIME ZONE p_zone, NULL::date,
           'paid_after'::text, ARRAY[i.number::text,
                                     round((date_part('epoch', pay.taken_at - cb.submitted_at) / 86400)::numeric, 1)::text]
    FROM claim c
    JOIN claim_batch cb ON cb.id = c.batch_id
    JOIN insurance_payer py ON py.id = c.payer_id
    JOIN invoice i ON i.id = c.invoice_id
    JOIN LATERAL (SELECT p.taken_at FROM payment p
                  WHERE p.invoice_id = c.invoice_id AND p.method = 'insurance' AND p.kind = 'payment'
                    AND p.taken_at >= cb.submitted_at
                  ORDER BY p.taken_at LIMIT 1) pay ON true
    JOIN patient p0 ON p0.id = i.patient_id
    JOIN patient pt ON pt.id = coalesce(p0.merged_into_id, p0.id)
    WHERE cb.submitted_at IS NOT NULL AND pay.taken_at >= v_start AND pay.taken_at < v_end
      AND (p_payer IS NULL OR py.id = p_payer) AND py.name = v_payer
    ORDER BY pay.taken_at, i.number
    LIMIT 501;
END
$$;
