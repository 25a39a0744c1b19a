-- Live calendars and queues listen on "appointments". One notification per changed appointment, so a
-- client can refresh only the doctor and day concerned.
CREATE OR REPLACE FUNCTION hms_notify_appointments() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    r appointment%ROWTYPE;
BEGIN
    IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
    PERFORM pg_notify('appointments', json_build_object(
        'table', TG_TABLE_NAME, 'op', TG_OP, 'id', r.id, 'doctor_id', r.doctor_id, 'patient_id', r.patient_id,
        'starts_at', r.starts_at, 'status', r.status)::text);
    RETURN NULL;
END
$$;
