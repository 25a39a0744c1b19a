-- The whole calendar months among p_days (every day of the month present), as their first days (migration
-- 0037): the months a report may read from a per-month summary. Internal, EXECUTE for nobody else.
CREATE OR REPLACE FUNCTION hms_report_whole_months(p_days date[])
RETURNS date[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = public, pg_temp AS $$
    SELECT coalesce(array_agg(m.month ORDER BY m.month), '{}')
    FROM (SELECT date_trunc('month', d)::date AS month, count(DISTINCT d) AS n FROM unnest(p_days) d GROUP BY 1) m
    WHERE m.n = ((m.month + interval '1 month')::date - m.month)
$$;
