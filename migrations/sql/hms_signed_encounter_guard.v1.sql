-- A signed encounter is the record: nobody changes or deletes it, nor its diagnoses, vitals or addenda.
-- No role is checked, on purpose: the table owner and superusers are refused like everybody else
-- (only session_replication_role = replica, a superuser's switch, skips triggers). Corrections are addenda.
-- Merging patient records is the one change let through (below): it re-points patient_id and nothing else.
-- Attached BEFORE to:
--   encounter           UPDATE, DELETE: refused once signed; signing itself (draft -> signed) stamps
--                       signed_at and signed_by here, so no client names them.
--   encounter_diagnosis, vital   INSERT, UPDATE, DELETE: refused when their encounter is signed.
--   encounter_addendum  INSERT: only under a signed encounter; UPDATE, DELETE: always refused.
CREATE OR REPLACE FUNCTION hms_signed_encounter_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    v_encounter bigint;
    v_status text;
BEGIN
    IF TG_TABLE_NAME = 'encounter' THEN
        IF OLD.status = 'signed' THEN
            -- The one exception: merging duplicate patient records (hms_merge_patients, running as hms_owner)
            -- moves the encounter to the surviving record and changes nothing else.
            IF TG_OP = 'UPDATE' AND current_user = 'hms_owner'
               AND to_jsonb(NEW) - 'patient_id' = to_jsonb(OLD) - 'patient_id' THEN
                RETURN NEW;
            END IF;
            RAISE EXCEPTION 'This encounter was signed and can no longer be changed; add an addendum instead.'
                USING ERRCODE = 'HM011';
        END IF;
        IF TG_OP = 'UPDATE' AND NEW.status = 'signed' THEN
            NEW.signed_at := now();
            NEW.signed_by := session_user;
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_TABLE_NAME = 'encounter_addendum' AND TG_OP <> 'INSERT' THEN
        RAISE EXCEPTION 'An addendum cannot be changed or removed; add another one.' USING ERRCODE = 'HM011';
    END IF;
    IF TG_OP = 'DELETE' THEN
        v_encounter := OLD.encounter_id;
    ELSE
        v_encounter := NEW.encounter_id;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.encounter_id IS DISTINCT FROM NEW.encounter_id THEN
        RAISE EXCEPTION 'A diagnosis or measurement cannot move to another encounter.' USING ERRCODE = 'HM011';
    END IF;
    IF TG_TABLE_NAME = 'encounter_addendum' THEN
        SELECT status INTO v_status FROM encounter WHERE id = v_encounter;
        IF v_status IS DISTINCT FROM 'signed' THEN
            RAISE EXCEPTION 'Addenda are added to signed encounters only; edit the draft instead.'
                USING ERRCODE = 'HM011';
        END IF;
        RETURN NEW;
    END IF;
    -- FOR SHARE: a signing (an UPDATE of the encounter) and this change wait for each other, so neither
    -- slips past the other. It also applies the encounter's UPDATE policy: a doctor changes diagnoses and
    -- vitals of their own encounters only; a row the login may not lock is not found.
    SELECT status INTO v_status FROM encounter WHERE id = v_encounter FOR SHARE;
    IF v_status IS NULL THEN
        RAISE EXCEPTION 'Only the doctor of an encounter changes its diagnoses and measurements.'
            USING ERRCODE = 'HM003';
    END IF;
    IF v_status = 'signed' THEN
        RAISE EXCEPTION 'This encounter was signed and can no longer be changed; add an addendum instead.'
            USING ERRCODE = 'HM011';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
