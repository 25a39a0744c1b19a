-- BEFORE INSERT on prescription: the number is the database's, like an id: RX-<year>-<six digits>, the year
-- of the hospital's date (setting time_zone) and a sequence shared by all years (unique, not gapless: only
-- invoices are gapless). SECURITY DEFINER so that doctors need no privilege on the sequence (a login that
-- could call nextval() could only burn numbers, but it has no reason to). Every session, the owner's
-- included, gets a number from here, so no client can choose one.
CREATE OR REPLACE FUNCTION hms_prescription_number() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_zone text;
BEGIN
    SELECT value #>> '{}' INTO v_zone FROM hospital_setting WHERE key = 'time_zone';
    NEW.number := 'RX-' || to_char(now() AT TIME ZONE coalesce(v_zone, 'UTC'), 'YYYY') || '-'
                  || lpad(nextval('prescription_number_seq')::text, 6, '0');
    RETURN NEW;
END
$$;
