-- Credit notes correct issued invoices (issue 9, item 5); like the invoice, a credit note is issued once and is
-- then the record: UPDATE and DELETE of credit_note and credit_note_line are refused for every role, the owner
-- included (HM021). Attached BEFORE to:
--   credit_note       INSERT: only for an issued invoice; the number (CN series, hms_next_document_number),
--                     issued_at and issued_by come from here. UPDATE, DELETE: refused.
--   credit_note_line  INSERT: the invoice line must be the credit note's invoice's, and all credit notes of an
--                     invoice line together credit no more than the line's amount (HM023). UPDATE, DELETE:
--                     refused.
-- The totals are checked at commit by hms_credit_note_totals (a deferred constraint trigger).
CREATE OR REPLACE FUNCTION hms_credit_note_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_status text;
    v_line record;
    v_credited numeric;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        RAISE EXCEPTION 'A credit note cannot be changed or removed; issue another one.' USING ERRCODE = 'HM021';
    END IF;
    IF TG_TABLE_NAME = 'credit_note' THEN
        -- FOR SHARE: the invoice stays as read while the credit note is issued.
        SELECT status INTO v_status FROM invoice WHERE id = NEW.invoice_id FOR SHARE;
        IF v_status IS DISTINCT FROM 'issued' THEN
            RAISE EXCEPTION 'Credit notes are issued against issued invoices only; edit the draft instead.'
                USING ERRCODE = 'HM023';
        END IF;
        NEW.number := hms_next_document_number('CN');
        NEW.issued_at := now();
        NEW.issued_by := session_user;
        RETURN NEW;
    END IF;
    SELECT l.invoice_id, l.line_total, l.tax_rate INTO v_line FROM invoice_line l WHERE l.id = NEW.invoice_line_id
        FOR SHARE;
    IF NOT FOUND OR v_line.invoice_id <> (SELECT invoice_id FROM credit_note WHERE id = NEW.credit_note_id) THEN
        RAISE EXCEPTION 'A credit note line corrects a line of the credit note''s own invoice.' USING ERRCODE = 'HM023';
    END IF;
    IF NEW.tax_rate <> v_line.tax_rate THEN
        RAISE EXCEPTION 'A credit note line is taxed at the rate of the line it corrects.' USING ERRCODE = 'HM023';
    END IF;
    SELECT coalesce(sum(line_total), 0) INTO v_credited FROM credit_note_line WHERE invoice_line_id = NEW.invoice_line_id;
    IF v_credited + NEW.line_total > v_line.line_total THEN
        RAISE EXCEPTION 'This credits more than the invoice line''s amount (% of %, % already credited).',
            NEW.line_total, v_line.line_total, v_credited USING ERRCODE = 'HM023';
    END IF;
    RETURN NEW;
END
$$;
