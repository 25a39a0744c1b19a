-- Keeps invoice_balance (migration 0036) current: what each issued invoice is still owed, now, and when money
-- last moved on it. Issue 12: the outstanding-balances report reads the invoices owed from it instead of
-- summing a million invoices' payments.
-- AFTER triggers, one row each, SECURITY DEFINER (nobody but the owner reads or writes invoice_balance):
--   invoice      INSERT or UPDATE to status 'issued' (hms_invoice_guard stamps issued_at): its row, the total.
--   payment      INSERT: the amount comes off (a refund goes back on); moved_at becomes taken_at if later.
--   credit_note  INSERT: its total comes off (its lines are checked against it at commit); moved_at too.
-- Each change is an increment, not a recount: two clerks paying the same invoice at once queue on its row and
-- neither overwrites the other's sum. Payments, credit notes and issued invoices are never updated or deleted
-- (hms_payment_guard, hms_credit_note_guard, hms_invoice_guard refuse it, HM028 and others), so inserts are all
-- there is to follow.
CREATE OR REPLACE FUNCTION hms_invoice_balance_note() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_TABLE_NAME = 'invoice' THEN
        -- A payment or credit note needs an issued invoice (hms_payment_guard, hms_credit_note_guard): none yet.
        INSERT INTO invoice_balance (invoice_id, issued_at, balance) VALUES (NEW.id, NEW.issued_at, NEW.total)
        ON CONFLICT (invoice_id) DO NOTHING;
    ELSIF TG_TABLE_NAME = 'payment' THEN
        UPDATE invoice_balance
        SET balance = balance - CASE WHEN NEW.kind = 'refund' THEN -NEW.amount ELSE NEW.amount END,
            moved_at = greatest(moved_at, NEW.taken_at)
        WHERE invoice_id = NEW.invoice_id;
    ELSIF TG_TABLE_NAME = 'credit_note' THEN
        UPDATE invoice_balance SET balance = balance - NEW.total, moved_at = greatest(moved_at, NEW.issued_at)
        WHERE invoice_id = NEW.invoice_id;
    END IF;
    RETURN NULL;
END
$$;
