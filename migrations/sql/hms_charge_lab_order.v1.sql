-- Ordering labs charges each test (migration 0014): one row in charge per test of the order whose catalogue
-- entry has a fee code, source_kind 'lab_order' and source_id the lab_order_item's id (so the unique key
-- charges a test once, and a second call adds nothing), the hospital's date of the order and its doctor.
-- SECURITY DEFINER so that doctors never INSERT into charge themselves: only the ordering doctor charges an
-- order (HM013). The description names the test, which is what billing puts on the invoice. Returns how many
-- charges this call added.
CREATE OR REPLACE FUNCTION hms_charge_lab_order(p_lab_order_id bigint) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_order lab_order%ROWTYPE;
    v_zone text;
    v_count integer;
BEGIN
    SELECT * INTO v_order FROM lab_order WHERE id = p_lab_order_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'This lab order no longer exists.' USING ERRCODE = 'HM014';
    END IF;
    IF v_order.doctor_id IS DISTINCT FROM hms_current_staff_id()
       AND NOT pg_has_role(session_user, 'hms_owner', 'MEMBER') THEN
        RAISE EXCEPTION 'Only the doctor who ordered these tests charges them.' USING ERRCODE = 'HM013';
    END IF;
    SELECT value #>> '{}' INTO v_zone FROM hospital_setting WHERE key = 'time_zone';
    INSERT INTO charge (patient_id, doctor_id, service_date, fee_code, description, quantity, source_kind, source_id)
    SELECT v_order.patient_id, v_order.doctor_id, (v_order.ordered_at AT TIME ZONE coalesce(v_zone, 'UTC'))::date,
           btrim(t.fee_code), left('Laboratory: ' || t.name, 200), 1, 'lab_order', i.id
    FROM lab_order_item i JOIN lab_test t ON t.id = i.lab_test_id
    WHERE i.lab_order_id = p_lab_order_id AND i.status <> 'cancelled' AND nullif(btrim(t.fee_code), '') IS NOT NULL
    ORDER BY i.id
    ON CONFLICT (source_kind, source_id, fee_code) DO NOTHING;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;
