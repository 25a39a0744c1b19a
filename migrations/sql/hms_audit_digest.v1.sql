-- The audit chain. Every row's hash covers its content and the previous row's hash.
CREATE OR REPLACE FUNCTION hms_audit_digest(p_at timestamptz, p_actor text, p_table text, p_key text, p_action text,
                                 p_before jsonb, p_after jsonb, p_prev text) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT encode(sha256(convert_to(concat_ws(E'\x1f',
        to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), p_actor, p_table,
        coalesce(p_key, ''), p_action, coalesce(p_before::text, ''), coalesce(p_after::text, ''),
        coalesce(p_prev, '')), 'UTF8')), 'hex')
$$;
