-- Is a built report on the allow-list (migration 0031)? Raises HM065 in words when a subject, measure,
-- column, dimension or filter is not one hms_report_adhoc_fragment knows for the subject. Used on every run
-- (hms_report_adhoc) and on every save of a template (hms_report_template_guard): a definition edited by hand
-- in the table is refused on both sides. Internal: EXECUTE for nobody.
CREATE OR REPLACE FUNCTION hms_report_adhoc_check(p_subject text, p_measure text, p_column text,
                                                  p_dimensions text[], p_filters text[])
RETURNS void
LANGUAGE plpgsql IMMUTABLE SET search_path = public, pg_temp AS $$
DECLARE
    v_key text;
    v_times integer := 0;
BEGIN
    IF hms_report_adhoc_fragment(p_subject, 'from') IS NULL THEN
        RAISE EXCEPTION 'Choose what to report on from the list.' USING ERRCODE = 'HM065';
    END IF;
    IF p_measure = 'count' THEN
        IF p_column IS NOT NULL THEN
            RAISE EXCEPTION 'A count needs no column.' USING ERRCODE = 'HM065';
        END IF;
    ELSIF p_measure IN ('sum', 'avg') THEN
        IF hms_report_adhoc_fragment(p_subject, 'sum.' || p_column) IS NULL THEN
            RAISE EXCEPTION 'Choose a number to add up or average from the list.' USING ERRCODE = 'HM065';
        END IF;
    ELSIF p_measure = 'rate' THEN
        IF hms_report_adhoc_fragment(p_subject, 'bool.' || p_column) IS NULL THEN
            RAISE EXCEPTION 'Choose a yes/no column for the rate from the list.' USING ERRCODE = 'HM065';
        END IF;
    ELSE
        RAISE EXCEPTION 'Choose a measure from the list.' USING ERRCODE = 'HM065';
    END IF;
    IF coalesce(cardinality(p_dimensions), 0) > 2 THEN
        RAISE EXCEPTION 'Choose at most 2 ways to break the report down.' USING ERRCODE = 'HM065';
    END IF;
    IF cardinality(p_dimensions) = 2 AND p_dimensions[1] = p_dimensions[2] THEN
        RAISE EXCEPTION 'Choose each way to break the report down once.' USING ERRCODE = 'HM065';
    END IF;
    FOREACH v_key IN ARRAY coalesce(p_dimensions, '{}') LOOP
        IF v_key IS NULL OR hms_report_adhoc_fragment(p_subject, 'dimension.' || v_key) IS NULL THEN
            RAISE EXCEPTION 'Choose how to break the report down from the list.' USING ERRCODE = 'HM065';
        END IF;
        IF v_key IN ('day', 'week', 'month') THEN
            v_times := v_times + 1;
        END IF;
    END LOOP;
    IF v_times > 1 THEN
        RAISE EXCEPTION 'Choose one of day, week or month.' USING ERRCODE = 'HM065';
    END IF;
    FOREACH v_key IN ARRAY coalesce(p_filters, '{}') LOOP
        IF v_key IS NULL OR NOT v_key = ANY (string_to_array(hms_report_adhoc_fragment(p_subject, 'filters'), ','))
        THEN
            RAISE EXCEPTION 'This report cannot be filtered that way.' USING ERRCODE = 'HM065';
        END IF;
    END LOOP;
END
$$;
