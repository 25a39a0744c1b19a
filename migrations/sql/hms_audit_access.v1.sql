-- The service layer records reads that matter (opening a chart) through this.
CREATE OR REPLACE FUNCTION hms_audit_access(p_table text, p_key text) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT hms_audit_append(p_table, p_key, 'READ', NULL, NULL)
$$;
