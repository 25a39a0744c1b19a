-- The insurer's payment on an invoice, recorded while a remittance is posted (issue 9, item 6; migration
-- 0021). Billing and administrators post remittances (the issue's acceptance test posts one as admin), but
-- administrators take no money: rather than an INSERT grant on payment, both groups get EXECUTE on this one
-- function, which records only method 'insurance', and only for an invoice whose claim is submitted (waiting
-- for the insurer's answer, which the same transaction records): HM039 otherwise.
-- SECURITY DEFINER (owned by hms_owner); hms_payment_guard still checks the payment, and sets taken_by to
-- session_user, the login posting the remittance.
CREATE OR REPLACE FUNCTION hms_record_insurance_payment(p_invoice_id bigint, p_amount numeric, p_reference text)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_id bigint;
BEGIN
    PERFORM 1 FROM claim WHERE invoice_id = p_invoice_id AND status = 'submitted' FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'An insurer''s payment is recorded with its answer to a submitted claim.'
            USING ERRCODE = 'HM039';
    END IF;
    INSERT INTO payment (invoice_id, kind, method, amount, reference)
    VALUES (p_invoice_id, 'payment', 'insurance', p_amount, p_reference) RETURNING id INTO v_id;
    RETURN v_id;
END
$$;
