-- The allergy flag of wristbands and the patient overview, for logins that may not read the chart
-- (reception): 'allergies' (an active allergy, reported or confirmed; severe when one is severe),
-- 'none_known' ("no known allergies" recorded and no active allergy since) or 'not_recorded'.
-- Says nothing about which substance. EXECUTE for every group: every group may print a wristband.
CREATE OR REPLACE FUNCTION hms_allergy_flag(p_patient_id bigint, OUT state text, OUT severe boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT CASE WHEN a.any_active THEN 'allergies'
                WHEN EXISTS (SELECT 1 FROM allergy_none_known n WHERE n.patient_id = p_patient_id) THEN 'none_known'
                ELSE 'not_recorded' END,
           coalesce(a.any_severe, false)
    FROM (SELECT bool_or(true) AS any_active, bool_or(severity = 'severe') AS any_severe
          FROM allergy WHERE patient_id = p_patient_id AND status = 'active') a
$$;
