-- Report "age-pyramid" (migration 0030; domain/reports.py): Patients seen in the range (an appointment or an admission), by five-year age band on the last day and sex.
-- Aggregates only. SECURITY DEFINER: the person needs no SELECT on the tables read; EXECUTE is granted to the
-- report's groups, and hms_report_guard checks the group again. Days are the hospital's (p_zone).
-- Version 2 (migration 0032, speed at five million appointments): the appointments of the year are read from the
-- partial covering index ix_appointment_seen (starts_at, patient_id of the statuses counted: an index-only scan,
-- not the heap); the band comes from width_bucket over the 17 birth dates where a band starts (a binary search),
-- where version 1 computed age() per patient; patients are counted per (sex, band) before the 18 bands are
-- joined. work_mem for the hash of a million distinct patients (kept in memory, not spilled to disk).
-- Version 3 (migration 0037): the whole months of the range that are summarised and unchanged since read who
-- was seen from patient_year_seen (one row per patient and year, a bit per month: a year is its patients,
-- not its three million visits); the other days are read from the appointments as before, and only their
-- patients not already counted are added. Admissions are always read live (few).
CREATE OR REPLACE FUNCTION hms_report_age_pyramid(p_first date, p_last date, p_zone text, p_department integer, p_doctor integer,
                                p_specialty integer, p_payer integer, p_ward integer)
RETURNS TABLE (age_band text, male bigint, female bigint, other bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp SET work_mem = '64MB' AS $$
#variable_conflict use_column
DECLARE
    v_start timestamptz;
    v_end timestamptz;
    v_born date[];
    v_months date[];
    v_covered date[];
    v_years integer;
BEGIN
    PERFORM hms_report_guard('age-pyramid', ARRAY['hms_admin'], p_first, p_last);
    v_start := p_first::timestamp AT TIME ZONE p_zone;
    v_end := (p_last + 1)::timestamp AT TIME ZONE p_zone;
    -- Aged at least 5b years on p_last <=> born on or before p_last - 5b years (as age() counts, 29 February
    -- included); width_bucket counts the thresholds at or before the birth date, so each is a day later.
    v_born := ARRAY(SELECT (p_last - make_interval(years => 5 * b))::date + 1 FROM generate_series(17, 1, -1) AS b);
    v_months := hms_report_whole_months(hms_report_summary_days(p_first, p_last, p_zone));
    v_covered := ARRAY(SELECT d::date FROM unnest(v_months) m,
                       generate_series(m, (m + interval '1 month')::date - 1, interval '1 day') d);
    v_years := (SELECT count(DISTINCT extract(year FROM m)) FROM unnest(v_months) m);
    RETURN QUERY
    WITH chosen AS (
        SELECT extract(year FROM m)::smallint AS year, bit_or(1 << (extract(month FROM m)::integer - 1)) AS mask
        FROM unnest(v_months) m GROUP BY 1
    ), summarised AS (
        -- One row per patient and year: distinct already when the months are of one year.
        SELECT p.patient_id FROM chosen c JOIN patient_year_seen p ON p.year = c.year AND p.months & c.mask <> 0
    ), live AS (
        SELECT a.patient_id
        FROM hms_report_day_ranges(p_first, p_last, p_zone, v_covered) r
        CROSS JOIN LATERAL (SELECT x.patient_id FROM appointment x
                            WHERE x.starts_at >= r.lo AND x.starts_at < r.hi
                              AND x.status IN ('completed', 'checked_in', 'in_consultation') OFFSET 0) a
        UNION
        SELECT ad.patient_id FROM admission ad
        WHERE ad.admitted_at < v_end AND (ad.discharged_at IS NULL OR ad.discharged_at >= v_start)
    ), seen AS (
        SELECT s.patient_id FROM summarised s WHERE v_years <= 1
        UNION ALL
        SELECT DISTINCT s.patient_id FROM summarised s WHERE v_years > 1
        UNION ALL
        SELECT l.patient_id FROM live l
        WHERE NOT EXISTS (SELECT 1 FROM chosen c JOIN patient_year_seen p ON p.year = c.year
                          WHERE p.patient_id = l.patient_id AND p.months & c.mask <> 0)
    ), aged AS (
        SELECT pt.sex, 17 - width_bucket(pt.birth_date, v_born) AS band, count(*) AS n
        FROM seen s JOIN patient pt ON pt.id = s.patient_id
        WHERE pt.birth_date IS NOT NULL AND pt.merged_into_id IS NULL
        GROUP BY 1, 2
    )
    SELECT CASE WHEN g.band = 17 THEN '85+' ELSE (g.band * 5) || '-' || (g.band * 5 + 4) END,
           coalesce(sum(a.n) FILTER (WHERE a.sex = 'M'), 0)::bigint,
           coalesce(sum(a.n) FILTER (WHERE a.sex = 'F'), 0)::bigint,
           coalesce(sum(a.n) FILTER (WHERE a.sex NOT IN ('M', 'F')), 0)::bigint
    FROM generate_series(0, 17) AS g(band) LEFT JOIN aged a ON a.band = g.band
    GROUP BY g.band
    ORDER BY g.band;
END
$$;
