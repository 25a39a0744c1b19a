-- Drill-down of the report "outstanding-balances" (migration 0033_report_drill; domain/reports.py DRILLS): the patients behind
-- one row, the issued invoices still owed on the last day of the range whose age falls in that band.
-- The row's key (age) is applied to the report's own selection and filters. SECURITY DEFINER: EXECUTE for
-- the groups that may see these patients, checked again by hms_report_drill_guard (HM062; key shape HM063).
-- At most 501 rows: the screen lists 500 and says when there were more (domain/reports.py DRILL_CAP).
-- Merged duplicates: their rows were moved to the record kept (hms_merge_patients), which is the one listed.
-- Times are the hospital's wall clock (p_zone).
CREATE OR REPLACE FUNCTION hms_report_drill_outstanding_balances(p_first date, p_last date, p_zone text, p_department integer,
    p_doctor integer, p_specialty integer, p_payer integer, p_ward integer, p_key text[])
RETURNS TABLE (patient_id bigint, mrn text, patient_name text, at timestamp, on_day date, detail text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_start timestamptz;
    v_end timestamptz;
    v_low integer;
    v_high integer;
BEGIN
    PERFORM hms_report_drill_guard('outstanding-balances', ARRAY['hms_admin', 'hms_billing'], p_first, p_last, p_key, 1);
    v_start := p_first::timestamp AT TIME ZONE p_zone;
    v_end := (p_last + 1)::timestamp AT TIME ZONE p_zone;
    SELECT b.low, b.high INTO v_low, v_high
    FROM (VALUES ('0-30 days', 0, 30), ('31-60 days', 31, 60), ('61-90 days', 61, 90),
                 ('over 90 days', 91, 2147483647)) AS b(age, low, high)
    WHERE b.age = p_key[1];
    IF v_low IS NULL THEN
        RAISE EXCEPTION 'The chosen row does not name an age band of the report.' USING ERRCODE = 'HM064';
    END IF;
    RETURN QUERY
    WITH paid AS (
        SELECT p.invoice_id, sum(CASE WHEN p.kind = 'refund' THEN -p.amount ELSE p.amount END) AS amount
        FROM payment p WHERE p.taken_at < v_end
        GROUP BY p.invoice_id
    ), credited AS (
        SELECT cn.invoice_id, sum(cn.total) AS amount
        FROM credit_note cn WHERE cn.issued_at < v_end
        GROUP BY cn.invoice_id
    ), owed AS (
        SELECT i.id, i.number, i.patient_id, i.issued_at, p_last - (i.issued_at AT TIME ZONE p_zone)::date AS days,
               i.total - coalesce(pd.amount, 0) - coalesce(cr.amount, 0) AS balance
        FROM invoice i
        LEFT JOIN paid pd ON pd.invoice_id = i.id
        LEFT JOIN credited cr ON cr.invoice_id = i.id
        WHERE i.status = 'issued' AND i.issued_at < v_end
    )
    SELECT pt.id::bigint, pt.mrn::text, (pt.family_name || ', ' || pt.given_name)::text, o.issued_at AT TIME ZONE p_zone, NULL::date,
           ('Invoice ' || o.number || ': ' || to_char(o.balance, 'FM999999999990.00') || ' owed, ' || o.days || ' days')::text
    FROM owed o
    JOIN patient p0 ON p0.id = o.patient_id
    JOIN patient pt ON pt.id = coalesce(p0.merged_into_id, p0.id)
    WHERE o.balance > 0 AND o.days BETWEEN v_low AND v_high
    ORDER BY o.issued_at, o.number
    LIMIT 501;
END
$$;
