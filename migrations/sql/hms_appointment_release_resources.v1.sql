-- An appointment that stops being active gives its room back. SECURITY DEFINER: a doctor who
-- declines may not write room bookings directly.
CREATE OR REPLACE FUNCTION hms_appointment_release_resources() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    UPDATE resource_booking SET cancelled = true WHERE appointment_id = NEW.id AND NOT cancelled;
    RETURN NULL;
END
$$;
