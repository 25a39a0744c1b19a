-- BEFORE INSERT on the consultation tables (migration 0012): who wrote a row is the database's to say.
-- Each argument names a column set for every session that is not the owner: a column whose name ends in
-- "_id" takes the staff id of the login (hms_current_staff_id(): an encounter's doctor_id, a chart
-- access's staff_id), any other takes the login's name (session_user: recorded_by, signed_by).
-- hms_database_sets_defaults (created_*, version, first state, times) runs beside it.
CREATE OR REPLACE FUNCTION hms_database_sets_author() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    v_set jsonb := '{}'::jsonb;
    i integer;
BEGIN
    IF pg_has_role(session_user, 'hms_owner', 'MEMBER') THEN
        RETURN NEW;
    END IF;
    FOR i IN 0 .. TG_NARGS - 1 LOOP
        IF TG_ARGV[i] LIKE '%\_id' THEN
            v_set := v_set || jsonb_build_object(TG_ARGV[i], hms_current_staff_id());
        ELSE
            v_set := v_set || jsonb_build_object(TG_ARGV[i], session_user);
        END IF;
    END LOOP;
    NEW := jsonb_populate_record(NEW, v_set);
    RETURN NEW;
END
$$;
