-- The groups a staff member may be put in: at least one, and only the four staff groups.
CREATE OR REPLACE FUNCTION hms_check_groups(p_groups text[]) RETURNS void
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF p_groups IS NULL OR cardinality(p_groups) = 0 THEN
        RAISE EXCEPTION 'Choose at least one group.' USING ERRCODE = 'HM004';
    END IF;
    IF NOT p_groups <@ ARRAY['hms_reception', 'hms_doctor', 'hms_billing', 'hms_admin'] THEN
        RAISE EXCEPTION 'Unknown group in %', p_groups USING ERRCODE = 'HM004';
    END IF;
END
$$;
