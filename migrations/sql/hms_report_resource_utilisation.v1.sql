-- Report "resource-utilisation" (migration 0030; domain/reports.py): Rooms and equipment: bookings (not cancelled) in the range and the hours they hold, clipped to the range, by resource.
-- Aggregates only. SECURITY DEFINER: the person needs no SELECT on the tables read; EXECUTE is granted to the
-- report's groups, and hms_report_guard checks the group again. Days are the hospital's (p_zone).
CREATE OR REPLACE FUNCTION hms_report_resource_utilisation(p_first date, p_last date, p_zone text, p_department integer, p_doctor integer,
                                p_specialty integer, p_payer integer, p_ward integer)
RETURNS TABLE (resource text, kind text, bookings bigint, hours numeric, hours_per_day numeric)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_start timestamptz;
    v_end timestamptz;
BEGIN
    PERFORM hms_report_guard('resource-utilisation', ARRAY['hms_admin'], p_first, p_last);
    v_start := p_first::timestamp AT TIME ZONE p_zone;
    v_end := (p_last + 1)::timestamp AT TIME ZONE p_zone;
    RETURN QUERY
    SELECT r.name::text, replace(r.kind, '_', ' ')::text, count(b.id),
           round(coalesce(sum(date_part('epoch', least(b.ends_at, v_end) - greatest(b.starts_at, v_start))), 0)::numeric
                 / 3600, 1),
           round(coalesce(sum(date_part('epoch', least(b.ends_at, v_end) - greatest(b.starts_at, v_start))), 0)::numeric
                 / 3600 / (p_last - p_first + 1), 2)
    FROM resource r
    LEFT JOIN resource_booking b ON b.resource_id = r.id AND NOT b.cancelled
         AND b.starts_at < v_end AND b.ends_at > v_start
    WHERE (r.active OR b.id IS NOT NULL) AND (p_department IS NULL OR r.department_id = p_department)
    GROUP BY r.name, r.kind
    ORDER BY 4 DESC, 1;
END
$$;
