-- v2 (migration 0009): only this database's administrators (or the owner) may call it (hms_require_staff_manager),
-- and only on a login of this database (hms_staff_role v2).
CREATE OR REPLACE FUNCTION hms_set_staff_active(p_username text, p_active boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM hms_require_staff_manager();
    PERFORM hms_staff_role(p_username);
    IF NOT p_active THEN
        IF p_username = session_user THEN
            RAISE EXCEPTION 'You cannot deactivate your own account.' USING ERRCODE = 'HM003';
        END IF;
        IF hms_is_admin(p_username) THEN
            PERFORM hms_check_admin_remains(p_username);
        END IF;
    END IF;
    -- NOLOGIN makes the database itself refuse the person, whatever client they use; their open
    -- sessions are ended too, so a deactivated account stops working at once, not at next login.
    EXECUTE format('ALTER ROLE %I %s', p_username, CASE WHEN p_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
    IF NOT p_active THEN
        PERFORM pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = p_username;
    END IF;
    UPDATE staff SET active = p_active, version = version + 1 WHERE username = p_username;
END
$$;
