-- An issued prescription is the record: nobody changes or deletes it, nor its lines and overrides.
-- No role is checked, on purpose: the table owner and superusers are refused like everybody else (only
-- session_replication_role = replica skips triggers). A mistake is corrected by a new prescription and by
-- stopping the medication. Merging patient records is the one change let through: it re-points patient_id.
-- Attached BEFORE to:
--   prescription           UPDATE, DELETE: refused unless a draft. Issuing (draft -> issued) stamps
--                          issued_at and issued_by here, so no client names them (the owner, loading demo
--                          history, may give both), and refuses a prescription
--                          without lines, or issued while the checks were off without the reason stored.
--   prescription_line, prescription_override   INSERT, UPDATE, DELETE: only while the prescription is a
--                          draft, and only by its prescriber (the FOR SHARE read applies the UPDATE policy).
CREATE OR REPLACE FUNCTION hms_prescription_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    v_prescription bigint;
    v_status text;
BEGIN
    IF TG_TABLE_NAME = 'prescription' THEN
        IF OLD.status <> 'draft' THEN
            IF TG_OP = 'UPDATE' AND current_user = 'hms_owner'
               AND to_jsonb(NEW) - 'patient_id' = to_jsonb(OLD) - 'patient_id' THEN
                RETURN NEW;
            END IF;
            RAISE EXCEPTION 'This prescription was issued and can no longer be changed; stop the medication or '
                            'write a new prescription instead.' USING ERRCODE = 'HM015';
        END IF;
        IF TG_OP = 'UPDATE' AND NEW.status = 'issued' THEN
            IF NOT EXISTS (SELECT 1 FROM prescription_line WHERE prescription_id = NEW.id) THEN
                RAISE EXCEPTION 'A prescription needs at least one line.' USING ERRCODE = 'HM018';
            END IF;
            IF NEW.checks_off AND NOT EXISTS (SELECT 1 FROM prescription_override
                                              WHERE prescription_id = NEW.id AND alert_kind = 'checks_off') THEN
                RAISE EXCEPTION 'Issuing while the drug safety checks are off needs a reason.'
                    USING ERRCODE = 'HM018';
            END IF;
            -- The owner (the demo loader writing past prescriptions) may date the issue; nobody else can.
            IF NOT pg_has_role(session_user, 'hms_owner', 'MEMBER') OR NEW.issued_at IS NULL
               OR NEW.issued_by IS NULL THEN
                NEW.issued_at := now();
                NEW.issued_by := session_user;
            END IF;
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP = 'DELETE' THEN
        v_prescription := OLD.prescription_id;
    ELSE
        v_prescription := NEW.prescription_id;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.prescription_id IS DISTINCT FROM NEW.prescription_id THEN
        RAISE EXCEPTION 'A line cannot move to another prescription.' USING ERRCODE = 'HM015';
    END IF;
    -- FOR SHARE: issuing (an UPDATE of the prescription) and this change wait for each other. It also
    -- applies the prescription's UPDATE policy: a row the login may not lock is not found.
    SELECT status INTO v_status FROM prescription WHERE id = v_prescription FOR SHARE;
    IF v_status IS NULL THEN
        RAISE EXCEPTION 'Only the prescriber of a prescription changes its lines.' USING ERRCODE = 'HM017';
    END IF;
    IF v_status <> 'draft' THEN
        RAISE EXCEPTION 'This prescription was issued and can no longer be changed; stop the medication or '
                        'write a new prescription instead.' USING ERRCODE = 'HM015';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
