-- Report "new-registrations" (migration 0030; domain/reports.py): Patients registered per month of the range.
-- Aggregates only. SECURITY DEFINER: the person needs no SELECT on the tables read; EXECUTE is granted to the
-- report's groups, and hms_report_guard checks the group again. Days are the hospital's (p_zone).
CREATE OR REPLACE FUNCTION hms_report_new_registrations(p_first date, p_last date, p_zone text, p_department integer, p_doctor integer,
                                p_specialty integer, p_payer integer, p_ward integer)
RETURNS TABLE (month date, registrations bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_start timestamptz;
    v_end timestamptz;
BEGIN
    PERFORM hms_report_guard('new-registrations', ARRAY['hms_admin'], p_first, p_last);
    v_start := p_first::timestamp AT TIME ZONE p_zone;
    v_end := (p_last + 1)::timestamp AT TIME ZONE p_zone;
    RETURN QUERY
    SELECT m::date, (SELECT count(*) FROM patient pt
                     WHERE pt.created_at >= greatest(v_start, (m::timestamp AT TIME ZONE p_zone))
                       AND pt.created_at < least(v_end, ((m + interval '1 month')::timestamp AT TIME ZONE p_zone)))
    FROM generate_series(date_trunc('month', p_first::timestamp), p_last::timestamp, interval '1 month') AS m
    ORDER BY 1;
END
$$;
