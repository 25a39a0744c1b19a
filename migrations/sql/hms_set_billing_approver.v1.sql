-- Grant or take back the capability role hms_billing_approver (migration 0019: large discounts and credit
-- notes) for a staff login of this database. Administrators do it from the Users page as they change groups;
-- SECURITY DEFINER because only hms_owner holds the role WITH ADMIN OPTION. Audited like a change of groups,
-- and the staff row's version moves so an edit opened before it is stale.
CREATE OR REPLACE FUNCTION hms_set_billing_approver(p_username text, p_granted boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM hms_require_staff_manager();
    PERFORM hms_staff_role(p_username);
    IF p_granted = pg_has_role(p_username, 'hms_billing_approver', 'MEMBER') THEN
        RETURN;  -- nothing changes, nothing is audited
    END IF;
    IF p_granted THEN
        EXECUTE format('GRANT hms_billing_approver TO %I', p_username);
    ELSE
        EXECUTE format('REVOKE hms_billing_approver FROM %I', p_username);
    END IF;
    UPDATE staff SET version = version + 1 WHERE username = p_username;
    PERFORM hms_audit_append('staff', p_username, 'CAPABILITY', NULL,
                             jsonb_build_object('hms_billing_approver', p_granted));
END
$$;
