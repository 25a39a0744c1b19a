-- Audit every row change of the table it is attached to; TG_ARGV[0] names the key column.
-- v2 (0002_front_desk): columns named after the key argument are left out of the JSON (e.g. photo bytes).
CREATE OR REPLACE FUNCTION hms_audit_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_before jsonb;
    v_after jsonb;
    i integer;
BEGIN
    IF TG_OP <> 'INSERT' THEN v_before := to_jsonb(OLD); END IF;
    IF TG_OP <> 'DELETE' THEN v_after := to_jsonb(NEW); END IF;
    FOR i IN 1 .. TG_NARGS - 1 LOOP
        v_before := v_before - TG_ARGV[i];
        v_after := v_after - TG_ARGV[i];
    END LOOP;
    IF TG_OP = 'UPDATE' AND v_before = v_after THEN
        RETURN NULL;
    END IF;
    PERFORM hms_audit_append(TG_TABLE_NAME, coalesce(v_after, v_before) ->> TG_ARGV[0], TG_OP, v_before, v_after);
    RETURN NULL;
END
$$;
