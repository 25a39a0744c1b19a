-- Report "claim-rejection-reasons" (migration 0030; domain/reports.py): Claims dated in the range that the insurer rejected wholly or in part, by payer and the reason given.
-- Aggregates only. SECURITY DEFINER: the person needs no SELECT on the tables read; EXECUTE is granted to the
-- report's groups, and hms_report_guard checks the group again. Days are the hospital's (p_zone).
CREATE OR REPLACE FUNCTION hms_report_claim_rejection_reasons(p_first date, p_last date, p_zone text, p_department integer, p_doctor integer,
                                p_specialty integer, p_payer integer, p_ward integer)
RETURNS TABLE (payer text, reason text, claims bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_start timestamptz;
    v_end timestamptz;
BEGIN
    PERFORM hms_report_guard('claim-rejection-reasons', ARRAY['hms_admin', 'hms_billing'], p_first, p_last);
    v_start := p_first::timestamp AT TIME ZONE p_zone;
    v_end := (p_last + 1)::timestamp AT TIME ZONE p_zone;
    RETURN QUERY
    SELECT py.name::text, coalesce(nullif(btrim(c.rejection_reason), ''), 'No reason given')::text, count(*)
    FROM claim c JOIN insurance_payer py ON py.id = c.payer_id
    WHERE c.claim_date BETWEEN p_first AND p_last AND (p_payer IS NULL OR py.id = p_payer)
      AND c.status IN ('rejected', 'partly approved')
    GROUP BY 1, 2
    ORDER BY 1, 3 DESC, 2;
END
$$;
