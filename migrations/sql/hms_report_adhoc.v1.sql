-- The ad-hoc report builder's one query (issue 12, item 3; migration 0031): counts and one measure of a
-- subject, broken down by at most two dimensions, over a range of the hospital's days, with the filters.
-- Aggregates only. SECURITY DEFINER: the person needs no SELECT on the tables read. The SQL is put together
-- ONLY from hms_report_adhoc_fragment's fixed fragments, chosen by keys checked first (hms_report_adhoc_check,
-- HM065); the range, the zone and the filter ids are bound (USING), never spliced. The caller's groups are
-- checked per subject by hms_report_guard (HM060): diagnoses and clinical subjects for doctors and
-- administrators, money (invoices, claims) for billing and administrators, patients and stock for
-- administrators. Returns the dimensions as text (days as YYYY-MM-DD), the count and the measure.
CREATE OR REPLACE FUNCTION hms_report_adhoc(p_subject text, p_measure text, p_column text, p_dimensions text[],
                                            p_first date, p_last date, p_zone text, p_department integer,
                                            p_doctor integer, p_specialty integer, p_payer integer)
RETURNS TABLE (d1 text, d2 text, n bigint, value numeric)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_filters text[] := '{}';
    v_value text;
    v_d1 text := 'NULL::text';
    v_d2 text := 'NULL::text';
BEGIN
    IF p_department IS NOT NULL THEN v_filters := v_filters || 'department'::text; END IF;
    IF p_doctor IS NOT NULL THEN v_filters := v_filters || 'doctor'::text; END IF;
    IF p_specialty IS NOT NULL THEN v_filters := v_filters || 'specialty'::text; END IF;
    IF p_payer IS NOT NULL THEN v_filters := v_filters || 'payer'::text; END IF;
    PERFORM hms_report_adhoc_check(p_subject, p_measure, p_column, p_dimensions, v_filters);
    PERFORM hms_report_guard('built: ' || p_subject,
                             string_to_array(hms_report_adhoc_fragment(p_subject, 'groups'), ','), p_first, p_last);
    IF p_zone IS NULL OR NOT EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = p_zone) THEN
        RAISE EXCEPTION 'The hospital''s time zone is not known to the server.' USING ERRCODE = 'HM065';
    END IF;
    v_value := CASE p_measure
        WHEN 'count' THEN 'NULL::numeric'
        WHEN 'sum' THEN 'round(sum((' || hms_report_adhoc_fragment(p_subject, 'sum.' || p_column) || ')::numeric), 2)'
        WHEN 'avg' THEN 'round(avg((' || hms_report_adhoc_fragment(p_subject, 'sum.' || p_column) || ')::numeric), 2)'
        WHEN 'rate' THEN 'round(avg(CASE WHEN ' || hms_report_adhoc_fragment(p_subject, 'bool.' || p_column)
                         || ' THEN 1 ELSE 0 END)::numeric, 4)'
    END;
    IF cardinality(p_dimensions) >= 1 THEN
        v_d1 := hms_report_adhoc_fragment(p_subject, 'dimension.' || p_dimensions[1]);
    END IF;
    IF cardinality(p_dimensions) >= 2 THEN
        v_d2 := hms_report_adhoc_fragment(p_subject, 'dimension.' || p_dimensions[2]);
    END IF;
    RETURN QUERY EXECUTE
        'SELECT ' || v_d1 || ', ' || v_d2 || ', count(*), ' || v_value
        || ' FROM ' || hms_report_adhoc_fragment(p_subject, 'from')
        || ' WHERE ' || hms_report_adhoc_fragment(p_subject, 'where')
        || ' GROUP BY 1, 2 ORDER BY 1, 2'
    USING p_first::timestamp AT TIME ZONE p_zone, (p_last + 1)::timestamp AT TIME ZONE p_zone, p_zone,
          p_first, p_last, p_department, p_doctor, p_specialty, p_payer;
END
$$;
