-- BEFORE INSERT OR UPDATE on hospital_logo (0028_printing): the logo printed on every A4/A5 document must be a
-- PNG or a JPEG (judged by its first bytes, not by what the client says it is) of at most 1 MiB, and its media
-- type must say which. The application scales and checks the image before storing it; this is the second line
-- for a client that skips it (psql, a script), so a printout never fails on a damaged or enormous logo.
CREATE OR REPLACE FUNCTION hms_hospital_logo_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    v_kind text;
BEGIN
    IF octet_length(NEW.image) > 1048576 THEN
        RAISE EXCEPTION 'The logo is too large to store (at most 1 MB once scaled).' USING ERRCODE = 'HM027';
    END IF;
    IF substring(NEW.image FROM 1 FOR 8) = '\x89504e470d0a1a0a'::bytea THEN
        v_kind := 'image/png';
    ELSIF substring(NEW.image FROM 1 FOR 3) = '\xffd8ff'::bytea THEN
        v_kind := 'image/jpeg';
    ELSE
        RAISE EXCEPTION 'The logo must be a PNG or JPEG image.' USING ERRCODE = 'HM027';
    END IF;
    IF NEW.media_type IS DISTINCT FROM v_kind THEN
        RAISE EXCEPTION 'The logo is a % image but is labelled %.', v_kind, NEW.media_type USING ERRCODE = 'HM027';
    END IF;
    RETURN NEW;
END
$$;
