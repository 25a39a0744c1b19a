-- An issued invoice is the record (issue 9, items 3-5): nobody changes or deletes it or its lines, the table
-- owner and superusers included (no role is checked; corrections are credit notes). Attached BEFORE to:
--   invoice       UPDATE, DELETE. A draft may change; issuing it (draft -> issued) is checked and stamped here:
--                 it needs lines, its stored totals must be the sums of its lines (each line already holds
--                 the rounding rule in CHECK constraints; domain/billing.py), it takes its number from the
--                 INV series (hms_next_document_number: the counter row locked in this transaction), issued_at
--                 and issued_by come from the database; hms_invoice_bill_charges (AFTER) marks its charges
--                 'billed'. Cancelling a draft removes its lines, so its charges can go on another invoice.
--   invoice_line  INSERT, UPDATE, DELETE: only while the invoice is a draft; a charge must be unbilled and the
--                 invoice patient's.
-- Runs with the caller's rights (not SECURITY DEFINER), so that current_user tells the patient merge (run as
-- hms_owner) from a clerk.
CREATE OR REPLACE FUNCTION hms_invoice_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    v_invoice bigint;
    v_status text;
    v_patient bigint;
    v_lines integer;
    v_subtotal numeric;
    v_discount numeric;
    v_tax numeric;
    v_charge record;
BEGIN
    IF TG_TABLE_NAME = 'invoice' THEN
        IF OLD.status <> 'draft' THEN
            -- Merging duplicate patient records (hms_merge_patients, as hms_owner) re-points patient_id only.
            IF TG_OP = 'UPDATE' AND current_user = 'hms_owner'
               AND to_jsonb(NEW) - 'patient_id' = to_jsonb(OLD) - 'patient_id' THEN
                RETURN NEW;
            END IF;
            RAISE EXCEPTION 'Invoice % was issued and can no longer be changed; issue a credit note instead.',
                coalesce(OLD.number, OLD.id::text) USING ERRCODE = 'HM019';
        END IF;
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        IF NEW.number IS DISTINCT FROM OLD.number OR NEW.issued_at IS DISTINCT FROM OLD.issued_at
           OR NEW.issued_by IS DISTINCT FROM OLD.issued_by THEN
            RAISE EXCEPTION 'The number and the time of issue are the database''s to set.' USING ERRCODE = 'HM019';
        END IF;
        IF NEW.status = 'issued' THEN
            SELECT count(*), coalesce(sum(round(quantity * unit_price, 2)), 0), coalesce(sum(discount), 0),
                   coalesce(sum(tax_amount), 0)
              INTO v_lines, v_subtotal, v_discount, v_tax
              FROM invoice_line WHERE invoice_id = NEW.id;
            IF v_lines = 0 THEN
                RAISE EXCEPTION 'An invoice without lines cannot be issued.' USING ERRCODE = 'HM020';
            END IF;
            IF NEW.subtotal <> v_subtotal OR NEW.discount <> v_discount OR NEW.tax <> v_tax
               OR NEW.total <> v_subtotal - v_discount + v_tax THEN
                RAISE EXCEPTION 'The invoice totals (% + tax % = %) are not the sum of its lines (% - % + % = %).',
                    NEW.subtotal - NEW.discount, NEW.tax, NEW.total, v_subtotal, v_discount, v_tax,
                    v_subtotal - v_discount + v_tax USING ERRCODE = 'HM020';
            END IF;
            NEW.number := hms_next_document_number('INV');
            NEW.issued_at := now();
            NEW.issued_by := session_user;
        END IF;
        IF NEW.status = 'cancelled' THEN
            -- A cancelled draft lets go of its charges (invoice_line.charge_id is unique): its lines go now,
            -- while the invoice still reads as a draft to the line guard.
            DELETE FROM invoice_line WHERE invoice_id = NEW.id;
        END IF;
        RETURN NEW;
    END IF;
    -- invoice_line
    IF TG_OP = 'DELETE' THEN
        v_invoice := OLD.invoice_id;
    ELSE
        v_invoice := NEW.invoice_id;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.invoice_id IS DISTINCT FROM NEW.invoice_id THEN
        RAISE EXCEPTION 'An invoice line cannot move to another invoice.' USING ERRCODE = 'HM019';
    END IF;
    -- FOR SHARE: issuing (an UPDATE of the invoice) and this change wait for each other.
    SELECT status, patient_id INTO v_status, v_patient FROM invoice WHERE id = v_invoice FOR SHARE;
    IF v_status IS DISTINCT FROM 'draft' THEN
        RAISE EXCEPTION 'This invoice was issued (or cancelled) and its lines can no longer change.'
            USING ERRCODE = 'HM019';
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.charge_id IS NOT NULL THEN
        SELECT patient_id, status INTO v_charge FROM charge WHERE id = NEW.charge_id;
        IF NOT FOUND OR v_charge.patient_id <> v_patient THEN
            RAISE EXCEPTION 'This charge is not one of this patient''s.' USING ERRCODE = 'HM022';
        END IF;
        IF v_charge.status <> 'unbilled' THEN
            RAISE EXCEPTION 'This charge was already billed (or voided).' USING ERRCODE = 'HM022';
        END IF;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
