-- AFTER UPDATE on invoice, when a draft is issued: every charge on it becomes 'billed', once. A charge no longer
-- unbilled (billed on another invoice, voided) stops the issue (HM022). SECURITY DEFINER: billing clerks have
-- no UPDATE on charge; being a trigger function, nobody can call it to mark charges directly.
CREATE OR REPLACE FUNCTION hms_invoice_bill_charges() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_lines integer;
    v_billed integer;
BEGIN
    SELECT count(*) INTO v_lines FROM invoice_line WHERE invoice_id = NEW.id AND charge_id IS NOT NULL;
    WITH billed AS (
        UPDATE charge SET status = 'billed'
         WHERE id IN (SELECT charge_id FROM invoice_line WHERE invoice_id = NEW.id)
           AND status = 'unbilled' AND patient_id = NEW.patient_id
        RETURNING 1)
    SELECT count(*) INTO v_billed FROM billed;
    IF v_billed <> v_lines THEN
        RAISE EXCEPTION 'A charge on this invoice was billed or voided meanwhile; reload the draft.'
            USING ERRCODE = 'HM022';
    END IF;
    RETURN NULL;
END
$$;
