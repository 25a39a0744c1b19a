-- Money taken is the record (issue 9, item 5): a payment or a deposit is never edited or deleted, by any role,
-- the table owner and superusers included (no role is checked; a mistake is put right by a refund row or a
-- credit note). Attached BEFORE INSERT OR UPDATE OR DELETE to payment and deposit.
--   UPDATE, DELETE: refused (HM028), except the patient merge (hms_owner) re-pointing a deposit's patient_id.
--   INSERT: taken_at/taken_by are the database's (now(), session_user) whatever the row says.
--   payment INSERT: only on an issued invoice (HM029; the invoice row is locked FOR SHARE so it cannot change
--     status meanwhile). Method 'deposit': the deposit must be the invoice patient's (HM029) and the amounts
--     applied from it never more than it holds (HM030; the deposit row is locked FOR UPDATE so two clerks
--     applying the same deposit at once wait for each other). A refund never pays back more than the invoice
--     is overpaid by (HM030).
-- SECURITY DEFINER: locking the deposit FOR UPDATE needs an UPDATE privilege nobody is granted. The merge
-- exception is therefore not a role test: UPDATE on these tables is granted to no group, so only the owner
-- (hms_merge_patients runs as it) reaches this trigger with an UPDATE at all.
CREATE OR REPLACE FUNCTION hms_payment_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_invoice record;
    v_deposit record;
    v_applied numeric;
    v_credited numeric;
    v_paid numeric;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'deposit'
           AND to_jsonb(NEW) - 'patient_id' = to_jsonb(OLD) - 'patient_id' THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'Money taken is never changed or removed; record a refund instead.' USING ERRCODE = 'HM028';
    END IF;
    NEW.taken_at := now();
    NEW.taken_by := session_user;
    IF TG_TABLE_NAME = 'deposit' THEN
        RETURN NEW;
    END IF;
    SELECT id, number, status, patient_id, total INTO v_invoice FROM invoice WHERE id = NEW.invoice_id FOR SHARE;
    IF NOT FOUND OR v_invoice.status <> 'issued' THEN
        RAISE EXCEPTION 'Payments are taken only on an issued invoice; issue the draft first.'
            USING ERRCODE = 'HM029';
    END IF;
    IF NEW.method = 'deposit' THEN
        SELECT id, patient_id, amount INTO v_deposit FROM deposit WHERE id = NEW.deposit_id FOR UPDATE;
        IF NOT FOUND OR v_deposit.patient_id <> v_invoice.patient_id THEN
            RAISE EXCEPTION 'This deposit is not one of this patient''s.' USING ERRCODE = 'HM029';
        END IF;
        SELECT coalesce(sum(CASE kind WHEN 'payment' THEN amount ELSE -amount END), 0) INTO v_applied
          FROM payment WHERE deposit_id = NEW.deposit_id;
        -- (plpgsql ends an IF condition at its first THEN, so the signed amount is computed first)
        v_applied := v_applied + CASE NEW.kind WHEN 'payment' THEN NEW.amount ELSE -NEW.amount END;
        IF v_applied > v_deposit.amount THEN
            RAISE EXCEPTION 'This deposit holds % in all; that is more.', v_deposit.amount USING ERRCODE = 'HM030';
        END IF;
    END IF;
    IF NEW.kind = 'refund' THEN
        SELECT coalesce(sum(total), 0) INTO v_credited FROM credit_note WHERE invoice_id = NEW.invoice_id;
        SELECT coalesce(sum(CASE kind WHEN 'payment' THEN amount ELSE -amount END), 0) INTO v_paid
          FROM payment WHERE invoice_id = NEW.invoice_id;
        IF NEW.amount > v_paid - (v_invoice.total - v_credited) THEN
            RAISE EXCEPTION 'A refund pays back at most what was paid over the amount due (%).',
                greatest(v_paid - (v_invoice.total - v_credited), 0) USING ERRCODE = 'HM030';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
