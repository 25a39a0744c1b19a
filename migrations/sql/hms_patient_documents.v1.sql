-- What was printed for one patient (wristbands, label sheets, later prescriptions): the chart's Documents
-- pane. The print log stays unreadable to staff (only administrators SELECT it, migration 0002); this
-- function lets doctors see the rows whose subject is the patient's MRN, and nothing else of the log.
-- EXECUTE for hms_doctor only (migration 0013).
CREATE OR REPLACE FUNCTION hms_patient_documents(p_patient_id bigint)
RETURNS TABLE (id bigint, at timestamptz, document text, actor text, actor_name text, is_copy boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT l.id, l.at, l.document::text, l.actor::text, s.full_name::text, l.is_copy
    FROM patient p
    JOIN print_log l ON l.subject = p.mrn
    LEFT JOIN staff s ON s.username = l.actor
    WHERE p.id = p_patient_id
    ORDER BY l.at DESC, l.id DESC
$$;
