-- BEFORE UPDATE OR DELETE on prescription_medication: the medication list is a history. A medication is
-- stopped (status 'stopped' with a reason; stopped_at and stopped_by are stamped here), never edited or
-- removed, and a stopped one stays stopped (prescribe again instead). No role is checked; merging patient
-- records (hms_merge_patients as hms_owner) may re-point patient_id and nothing else.
CREATE OR REPLACE FUNCTION hms_medication_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    v_free CONSTANT text[] := ARRAY['status', 'stop_reason', 'stopped_at', 'stopped_by', 'version', 'updated_at',
                                    'updated_by'];
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'A medication is never removed from the list; stop it with a reason instead.'
            USING ERRCODE = 'HM016';
    END IF;
    IF current_user = 'hms_owner' AND to_jsonb(NEW) - 'patient_id' = to_jsonb(OLD) - 'patient_id' THEN
        RETURN NEW;
    END IF;
    IF OLD.status = 'stopped' THEN
        RAISE EXCEPTION 'This medication was already stopped; prescribe it again to restart it.'
            USING ERRCODE = 'HM016';
    END IF;
    IF to_jsonb(NEW) - v_free <> to_jsonb(OLD) - v_free THEN
        RAISE EXCEPTION 'A medication on the list is not edited; stop it and prescribe the new one.'
            USING ERRCODE = 'HM016';
    END IF;
    IF NEW.status = 'stopped' THEN
        IF length(btrim(coalesce(NEW.stop_reason, ''))) = 0 THEN
            RAISE EXCEPTION 'Say why the medication is stopped.' USING ERRCODE = 'HM018';
        END IF;
        NEW.stopped_at := now();
        NEW.stopped_by := session_user;
    ELSE
        NEW.stop_reason := OLD.stop_reason;
        NEW.stopped_at := OLD.stopped_at;
        NEW.stopped_by := OLD.stopped_by;
    END IF;
    RETURN NEW;
END
$$;
