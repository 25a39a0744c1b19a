-- Live screens: the bed board listens on "beds".
CREATE OR REPLACE FUNCTION hms_notify_beds() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('beds', json_build_object('table', TG_TABLE_NAME, 'op', TG_OP)::text);
    RETURN NULL;
END
$$;
