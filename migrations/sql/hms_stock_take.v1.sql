-- Take p_quantity of a batch from a location's level (migration 0027), refusing in words when there are not
-- that many: "Only 3 left in stock of …" (HM055). The CHECK (quantity >= 0) on stock_on_hand is the last
-- line; this message is what a person reads. The UPDATE's WHERE re-reads the row after a concurrent
-- transaction commits (READ COMMITTED), so two takers of the last box cannot both succeed.
-- Internal: called by the movement functions, EXECUTE for nobody else.
CREATE OR REPLACE FUNCTION hms_stock_take(p_batch_id bigint, p_location_id integer, p_quantity integer)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_left integer;
    v_item text;
    v_batch text;
    v_location text;
BEGIN
    UPDATE stock_on_hand SET quantity = quantity - p_quantity, updated_at = now()
    WHERE batch_id = p_batch_id AND location_id = p_location_id AND quantity >= p_quantity;
    IF FOUND THEN
        RETURN;
    END IF;
    SELECT coalesce((SELECT quantity FROM stock_on_hand WHERE batch_id = p_batch_id
                     AND location_id = p_location_id), 0) INTO v_left;
    SELECT i.name, b.batch_number INTO v_item, v_batch
    FROM stock_batch b JOIN stock_item i ON i.id = b.item_id WHERE b.id = p_batch_id;
    SELECT name INTO v_location FROM stock_location WHERE id = p_location_id;
    RAISE EXCEPTION 'Only % left in stock of % (batch %) at %.', v_left, v_item, v_batch, v_location
        USING ERRCODE = 'HM055';
END
$$;
