-- Report "admissions-discharges" (migration 0030; domain/reports.py): Admissions per month, and discharges per month by disposition.
-- Aggregates only. SECURITY DEFINER: the person needs no SELECT on the tables read; EXECUTE is granted to the
-- report's groups, and hms_report_guard checks the group again. Days are the hospital's (p_zone).
CREATE OR REPLACE FUNCTION hms_report_admissions_discharges(p_first date, p_last date, p_zone text, p_department integer, p_doctor integer,
                                p_specialty integer, p_payer integer, p_ward integer)
RETURNS TABLE (month date, admissions bigint, home bigint, referred bigint, against_advice bigint, deceased bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_start timestamptz;
    v_end timestamptz;
BEGIN
    PERFORM hms_report_guard('admissions-discharges', ARRAY['hms_admin', 'hms_doctor'], p_first, p_last);
    v_start := p_first::timestamp AT TIME ZONE p_zone;
    v_end := (p_last + 1)::timestamp AT TIME ZONE p_zone;
    RETURN QUERY
    WITH months AS (
        SELECT m::date AS month FROM generate_series(date_trunc('month', p_first::timestamp), p_last::timestamp, interval '1 month') AS m
    ), admitted AS (
        SELECT date_trunc('month', a.admitted_at AT TIME ZONE p_zone)::date AS month, count(*) AS n
        FROM admission a
        WHERE a.admitted_at >= v_start AND a.admitted_at < v_end
          AND (p_doctor IS NULL OR a.attending_doctor_id = p_doctor)
        GROUP BY 1
    ), discharged AS (
        SELECT date_trunc('month', a.discharged_at AT TIME ZONE p_zone)::date AS month,
               count(*) FILTER (WHERE a.disposition = 'home') AS home,
               count(*) FILTER (WHERE a.disposition = 'referred') AS referred,
               count(*) FILTER (WHERE a.disposition = 'against_advice') AS against_advice,
               count(*) FILTER (WHERE a.disposition = 'deceased') AS deceased
        FROM admission a
        WHERE a.discharged_at >= v_start AND a.discharged_at < v_end
          AND (p_doctor IS NULL OR a.attending_doctor_id = p_doctor)
        GROUP BY 1
    )
    SELECT m.month, coalesce(ad.n, 0), coalesce(d.home, 0), coalesce(d.referred, 0),
           coalesce(d.against_advice, 0), coalesce(d.deceased, 0)
    FROM months m
    LEFT JOIN admitted ad ON ad.month = m.month
    LEFT JOIN discharged d ON d.month = m.month
    ORDER BY m.month;
END
$$;
