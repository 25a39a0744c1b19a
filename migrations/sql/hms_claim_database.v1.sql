-- Make this database reachable only by its own staff (migration 0009, issue 7). Idempotent, and a no-op
-- when everything is already in place; run by migration 0009 and by every "hms db upgrade" and start of the
-- embedded server, so a database copied from another one (a test template, a restored dump) gets its own
-- role before anyone works in it. Not SECURITY DEFINER: the caller must be able to create roles
-- (CREATEROLE) and to grant CONNECT on this database (its owner, or a superuser).
--   1. the role hms_database_role() (NOLOGIN), with a comment naming the database;
--   2. hms_owner holds it WITH ADMIN OPTION, so hms_create_staff (owned by hms_owner) may grant it;
--   3. CONNECT and TEMPORARY are revoked from PUBLIC and from the four staff groups (cluster-wide roles);
--      CONNECT is granted to this database's role and to hms_owner;
--   4. every login with a staff row here is a member of the role.
CREATE OR REPLACE FUNCTION hms_claim_database() RETURNS text
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    v_role text := hms_database_role();
    v_db text := current_database();
    v_comment text := format('Staff of the hms_desktop database %s', current_database());
    v_grantee text;
    v_username text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_role) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', v_role);
    END IF;
    IF shobj_description((SELECT oid FROM pg_roles WHERE rolname = v_role), 'pg_authid')
       IS DISTINCT FROM v_comment THEN
        EXECUTE format('COMMENT ON ROLE %I IS %L', v_role, v_comment);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_auth_members m
                   WHERE m.roleid = (SELECT oid FROM pg_roles WHERE rolname = v_role)
                     AND m.member = (SELECT oid FROM pg_roles WHERE rolname = 'hms_owner') AND m.admin_option) THEN
        EXECUTE format('GRANT %I TO hms_owner WITH ADMIN OPTION', v_role);
    END IF;
    FOR v_grantee IN
        SELECT DISTINCT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END
        FROM pg_database d
        CROSS JOIN LATERAL aclexplode(coalesce(d.datacl, acldefault('d', d.datdba))) a
        LEFT JOIN pg_roles r ON r.oid = a.grantee
        WHERE d.datname = v_db AND a.privilege_type IN ('CONNECT', 'TEMPORARY')
          AND (a.grantee = 0 OR r.rolname IN ('hms_reception', 'hms_doctor', 'hms_billing', 'hms_admin'))
    LOOP
        EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM %s', v_db, v_grantee);
    END LOOP;
    FOR v_grantee IN
        SELECT g FROM unnest(ARRAY[v_role, 'hms_owner']) AS g
        WHERE NOT EXISTS (SELECT 1 FROM pg_database d
                          CROSS JOIN LATERAL aclexplode(coalesce(d.datacl, acldefault('d', d.datdba))) a
                          JOIN pg_roles r ON r.oid = a.grantee
                          WHERE d.datname = v_db AND a.privilege_type = 'CONNECT' AND r.rolname = g)
    LOOP
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', v_db, v_grantee);
    END LOOP;
    FOR v_username IN
        SELECT s.username FROM staff s JOIN pg_roles r ON r.rolname = s.username
        WHERE NOT pg_has_role(s.username, v_role, 'MEMBER')
    LOOP
        EXECUTE format('GRANT %I TO %I', v_role, v_username);
    END LOOP;
    RETURN v_role;
END
$$;
