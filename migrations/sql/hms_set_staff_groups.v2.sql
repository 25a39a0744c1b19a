-- v2 (migration 0009): only this database's administrators (or the owner) may call it (hms_require_staff_manager),
-- and only on a login of this database (hms_staff_role v2).
CREATE OR REPLACE FUNCTION hms_set_staff_groups(p_username text, p_groups text[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    g text;
BEGIN
    PERFORM hms_require_staff_manager();
    PERFORM hms_staff_role(p_username);
    PERFORM hms_check_groups(p_groups);
    IF hms_is_admin(p_username) AND NOT 'hms_admin' = ANY (p_groups) THEN
        IF p_username = session_user THEN
            RAISE EXCEPTION 'You cannot remove your own administrator rights.' USING ERRCODE = 'HM003';
        END IF;
        PERFORM hms_check_admin_remains(p_username);
    END IF;
    FOREACH g IN ARRAY ARRAY['hms_reception', 'hms_doctor', 'hms_billing', 'hms_admin'] LOOP
        IF g = ANY (p_groups) THEN
            EXECUTE format('GRANT %I TO %I', g, p_username);
        ELSE
            EXECUTE format('REVOKE %I FROM %I', g, p_username);
        END IF;
    END LOOP;
    -- Groups are part of the record an administrator edits: an edit opened before this is now stale.
    UPDATE staff SET version = version + 1 WHERE username = p_username;
    PERFORM hms_audit_append('staff', p_username, 'GROUPS', NULL, to_jsonb(p_groups));
END
$$;
