CREATE OR REPLACE FUNCTION hms_staff_groups(p_username text) RETURNS text[]
LANGUAGE sql STABLE AS $$
    SELECT coalesce(array_agg(g ORDER BY g), '{}')
    FROM unnest(ARRAY['hms_admin', 'hms_billing', 'hms_doctor', 'hms_reception']) AS g
    WHERE EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = p_username) AND pg_has_role(p_username, g, 'MEMBER')
$$;
