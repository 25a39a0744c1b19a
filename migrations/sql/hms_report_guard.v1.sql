-- Every report function (migration 0030) starts here: the person logged in (session_user, not the function's
-- owner) must be a member of one of the report's groups, and the range must run forward and span at most five
-- years. EXECUTE on each report function is granted to its groups only; this check is the second line, for a
-- grant given too widely by hand. Internal: EXECUTE for nobody.
CREATE OR REPLACE FUNCTION hms_report_guard(p_report text, p_groups text[], p_first date, p_last date)
RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT (pg_has_role(session_user, 'hms_owner', 'MEMBER')
            OR EXISTS (SELECT 1 FROM unnest(p_groups) AS g(name) WHERE pg_has_role(session_user, g.name, 'MEMBER')))
    THEN
        RAISE EXCEPTION 'Your account may not run the report "%".', p_report USING ERRCODE = 'HM060';
    END IF;
    IF p_first IS NULL OR p_last IS NULL OR p_last < p_first THEN
        RAISE EXCEPTION 'The last day is before the first. Choose a range that runs forward.' USING ERRCODE = 'HM061';
    END IF;
    IF p_last - p_first >= 366 * 5 THEN
        RAISE EXCEPTION 'Choose a range of at most five years.' USING ERRCODE = 'HM061';
    END IF;
END
$$;
