-- Live screens: changes to bookings, waiting list and working hours also go to "appointments".
CREATE OR REPLACE FUNCTION hms_notify_schedule() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('appointments', json_build_object('table', TG_TABLE_NAME, 'op', TG_OP)::text);
    RETURN NULL;
END
$$;
