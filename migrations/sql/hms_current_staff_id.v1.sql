-- The staff row of whoever is logged in; NULL for the owner or a superuser.
CREATE OR REPLACE FUNCTION hms_current_staff_id() RETURNS integer
LANGUAGE sql STABLE AS $$
    SELECT id FROM public.staff WHERE username = session_user
$$;
