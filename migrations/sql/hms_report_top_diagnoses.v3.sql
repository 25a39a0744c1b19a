-- Report "top-diagnoses" (migration 0030; domain/reports.py): The 50 most frequent ICD-10 codes on encounters begun in the range.
-- Aggregates only. SECURITY DEFINER: the person needs no SELECT on the tables read; EXECUTE is granted to the
-- report's groups, and hms_report_guard checks the group again. Days are the hospital's (p_zone).
-- Version 2 (migration 0032, speed at a million encounters): counted in two hash aggregates, per (code, patient)
-- and then per code, where version 1's count(DISTINCT) sorted every row of each code. A code is on an encounter
-- at most once (uq_encounter_diagnosis_encounter_id_icd10_code), so its encounters are its rows.
-- Version 3 (migration 0037): without a department, doctor or specialty filter, the whole months of the range
-- that are summarised and unchanged since are read from diagnosis_month_count (encounters per month and code)
-- and diagnosis_year_seen (one row per year, code and patient, a bit per month: a patient is counted once per
-- code without hashing every encounter); the other days are read from the encounters, and only their
-- (code, patient) pairs not already counted are added. With a filter, version 2's reading of the encounters.
CREATE OR REPLACE FUNCTION hms_report_top_diagnoses(p_first date, p_last date, p_zone text, p_department integer, p_doctor integer,
                                p_specialty integer, p_payer integer, p_ward integer)
RETURNS TABLE (code text, encounters bigint, patients bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp SET work_mem = '64MB' AS $$
#variable_conflict use_column
DECLARE
    v_start timestamptz;
    v_end timestamptz;
    v_months date[];
    v_covered date[];
    v_years integer;
BEGIN
    PERFORM hms_report_guard('top-diagnoses', ARRAY['hms_admin', 'hms_doctor'], p_first, p_last);
    v_start := p_first::timestamp AT TIME ZONE p_zone;
    v_end := (p_last + 1)::timestamp AT TIME ZONE p_zone;
    IF p_department IS NOT NULL OR p_doctor IS NOT NULL OR p_specialty IS NOT NULL THEN
        RETURN QUERY
        WITH coded AS (
            SELECT dx.icd10_code, e.patient_id, count(*) AS encounters
            FROM encounter e
            JOIN encounter_diagnosis dx ON dx.encounter_id = e.id
            WHERE e.created_at >= v_start AND e.created_at < v_end
              AND e.doctor_id IN (SELECT d.id FROM hms_report_doctors(p_department, p_doctor, p_specialty) d)
            GROUP BY 1, 2
        )
        SELECT c.icd10_code::text, sum(c.encounters)::bigint, count(*)
        FROM coded c
        GROUP BY 1
        ORDER BY 2 DESC, 1
        LIMIT 50;
        RETURN;
    END IF;
    v_months := hms_report_whole_months(hms_report_diagnosis_days(p_first, p_last, p_zone));
    v_covered := ARRAY(SELECT d::date FROM unnest(v_months) m,
                       generate_series(m, (m + interval '1 month')::date - 1, interval '1 day') d);
    v_years := (SELECT count(DISTINCT extract(year FROM m)) FROM unnest(v_months) m);
    RETURN QUERY
    WITH chosen AS (
        SELECT extract(year FROM m)::smallint AS year, bit_or(1 << (extract(month FROM m)::integer - 1)) AS mask
        FROM unnest(v_months) m GROUP BY 1
    ), summarised AS (
        SELECT s.icd10_code, s.patient_id
        FROM chosen c JOIN diagnosis_year_seen s ON s.year = c.year AND s.months & c.mask <> 0
    ), live AS (
        SELECT dx.icd10_code, e.patient_id, count(*) AS encounters
        FROM hms_report_day_ranges(p_first, p_last, p_zone, v_covered) r
        CROSS JOIN LATERAL (SELECT x.id, x.patient_id FROM encounter x
                            WHERE x.created_at >= r.lo AND x.created_at < r.hi OFFSET 0) e
        JOIN encounter_diagnosis dx ON dx.encounter_id = e.id
        GROUP BY 1, 2
    ), patients AS (
        -- One row per year, code and patient: distinct already when the months are of one year.
        SELECT s.icd10_code, count(*) AS n FROM summarised s WHERE v_years <= 1 GROUP BY 1
        UNION ALL
        SELECT d.icd10_code, count(*) FROM (SELECT DISTINCT s.icd10_code, s.patient_id FROM summarised s
                                            WHERE v_years > 1) d GROUP BY 1
        UNION ALL
        SELECT l.icd10_code, count(*) FROM live l
        WHERE NOT EXISTS (SELECT 1 FROM chosen c JOIN diagnosis_year_seen s ON s.year = c.year
                          WHERE s.icd10_code = l.icd10_code AND s.patient_id = l.patient_id
                            AND s.months & c.mask <> 0)
        GROUP BY 1
    ), encounters AS (
        SELECT m.icd10_code, sum(m.encounters) AS n
        FROM unnest(v_months) k(month) JOIN diagnosis_month_count m ON m.month = k.month
        GROUP BY 1
        UNION ALL
        SELECT l.icd10_code, sum(l.encounters) FROM live l GROUP BY 1
    ), coded AS (
        SELECT x.icd10_code, sum(x.n) AS n FROM encounters x GROUP BY 1
    )
    SELECT c.icd10_code::text, c.n::bigint, (SELECT sum(p.n) FROM patients p WHERE p.icd10_code = c.icd10_code)::bigint
    FROM coded c
    ORDER BY 2 DESC, 1
    LIMIT 50;
END
$$;
