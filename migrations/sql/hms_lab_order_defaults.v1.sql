-- BEFORE INSERT on lab_order (migration 0014): the order's patient is the encounter's, whatever the statement
-- says (doctors are not granted the column). The ordering doctor and the time come from
-- hms_database_sets_author and hms_database_sets_defaults, which run first (trigger names sort before).
CREATE OR REPLACE FUNCTION hms_lab_order_defaults() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    v_patient bigint;
BEGIN
    SELECT patient_id INTO v_patient FROM encounter WHERE id = NEW.encounter_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'This encounter no longer exists.' USING ERRCODE = 'HM014';
    END IF;
    NEW.patient_id := v_patient;
    RETURN NEW;
END
$$;
