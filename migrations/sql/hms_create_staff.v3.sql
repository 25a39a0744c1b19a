-- Staff accounts. The client sends a SCRAM verifier, never the password.
-- v2: each new login gets this database's session limits (hms_apply_login_limits); role settings are not
-- inherited from group roles, so they are set on the login itself.
-- v3 (migration 0009): only this database's administrators (or the owner) may call it, and every new login is
-- made a member of this database's role (hms_database_role()), which alone holds CONNECT here: a login made
-- in one hospital database neither connects to nor acts in another on the same server.
CREATE OR REPLACE FUNCTION hms_create_staff(p_username text, p_verifier text, p_full_name text, p_title text,
                                 p_department_id integer, p_groups text[]) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    g text;
    v_id integer;
BEGIN
    PERFORM hms_require_staff_manager();
    IF p_username !~ '^[a-z][a-z0-9_.]{2,40}$' OR p_username LIKE 'pg\_%' OR p_username LIKE 'hms\_%'
       OR p_username IN ('postgres', 'public') THEN
        RAISE EXCEPTION 'This user name is not allowed.' USING ERRCODE = 'HM004';
    END IF;
    IF p_verifier !~ '^SCRAM-SHA-256\$' THEN
        RAISE EXCEPTION 'A SCRAM-SHA-256 verifier is required.' USING ERRCODE = 'HM004';
    END IF;
    PERFORM hms_check_groups(p_groups);
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_username) THEN
        RAISE EXCEPTION 'The user name % is already taken.', p_username USING ERRCODE = 'HM001';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_username, p_verifier);
    FOREACH g IN ARRAY p_groups LOOP
        EXECUTE format('GRANT %I TO %I', g, p_username);
    END LOOP;
    EXECUTE format('GRANT %I TO %I', hms_database_role(), p_username);
    PERFORM hms_apply_login_limits(p_username);
    INSERT INTO staff (username, full_name, title, department_id)
    VALUES (p_username, p_full_name, coalesce(p_title, ''), p_department_id)
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;
