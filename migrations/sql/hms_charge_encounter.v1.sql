-- Signing an encounter charges the consultation: one row in charge, with the fee code on the doctor's
-- profile (doctor_profile.consultation_fee_code), the hospital's date of the signing and the doctor.
-- SECURITY DEFINER so that doctors never INSERT into charge themselves: they can only charge an encounter
-- they signed, once (the unique key makes a second call a no-op). Returns the charge's id; NULL when the
-- doctor's profile has no fee code (nothing to charge: the service says so).
CREATE OR REPLACE FUNCTION hms_charge_encounter(p_encounter_id bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_encounter encounter%ROWTYPE;
    v_fee text;
    v_zone text;
    v_id bigint;
BEGIN
    SELECT * INTO v_encounter FROM encounter WHERE id = p_encounter_id;
    IF NOT FOUND OR v_encounter.status <> 'signed' THEN
        RAISE EXCEPTION 'Only a signed encounter is charged.' USING ERRCODE = 'HM011';
    END IF;
    IF v_encounter.signed_by <> session_user AND NOT pg_has_role(session_user, 'hms_owner', 'MEMBER') THEN
        RAISE EXCEPTION 'Only the doctor who signed an encounter charges it.' USING ERRCODE = 'HM003';
    END IF;
    SELECT nullif(btrim(consultation_fee_code), '') INTO v_fee FROM doctor_profile
    WHERE staff_id = v_encounter.doctor_id;
    IF v_fee IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT value #>> '{}' INTO v_zone FROM hospital_setting WHERE key = 'time_zone';
    INSERT INTO charge (patient_id, doctor_id, service_date, fee_code, description, quantity, source_kind, source_id)
    VALUES (v_encounter.patient_id, v_encounter.doctor_id,
            (v_encounter.signed_at AT TIME ZONE coalesce(v_zone, 'UTC'))::date, v_fee,
            CASE v_encounter.kind WHEN 'admission' THEN 'Consultation (inpatient)'
                                  WHEN 'walk_in' THEN 'Consultation (walk-in)' ELSE 'Consultation' END,
            1, 'encounter', p_encounter_id)
    ON CONFLICT (source_kind, source_id, fee_code) DO NOTHING
    RETURNING id INTO v_id;
    IF v_id IS NULL THEN
        SELECT id INTO v_id FROM charge WHERE source_kind = 'encounter' AND source_id = p_encounter_id
                                          AND fee_code = v_fee;
    END IF;
    RETURN v_id;
END
$$;
