CREATE OR REPLACE FUNCTION hms_staff_role(p_username text) RETURNS text
LANGUAGE plpgsql STABLE AS $$
BEGIN
    -- Only roles that belong to a staff row may be touched: never postgres, hms_owner or a group.
    IF NOT EXISTS (SELECT 1 FROM staff WHERE username = p_username) THEN
        RAISE EXCEPTION 'There is no staff member called %', p_username USING ERRCODE = 'HM005';
    END IF;
    RETURN p_username;
END
$$;
