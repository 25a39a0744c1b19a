-- Add p_quantity of a batch to a location's level, creating the level row the first time (migration 0027).
-- Internal: called by the movement functions, EXECUTE for nobody else.
CREATE OR REPLACE FUNCTION hms_stock_put(p_batch_id bigint, p_location_id integer, p_quantity integer)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO stock_on_hand (batch_id, location_id, quantity) VALUES (p_batch_id, p_location_id, p_quantity)
    ON CONFLICT (batch_id, location_id)
    DO UPDATE SET quantity = stock_on_hand.quantity + EXCLUDED.quantity, updated_at = now();
END
$$;
