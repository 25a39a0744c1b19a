-- Correct a batch's level at a location (migration 0027) by p_change (negative takes away) with a reason: loss,
-- breakage or expired take away; count (a stock count) may take away or add. Refused below zero (HM055) and for
-- an unknown reason or a reason that cannot add (HM054). Returns the movement's id. Administrators only (HM053).
CREATE OR REPLACE FUNCTION hms_stock_adjust(p_batch_id bigint, p_location_id integer, p_change integer,
                                            p_reason text, p_note text)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_id bigint;
BEGIN
    IF NOT (pg_has_role(session_user, 'hms_admin', 'MEMBER') OR pg_has_role(session_user, 'hms_owner', 'MEMBER')) THEN
        RAISE EXCEPTION 'Only an administrator adjusts stock.' USING ERRCODE = 'HM053';
    END IF;
    IF p_reason IS NULL OR p_reason NOT IN ('loss', 'breakage', 'expired', 'count') THEN
        RAISE EXCEPTION 'Give the reason: loss, breakage, expired or count.' USING ERRCODE = 'HM054';
    END IF;
    IF p_change IS NULL OR p_change = 0 THEN
        RAISE EXCEPTION 'The adjustment must change the quantity.' USING ERRCODE = 'HM054';
    END IF;
    IF p_change > 0 AND p_reason <> 'count' THEN
        RAISE EXCEPTION 'Only a stock count adds stock; loss, breakage and expiry take it away.' USING ERRCODE = 'HM054';
    END IF;
    PERFORM 1 FROM stock_location WHERE id = p_location_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'This location does not exist.' USING ERRCODE = 'HM054';
    END IF;
    IF p_change < 0 THEN
        PERFORM hms_stock_take(p_batch_id, p_location_id, -p_change);
        INSERT INTO stock_movement (kind, batch_id, from_location_id, quantity, reason, note)
        VALUES ('adjust', p_batch_id, p_location_id, -p_change, p_reason, coalesce(p_note, '')) RETURNING id INTO v_id;
    ELSE
        PERFORM hms_stock_put(p_batch_id, p_location_id, p_change);
        INSERT INTO stock_movement (kind, batch_id, to_location_id, quantity, reason, note)
        VALUES ('adjust', p_batch_id, p_location_id, p_change, p_reason, coalesce(p_note, '')) RETURNING id INTO v_id;
    END IF;
    RETURN v_id;
END
$$;
