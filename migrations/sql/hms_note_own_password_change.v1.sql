CREATE OR REPLACE FUNCTION hms_note_own_password_change() RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT hms_audit_append('staff', session_user, 'PASSWORD', NULL, NULL)
$$;
