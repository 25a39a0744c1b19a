-- Report "age-pyramid" (migration 0030; domain/reports.py): Patients seen in the range (an appointment or an admission), by five-year age band on the last day and sex.
-- Aggregates only. SECURITY DEFINER: the person needs no SELECT on the tables read; EXECUTE is granted to the
-- report's groups, and hms_report_guard checks the group again. Days are the hospital's (p_zone).
CREATE OR REPLACE FUNCTION hms_report_age_pyramid(p_first date, p_last date, p_zone text, p_department integer, p_doctor integer,
                                p_specialty integer, p_payer integer, p_ward integer)
RETURNS TABLE (age_band text, male bigint, female bigint, other bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_start timestamptz;
    v_end timestamptz;
BEGIN
    PERFORM hms_report_guard('age-pyramid', ARRAY['hms_admin'], p_first, p_last);
    v_start := p_first::timestamp AT TIME ZONE p_zone;
    v_end := (p_last + 1)::timestamp AT TIME ZONE p_zone;
    RETURN QUERY
    WITH seen AS (
        SELECT a.patient_id FROM appointment a
        WHERE a.starts_at >= v_start AND a.starts_at < v_end AND a.status IN ('completed', 'checked_in', 'in_consultation')
        UNION
        SELECT ad.patient_id FROM admission ad
        WHERE ad.admitted_at < v_end AND (ad.discharged_at IS NULL OR ad.discharged_at >= v_start)
    ), aged AS (
        SELECT pt.sex, least(extract(year FROM age(p_last, pt.birth_date))::int / 5, 17) AS band
        FROM seen s JOIN patient pt ON pt.id = s.patient_id
        WHERE pt.birth_date IS NOT NULL AND pt.merged_into_id IS NULL
    )
    SELECT CASE WHEN g.band = 17 THEN '85+' ELSE (g.band * 5) || '-' || (g.band * 5 + 4) END,
           count(a.band) FILTER (WHERE a.sex = 'M'), count(a.band) FILTER (WHERE a.sex = 'F'),
           count(a.band) FILTER (WHERE a.sex NOT IN ('M', 'F'))
    FROM generate_series(0, 17) AS g(band) LEFT JOIN aged a ON a.band = g.band
    GROUP BY g.band
    ORDER BY g.band;
END
$$;
