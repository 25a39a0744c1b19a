-- invoice_balance (migration 0036) recounted from the invoices, payments and credit notes: what the migration
-- fills it with, and what a load that bypassed the triggers (session_replication_role = replica: the benchmark's
-- generated million, a bulk import) runs afterwards. Owner only (no EXECUTE granted). Returns the rows written.
CREATE OR REPLACE FUNCTION hms_report_rebuild_invoice_balance() RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_rows bigint;
BEGIN
    LOCK TABLE invoice_balance IN EXCLUSIVE MODE;
    DELETE FROM invoice_balance;
    INSERT INTO invoice_balance (invoice_id, issued_at, balance, moved_at)
    SELECT i.id, i.issued_at, i.total - coalesce(cr.amount, 0) - coalesce(pd.amount, 0),
           greatest(cr.moved_at, pd.moved_at)
    FROM invoice i
    LEFT JOIN (SELECT cn.invoice_id, sum(cn.total) AS amount, max(cn.issued_at) AS moved_at
               FROM credit_note cn GROUP BY 1) cr ON cr.invoice_id = i.id
    LEFT JOIN (SELECT p.invoice_id, sum(CASE WHEN p.kind = 'refund' THEN -p.amount ELSE p.amount END) AS amount,
                      max(p.taken_at) AS moved_at
               FROM payment p GROUP BY 1) pd ON pd.invoice_id = i.id
    WHERE i.status = 'issued';
    GET DIAGNOSTICS v_rows = ROW_COUNT;
    RETURN v_rows;
END
$$;
