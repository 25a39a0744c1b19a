-- Every drill-down function (migration 0033_report_drill) starts here. The person logged in (session_user, not
-- the function's owner) must be in one of the groups that may see the patients behind that report's rows
-- (domain/reports.py, ReportDefinition.drill; HM062), the range must be one the report accepts (HM061, as
-- hms_report_guard), and the row's key must have as many values as the report has key columns (HM063).
-- EXECUTE on each drill function is granted to those groups only; this check is the second line, for a grant
-- given too widely by hand. Internal: EXECUTE for nobody.
CREATE OR REPLACE FUNCTION hms_report_drill_guard(p_report text, p_groups text[], p_first date, p_last date,
                                                  p_key text[], p_key_length integer)
RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT (pg_has_role(session_user, 'hms_owner', 'MEMBER')
            OR EXISTS (SELECT 1 FROM unnest(p_groups) AS g(name) WHERE pg_has_role(session_user, g.name, 'MEMBER')))
    THEN
        RAISE EXCEPTION 'Your account may not see the patients behind the report "%".', p_report
            USING ERRCODE = 'HM062';
    END IF;
    IF p_first IS NULL OR p_last IS NULL OR p_last < p_first THEN
        RAISE EXCEPTION 'The last day is before the first. Choose a range that runs forward.' USING ERRCODE = 'HM061';
    END IF;
    IF p_last - p_first >= 366 * 5 THEN
        RAISE EXCEPTION 'Choose a range of at most five years.' USING ERRCODE = 'HM061';
    END IF;
    IF p_key IS NULL OR coalesce(array_length(p_key, 1), 0) <> p_key_length OR array_ndims(p_key) <> 1 THEN
        RAISE EXCEPTION 'Choose one row of the report "%" to see the patients behind it.', p_report
            USING ERRCODE = 'HM063';
    END IF;
END
$$;
