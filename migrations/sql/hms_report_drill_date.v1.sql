-- A date from a drill-down row key (migration 0033_report_drill): the month or day of the report's row, in ISO
-- form as the service sends it. Anything else is not a row of that report (HM064), said in words rather than
-- as a cast error. Internal: EXECUTE for nobody.
CREATE OR REPLACE FUNCTION hms_report_drill_date(p_value text)
RETURNS date
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog AS $$
BEGIN
    IF p_value IS NULL OR p_value !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN
        RAISE EXCEPTION 'The chosen row does not name a day or a month of the report.' USING ERRCODE = 'HM064';
    END IF;
    RETURN p_value::date;
EXCEPTION WHEN datetime_field_overflow OR invalid_datetime_format THEN
    RAISE EXCEPTION 'The chosen row does not name a day or a month of the report.' USING ERRCODE = 'HM064';
END
$$;
