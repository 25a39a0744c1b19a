-- BEFORE INSERT OR UPDATE OF area on patient (migration 0034): the area is the locality a hospital reports on
-- ("patients-by-area"), so the same place must be the same text whoever writes it. Spaces are trimmed and
-- runs of them made one, a blank area is no area (NULL); one of more than 80 characters is refused in the
-- user's words (HM067) before ck_patient_area_trimmed would refuse it anonymously. The service trims and
-- checks first (domain/patients.py); this is the rule for every other client (an SQL tool, an import).
CREATE OR REPLACE FUNCTION hms_patient_area_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    NEW.area := nullif(btrim(regexp_replace(NEW.area, '\s+', ' ', 'g')), '');
    IF char_length(NEW.area) > 80 THEN
        RAISE EXCEPTION 'The area is too long (at most 80 characters).' USING ERRCODE = 'HM067';
    END IF;
    RETURN NEW;
END
$$;
