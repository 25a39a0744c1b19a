-- Report "bed-occupancy" (migration 0030; domain/reports.py): Bed-nights used over bed-nights available (the census at midnight, as the wards page counts them), by ward.
-- Aggregates only. SECURITY DEFINER: the person needs no SELECT on the tables read; EXECUTE is granted to the
-- report's groups, and hms_report_guard checks the group again. Days are the hospital's (p_zone).
CREATE OR REPLACE FUNCTION hms_report_bed_occupancy(p_first date, p_last date, p_zone text, p_department integer, p_doctor integer,
                                p_specialty integer, p_payer integer, p_ward integer)
RETURNS TABLE (ward text, beds bigint, bed_days numeric, occupancy numeric)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_start timestamptz;
    v_end timestamptz;
BEGIN
    PERFORM hms_report_guard('bed-occupancy', ARRAY['hms_admin', 'hms_doctor'], p_first, p_last);
    v_start := p_first::timestamp AT TIME ZONE p_zone;
    v_end := (p_last + 1)::timestamp AT TIME ZONE p_zone;
    RETURN QUERY
    WITH nights AS (
        SELECT ((n::date + 1)::timestamp AT TIME ZONE p_zone) AS census
        FROM generate_series(p_first::timestamp, p_last::timestamp, interval '1 day') AS n
    ), beds AS (
        SELECT b.id, r.ward_id, b.created_at, least(b.retired_at, r.retired_at, w.retired_at) AS retired_at,
               b.active AND r.active AND w.active AS active
        FROM bed b JOIN room r ON r.id = b.room_id JOIN ward w ON w.id = r.ward_id
        WHERE (p_ward IS NULL OR w.id = p_ward) AND (p_department IS NULL OR w.department_id = p_department)
    ), available AS (
        SELECT bd.ward_id, count(*) AS nights
        FROM beds bd JOIN nights n ON bd.created_at <= n.census AND (bd.retired_at IS NULL OR bd.retired_at > n.census)
        GROUP BY bd.ward_id
    ), occupied AS (
        SELECT bd.ward_id, count(*) AS nights
        FROM nights n
        JOIN bed_stay s ON s.starts_at <= n.census AND (s.ends_at IS NULL OR s.ends_at > n.census)
        JOIN beds bd ON bd.id = s.bed_id
        GROUP BY bd.ward_id
    )
    SELECT w.name::text, (SELECT count(*) FROM beds bd WHERE bd.ward_id = w.id AND bd.active),
           coalesce(o.nights, 0)::numeric,
           CASE WHEN av.nights > 0 THEN round(coalesce(o.nights, 0)::numeric / av.nights, 4) END
    FROM ward w
    JOIN available av ON av.ward_id = w.id
    LEFT JOIN occupied o ON o.ward_id = w.id
    ORDER BY w.name;
END
$$;
