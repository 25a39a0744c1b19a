-- BEFORE INSERT OR UPDATE on allergy: only a doctor confirms an allergy. A login that is not a doctor
-- (reception recording what the patient says at the desk) always writes "reported", unconfirmed; the
-- confirmation's who and when are stamped here when a doctor's row becomes "confirmed". The owner is left alone.
CREATE OR REPLACE FUNCTION hms_allergy_verification() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF pg_has_role(session_user, 'hms_owner', 'MEMBER') THEN
        RETURN NEW;
    END IF;
    IF NOT pg_has_role(session_user, 'hms_doctor', 'MEMBER') THEN
        IF TG_OP = 'UPDATE' THEN
            NEW.verification := OLD.verification;
            NEW.confirmed_at := OLD.confirmed_at;
            NEW.confirmed_by := OLD.confirmed_by;
        ELSE
            NEW.verification := 'reported';
            NEW.confirmed_at := NULL;
            NEW.confirmed_by := NULL;
        END IF;
    ELSIF NEW.verification = 'confirmed' AND (TG_OP = 'INSERT' OR OLD.verification <> 'confirmed') THEN
        NEW.confirmed_at := now();
        NEW.confirmed_by := session_user;
    ELSIF NEW.verification = 'reported' THEN
        NEW.confirmed_at := NULL;
        NEW.confirmed_by := NULL;
    ELSE
        NEW.confirmed_at := OLD.confirmed_at;
        NEW.confirmed_by := OLD.confirmed_by;
    END IF;
    RETURN NEW;
END
$$;
