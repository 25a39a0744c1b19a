-- BEFORE INSERT OR UPDATE on department, ward, room and bed (migration 0025): the rules of retiring and of
-- taking a bed out of service, whichever client writes.
-- * retired_at / retired_by follow ``active``: the database says when and by whom, never a staff login.
-- * A ward, room or bed with a patient in one of its beds cannot be retired (HM046); its beds are locked
--   first, so an admission committing at the same moment is either seen here or refused by
--   hms_bed_stay_guard. A department with an active ward cannot be retired (HM047).
-- * Nothing is added to, moved under or reactivated under a retired department, ward or room (HM048).
-- * bed: out_of_service_since is stamped when a bed goes out of service; reason, expected return and since
--   are cleared when it comes back (so "Mark ready" on the bed board needs no grant on them).
-- v2 (migration 0030_bed_reason): an out-of-service bed has a reason, whoever takes it out (the Wards and
--   beds page or the bed board, reception or an administrator, or any SQL tool): a missing or blank one is
--   refused in the user's words (HM031) before ck_bed_out_of_service_has_reason would refuse it anonymously.
CREATE OR REPLACE FUNCTION hms_bed_structure_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    v_retiring boolean := TG_OP = 'UPDATE' AND OLD.active AND NOT NEW.active;
    v_placing boolean := NEW.active AND (TG_OP = 'INSERT' OR NOT OLD.active);
    v_parent_active boolean;
    v_parent text;
    v_owner boolean := pg_has_role(session_user, 'hms_owner', 'MEMBER');
BEGIN
    IF NEW.active THEN
        NEW.retired_at := NULL;
        NEW.retired_by := NULL;
    ELSIF TG_OP = 'UPDATE' AND NOT OLD.active AND NOT v_owner THEN
        NEW.retired_at := OLD.retired_at;
        NEW.retired_by := OLD.retired_by;
    ELSIF NOT v_owner OR NEW.retired_at IS NULL THEN
        -- The owner (migrations, demo and test data) may write a retirement in the past; nobody else.
        NEW.retired_at := now();
        NEW.retired_by := session_user;
    END IF;

    IF TG_TABLE_NAME = 'department' THEN
        IF v_retiring AND EXISTS (SELECT 1 FROM ward w WHERE w.department_id = NEW.id AND w.active) THEN
            RAISE EXCEPTION 'The department "%" still has wards in use. Retire its wards or move them to another '
                            'department first.', NEW.name USING ERRCODE = 'HM047';
        END IF;
        RETURN NEW;
    END IF;

    IF TG_TABLE_NAME = 'ward' THEN
        IF NEW.department_id IS NOT NULL
           AND (v_placing OR (NEW.active AND NEW.department_id IS DISTINCT FROM OLD.department_id)) THEN
            SELECT d.active, d.name INTO v_parent_active, v_parent FROM department d WHERE d.id = NEW.department_id;
            IF v_parent_active IS FALSE THEN
                RAISE EXCEPTION 'The department "%" is retired. Reactivate it first, or choose another department.',
                                v_parent USING ERRCODE = 'HM048';
            END IF;
        END IF;
        IF v_retiring THEN
            PERFORM 1 FROM bed b JOIN room r ON r.id = b.room_id WHERE r.ward_id = NEW.id ORDER BY b.id
                FOR UPDATE OF b;
            IF EXISTS (SELECT 1 FROM bed_stay s JOIN bed b ON b.id = s.bed_id JOIN room r ON r.id = b.room_id
                       WHERE r.ward_id = NEW.id AND s.ends_at IS NULL) THEN
                RAISE EXCEPTION 'The ward "%" has patients in its beds. Transfer or discharge them before retiring '
                                'the ward.', NEW.name USING ERRCODE = 'HM046';
            END IF;
        END IF;
        RETURN NEW;
    END IF;

    IF TG_TABLE_NAME = 'room' THEN
        IF v_placing OR (NEW.active AND NEW.ward_id IS DISTINCT FROM OLD.ward_id) THEN
            SELECT w.active, w.name INTO v_parent_active, v_parent FROM ward w WHERE w.id = NEW.ward_id;
            IF v_parent_active IS FALSE THEN
                RAISE EXCEPTION 'The ward "%" is retired. Reactivate it first.', v_parent USING ERRCODE = 'HM048';
            END IF;
        END IF;
        IF v_retiring THEN
            PERFORM 1 FROM bed b WHERE b.room_id = NEW.id ORDER BY b.id FOR UPDATE;
            IF EXISTS (SELECT 1 FROM bed_stay s JOIN bed b ON b.id = s.bed_id
                       WHERE b.room_id = NEW.id AND s.ends_at IS NULL) THEN
                RAISE EXCEPTION 'The room "%" has patients in its beds. Transfer or discharge them before retiring '
                                'the room.', NEW.name USING ERRCODE = 'HM046';
            END IF;
        END IF;
        RETURN NEW;
    END IF;

    -- bed
    IF v_placing OR (NEW.active AND NEW.room_id IS DISTINCT FROM OLD.room_id) THEN
        SELECT r.active, r.name INTO v_parent_active, v_parent FROM room r WHERE r.id = NEW.room_id;
        IF v_parent_active IS FALSE THEN
            RAISE EXCEPTION 'The room "%" is retired. Reactivate it first.', v_parent USING ERRCODE = 'HM048';
        END IF;
    END IF;
    IF v_retiring AND EXISTS (SELECT 1 FROM bed_stay s WHERE s.bed_id = NEW.id AND s.ends_at IS NULL) THEN
        RAISE EXCEPTION 'Bed % has a patient in it. Transfer or discharge the patient before retiring the bed.',
                        NEW.label USING ERRCODE = 'HM046';
    END IF;
    IF NEW.status = 'out_of_service' THEN
        IF btrim(coalesce(NEW.out_of_service_reason, '')) = '' THEN
            RAISE EXCEPTION 'Say why the bed is out of service.' USING ERRCODE = 'HM031';
        END IF;
        IF TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM 'out_of_service' THEN
            NEW.out_of_service_since := now();
        ELSE
            NEW.out_of_service_since := OLD.out_of_service_since;
        END IF;
    ELSE
        NEW.out_of_service_reason := NULL;
        NEW.out_of_service_until := NULL;
        NEW.out_of_service_since := NULL;
    END IF;
    RETURN NEW;
END
$$;
