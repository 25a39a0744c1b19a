-- Move p_quantity of a batch from one location to another (migration 0027): an 'issue' when the destination is a
-- ward store (stock handed to a ward), otherwise a 'transfer'. Refused when there are not that many (HM055) or
-- the two locations are the same or closed (HM054). Returns the movement's id. Administrators only (HM053).
CREATE OR REPLACE FUNCTION hms_stock_transfer(p_batch_id bigint, p_from integer, p_to integer, p_quantity integer)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_kind text;
    v_id bigint;
BEGIN
    IF NOT (pg_has_role(session_user, 'hms_admin', 'MEMBER') OR pg_has_role(session_user, 'hms_owner', 'MEMBER')) THEN
        RAISE EXCEPTION 'Only an administrator moves stock between locations.' USING ERRCODE = 'HM053';
    END IF;
    IF p_quantity IS NULL OR p_quantity <= 0 THEN
        RAISE EXCEPTION 'The quantity moved must be at least 1.' USING ERRCODE = 'HM054';
    END IF;
    IF p_from = p_to THEN
        RAISE EXCEPTION 'Choose a different location to move the stock to.' USING ERRCODE = 'HM054';
    END IF;
    SELECT CASE WHEN kind = 'ward_store' THEN 'issue' ELSE 'transfer' END INTO v_kind
    FROM stock_location WHERE id = p_to AND active;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'The destination does not exist or has been closed.' USING ERRCODE = 'HM054';
    END IF;
    PERFORM hms_stock_take(p_batch_id, p_from, p_quantity);
    PERFORM hms_stock_put(p_batch_id, p_to, p_quantity);
    INSERT INTO stock_movement (kind, batch_id, from_location_id, to_location_id, quantity)
    VALUES (v_kind, p_batch_id, p_from, p_to, p_quantity) RETURNING id INTO v_id;
    RETURN v_id;
END
$$;
