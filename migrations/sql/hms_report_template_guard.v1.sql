-- BEFORE INSERT OR UPDATE on report_template (migration 0031): the definition must be one the builder can run
-- (hms_report_adhoc_check, HM065: subject, measure, column, dimensions, filter names; filter values positive
-- ids), and the name must not be taken by another template whatever its case (HM066; the unique index
-- uq_report_template_name is the last line against two saves at once). SECURITY DEFINER: the check functions
-- are internal (EXECUTE for nobody).
CREATE OR REPLACE FUNCTION hms_report_template_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_def jsonb := NEW.definition;
    v_dims text[];
    v_filters text[];
BEGIN
    IF jsonb_typeof(v_def) IS DISTINCT FROM 'object'
       OR EXISTS (SELECT 1 FROM jsonb_object_keys(v_def) k
                  WHERE k NOT IN ('subject', 'measure', 'column', 'dimensions', 'filters'))
       OR jsonb_typeof(v_def -> 'subject') IS DISTINCT FROM 'string'
       OR jsonb_typeof(v_def -> 'measure') IS DISTINCT FROM 'string'
       OR jsonb_typeof(v_def -> 'column') NOT IN ('string', 'null')
       OR jsonb_typeof(coalesce(v_def -> 'dimensions', '[]')) <> 'array'
       OR jsonb_typeof(coalesce(v_def -> 'filters', '{}')) <> 'object'
       OR EXISTS (SELECT 1 FROM jsonb_array_elements(coalesce(v_def -> 'dimensions', '[]')) e
                  WHERE jsonb_typeof(e) <> 'string')
       OR EXISTS (SELECT 1 FROM jsonb_each(coalesce(v_def -> 'filters', '{}')) f
                  WHERE jsonb_typeof(f.value) <> 'number' OR f.value::text !~ '^[1-9][0-9]{0,8}$')
    THEN
        RAISE EXCEPTION 'This is not a report the builder can run.' USING ERRCODE = 'HM065';
    END IF;
    SELECT coalesce(array_agg(e ORDER BY o), '{}') INTO v_dims
    FROM jsonb_array_elements_text(coalesce(v_def -> 'dimensions', '[]')) WITH ORDINALITY AS x(e, o);
    SELECT coalesce(array_agg(k), '{}') INTO v_filters FROM jsonb_object_keys(coalesce(v_def -> 'filters', '{}')) k;
    PERFORM hms_report_adhoc_check(v_def ->> 'subject', v_def ->> 'measure', v_def ->> 'column', v_dims, v_filters);
    IF EXISTS (SELECT 1 FROM report_template t WHERE lower(t.name) = lower(NEW.name) AND t.id IS DISTINCT FROM NEW.id)
    THEN
        RAISE EXCEPTION 'A saved report called "%" already exists. Choose another name.', NEW.name
            USING ERRCODE = 'HM066';
    END IF;
    RETURN NEW;
END
$$;
