-- A staff member changed their own password (ALTER ROLE ... PASSWORD, sent by the app with a verifier).
-- v2: recorded only when it happened (issue 7.9): the caller must be a staff account whose verifier differs
-- from the one remembered at its last recorded change; otherwise the call is refused (HM005) and writes
-- nothing, so a login cannot fill the audit trail with password changes that never were. The new verifier
-- is remembered by the trigger on audit_log (hms_remember_verifier). Where verifiers cannot be read
-- (hms_verifier_digest returns NULL), the change is recorded marked {"checked": false}.
CREATE OR REPLACE FUNCTION hms_note_own_password_change() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_now text;
    v_seen text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM staff WHERE username = session_user) THEN
        RAISE EXCEPTION 'Only a staff account records a change of its own password.' USING ERRCODE = 'HM005';
    END IF;
    v_now := hms_verifier_digest(session_user);
    IF v_now IS NULL THEN
        PERFORM hms_audit_append('staff', session_user, 'PASSWORD', NULL, '{"checked": false}');
        RETURN;
    END IF;
    SELECT digest INTO v_seen FROM staff_verifier WHERE username = session_user FOR UPDATE;
    IF v_seen IS NOT DISTINCT FROM v_now THEN
        RAISE EXCEPTION 'Your password has not changed since its last recorded change.' USING ERRCODE = 'HM005';
    END IF;
    PERFORM hms_audit_append('staff', session_user, 'PASSWORD', NULL, NULL);
END
$$;
