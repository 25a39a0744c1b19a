-- Who changed a record last, for the "changed by X" message of a stale save.
CREATE OR REPLACE FUNCTION hms_touch_row() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    v_new jsonb := to_jsonb(NEW);
    v_old jsonb := to_jsonb(OLD);
    i integer;
BEGIN
    -- Generated columns are still NULL in NEW here: the trigger names them so they are ignored.
    FOR i IN 0 .. TG_NARGS - 1 LOOP
        v_new := v_new - TG_ARGV[i];
        v_old := v_old - TG_ARGV[i];
    END LOOP;
    -- An UPDATE that changes nothing stays a no-op (and writes no audit row).
    IF v_new IS DISTINCT FROM v_old THEN
        NEW.updated_at := now();
        NEW.updated_by := session_user;
    END IF;
    RETURN NEW;
END
$$;
