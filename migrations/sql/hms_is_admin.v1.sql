CREATE OR REPLACE FUNCTION hms_is_admin(p_username text) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = p_username)
       AND pg_has_role(p_username, 'hms_admin', 'MEMBER')
$$;
