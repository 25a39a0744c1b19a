-- Deferred constraint trigger AFTER INSERT on credit_note and credit_note_line: at commit, a credit note has
-- lines and its stored totals are the sums of them (the rule of domain/billing.py, as for invoices; HM020).
-- Checked at commit so that the note and its lines are inserted in one transaction in any order, and a line
-- added later to an old credit note (its totals no longer the sum) is refused too.
CREATE OR REPLACE FUNCTION hms_credit_note_totals() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_note record;
    v_lines integer;
    v_subtotal numeric;
    v_discount numeric;
    v_tax numeric;
BEGIN
    -- IF, not CASE: PL/pgSQL resolves every field a statement names, and a credit_note row has no credit_note_id.
    IF TG_TABLE_NAME = 'credit_note' THEN
        SELECT * INTO v_note FROM credit_note WHERE id = NEW.id;
    ELSE
        SELECT * INTO v_note FROM credit_note WHERE id = NEW.credit_note_id;
    END IF;
    SELECT count(*), coalesce(sum(round(quantity * unit_price, 2)), 0), coalesce(sum(discount), 0),
           coalesce(sum(tax_amount), 0)
      INTO v_lines, v_subtotal, v_discount, v_tax
      FROM credit_note_line WHERE credit_note_id = v_note.id;
    IF v_lines = 0 THEN
        RAISE EXCEPTION 'A credit note needs at least one line.' USING ERRCODE = 'HM020';
    END IF;
    IF v_note.subtotal <> v_subtotal OR v_note.discount <> v_discount OR v_note.tax <> v_tax
       OR v_note.total <> v_subtotal - v_discount + v_tax THEN
        RAISE EXCEPTION 'The credit note totals are not the sum of its lines.' USING ERRCODE = 'HM020';
    END IF;
    RETURN NULL;
END
$$;
