-- BEFORE INSERT, UPDATE and DELETE on lab_result (migration 0014): what a result means is the database's to say.
-- INSERT: the test must still be waiting for a result (HM012) and the value of its kind (a number, or a text
-- answer: HM014); the unit is the catalogue's, the range is the one hms_lab_range chooses for the patient's sex
-- and age on the day the result is entered, copied into the row (a later change to the catalogue does not
-- rewrite history), and the flag is hms_lab_flag's (numeric) or normal/abnormal against the test's normal
-- answer (text). For every role, the owner included: no client can store a wrong flag.
-- UPDATE: a value, its unit, range, flag and author never change (HM012); `verified` may only become true,
-- stamped with who and when; an acknowledgement (hms_acknowledge_lab_result) is given once.
-- DELETE: refused; a wrong result is corrected by a note, never removed.
CREATE OR REPLACE FUNCTION hms_lab_result_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    v_item record;
    v_range record;
    v_zone text;
    v_age integer;
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'A lab result is never deleted.' USING ERRCODE = 'HM012';
    END IF;
    IF TG_OP = 'UPDATE' THEN
        IF (NEW.lab_order_item_id, NEW.value_numeric, NEW.value_text, NEW.unit, NEW.range_low, NEW.range_high,
            NEW.critical_low, NEW.critical_high, NEW.flag, NEW.entered_at, NEW.entered_by)
           IS DISTINCT FROM
           (OLD.lab_order_item_id, OLD.value_numeric, OLD.value_text, OLD.unit, OLD.range_low, OLD.range_high,
            OLD.critical_low, OLD.critical_high, OLD.flag, OLD.entered_at, OLD.entered_by) THEN
            RAISE EXCEPTION 'A lab result cannot be changed once entered.' USING ERRCODE = 'HM012';
        END IF;
        IF OLD.verified AND NOT NEW.verified THEN
            RAISE EXCEPTION 'A verified lab result stays verified.' USING ERRCODE = 'HM012';
        END IF;
        IF NEW.verified AND NOT OLD.verified THEN
            NEW.verified_at := now();
            NEW.verified_by := session_user;
        ELSE
            NEW.verified_at := OLD.verified_at;
            NEW.verified_by := OLD.verified_by;
        END IF;
        IF OLD.acknowledged_at IS NOT NULL AND (NEW.acknowledged_at, NEW.acknowledged_by)
                IS DISTINCT FROM (OLD.acknowledged_at, OLD.acknowledged_by) THEN
            RAISE EXCEPTION 'This critical result was already acknowledged.' USING ERRCODE = 'HM012';
        END IF;
        RETURN NEW;
    END IF;

    SELECT i.status, t.id AS test_id, t.name, t.unit, t.result_kind, t.normal_text, p.sex, p.birth_date
    INTO v_item
    FROM lab_order_item i JOIN lab_order o ON o.id = i.lab_order_id JOIN lab_test t ON t.id = i.lab_test_id
         JOIN patient p ON p.id = o.patient_id
    WHERE i.id = NEW.lab_order_item_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'This test is no longer on the worklist.' USING ERRCODE = 'HM014';
    END IF;
    IF v_item.status <> 'ordered' THEN
        RAISE EXCEPTION '% already has a result or was cancelled.', v_item.name USING ERRCODE = 'HM012';
    END IF;
    IF v_item.result_kind = 'numeric' AND (NEW.value_numeric IS NULL OR NEW.value_text IS NOT NULL) THEN
        RAISE EXCEPTION 'The result of % is a number.', v_item.name USING ERRCODE = 'HM014';
    END IF;
    IF v_item.result_kind = 'text' AND (NEW.value_text IS NULL OR NEW.value_numeric IS NOT NULL) THEN
        RAISE EXCEPTION 'The result of % is a word (for example %).', v_item.name,
            coalesce(v_item.normal_text, 'Positive') USING ERRCODE = 'HM014';
    END IF;
    NEW.unit := v_item.unit;
    IF v_item.result_kind = 'numeric' THEN
        SELECT value #>> '{}' INTO v_zone FROM hospital_setting WHERE key = 'time_zone';
        v_age := extract(year FROM age((NEW.entered_at AT TIME ZONE coalesce(v_zone, 'UTC'))::date,
                                       v_item.birth_date))::integer;
        SELECT low, high, critical_low, critical_high INTO v_range
        FROM hms_lab_range(v_item.test_id, v_item.sex, v_age);
        NEW.range_low := v_range.low;
        NEW.range_high := v_range.high;
        NEW.critical_low := v_range.critical_low;
        NEW.critical_high := v_range.critical_high;
        NEW.flag := hms_lab_flag(NEW.value_numeric, v_range.low, v_range.high, v_range.critical_low,
                                 v_range.critical_high);
    ELSE
        NEW.range_low := NULL;
        NEW.range_high := NULL;
        NEW.critical_low := NULL;
        NEW.critical_high := NULL;
        NEW.value_text := btrim(NEW.value_text);
        NEW.flag := CASE WHEN v_item.normal_text IS NULL THEN NULL
                         WHEN lower(NEW.value_text) = lower(v_item.normal_text) THEN 'normal'
                         ELSE 'abnormal' END;
    END IF;
    RETURN NEW;
END
$$;
