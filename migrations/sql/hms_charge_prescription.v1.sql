-- Issuing a prescription charges each of its lines: one row in charge per line (source_kind 'prescription',
-- source_id = the line's id), fee code 'DRUG-' || the drug's ATC code (e.g. DRUG-B01AA03: the fee schedule
-- prices a substance, not a pack), quantity the items dispensed (1 where the quantity is not counted:
-- liquids, creams, inhalers), the hospital's date of issue and the prescriber. The description is the
-- drug as printed (name, strength, form): billing needs it to invoice, and it says nothing of why.
-- SECURITY DEFINER so that doctors never INSERT into charge themselves: only the doctor who issued a
-- prescription charges it, once (the unique key makes a second call a no-op). Returns the number of charges
-- the prescription has.
CREATE OR REPLACE FUNCTION hms_charge_prescription(p_prescription_id bigint) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_rx prescription%ROWTYPE;
    v_zone text;
    v_count integer;
BEGIN
    SELECT * INTO v_rx FROM prescription WHERE id = p_prescription_id;
    IF NOT FOUND OR v_rx.status <> 'issued' THEN
        RAISE EXCEPTION 'Only an issued prescription is charged.' USING ERRCODE = 'HM015';
    END IF;
    IF v_rx.issued_by <> session_user AND NOT pg_has_role(session_user, 'hms_owner', 'MEMBER') THEN
        RAISE EXCEPTION 'Only the doctor who issued a prescription charges it.' USING ERRCODE = 'HM017';
    END IF;
    SELECT value #>> '{}' INTO v_zone FROM hospital_setting WHERE key = 'time_zone';
    INSERT INTO charge (patient_id, doctor_id, service_date, fee_code, description, quantity, source_kind, source_id)
    SELECT v_rx.patient_id, v_rx.prescriber_id, (v_rx.issued_at AT TIME ZONE coalesce(v_zone, 'UTC'))::date,
           'DRUG-' || l.atc, left(btrim(l.drug_name || ' ' || l.strength || ' ' || l.form), 200),
           coalesce(l.quantity, 1), 'prescription', l.id
    FROM prescription_line l WHERE l.prescription_id = p_prescription_id
    ORDER BY l.line_number
    ON CONFLICT (source_kind, source_id, fee_code) DO NOTHING;
    SELECT count(*) INTO v_count FROM charge c JOIN prescription_line l ON l.id = c.source_id
    WHERE c.source_kind = 'prescription' AND l.prescription_id = p_prescription_id;
    RETURN v_count;
END
$$;
