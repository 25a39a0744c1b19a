-- BEFORE INSERT on bed_stay (migration 0025): nobody is put in a bed that is retired (or whose room or ward
-- is) or out of service (HM049), whatever client writes. The bed row is share-locked, so a retirement or an
-- out-of-service change committing at the same moment waits for this admission, then sees its patient.
CREATE OR REPLACE FUNCTION hms_bed_stay_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    v_label text;
    v_status text;
    v_in_use boolean;
BEGIN
    SELECT b.label, b.status, b.active AND r.active AND w.active INTO v_label, v_status, v_in_use
    FROM bed b JOIN room r ON r.id = b.room_id JOIN ward w ON w.id = r.ward_id
    WHERE b.id = NEW.bed_id
    FOR SHARE OF b;
    IF NOT FOUND THEN
        RETURN NEW;  -- the foreign key says it better
    END IF;
    IF NOT v_in_use THEN
        RAISE EXCEPTION 'Bed % is retired and takes no patients. Choose another bed.', v_label
            USING ERRCODE = 'HM049';
    END IF;
    IF v_status = 'out_of_service' THEN
        RAISE EXCEPTION 'Bed % is out of service. Choose another bed.', v_label USING ERRCODE = 'HM049';
    END IF;
    RETURN NEW;
END
$$;
