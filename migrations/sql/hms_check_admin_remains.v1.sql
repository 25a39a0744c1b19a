CREATE OR REPLACE FUNCTION hms_check_admin_remains(p_username text) RETURNS void
LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM staff s
                   WHERE s.active AND s.username <> p_username AND hms_is_admin(s.username)) THEN
        RAISE EXCEPTION 'At least one active administrator must remain.' USING ERRCODE = 'HM002';
    END IF;
END
$$;
