-- BEFORE INSERT on lab_order_item (0026_catalogues): a retired test is not ordered any more. The ordering
-- dialog offers only active tests and the service refuses retired codes; this is the second line for a
-- client that names a retired test's id anyway. Items already ordered keep their test (no check on UPDATE).
CREATE OR REPLACE FUNCTION hms_lab_test_orderable() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM lab_test WHERE id = NEW.lab_test_id AND active) THEN
        RAISE EXCEPTION 'This test has been retired from the lab catalogue and cannot be ordered.'
            USING ERRCODE = 'HM050';
    END IF;
    RETURN NEW;
END
$$;
