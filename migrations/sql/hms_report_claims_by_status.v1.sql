-- Report "claims-by-status" (migration 0030; domain/reports.py): Claims dated in the range, by payer and status, with the amount claimed from the insurer.
-- Aggregates only. SECURITY DEFINER: the person needs no SELECT on the tables read; EXECUTE is granted to the
-- report's groups, and hms_report_guard checks the group again. Days are the hospital's (p_zone).
CREATE OR REPLACE FUNCTION hms_report_claims_by_status(p_first date, p_last date, p_zone text, p_department integer, p_doctor integer,
                                p_specialty integer, p_payer integer, p_ward integer)
RETURNS TABLE (payer text, status text, claims bigint, amount numeric)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_start timestamptz;
    v_end timestamptz;
BEGIN
    PERFORM hms_report_guard('claims-by-status', ARRAY['hms_admin', 'hms_billing'], p_first, p_last);
    v_start := p_first::timestamp AT TIME ZONE p_zone;
    v_end := (p_last + 1)::timestamp AT TIME ZONE p_zone;
    RETURN QUERY
    SELECT py.name::text, c.status::text, count(*),
           coalesce(sum((SELECT sum(cl.insurer_amount) FROM claim_line cl WHERE cl.claim_id = c.id)), 0)
    FROM claim c JOIN insurance_payer py ON py.id = c.payer_id
    WHERE c.claim_date BETWEEN p_first AND p_last AND (p_payer IS NULL OR py.id = p_payer)
    GROUP BY py.name, c.status
    ORDER BY py.name, c.status;
END
$$;
