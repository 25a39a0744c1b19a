-- The ad-hoc report builder's allow-list (issue 12, item 3; migration 0031; domain/report_builder.py mirrors
-- it): for a subject, the fixed SQL fragment of one part, or NULL when the key is not on the list.
-- Parts: 'from', 'where', 'time' (the row's instant), 'groups' and 'filters' (comma lists),
-- 'dimension.<key>', 'sum.<column>' (a number: sum/avg), 'bool.<column>' (yes/no: rate).
-- Only these literals ever become SQL; the keys a person chose only select among them. Inside the fragments
-- $1/$2 are the range as instants, $3 the hospital's zone, $4/$5 the range as days, $6-$9 the filters
-- (department, doctor, specialty, payer): bound values, never text spliced in. Internal: EXECUTE for nobody.
CREATE OR REPLACE FUNCTION hms_report_adhoc_fragment(p_subject text, p_part text)
RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = public, pg_temp AS $$
DECLARE
    v_dims text[];
    v_dim text;
    v_age text := 'extract(year FROM age(((%t) AT TIME ZONE $3)::date, pt.birth_date))::int';
BEGIN
    v_dims := CASE p_subject
        WHEN 'patients' THEN ARRAY['day', 'week', 'month', 'sex', 'age_band']
        WHEN 'appointments' THEN ARRAY['day', 'week', 'month', 'department', 'doctor', 'specialty', 'sex', 'age_band']
        WHEN 'admissions' THEN ARRAY['day', 'week', 'month', 'department', 'doctor', 'sex', 'age_band']
        WHEN 'encounters' THEN ARRAY['day', 'week', 'month', 'department', 'doctor', 'specialty', 'sex', 'age_band',
                                     'diagnosis_chapter']
        WHEN 'invoices' THEN ARRAY['day', 'week', 'month', 'department', 'doctor', 'service_category', 'sex',
                                   'age_band']
        WHEN 'claims' THEN ARRAY['day', 'week', 'month', 'payer', 'sex', 'age_band']
        WHEN 'stock_movements' THEN ARRAY['day', 'week', 'month']
    END;
    IF v_dims IS NULL OR p_part IS NULL THEN
        RETURN NULL;
    END IF;
    IF p_part LIKE 'dimension.%' THEN
        v_dim := substr(p_part, 11);
        IF NOT v_dim = ANY (v_dims) THEN
            RETURN NULL;
        END IF;
        RETURN replace(CASE v_dim
            WHEN 'day' THEN 'to_char(((%t) AT TIME ZONE $3)::date, ''YYYY-MM-DD'')'
            WHEN 'week' THEN 'to_char(date_trunc(''week'', (%t) AT TIME ZONE $3)::date, ''YYYY-MM-DD'')'
            WHEN 'month' THEN 'to_char(date_trunc(''month'', (%t) AT TIME ZONE $3)::date, ''YYYY-MM-DD'')'
            WHEN 'department' THEN 'coalesce(dep.name, ''No department'')::text'
            WHEN 'doctor' THEN 'coalesce(d.name, ''No doctor'')::text'
            WHEN 'specialty' THEN 'coalesce(d.specialty, ''No specialty'')::text'
            WHEN 'sex' THEN 'CASE pt.sex WHEN ''M'' THEN ''Male'' WHEN ''F'' THEN ''Female'' ELSE ''Other'' END'
            WHEN 'age_band' THEN 'CASE WHEN pt.birth_date IS NULL THEN ''Unknown'' WHEN ' || v_age || ' >= 80 '
                                 'THEN ''80+'' ELSE (' || v_age || ' / 10 * 10) || ''-'' || (' || v_age
                                 || ' / 10 * 10 + 9) END'
            WHEN 'payer' THEN 'py.name::text'
            WHEN 'service_category' THEN 'coalesce(f.category, ''other'')::text'
            WHEN 'diagnosis_chapter' THEN 'CASE WHEN dx.icd10_code IS NULL THEN ''No diagnosis'' '
                                          'ELSE hms_icd10_chapter(dx.icd10_code) END'
        END, '%t', hms_report_adhoc_fragment(p_subject, 'time'));
    END IF;
    RETURN CASE p_subject || '|' || p_part
        -- patients: registrations in the range (merged duplicates left out)
        WHEN 'patients|groups' THEN 'hms_admin'
        WHEN 'patients|filters' THEN ''
        WHEN 'patients|from' THEN 'patient pt'
        WHEN 'patients|where' THEN 'pt.created_at >= $1 AND pt.created_at < $2 AND pt.merged_into_id IS NULL'
        WHEN 'patients|time' THEN 'pt.created_at'
        WHEN 'patients|sum.age_years' THEN replace(v_age, '%t', 'pt.created_at')
        -- appointments starting in the range that were booked (not requested, cancelled or declined)
        WHEN 'appointments|groups' THEN 'hms_admin,hms_doctor'
        WHEN 'appointments|filters' THEN 'department,doctor,specialty'
        WHEN 'appointments|from' THEN 'appointment x JOIN patient pt ON pt.id = x.patient_id '
             'JOIN hms_report_doctors($6, $7, $8) d ON d.id = x.doctor_id '
             'LEFT JOIN department dep ON dep.id = d.department_id'
        WHEN 'appointments|where' THEN 'x.starts_at >= $1 AND x.starts_at < $2 '
             'AND x.status NOT IN (''requested'', ''cancelled'', ''declined'')'
        WHEN 'appointments|time' THEN 'x.starts_at'
        WHEN 'appointments|sum.lead_days' THEN 'extract(epoch FROM x.starts_at - x.created_at) / 86400.0'
        WHEN 'appointments|sum.wait_minutes' THEN 'extract(epoch FROM x.called_at - x.checked_in_at) / 60.0'
        WHEN 'appointments|bool.no_show' THEN 'x.status = ''no_show'''
        WHEN 'appointments|bool.completed' THEN 'x.status = ''completed'''
        -- admissions in the range, by the attending doctor
        WHEN 'admissions|groups' THEN 'hms_admin,hms_doctor'
        WHEN 'admissions|filters' THEN 'department,doctor'
        WHEN 'admissions|from' THEN 'admission x JOIN patient pt ON pt.id = x.patient_id '
             'LEFT JOIN hms_report_doctors(NULL, NULL, NULL) d ON d.id = x.attending_doctor_id '
             'LEFT JOIN department dep ON dep.id = d.department_id'
        WHEN 'admissions|where' THEN 'x.admitted_at >= $1 AND x.admitted_at < $2 '
             'AND ($6 IS NULL OR d.department_id = $6) AND ($7 IS NULL OR x.attending_doctor_id = $7)'
        WHEN 'admissions|time' THEN 'x.admitted_at'
        WHEN 'admissions|sum.length_days' THEN 'extract(epoch FROM x.discharged_at - x.admitted_at) / 86400.0'
        WHEN 'admissions|bool.discharged' THEN 'x.discharged_at IS NOT NULL'
        -- encounters opened in the range; the diagnosis chapter is that of the primary (else first) code
        WHEN 'encounters|groups' THEN 'hms_admin,hms_doctor'
        WHEN 'encounters|filters' THEN 'department,doctor,specialty'
        WHEN 'encounters|from' THEN 'encounter x JOIN patient pt ON pt.id = x.patient_id '
             'JOIN hms_report_doctors($6, $7, $8) d ON d.id = x.doctor_id '
             'LEFT JOIN department dep ON dep.id = d.department_id '
             'LEFT JOIN LATERAL (SELECT ed.icd10_code FROM encounter_diagnosis ed WHERE ed.encounter_id = x.id '
             'ORDER BY ed.is_primary DESC, ed.id LIMIT 1) dx ON true'
        WHEN 'encounters|where' THEN 'x.created_at >= $1 AND x.created_at < $2'
        WHEN 'encounters|time' THEN 'x.created_at'
        WHEN 'encounters|bool.signed' THEN 'x.signed_at IS NOT NULL'
        -- lines of invoices issued in the range, with tax; the doctor is the charge's
        WHEN 'invoices|groups' THEN 'hms_admin,hms_billing'
        WHEN 'invoices|filters' THEN 'department,doctor'
        WHEN 'invoices|from' THEN 'invoice i JOIN invoice_line x ON x.invoice_id = i.id '
             'JOIN patient pt ON pt.id = i.patient_id LEFT JOIN charge ch ON ch.id = x.charge_id '
             'LEFT JOIN hms_report_doctors(NULL, NULL, NULL) d ON d.id = ch.doctor_id '
             'LEFT JOIN department dep ON dep.id = d.department_id '
             'LEFT JOIN LATERAL (SELECT fs.category FROM fee_schedule fs WHERE fs.code = x.fee_code '
             'ORDER BY fs.effective_from DESC LIMIT 1) f ON true'
        WHEN 'invoices|where' THEN 'i.status = ''issued'' AND i.issued_at >= $1 AND i.issued_at < $2 '
             'AND ($6 IS NULL OR d.department_id = $6) AND ($7 IS NULL OR ch.doctor_id = $7)'
        WHEN 'invoices|time' THEN 'i.issued_at'
        WHEN 'invoices|sum.amount' THEN 'x.line_total + x.tax_amount'
        -- claims dated in the range
        WHEN 'claims|groups' THEN 'hms_admin,hms_billing'
        WHEN 'claims|filters' THEN 'payer'
        WHEN 'claims|from' THEN 'claim x JOIN insurance_payer py ON py.id = x.payer_id '
             'JOIN invoice i ON i.id = x.invoice_id JOIN patient pt ON pt.id = i.patient_id'
        WHEN 'claims|where' THEN 'x.claim_date BETWEEN $4 AND $5 AND ($9 IS NULL OR x.payer_id = $9)'
        WHEN 'claims|time' THEN '(x.claim_date::timestamp AT TIME ZONE $3)'
        WHEN 'claims|sum.claimed' THEN '(SELECT coalesce(sum(cl.insurer_amount), 0) FROM claim_line cl '
             'WHERE cl.claim_id = x.id)'
        WHEN 'claims|bool.rejected' THEN 'x.status IN (''rejected'', ''partly approved'')'
        -- stock movements recorded in the range
        WHEN 'stock_movements|groups' THEN 'hms_admin'
        WHEN 'stock_movements|filters' THEN ''
        WHEN 'stock_movements|from' THEN 'stock_movement x'
        WHEN 'stock_movements|where' THEN 'x.created_at >= $1 AND x.created_at < $2'
        WHEN 'stock_movements|time' THEN 'x.created_at'
        WHEN 'stock_movements|sum.quantity' THEN 'x.quantity'
    END;
END
$$;
