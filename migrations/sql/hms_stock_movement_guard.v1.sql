-- The movement history is append-only (migration 0027): no movement is ever changed or removed, whoever asks,
-- the table owner included (HM058). A mistake is corrected by a new movement (an adjustment with its reason).
CREATE OR REPLACE FUNCTION hms_stock_movement_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'A stock movement cannot be changed or removed; record an adjustment instead.'
        USING ERRCODE = 'HM058';
END
$$;
