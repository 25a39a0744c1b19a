-- The hospital setting "Reception may read appointment reasons" (migration 0008). The setting IS the
-- column GRANT: SELECT (reason) on appointment and SELECT (note) on waiting_list (the note becomes an
-- appointment's reason when a waiting patient is booked) for hms_reception. Only an administrator may
-- change it; the hospital_setting row written here records the change in the audit chain (its trigger
-- names session_user, the administrator).
CREATE OR REPLACE FUNCTION hms_set_reception_reads_reasons(p_allowed boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT pg_has_role(session_user, 'hms_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'Only an administrator can change whether reception reads appointment reasons.'
            USING ERRCODE = 'HM003';
    END IF;
    IF p_allowed IS NULL THEN
        RAISE EXCEPTION 'Say whether reception may read appointment reasons.' USING ERRCODE = 'HM004';
    END IF;
    IF p_allowed THEN
        GRANT SELECT (reason) ON appointment TO hms_reception;
        GRANT SELECT (note) ON waiting_list TO hms_reception;
    ELSE
        REVOKE SELECT (reason) ON appointment FROM hms_reception;
        REVOKE SELECT (note) ON waiting_list FROM hms_reception;
    END IF;
    INSERT INTO hospital_setting (key, value) VALUES ('reception_reads_reasons', to_jsonb(p_allowed))
    ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, version = hospital_setting.version + 1
    WHERE hospital_setting.value IS DISTINCT FROM EXCLUDED.value;
END
$$;
