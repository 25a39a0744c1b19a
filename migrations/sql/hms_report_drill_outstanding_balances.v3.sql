-- Drill-down of the report "outstanding-balances" (migration 0033_report_drill; domain/reports.py DRILLS): the patients behind
-- one row, the issued invoices still owed on the last day of the range whose age falls in that band.
-- The row's key (age) is applied to the report's own selection and filters. SECURITY DEFINER: EXECUTE for
-- the groups that may see these patients, checked again by hms_report_drill_guard (HM062; key shape HM063).
-- At most 501 rows: the screen lists 500 and says when there were more (domain/reports.py DRILL_CAP).
-- Merged duplicates: their rows were moved to the record kept (hms_merge_patients), which is the one listed.
-- Times are the hospital's wall clock (p_zone).
-- Version 2 (migration 0036): the invoices come from invoice_balance as in version 3 of the report (owed now
-- with no money moved since the end of the range, or moving at it and recounted), within the band's issue days.
-- Version 3 (migration 0038_sql_words, issue 15): the detail as its parts, detail_kind and detail_values
-- (text), which services/reports/drill.py words in the workstation's language; version 2 wrote it in English.
CREATE OR REPLACE FUNCTION hms_report_drill_outstanding_balances(p_first date, p_last date, p_zone text, p_department integer,
    p_doctor integer, p_specialty integer, p_payer integer, p_ward integer, p_key text[])
RETURNS TABLE (patient_id bigint, mrn text, patient_name text, at timestamp, on_day date, detail_kind text,
               detail_values text[])
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_start timestamptz;
    v_end timestamptz;
    v_low integer;
    v_high integer;
    v_from timestamptz;
    v_to timestamptz;
    v_cut timestamptz;
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
    -- Issued on the days p_last - v_high .. p_last - v_low (the last band has no first day).
    v_from := CASE WHEN v_high > 36600 THEN '-infinity'::timestamptz
                   ELSE (p_last - v_high)::timestamp AT TIME ZONE p_zone END;
    v_to := (p_last - v_low + 1)::timestamp AT TIME ZONE p_zone;
    -- The list shows the first 501 by issue: of the invoices owed now, those issued up to the 501st's instant
    -- (ties included) are enough, read in index order, instead of every invoice of the band.
    SELECT b.issued_at INTO v_cut
    FROM invoice_balance b
    WHERE b.balance > 0 AND b.issued_at >= v_from AND b.issued_at < v_to
      AND (b.moved_at IS NULL OR b.moved_at < v_end)
    ORDER BY b.issued_at OFFSET 500 LIMIT 1;
    v_cut := coalesce(v_cut, 'infinity'::timestamptz);
    RETURN QUERY
    WITH owed AS (
        SELECT b.invoice_id, b.issued_at, b.balance
        FROM invoice_balance b
        WHERE b.balance > 0 AND b.issued_at < v_end AND (b.moved_at IS NULL OR b.moved_at < v_end)
          AND b.issued_at >= v_from AND b.issued_at < v_to AND b.issued_at <= v_cut
        UNION ALL
        SELECT r.invoice_id, r.issued_at, r.balance
        FROM (SELECT b.invoice_id, b.issued_at,
                     i.total
                     - (SELECT coalesce(sum(CASE WHEN p.kind = 'refund' THEN -p.amount ELSE p.amount END), 0)
                        FROM payment p WHERE p.invoice_id = b.invoice_id AND p.taken_at < v_end)
                     - (SELECT coalesce(sum(cn.total), 0)
                        FROM credit_note cn WHERE cn.invoice_id = b.invoice_id AND cn.issued_at < v_end) AS balance
              FROM invoice_balance b JOIN invoice i ON i.id = b.invoice_id
              WHERE tstzrange(b.issued_at, greatest(b.moved_at, b.issued_at), '(]') @> v_end) r
        WHERE r.balance > 0
    ), banded AS (
        SELECT o.balance, i.number, i.patient_id, i.issued_at, p_last - (i.issued_at AT TIME ZONE p_zone)::date AS days
        FROM owed o JOIN invoice i ON i.id = o.invoice_id
    )
    SELECT pt.id::bigint, pt.mrn::text, (pt.family_name || ', ' || pt.given_name)::text, o.issued_at AT TIME ZONE p_zone, NULL::date,
           'owed'::text, ARRAY[o.number::text, o.balance::text, o.days::text]
    FROM banded o
    JOIN patient p0 ON p0.id = o.patient_id
    JOIN patient pt ON pt.id = coalesce(p0.merged_into_id, p0.id)
    WHERE o.days BETWEEN v_low AND v_high
    ORDER BY o.issued_at, o.number
    LIMIT 501;
END
$$;
