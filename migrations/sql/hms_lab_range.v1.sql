-- The reference range of a test for a patient of this sex and age in whole years (migration 0014). The same
-- rule as hms_desktop/domain/labs.py `choose_range`: a range for the patient's own sex (M or F) before one
-- for any sex; the age band is [min_age_years, max_age_years) with no upper limit when max is NULL. A patient
-- whose sex is neither M nor F gets only an "any" range; one whose age is unknown only a band covering every
-- age (0 and up), never an adult's by guess. No row: no range, and the result is not flagged.
CREATE OR REPLACE FUNCTION hms_lab_range(p_lab_test_id integer, p_sex text, p_age integer)
RETURNS SETOF lab_test_range
LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
    SELECT * FROM lab_test_range
    WHERE lab_test_id = p_lab_test_id
      AND sex IN (CASE WHEN p_sex IN ('M', 'F') THEN p_sex ELSE 'any' END, 'any')
      AND CASE WHEN p_age IS NULL THEN min_age_years = 0 AND max_age_years IS NULL
               ELSE p_age >= min_age_years AND (max_age_years IS NULL OR p_age < max_age_years) END
    ORDER BY sex = 'any', id
    LIMIT 1
$$;
