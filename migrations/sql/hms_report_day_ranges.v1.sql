-- The days of [p_first, p_last] that are NOT in p_except, as instants [lo, hi) on the wall clock of p_zone, one
-- row per run of consecutive days (so an index range scan per run reads them; migration 0032). The appointment
-- reports read the appointment rows of these ranges and the summary for the days in p_except.
-- ROWS 10: a few runs, as a rule (the default guess, 1,000, would favour reading the whole table).
-- Internal: called by the appointment reports and the summary's refresh, EXECUTE for nobody else.
CREATE OR REPLACE FUNCTION hms_report_day_ranges(p_first date, p_last date, p_zone text, p_except date[])
RETURNS TABLE (lo timestamptz, hi timestamptz)
LANGUAGE sql STABLE PARALLEL SAFE ROWS 10 SET search_path = public, pg_temp AS $$
    SELECT min(r.day)::timestamp AT TIME ZONE p_zone, (max(r.day) + 1)::timestamp AT TIME ZONE p_zone
    FROM (SELECT g.d::date AS day, g.d::date - (row_number() OVER (ORDER BY g.d))::integer AS island
          FROM generate_series(p_first, p_last, interval '1 day') g(d)
          WHERE g.d::date <> ALL (coalesce(p_except, '{}'))) r
    GROUP BY r.island
$$;
