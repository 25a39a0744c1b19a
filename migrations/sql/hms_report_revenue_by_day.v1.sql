-- Report "revenue-by-day" (migration 0030; domain/reports.py): Payments taken each day of the range (the hospital's days), by method; refunds subtracted.
-- Aggregates only. SECURITY DEFINER: the person needs no SELECT on the tables read; EXECUTE is granted to the
-- report's groups, and hms_report_guard checks the group again. Days are the hospital's (p_zone).
CREATE OR REPLACE FUNCTION hms_report_revenue_by_day(p_first date, p_last date, p_zone text, p_department integer, p_doctor integer,
                                p_specialty integer, p_payer integer, p_ward integer)
RETURNS TABLE (day date, method text, payments bigint, amount numeric)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_start timestamptz;
    v_end timestamptz;
BEGIN
    PERFORM hms_report_guard('revenue-by-day', ARRAY['hms_admin', 'hms_billing'], p_first, p_last);
    v_start := p_first::timestamp AT TIME ZONE p_zone;
    v_end := (p_last + 1)::timestamp AT TIME ZONE p_zone;
    RETURN QUERY
    SELECT (p.taken_at AT TIME ZONE p_zone)::date, p.method::text, count(*),
           sum(CASE WHEN p.kind = 'refund' THEN -p.amount ELSE p.amount END)
    FROM payment p
    WHERE p.taken_at >= v_start AND p.taken_at < v_end
    GROUP BY 1, 2
    ORDER BY 1, 2;
END
$$;
