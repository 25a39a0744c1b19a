-- Report "outstanding-balances" (migration 0030; domain/reports.py): Issued invoices still owed at the end of the last day of the range, by days since issue.
-- Aggregates only. SECURITY DEFINER: the person needs no SELECT on the tables read; EXECUTE is granted to the
-- report's groups, and hms_report_guard checks the group again. Days are the hospital's (p_zone).
CREATE OR REPLACE FUNCTION hms_report_outstanding_balances(p_first date, p_last date, p_zone text, p_department integer, p_doctor integer,
                                p_specialty integer, p_payer integer, p_ward integer)
RETURNS TABLE (age text, invoices bigint, amount numeric)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_start timestamptz;
    v_end timestamptz;
BEGIN
    PERFORM hms_report_guard('outstanding-balances', ARRAY['hms_admin', 'hms_billing'], p_first, p_last);
    v_start := p_first::timestamp AT TIME ZONE p_zone;
    v_end := (p_last + 1)::timestamp AT TIME ZONE p_zone;
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
        -- Hash joins over the grouped payments and credit notes, not a subquery per invoice: one pass each.
        SELECT i.id, p_last - (i.issued_at AT TIME ZONE p_zone)::date AS days,
               i.total - coalesce(pd.amount, 0) - coalesce(cr.amount, 0) AS balance
        FROM invoice i
        LEFT JOIN paid pd ON pd.invoice_id = i.id
        LEFT JOIN credited cr ON cr.invoice_id = i.id
        WHERE i.status = 'issued' AND i.issued_at < v_end
    ), bands (place, age, low, high) AS (
        VALUES (1, '0-30 days', 0, 30), (2, '31-60 days', 31, 60), (3, '61-90 days', 61, 90),
               (4, 'over 90 days', 91, 2147483647)
    )
    SELECT b.age::text, count(o.id), coalesce(sum(o.balance), 0)
    FROM bands b LEFT JOIN owed o ON o.balance > 0 AND o.days BETWEEN b.low AND b.high
    GROUP BY b.place, b.age
    ORDER BY b.place;
END
$$;
