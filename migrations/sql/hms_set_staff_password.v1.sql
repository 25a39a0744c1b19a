CREATE OR REPLACE FUNCTION hms_set_staff_password(p_username text, p_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF p_verifier !~ '^SCRAM-SHA-256\$' THEN
        RAISE EXCEPTION 'A SCRAM-SHA-256 verifier is required.' USING ERRCODE = 'HM004';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', hms_staff_role(p_username), p_verifier);
    PERFORM hms_audit_append('staff', p_username, 'PASSWORD', NULL, NULL);
END
$$;
