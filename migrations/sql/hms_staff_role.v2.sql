-- v2 (migration 0009): the login must also belong to this database (be a member of hms_database_role()),
-- so no function here touches a login of another hospital database on the same server.
CREATE OR REPLACE FUNCTION hms_staff_role(p_username text) RETURNS text
LANGUAGE plpgsql STABLE AS $$
BEGIN
    -- Only roles that belong to a staff row may be touched: never postgres, hms_owner or a group.
    IF NOT EXISTS (SELECT 1 FROM staff WHERE username = p_username) THEN
        RAISE EXCEPTION 'There is no staff member called %', p_username USING ERRCODE = 'HM005';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_username)
       OR NOT pg_has_role(p_username, hms_database_role(), 'MEMBER') THEN
        RAISE EXCEPTION 'The login % does not belong to this hospital database.', p_username USING ERRCODE = 'HM005';
    END IF;
    RETURN p_username;
END
$$;
