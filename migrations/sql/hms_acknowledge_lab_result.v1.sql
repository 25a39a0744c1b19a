-- The ordering doctor acknowledges a critical lab result (migration 0014): stamps who and when, once (a second
-- call returns the first time). SECURITY DEFINER: doctors are not granted UPDATE of the acknowledgement, so
-- nobody else (HM013) can silence an alert meant for the ordering doctor, and only a critical result is
-- acknowledged (HM012). The database owner may act for anyone (the demo's history).
CREATE OR REPLACE FUNCTION hms_acknowledge_lab_result(p_lab_result_id bigint) RETURNS timestamptz
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_row record;
    v_at timestamptz;
BEGIN
    SELECT r.flag, r.acknowledged_at, o.doctor_id INTO v_row
    FROM lab_result r JOIN lab_order_item i ON i.id = r.lab_order_item_id JOIN lab_order o ON o.id = i.lab_order_id
    WHERE r.id = p_lab_result_id
    FOR UPDATE OF r;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'This lab result no longer exists.' USING ERRCODE = 'HM014';
    END IF;
    IF v_row.doctor_id IS DISTINCT FROM hms_current_staff_id()
       AND NOT pg_has_role(session_user, 'hms_owner', 'MEMBER') THEN
        RAISE EXCEPTION 'Only the doctor who ordered this test acknowledges its critical result.'
            USING ERRCODE = 'HM013';
    END IF;
    IF v_row.flag IS NULL OR v_row.flag NOT IN ('critical_low', 'critical_high') THEN
        RAISE EXCEPTION 'Only a critical result is acknowledged.' USING ERRCODE = 'HM012';
    END IF;
    IF v_row.acknowledged_at IS NOT NULL THEN
        RETURN v_row.acknowledged_at;
    END IF;
    UPDATE lab_result SET acknowledged_at = now(), acknowledged_by = session_user WHERE id = p_lab_result_id
    RETURNING acknowledged_at INTO v_at;
    RETURN v_at;
END
$$;
