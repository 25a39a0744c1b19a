-- The doctors a report counts, with the filters department/doctor/specialty applied, each with one specialty
-- to show: the chosen one when filtering by specialty, else the first by name ("No specialty" without one).
-- Internal: called by the report functions (owner's rights), EXECUTE for nobody else.
-- PARALLEL SAFE (it only reads): a function marked unsafe would keep the whole report query from running in
-- parallel workers (RETURN QUERY may, since PostgreSQL 14).
CREATE OR REPLACE FUNCTION hms_report_doctors(p_department integer, p_doctor integer, p_specialty integer)
RETURNS TABLE (id integer, name text, specialty text, department_id integer)
LANGUAGE sql STABLE PARALLEL SAFE SET search_path = public, pg_temp AS $$
    SELECT st.id, st.full_name::text, coalesce(sp.name, 'No specialty')::text, st.department_id
    FROM staff st
    LEFT JOIN LATERAL (SELECT s.id, s.name FROM doctor_specialty ds JOIN specialty s ON s.id = ds.specialty_id
                       WHERE ds.staff_id = st.id AND (p_specialty IS NULL OR s.id = p_specialty)
                       ORDER BY s.name LIMIT 1) sp ON true
    WHERE (p_doctor IS NULL OR st.id = p_doctor)
      AND (p_department IS NULL OR st.department_id = p_department)
      AND (p_specialty IS NULL OR sp.id IS NOT NULL)
$$;
