-- Appends one row to the audit chain (docs/architecture.md, "Audit chain").
-- v2: writers queue on a row lock of audit_head, which no staff login may take (v1 used an advisory lock
-- on a fixed key, which any login could take and hold, freezing every audited write).
CREATE OR REPLACE FUNCTION hms_audit_append(p_table text, p_key text, p_action text, p_before jsonb, p_after jsonb)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_prev text;
    v_at timestamptz := clock_timestamp();
    v_actor text := session_user;
BEGIN
    -- One writer at a time extends the chain; the row lock is held to commit, so the next
    -- writer's fresh snapshot sees this row as the previous one. Under REPEATABLE READ or
    -- SERIALIZABLE the snapshot is older than the lock and the chain would fork: refuse.
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'Audited changes must run at READ COMMITTED isolation.' USING ERRCODE = 'HM006';
    END IF;
    PERFORM 1 FROM audit_head WHERE id FOR UPDATE;
    SELECT hash INTO v_prev FROM audit_log ORDER BY id DESC LIMIT 1;
    INSERT INTO audit_log (at, actor, table_name, row_key, action, before, after, prev_hash, hash)
    VALUES (v_at, v_actor, p_table, p_key, p_action, p_before, p_after, v_prev,
            hms_audit_digest(v_at, v_actor, p_table, p_key, p_action, p_before, p_after, v_prev));
END
$$;
