-- AFTER INSERT on staff (a new account: hms_create_staff has just created its role) and on audit_log rows
-- that record a password change (table 'staff', action 'PASSWORD', row_key the user name): remember the
-- digest of the role's verifier as of the last recorded change, so a login can tell whether the password
-- was changed since without being recorded (hms_record_login v2). The argument names the column that
-- holds the user name.
CREATE OR REPLACE FUNCTION hms_remember_verifier() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_role text := to_jsonb(NEW) ->> TG_ARGV[0];
BEGIN
    INSERT INTO staff_verifier (username, digest, noted_at)
    VALUES (v_role, hms_verifier_digest(v_role), now())
    ON CONFLICT (username) DO UPDATE SET digest = EXCLUDED.digest, noted_at = EXCLUDED.noted_at;
    RETURN NULL;
END
$$;
