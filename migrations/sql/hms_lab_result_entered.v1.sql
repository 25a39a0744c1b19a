-- AFTER INSERT on lab_result (migration 0014): the test leaves the worklist, the order is "resulted" once none
-- of its tests waits, and a critical result is announced on channel lab_critical with ids only
-- ({"result_id": …, "doctor_id": …}: no test, value or name travels in a notification, which any login may
-- LISTEN to). SECURITY DEFINER: doctors are not granted UPDATE of the statuses, so only a result moves them.
CREATE OR REPLACE FUNCTION hms_lab_result_entered() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_order bigint;
    v_doctor integer;
BEGIN
    UPDATE lab_order_item SET status = 'resulted' WHERE id = NEW.lab_order_item_id
    RETURNING lab_order_id INTO v_order;
    UPDATE lab_order SET status = 'resulted'
    WHERE id = v_order AND status = 'ordered'
      AND NOT EXISTS (SELECT 1 FROM lab_order_item WHERE lab_order_id = v_order AND status = 'ordered');
    IF NEW.flag IN ('critical_low', 'critical_high') THEN
        SELECT doctor_id INTO v_doctor FROM lab_order WHERE id = v_order;
        PERFORM pg_notify('lab_critical', json_build_object('result_id', NEW.id, 'doctor_id', v_doctor)::text);
    END IF;
    RETURN NULL;
END
$$;
