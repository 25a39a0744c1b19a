-- Report "outstanding-balances" (migration 0030; domain/reports.py): Issued invoices still owed at the end of the last day of the range, by days since issue.
-- Aggregates only. SECURITY DEFINER: the person needs no SELECT on the tables read; EXECUTE is granted to the
-- report's groups, and hms_report_guard checks the group again. Days are the hospital's (p_zone).
-- Version 3 (migration 0036, speed at a million invoices): what an invoice was owed at the end of the range
-- (T) is what it is owed now unless money moved on it from T on. invoice_balance (kept by
-- hms_invoice_balance_note) holds both. The invoices owed now whose money last moved before T are read from
-- the partial covering index of the invoices owed (an index-only scan; settled invoices are never read); the
-- few issued before T with money moved from T on come from the GiST index of (issued_at, moved_at] and are
-- recounted from their own payments and credit notes before T. Version 2 summed every invoice's payments.
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
    WITH owed AS (
        SELECT b.issued_at, b.balance
        FROM invoice_balance b
        WHERE b.balance > 0 AND b.issued_at < v_end AND (b.moved_at IS NULL OR b.moved_at < v_end)
        UNION ALL
        SELECT r.issued_at, r.balance
        FROM (SELECT b.issued_at,
                     i.total
                     - (SELECT coalesce(sum(CASE WHEN p.kind = 'refund' THEN -p.amount ELSE p.amount END), 0)
                        FROM payment p WHERE p.invoice_id = b.invoice_id AND p.taken_at < v_end)
                     - (SELECT coalesce(sum(cn.total), 0)
                        FROM credit_note cn WHERE cn.invoice_id = b.invoice_id AND cn.issued_at < v_end) AS balance
              FROM invoice_balance b JOIN invoice i ON i.id = b.invoice_id
              WHERE tstzrange(b.issued_at, greatest(b.moved_at, b.issued_at), '(]') @> v_end) r
        WHERE r.balance > 0
    ), banded AS (
        SELECT CASE WHEN o.issued_at >= v_30 THEN 1 WHEN o.issued_at >= v_60 THEN 2
                    WHEN o.issued_at >= v_90 THEN 3 ELSE 4 END AS place,
               count(*) AS n, sum(o.balance) AS balance
        FROM owed o
        GROUP BY 1
    )
    SELECT b.age, coalesce(x.n, 0)::bigint, coalesce(x.balance, 0)
    FROM (VALUES (1, '0-30 days'), (2, '31-60 days'), (3, '61-90 days'), (4, 'over 90 days')) AS b(place, age)
    LEFT JOIN banded x ON x.place = b.place
    ORDER BY b.place;
END
$$;
