CREATE OR REPLACE FUNCTION hms_record_login() RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    UPDATE staff SET last_login_at = now() WHERE username = session_user
$$;
