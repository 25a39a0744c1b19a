-- BEFORE INSERT on the tables staff write (issue 7.9): who wrote a row, when, its version and the state it
-- starts in are the database's to say, not the client's. The column GRANTs of migration 0010 already refuse
-- an INSERT that names these columns; this trigger is the second line (a GRANT widened by mistake, a
-- SECURITY DEFINER function inserting on a login's behalf): it sets them whatever the row says.
-- Always, where the table has the column: created_at, updated_at := now(); created_by, updated_by,
-- actor := session_user; version := 1.
-- Arguments: a JSON object of the table's first state ('{"status": "booked", "checked_in_at": null}'),
-- then the names of columns that take the time of the insert (admitted_at).
-- The table owner (migrations, the demo loader writing past appointments) is trusted and left alone.
CREATE OR REPLACE FUNCTION hms_database_sets_defaults() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    v_set jsonb;
    i integer;
BEGIN
    IF pg_has_role(session_user, 'hms_owner', 'MEMBER') THEN
        RETURN NEW;
    END IF;
    v_set := jsonb_build_object('created_at', now(), 'updated_at', now(), 'created_by', session_user,
                                'updated_by', session_user, 'actor', session_user, 'version', 1);
    IF TG_NARGS > 0 THEN
        v_set := v_set || TG_ARGV[0]::jsonb;
    END IF;
    FOR i IN 1 .. TG_NARGS - 1 LOOP
        v_set := v_set || jsonb_build_object(TG_ARGV[i], now());
    END LOOP;
    -- Keys the table has no column for are ignored; columns not named keep the row's value.
    NEW := jsonb_populate_record(NEW, v_set);
    RETURN NEW;
END
$$;
