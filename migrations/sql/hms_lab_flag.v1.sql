-- The flag of a numeric lab result against the range chosen for the patient (migration 0014). The same rule as
-- hms_desktop/domain/labs.py `flag_for` (tests/integration/test_labs.py compares them on a table of cases):
-- below the critical low or above the critical high is critical; otherwise below low or above high; the range
-- itself is inclusive. A missing bound is no limit; no bound at all (or no value) gives NULL: "no range".
CREATE OR REPLACE FUNCTION hms_lab_flag(p_value numeric, p_low numeric, p_high numeric, p_critical_low numeric,
                                        p_critical_high numeric) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN p_value IS NULL OR num_nulls(p_low, p_high, p_critical_low, p_critical_high) = 4 THEN NULL
        WHEN p_value < p_critical_low THEN 'critical_low'
        WHEN p_value > p_critical_high THEN 'critical_high'
        WHEN p_value < p_low THEN 'low'
        WHEN p_value > p_high THEN 'high'
        ELSE 'normal'
    END
$$;
