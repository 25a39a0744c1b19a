-- SHA-256 of a role's password verifier (pg_authid.rolpassword), so a change of password can be noticed
-- without keeping the verifier itself. Only superusers may read pg_authid: migration 0010 makes a
-- superuser own this function when a superuser runs it. Owned by hms_owner (a server where the migration
-- did not run as a superuser) it cannot read verifiers and returns NULL: password changes are then
-- recorded unchecked and changes outside the app are not detected (README, "Limits").
-- Only hms_owner may EXECUTE it (its functions ask about session_user or a staff role they checked).
CREATE OR REPLACE FUNCTION hms_verifier_digest(p_role text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT has_table_privilege('pg_catalog.pg_authid', 'SELECT') THEN
        RETURN NULL;
    END IF;
    RETURN (SELECT encode(sha256(convert_to(coalesce(a.rolpassword, ''), 'UTF8')), 'hex')
            FROM pg_catalog.pg_authid a WHERE a.rolname = p_role);
END
$$;
