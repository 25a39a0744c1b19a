-- The names a report's filters offer: departments, doctors, specialties, insurance payers and wards, active
-- ones, by name. Names only (no patient data), for every group that may run a report; SECURITY DEFINER so
-- that a doctor sees payers' names and billing sees wards' without a grant on those tables.
-- Doctors: staff with a doctor profile or in the doctor group (as db/repositories/doctors.py lists them).
CREATE OR REPLACE FUNCTION hms_report_filter_choices()
RETURNS TABLE (kind text, id integer, name text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT * FROM (
        SELECT 'department'::text, d.id, d.name::text FROM department d WHERE d.active
        UNION ALL
        SELECT 'doctor', s.id, s.full_name::text FROM staff s
        WHERE s.active AND (EXISTS (SELECT 1 FROM doctor_profile p WHERE p.staff_id = s.id)
                            OR 'hms_doctor' = ANY (hms_staff_groups(s.username)))
        UNION ALL
        SELECT 'specialty', sp.id, sp.name::text FROM specialty sp WHERE sp.active
        UNION ALL
        SELECT 'payer', p.id, p.name::text FROM insurance_payer p WHERE p.active
        UNION ALL
        SELECT 'ward', w.id, w.name::text FROM ward w WHERE w.active
    ) AS c (kind, id, name)
    ORDER BY kind, name
$$;
