-- Merge a duplicate patient into the survivor: every row pointing at the duplicate moves,
-- whichever tables later modules add, by following the foreign keys in the catalog.
CREATE OR REPLACE FUNCTION hms_merge_patients(p_survivor bigint, p_duplicate bigint) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    ref record;
    moved integer := 0;
    n integer;
BEGIN
    IF NOT (pg_has_role(session_user, 'hms_admin', 'MEMBER')
            OR pg_has_role(session_user, 'hms_merge_patients', 'MEMBER')) THEN
        RAISE EXCEPTION 'Only an administrator or a user allowed to merge records can merge patients.'
            USING ERRCODE = 'HM003';
    END IF;
    IF p_survivor = p_duplicate THEN
        RAISE EXCEPTION 'A record cannot be merged into itself.' USING ERRCODE = 'HM004';
    END IF;
    PERFORM 1 FROM patient WHERE id IN (p_survivor, p_duplicate) FOR UPDATE;
    IF (SELECT count(*) FROM patient WHERE id IN (p_survivor, p_duplicate) AND merged_into_id IS NULL) <> 2 THEN
        RAISE EXCEPTION 'Both records must exist and not be merged already.' USING ERRCODE = 'HM004';
    END IF;
    FOR ref IN
        SELECT c.conrelid::regclass AS tbl, a.attname AS col
        FROM pg_constraint c
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        WHERE c.contype = 'f' AND c.confrelid = 'patient'::regclass AND cardinality(c.conkey) = 1
          AND NOT (c.conrelid = 'patient'::regclass)
    LOOP
        EXECUTE format('UPDATE %s SET %I = $1 WHERE %I = $2', ref.tbl, ref.col, ref.col)
            USING p_survivor, p_duplicate;
        GET DIAGNOSTICS n = ROW_COUNT;
        moved := moved + n;
    END LOOP;
    UPDATE patient SET merged_into_id = p_survivor, merged_at = now(), version = version + 1
    WHERE id = p_duplicate;
    PERFORM hms_audit_append('patient', p_duplicate::text, 'MERGE', NULL,
                             jsonb_build_object('merged_into', p_survivor, 'rows_moved', moved));
    RETURN moved;
END
$$;
