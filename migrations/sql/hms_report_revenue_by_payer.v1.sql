-- Report "revenue-by-payer" (migration 0030; domain/reports.py): Invoices issued in the range: what each insurer was claimed for (claims not rejected), and the patients' own share.
-- Aggregates only. SECURITY DEFINER: the person needs no SELECT on the tables read; EXECUTE is granted to the
-- report's groups, and hms_report_guard checks the group again. Days are the hospital's (p_zone).
CREATE OR REPLACE FUNCTION hms_report_revenue_by_payer(p_first date, p_last date, p_zone text, p_department integer, p_doctor integer,
                                p_specialty integer, p_payer integer, p_ward integer)
RETURNS TABLE (payer text, invoices bigint, amount numeric)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_start timestamptz;
    v_end timestamptz;
BEGIN
    PERFORM hms_report_guard('revenue-by-payer', ARRAY['hms_admin', 'hms_billing'], p_first, p_last);
    v_start := p_first::timestamp AT TIME ZONE p_zone;
    v_end := (p_last + 1)::timestamp AT TIME ZONE p_zone;
    RETURN QUERY
    WITH inv AS (
        SELECT i.id, i.total FROM invoice i
        WHERE i.status = 'issued' AND i.issued_at >= v_start AND i.issued_at < v_end
    ), insured AS (
        SELECT c.payer_id, c.invoice_id, sum(cl.insurer_amount) AS amount
        FROM claim c JOIN inv ON inv.id = c.invoice_id JOIN claim_line cl ON cl.claim_id = c.id
        WHERE c.status <> 'rejected'
        GROUP BY c.payer_id, c.invoice_id
    )
    SELECT * FROM (
        SELECT py.name::text AS payer, count(DISTINCT ins.invoice_id) AS invoices, sum(ins.amount) AS amount
        FROM insured ins JOIN insurance_payer py ON py.id = ins.payer_id
        WHERE p_payer IS NULL OR py.id = p_payer
        GROUP BY py.name
        UNION ALL
        SELECT 'Patients (own share)', count(*), coalesce(sum(inv.total - coalesce(x.amount, 0)), 0)
        FROM inv LEFT JOIN (SELECT invoice_id, sum(amount) AS amount FROM insured GROUP BY invoice_id) x
             ON x.invoice_id = inv.id
        WHERE p_payer IS NULL
        HAVING count(*) > 0
    ) AS r
    ORDER BY r.amount DESC, r.payer;
END
$$;
