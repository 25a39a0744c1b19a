-- A price row (fee_schedule, insurance_plan_price) takes effect today or later in the hospital's time zone
-- (setting time_zone): an invoice already drafted or issued for a past day was priced with the row valid then,
-- and a back-dated row would make the history say something else than what was charged (HM045).
-- The table owner (a member of hms_owner: migrations, the demo loader) is exempt: it seeds the history of a new
-- database; the test is hms_database_sets_defaults'.
CREATE OR REPLACE FUNCTION hms_price_not_backdated() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    v_zone text;
    v_today date;
BEGIN
    IF pg_has_role(session_user, 'hms_owner', 'MEMBER') THEN
        RETURN NEW;
    END IF;
    SELECT value #>> '{}' INTO v_zone FROM hospital_setting WHERE key = 'time_zone';
    v_today := (now() AT TIME ZONE coalesce(v_zone, 'UTC'))::date;
    IF NEW.effective_from < v_today THEN
        RAISE EXCEPTION 'A new price takes effect today or later: % is in the past.', NEW.effective_from
            USING ERRCODE = 'HM045';
    END IF;
    RETURN NEW;
END
$$;
