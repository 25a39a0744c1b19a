-- v2 (migration 0009): only this database's administrators (or the owner) may call it (hms_require_staff_manager),
-- and only on a login of this database (hms_staff_role v2).
CREATE OR REPLACE FUNCTION hms_set_staff_password(p_username text, p_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM hms_require_staff_manager();
    IF p_verifier !~ '^SCRAM-SHA-256\$' THEN
        RAISE EXCEPTION 'A SCRAM-SHA-256 verifier is required.' USING ERRCODE = 'HM004';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', hms_staff_role(p_username), p_verifier);
    PERFORM hms_audit_append('staff', p_username, 'PASSWORD', NULL, NULL);
END
$$;
