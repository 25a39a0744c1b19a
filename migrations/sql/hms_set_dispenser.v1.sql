-- Grant or take back the capability role hms_dispenser (migration 0027: dispensing against issued prescriptions)
-- for a staff login of this database, as hms_set_billing_approver does for hms_billing_approver. Administrators
-- do it from the Users page; SECURITY DEFINER because only hms_owner holds the role WITH ADMIN OPTION. Audited,
-- and the staff row's version moves so an edit opened before it is stale.
CREATE OR REPLACE FUNCTION hms_set_dispenser(p_username text, p_granted boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM hms_require_staff_manager();
    PERFORM hms_staff_role(p_username);
    IF p_granted = pg_has_role(p_username, 'hms_dispenser', 'MEMBER') THEN
        RETURN;  -- nothing changes, nothing is audited
    END IF;
    IF p_granted THEN
        EXECUTE format('GRANT hms_dispenser TO %I', p_username);
    ELSE
        EXECUTE format('REVOKE hms_dispenser FROM %I', p_username);
    END IF;
    UPDATE staff SET version = version + 1 WHERE username = p_username;
    PERFORM hms_audit_append('staff', p_username, 'CAPABILITY', NULL, jsonb_build_object('hms_dispenser', p_granted));
END
$$;
