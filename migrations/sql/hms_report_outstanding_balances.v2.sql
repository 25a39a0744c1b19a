-- Report "outstanding-balances" (migration 0030; domain/reports.py): Issued invoices still owed at the end of the last day of the range, by days since issue.
-- Aggregates only. SECURITY DEFINER: the person needs no SELECT on the tables read; EXECUTE is granted to the
-- report's groups, and hms_report_guard checks the group again. Days are the hospital's (p_zone).
-- Version 2 (migration 0032, speed at a million invoices): the payments are summed per invoice by a merge join in
-- invoice order (the primary key and ix_payment_invoice_id) and a streaming group, in constant memory, where
-- version 1 hashed every invoice's payments (40 MB per 100,000, on disk past work_mem); the band is read off the
-- issue instant against three precomputed instants (no time zone conversion per invoice); one pass, not one per
-- band.
CREATE OR REPLACE FUNCTION hms_report_outstanding_balances(p_first date, p_last date, p_zone text, p_department integer, p_doctor integer,
                                p_specialty integer, p_payer integer, p_ward integer)
RETURNS TABLE (age text, invoices bigint, amount numeric)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_end timestamptz;
    v_30 timestamptz;
    v_60 timestamptz;
    v_90 timestamptz;
BEGIN
    PERFORM hms_report_guard('outstanding-balances', ARRAY['hms_admin', 'hms_billing'], p_first, p_last);
    v_end := (p_last + 1)::timestamp AT TIME ZONE p_zone;
    -- Issued on day p_last - 30 or later: 0-30 days old on p_last; and so on.
    v_30 := (p_last - 30)::timestamp AT TIME ZONE p_zone;
    v_60 := (p_last - 60)::timestamp AT TIME ZONE p_zone;
    v_90 := (p_last - 90)::timestamp AT TIME ZONE p_zone;
    RETURN QUERY
    WITH credited AS (
        SELECT cn.invoice_id, sum(cn.total) AS amount
        FROM credit_note cn WHERE cn.issued_at < v_end
        GROUP BY cn.invoice_id
    ), owed AS (
        SELECT i.id, i.issued_at,
               i.total - coalesce(sum(CASE WHEN p.kind = 'refund' THEN -p.amount ELSE p.amount END), 0) AS balance
        FROM invoice i
        LEFT JOIN payment p ON p.invoice_id = i.id AND p.taken_at < v_end
        WHERE i.status = 'issued' AND i.issued_at < v_end
        GROUP BY i.id
    ), banded AS (
        SELECT CASE WHEN o.issued_at >= v_30 THEN 1 WHEN o.issued_at >= v_60 THEN 2
                    WHEN o.issued_at >= v_90 THEN 3 ELSE 4 END AS place,
               count(*) AS n, sum(o.balance - coalesce(cr.amount, 0)) AS balance
        FROM owed o
        LEFT JOIN credited cr ON cr.invoice_id = o.id
        WHERE o.balance - coalesce(cr.amount, 0) > 0
        GROUP BY 1
    )
    SELECT b.age, coalesce(x.n, 0)::bigint, coalesce(x.balance, 0)
    FROM (VALUES (1, '0-30 days'), (2, '31-60 days'), (3, '61-90 days'), (4, 'over 90 days')) AS b(place, age)
    LEFT JOIN banded x ON x.place = b.place
    ORDER BY b.place;
END
$$;
