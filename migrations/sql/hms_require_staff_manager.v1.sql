-- Who may create and change staff logins of this database (migration 0009, issue 7): the owner (a member of
-- hms_owner, which includes superusers), or an active administrator of THIS database: a member of
-- hms_admin and of this database's role, with an active staff row here. hms_admin alone is not enough,
-- because group roles belong to the whole cluster: an administrator of a training database on the same
-- server is a member of hms_admin too. Called first by every staff-management function.
CREATE OR REPLACE FUNCTION hms_require_staff_manager() RETURNS void
LANGUAGE plpgsql STABLE SET search_path = public, pg_temp AS $$
DECLARE
    v_role text := hms_database_role();
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_role) THEN
        RAISE EXCEPTION 'This database is not set up for its own staff yet: an administrator must run "hms db upgrade" against it.'
            USING ERRCODE = 'HM010';
    END IF;
    IF pg_has_role(session_user, 'hms_owner', 'MEMBER') THEN
        RETURN;
    END IF;
    IF NOT (pg_has_role(session_user, v_role, 'MEMBER') AND pg_has_role(session_user, 'hms_admin', 'MEMBER')
            AND EXISTS (SELECT 1 FROM staff WHERE username = session_user AND active)) THEN
        RAISE EXCEPTION 'Only an administrator of this hospital database can manage its staff accounts.'
            USING ERRCODE = 'HM009';
    END IF;
END
$$;
