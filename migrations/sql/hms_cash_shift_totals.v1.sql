-- What one cash shift took, grouped (issue 9, item 8): one row per (source, kind, method) with the count and
-- the sum; source 'payment' (kind payment or refund, every method) or 'deposit' (kind 'payment'). The Z-report
-- and the live summary of "My shift" read it. SECURITY DEFINER because reception keeps a shift (cash deposits)
-- but reads no payment; it answers only the shift's own person, administrators and the owner (HM042).
CREATE OR REPLACE FUNCTION hms_cash_shift_totals(p_shift_id bigint)
RETURNS TABLE (source text, kind text, method text, items bigint, amount numeric)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_staff integer;
BEGIN
    SELECT staff_id INTO v_staff FROM cash_shift WHERE id = p_shift_id;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    IF NOT (coalesce(v_staff = hms_current_staff_id(), false) OR hms_is_admin(session_user)
            OR pg_has_role(session_user, 'hms_owner', 'MEMBER')) THEN
        RAISE EXCEPTION 'Only the person whose shift it is and administrators read its totals.'
            USING ERRCODE = 'HM042';
    END IF;
    RETURN QUERY
        SELECT 'payment'::text, p.kind::text, p.method::text, count(*), sum(p.amount)
          FROM payment p WHERE p.shift_id = p_shift_id GROUP BY p.kind, p.method
        UNION ALL
        SELECT 'deposit'::text, 'payment'::text, d.method::text, count(*), sum(d.amount)
          FROM deposit d WHERE d.shift_id = p_shift_id GROUP BY d.method
        ORDER BY 1, 2, 3;
END
$$;
