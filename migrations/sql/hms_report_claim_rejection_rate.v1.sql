-- Report "claim-rejection-rate" (migration 0030; domain/reports.py): Of the claims dated in the range that the insurer has answered, the share rejected wholly or in part, by payer.
-- Aggregates only. SECURITY DEFINER: the person needs no SELECT on the tables read; EXECUTE is granted to the
-- report's groups, and hms_report_guard checks the group again. Days are the hospital's (p_zone).
CREATE OR REPLACE FUNCTION hms_report_claim_rejection_rate(p_first date, p_last date, p_zone text, p_department integer, p_doctor integer,
                                p_specialty integer, p_payer integer, p_ward integer)
RETURNS TABLE (payer text, answered bigint, rejected bigint, rate numeric)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_start timestamptz;
    v_end timestamptz;
BEGIN
    PERFORM hms_report_guard('claim-rejection-rate', ARRAY['hms_admin', 'hms_billing'], p_first, p_last);
    v_start := p_first::timestamp AT TIME ZONE p_zone;
    v_end := (p_last + 1)::timestamp AT TIME ZONE p_zone;
    RETURN QUERY
    SELECT r.payer, r.answered, r.rejected,
           CASE WHEN r.answered > 0 THEN round(r.rejected::numeric / r.answered, 4) END
    FROM (SELECT py.name::text AS payer,
                 count(*) AS answered,
                 count(*) FILTER (WHERE c.status IN ('rejected', 'partly approved')) AS rejected
          FROM claim c JOIN insurance_payer py ON py.id = c.payer_id
          WHERE c.claim_date BETWEEN p_first AND p_last AND (p_payer IS NULL OR py.id = p_payer)
            AND c.status IN ('approved', 'partly approved', 'rejected', 'paid')
          GROUP BY py.name) AS r
    ORDER BY r.payer;
END
$$;
