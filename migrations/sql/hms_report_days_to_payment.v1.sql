-- Report "days-to-payment" (migration 0030; domain/reports.py): Claims whose insurer paid in the range: days from the batch's submission to the first insurance payment on the invoice.
-- Aggregates only. SECURITY DEFINER: the person needs no SELECT on the tables read; EXECUTE is granted to the
-- report's groups, and hms_report_guard checks the group again. Days are the hospital's (p_zone).
CREATE OR REPLACE FUNCTION hms_report_days_to_payment(p_first date, p_last date, p_zone text, p_department integer, p_doctor integer,
                                p_specialty integer, p_payer integer, p_ward integer)
RETURNS TABLE (payer text, paid bigint, average_days numeric, longest_days numeric)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_start timestamptz;
    v_end timestamptz;
BEGIN
    PERFORM hms_report_guard('days-to-payment', ARRAY['hms_admin', 'hms_billing'], p_first, p_last);
    v_start := p_first::timestamp AT TIME ZONE p_zone;
    v_end := (p_last + 1)::timestamp AT TIME ZONE p_zone;
    RETURN QUERY
    SELECT py.name::text, count(*),
           round(avg(date_part('epoch', pay.taken_at - cb.submitted_at) / 86400)::numeric, 1),
           round(max(date_part('epoch', pay.taken_at - cb.submitted_at) / 86400)::numeric, 1)
    FROM claim c
    JOIN claim_batch cb ON cb.id = c.batch_id
    JOIN insurance_payer py ON py.id = c.payer_id
    JOIN LATERAL (SELECT p.taken_at FROM payment p
                  WHERE p.invoice_id = c.invoice_id AND p.method = 'insurance' AND p.kind = 'payment'
                    AND p.taken_at >= cb.submitted_at
                  ORDER BY p.taken_at LIMIT 1) pay ON true
    WHERE cb.submitted_at IS NOT NULL AND pay.taken_at >= v_start AND pay.taken_at < v_end
      AND (p_payer IS NULL OR py.id = p_payer)
    GROUP BY py.name
    ORDER BY py.name;
END
$$;
