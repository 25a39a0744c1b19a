-- A staff member logged in: note the time.
-- v2: a login can set its own password with ALTER ROLE ... PASSWORD in any SQL tool, past the app (the
-- server only ever sees verifiers, so no policy can refuse it). Here, at the next login, a verifier that
-- differs from the one remembered at the last recorded change is written to the audit trail as a password
-- change made outside the app (and becomes the remembered one). Nothing is compared where verifiers cannot
-- be read (hms_verifier_digest returns NULL); an account with nothing remembered yet is remembered now.
CREATE OR REPLACE FUNCTION hms_record_login() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_now text;
    v_seen staff_verifier;
BEGIN
    UPDATE staff SET last_login_at = now() WHERE username = session_user;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    v_now := hms_verifier_digest(session_user);
    IF v_now IS NULL THEN
        RETURN;
    END IF;
    SELECT * INTO v_seen FROM staff_verifier WHERE username = session_user FOR UPDATE;
    IF NOT FOUND OR v_seen.digest IS NULL THEN
        INSERT INTO staff_verifier (username, digest, noted_at) VALUES (session_user, v_now, now())
        ON CONFLICT (username) DO UPDATE SET digest = EXCLUDED.digest, noted_at = EXCLUDED.noted_at;
    ELSIF v_seen.digest <> v_now THEN
        PERFORM hms_audit_append('staff', session_user, 'PASSWORD', NULL,
                                 jsonb_build_object('note', 'password changed outside the app',
                                                    'detected', 'at login',
                                                    'last_recorded_change', v_seen.noted_at));
    END IF;
END
$$;
