-- What a patient owes (issue 9, items 5, 6 and 9): issued invoice totals - their credit notes - payments (a
-- refund counts back; the insurer's payments included) - what insurers are still expected to pay on them.
-- v2 (migration 0021): the insurer's share of an open claim (draft, submitted, approved) is not the patient's
-- to pay; once a remittance settles the claim, what the insurer paid is a payment and what it rejected is no
-- longer expected, so the rejected amount becomes the patient's (domain/claims.py says the same rule).
-- Negative: the hospital owes the patient. Deposits not yet applied are not counted; drafts and cancelled
-- invoices do not count. SECURITY DEFINER (owned by hms_owner) so that reception and doctors, who read no
-- billing table, see the one number and nothing more; EXECUTE is granted per group in migration 0018.
CREATE OR REPLACE FUNCTION hms_patient_balance(p_patient_id bigint) RETURNS numeric
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT (SELECT coalesce(sum(i.total), 0) FROM invoice i
             WHERE i.patient_id = p_patient_id AND i.status = 'issued')
         - (SELECT coalesce(sum(c.total), 0) FROM credit_note c JOIN invoice i ON i.id = c.invoice_id
             WHERE i.patient_id = p_patient_id AND i.status = 'issued')
         - (SELECT coalesce(sum(CASE p.kind WHEN 'payment' THEN p.amount ELSE -p.amount END), 0)
              FROM payment p JOIN invoice i ON i.id = p.invoice_id
             WHERE i.patient_id = p_patient_id)
         - (SELECT coalesce(sum(l.insurer_amount), 0) FROM claim c JOIN claim_line l ON l.claim_id = c.id
              JOIN invoice i ON i.id = c.invoice_id
             WHERE i.patient_id = p_patient_id AND i.status = 'issued'
               AND c.status IN ('draft', 'submitted', 'approved'))
$$;
