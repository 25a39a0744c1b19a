-- Rules the database keeps whatever client writes: only an administrator or a member of hms_overbook
-- may mark an appointment overbooked (which lifts the doctor's exclusion constraint), and an
-- appointment that is over (completed, cancelled, no-show) never changes status again.
CREATE OR REPLACE FUNCTION hms_appointment_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.overbooked AND (TG_OP = 'INSERT' OR NOT OLD.overbooked)
       AND NOT (pg_has_role(session_user, 'hms_admin', 'MEMBER')
                OR pg_has_role(session_user, 'hms_overbook', 'MEMBER')) THEN
        RAISE EXCEPTION 'Only an administrator or a user allowed to overbook can book over another appointment.'
            USING ERRCODE = 'HM003';
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.status IN ('completed', 'cancelled', 'no_show') AND NEW.status <> OLD.status THEN
        RAISE EXCEPTION 'This appointment is already %; its status cannot change.', replace(OLD.status, '_', '-')
            USING ERRCODE = 'HM007';
    END IF;
    RETURN NEW;
END
$$;
