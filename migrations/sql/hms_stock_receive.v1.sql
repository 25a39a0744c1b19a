-- Receive a delivery (migration 0027): p_quantity of batch p_batch_number of an item, at a location, with its
-- expiry date, unit cost and supplier. A batch number already known for the item is the same batch (a second
-- delivery of it): its expiry and unit cost must agree (HM054), else it is a typing mistake. Writes the
-- 'receive' movement and returns the batch's id. Administrators only (HM053).
CREATE OR REPLACE FUNCTION hms_stock_receive(p_item_id integer, p_location_id integer, p_batch_number text,
                                             p_expiry date, p_quantity integer, p_unit_cost numeric,
                                             p_supplier text)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_batch stock_batch%ROWTYPE;
    v_number text := btrim(coalesce(p_batch_number, ''));
BEGIN
    IF NOT (pg_has_role(session_user, 'hms_admin', 'MEMBER') OR pg_has_role(session_user, 'hms_owner', 'MEMBER')) THEN
        RAISE EXCEPTION 'Only an administrator receives stock.' USING ERRCODE = 'HM053';
    END IF;
    IF p_quantity IS NULL OR p_quantity <= 0 THEN
        RAISE EXCEPTION 'The quantity received must be at least 1.' USING ERRCODE = 'HM054';
    END IF;
    IF v_number = '' OR p_expiry IS NULL OR p_unit_cost IS NULL OR p_unit_cost < 0 THEN
        RAISE EXCEPTION 'A batch needs its number, expiry date and a unit cost of 0 or more.' USING ERRCODE = 'HM054';
    END IF;
    PERFORM 1 FROM stock_item WHERE id = p_item_id AND active;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'This item is not in the catalogue or has been retired.' USING ERRCODE = 'HM054';
    END IF;
    PERFORM 1 FROM stock_location WHERE id = p_location_id AND active;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'This location does not exist or has been closed.' USING ERRCODE = 'HM054';
    END IF;
    -- Locked so that two deliveries of one new batch make one batch row (the unique key would refuse the second).
    SELECT * INTO v_batch FROM stock_batch WHERE item_id = p_item_id AND batch_number = v_number FOR UPDATE;
    IF FOUND THEN
        IF v_batch.expiry_date <> p_expiry OR v_batch.unit_cost <> p_unit_cost THEN
            RAISE EXCEPTION 'Batch % was received before with expiry % and unit cost %; check the batch number.',
                v_number, to_char(v_batch.expiry_date, 'YYYY-MM-DD'), v_batch.unit_cost USING ERRCODE = 'HM054';
        END IF;
    ELSE
        INSERT INTO stock_batch (item_id, batch_number, expiry_date, unit_cost, supplier)
        VALUES (p_item_id, v_number, p_expiry, p_unit_cost, left(btrim(coalesce(p_supplier, '')), 200))
        RETURNING * INTO v_batch;
    END IF;
    PERFORM hms_stock_put(v_batch.id, p_location_id, p_quantity);
    INSERT INTO stock_movement (kind, batch_id, to_location_id, quantity)
    VALUES ('receive', v_batch.id, p_location_id, p_quantity);
    RETURN v_batch.id;
END
$$;
