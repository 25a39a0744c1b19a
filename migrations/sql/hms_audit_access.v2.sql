-- The service layer records reads that matter (opening a chart) through this.
-- v2: only for a table whose reads are audited and a row that exists, so a login cannot fill the audit trail
-- with invented entries (issue 7.9). The entry's actor is always session_user (hms_audit_append).
CREATE OR REPLACE FUNCTION hms_audit_access(p_table text, p_key text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_exists boolean;
BEGIN
    IF p_table IS NULL OR p_table NOT IN ('patient') THEN
        RAISE EXCEPTION 'Reads of % are not recorded here.', coalesce(p_table, 'nothing') USING ERRCODE = 'HM004';
    END IF;
    IF p_key IS NULL OR p_key !~ '^[0-9]{1,18}$' THEN
        RAISE EXCEPTION 'A record number is needed to record a read.' USING ERRCODE = 'HM004';
    END IF;
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE id = $1)', p_table) INTO v_exists USING p_key::bigint;
    IF NOT v_exists THEN
        RAISE EXCEPTION 'There is no such record to have read.' USING ERRCODE = 'HM005';
    END IF;
    PERFORM hms_audit_append(p_table, p_key, 'READ', NULL, NULL);
END
$$;
