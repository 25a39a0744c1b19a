-- Dispense p_quantity against an issued prescription line from a location (migration 0027), first expiry first
-- out across the item's batches there, skipping batches expired by the hospital's today. Refused:
-- HM053 without the capability role hms_dispenser; HM056 for a line of a prescription not issued, or more than
-- was prescribed minus what was already dispensed; HM057 when the drug is not an active stock item; HM055 when
-- the location holds fewer unexpired ones ("Only 0 left in stock of …"). The item's levels at the location are
-- locked FOR UPDATE before they are counted, so two clerks dispensing the last box queue: the second counts
-- after the first commits and is told how many are left. The line is locked too, so two dispensings of one line
-- cannot together pass what was prescribed.
-- The drug charge: issuing a prescription charges every line (hms_charge_prescription); a line without a charge
-- (e.g. written before charging existed, or the charge was voided and removed) gets one here, as issuing would
-- have made it, with the item's fee code when it has one. One 'dispense' movement per batch taken.
-- Returns the batches taken (FEFO order) and how many of each.
CREATE OR REPLACE FUNCTION hms_stock_dispense(p_line_id bigint, p_location_id integer, p_quantity integer)
RETURNS TABLE (batch_id bigint, batch_number text, expiry_date date, quantity integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_line prescription_line%ROWTYPE;
    v_rx prescription%ROWTYPE;
    v_item stock_item%ROWTYPE;
    v_location text;
    v_zone text;
    v_today date;
    v_prescribed integer;
    v_done integer;
    v_available integer;
    v_need integer;
    v_take integer;
    r record;
BEGIN
    IF NOT (pg_has_role(session_user, 'hms_dispenser', 'MEMBER') OR pg_has_role(session_user, 'hms_owner', 'MEMBER')) THEN
        RAISE EXCEPTION 'Dispensing needs the dispensing permission; an administrator grants it on the Users page.'
            USING ERRCODE = 'HM053';
    END IF;
    IF p_quantity IS NULL OR p_quantity <= 0 THEN
        RAISE EXCEPTION 'The quantity to dispense must be at least 1.' USING ERRCODE = 'HM056';
    END IF;
    SELECT * INTO v_line FROM prescription_line WHERE id = p_line_id FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'This prescription line does not exist.' USING ERRCODE = 'HM056';
    END IF;
    SELECT * INTO v_rx FROM prescription WHERE id = v_line.prescription_id;
    IF v_rx.status <> 'issued' THEN
        RAISE EXCEPTION 'Only an issued prescription is dispensed.' USING ERRCODE = 'HM056';
    END IF;
    v_prescribed := coalesce(v_line.quantity, 1);
    SELECT coalesce(sum(m.quantity), 0) INTO v_done FROM stock_movement m
    WHERE m.prescription_line_id = p_line_id AND m.kind = 'dispense';
    IF p_quantity > v_prescribed - v_done THEN
        RAISE EXCEPTION 'Only % left to dispense on this line (% prescribed, % dispensed).',
            greatest(v_prescribed - v_done, 0), v_prescribed, v_done USING ERRCODE = 'HM056';
    END IF;
    SELECT * INTO v_item FROM stock_item WHERE drug_id = v_line.drug_id AND active;
    IF NOT FOUND THEN
        RAISE EXCEPTION '% % % is not a stock item of the pharmacy.', v_line.drug_name, v_line.strength, v_line.form
            USING ERRCODE = 'HM057';
    END IF;
    SELECT name INTO v_location FROM stock_location WHERE id = p_location_id AND active;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'This location does not exist or has been closed.' USING ERRCODE = 'HM054';
    END IF;
    SELECT value #>> '{}' INTO v_zone FROM hospital_setting WHERE key = 'time_zone';
    v_today := (now() AT TIME ZONE coalesce(v_zone, 'UTC'))::date;

    -- Lock, then count: a concurrent dispenser's rows are re-read after it commits (READ COMMITTED), and a level
    -- it emptied no longer qualifies.
    SELECT coalesce(sum(s.quantity), 0) INTO v_available FROM (
        SELECT lv.quantity FROM stock_on_hand lv JOIN stock_batch b ON b.id = lv.batch_id
        WHERE b.item_id = v_item.id AND lv.location_id = p_location_id AND b.expiry_date >= v_today
          AND lv.quantity > 0
        FOR UPDATE OF lv) s;
    IF v_available < p_quantity THEN
        RAISE EXCEPTION 'Only % left in stock of % at % (batches not expired).', v_available, v_item.name, v_location
            USING ERRCODE = 'HM055';
    END IF;

    v_need := p_quantity;
    FOR r IN SELECT lv.batch_id AS id, b.batch_number AS number, b.expiry_date AS expiry, lv.quantity AS level
             FROM stock_on_hand lv JOIN stock_batch b ON b.id = lv.batch_id
             WHERE b.item_id = v_item.id AND lv.location_id = p_location_id AND b.expiry_date >= v_today
               AND lv.quantity > 0
             ORDER BY b.expiry_date, b.id LOOP
        EXIT WHEN v_need = 0;
        v_take := least(v_need, r.level);
        PERFORM hms_stock_take(r.id, p_location_id, v_take);
        INSERT INTO stock_movement (kind, batch_id, from_location_id, quantity, prescription_line_id)
        VALUES ('dispense', r.id, p_location_id, v_take, p_line_id);
        v_need := v_need - v_take;
        batch_id := r.id;
        batch_number := r.number;
        expiry_date := r.expiry;
        quantity := v_take;
        RETURN NEXT;
    END LOOP;

    IF NOT EXISTS (SELECT 1 FROM charge c WHERE c.source_kind = 'prescription' AND c.source_id = p_line_id) THEN
        INSERT INTO charge (patient_id, doctor_id, service_date, fee_code, description, quantity, source_kind,
                            source_id)
        VALUES (v_rx.patient_id, v_rx.prescriber_id, (v_rx.issued_at AT TIME ZONE coalesce(v_zone, 'UTC'))::date,
                coalesce(nullif(btrim(v_item.fee_code), ''), 'DRUG-' || v_line.atc),
                left(btrim(v_line.drug_name || ' ' || v_line.strength || ' ' || v_line.form), 200),
                v_prescribed, 'prescription', p_line_id)
        ON CONFLICT (source_kind, source_id, fee_code) DO NOTHING;
    END IF;
END
$$;
