-- Issued prescriptions with something left to dispense (migration 0027), for holders of hms_dispenser: billing
-- clerks may not read the clinical tables (migration 0012), so this returns only what dispensing needs, line
-- by line: the prescription's number and date, the patient (MRN, name), the drug as printed, the directions,
-- how many were prescribed (1 where not counted) and dispensed so far, and the stock item that supplies it.
-- Notes and instructions stay in the chart. Prescriptions issued in the last p_days days, oldest first.
-- Version 2 (migration 0038, issue 15): the directions as their parts (dose, unit, route, frequency code,
-- days), which services/inventory.py words as the prescription dialog does, in the workstation's language;
-- version 1 wrote them in English ('500 mg oral TDS for 5 days').
CREATE OR REPLACE FUNCTION hms_dispensing_queue(p_days integer)
RETURNS TABLE (prescription_id bigint, number text, issued_at timestamptz, patient_id bigint, mrn text,
               patient_name text, line_id bigint, line_number integer, drug_id text, drug text, dose numeric,
               unit text, route text, frequency text, duration_days integer,
               prescribed integer, quantity_unit text, dispensed integer, item_id integer, item_name text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
BEGIN
    IF NOT (pg_has_role(session_user, 'hms_dispenser', 'MEMBER') OR pg_has_role(session_user, 'hms_owner', 'MEMBER')) THEN
        RAISE EXCEPTION 'Dispensing needs the dispensing permission; an administrator grants it on the Users page.'
            USING ERRCODE = 'HM053';
    END IF;
    RETURN QUERY
    WITH lines AS (
        SELECT p.id AS rx_id, p.number, p.issued_at, p.patient_id, l.id AS line_id, l.line_number, l.drug_id,
               l.drug_name, l.strength, l.form, l.dose, l.unit, l.route, l.frequency, l.duration_days,
               coalesce(l.quantity, 1) AS prescribed, l.quantity_unit,
               coalesce((SELECT sum(m.quantity) FROM stock_movement m
                         WHERE m.prescription_line_id = l.id AND m.kind = 'dispense'), 0)::integer AS dispensed
        FROM prescription p JOIN prescription_line l ON l.prescription_id = p.id
        WHERE p.status = 'issued' AND p.issued_at >= now() - make_interval(days => greatest(p_days, 1))
    )
    SELECT x.rx_id, x.number::text, x.issued_at, x.patient_id, pt.mrn::text,
           (pt.family_name || ', ' || pt.given_name)::text, x.line_id, x.line_number::integer, x.drug_id::text,
           btrim(x.drug_name || ' ' || x.strength || ' ' || x.form)::text,
           x.dose, x.unit::text, x.route::text, x.frequency::text, x.duration_days::integer,
           x.prescribed, x.quantity_unit::text, x.dispensed, i.id, i.name::text
    FROM lines x JOIN patient pt ON pt.id = x.patient_id
    LEFT JOIN stock_item i ON i.drug_id = x.drug_id AND i.active
    WHERE EXISTS (SELECT 1 FROM lines y WHERE y.rx_id = x.rx_id AND y.dispensed < y.prescribed)
    ORDER BY x.issued_at, x.rx_id, x.line_number;
END
$$;
