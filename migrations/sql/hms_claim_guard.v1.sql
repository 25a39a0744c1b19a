-- Insurance claims (issue 9, item 6; migration 0021): the database keeps every claim, claim line and batch,
-- and moves them only along the allowed statuses (domain/claims.py TRANSITIONS says the same):
--     draft -> submitted -> approved -> paid;  submitted -> partly approved | rejected | paid
-- Attached BEFORE INSERT OR UPDATE OR DELETE to claim_batch, claim and claim_line. Codes:
--   HM034 a claim, line or batch is never removed; a column that cannot change; a status change not allowed.
--   HM035 a claim that needs the insurer's pre-authorisation is held until its number is recorded.
--   HM036 amounts that do not add up: a line's shares are not the invoice line's amount, an approved amount
--         changed twice or outside a submitted claim, a claim's outcome that is not its lines' approvals.
--   HM037 a claim for an invoice not issued, a policy that is not the patient's or not valid on the day, a
--         batch of another payer or no longer a draft.
--   HM038 an empty batch cannot be submitted, a batch with claims still unanswered cannot be settled.
-- SECURITY DEFINER: it reads invoices, policies and the other claims whatever the caller may read.
CREATE OR REPLACE FUNCTION hms_claim_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_invoice record;
    v_policy record;
    v_claim record;
    v_batch record;
    v_line record;
    v_claimed numeric;
    v_approved numeric;
    v_unset integer;
    v_count integer;
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'Insurance claims and batches are kept; they are never removed.' USING ERRCODE = 'HM034';
    END IF;

    IF TG_TABLE_NAME = 'claim_batch' THEN
        IF TG_OP = 'INSERT' THEN
            NEW.status := 'draft';
            NEW.submitted_at := NULL; NEW.submitted_by := NULL; NEW.settled_at := NULL; NEW.settled_by := NULL;
            RETURN NEW;
        END IF;
        IF NEW.payer_id IS DISTINCT FROM OLD.payer_id OR NEW.id IS DISTINCT FROM OLD.id THEN
            RAISE EXCEPTION 'A claim batch stays with its insurer.' USING ERRCODE = 'HM034';
        END IF;
        IF NEW.status IS DISTINCT FROM OLD.status THEN
            IF NOT ((OLD.status = 'draft' AND NEW.status = 'submitted')
                    OR (OLD.status = 'submitted' AND NEW.status IN ('approved', 'partly approved', 'rejected', 'paid'))
                    OR (OLD.status = 'approved' AND NEW.status = 'paid')) THEN
                RAISE EXCEPTION 'A claim batch cannot go from % to %.', OLD.status, NEW.status USING ERRCODE = 'HM034';
            END IF;
            IF NEW.status = 'submitted' THEN
                SELECT count(*), count(*) FILTER (WHERE preauth_needed AND preauth_number IS NULL)
                  INTO v_count, v_unset FROM claim WHERE batch_id = NEW.id;
                IF v_count = 0 THEN
                    RAISE EXCEPTION 'This batch has no claims; add claims before submitting it.' USING ERRCODE = 'HM038';
                END IF;
                IF v_unset > 0 THEN
                    RAISE EXCEPTION 'A claim in this batch waits for its pre-authorisation number.'
                        USING ERRCODE = 'HM035';
                END IF;
                NEW.submitted_at := now(); NEW.submitted_by := session_user;
            ELSE
                SELECT count(*) INTO v_unset FROM claim WHERE batch_id = NEW.id AND status IN ('draft', 'submitted');
                IF v_unset > 0 AND NEW.status <> 'approved' THEN
                    RAISE EXCEPTION 'Every claim of the batch needs the insurer''s answer first.' USING ERRCODE = 'HM038';
                END IF;
                NEW.settled_at := now(); NEW.settled_by := session_user;
            END IF;
        ELSIF (NEW.submitted_at, NEW.submitted_by, NEW.settled_at, NEW.settled_by)
              IS DISTINCT FROM (OLD.submitted_at, OLD.submitted_by, OLD.settled_at, OLD.settled_by) THEN
            RAISE EXCEPTION 'When a batch was submitted or settled is the database''s to say.' USING ERRCODE = 'HM034';
        END IF;
        RETURN NEW;
    END IF;

    IF TG_TABLE_NAME = 'claim' THEN
        IF TG_OP = 'INSERT' THEN
            SELECT id, status, patient_id INTO v_invoice FROM invoice WHERE id = NEW.invoice_id;
            IF NOT FOUND OR v_invoice.status <> 'issued' THEN
                RAISE EXCEPTION 'A claim is made only for an issued invoice.' USING ERRCODE = 'HM037';
            END IF;
            SELECT po.patient_id, po.valid_from, po.valid_to, po.plan_id, pl.payer_id INTO v_policy
              FROM patient_policy po JOIN insurance_plan pl ON pl.id = po.plan_id WHERE po.id = NEW.policy_id;
            IF NOT FOUND OR v_policy.patient_id <> v_invoice.patient_id OR NEW.claim_date < v_policy.valid_from
               OR (v_policy.valid_to IS NOT NULL AND NEW.claim_date > v_policy.valid_to) THEN
                RAISE EXCEPTION 'This policy is not the invoice patient''s, or not valid on the invoice date.'
                    USING ERRCODE = 'HM037';
            END IF;
            -- The plan and payer are the policy's, whatever the row says.
            NEW.plan_id := v_policy.plan_id;
            NEW.payer_id := v_policy.payer_id;
            NEW.status := 'draft';
            NEW.batch_id := NULL;
            NEW.rejection_reason := NULL;
            RETURN NEW;
        END IF;
        IF (NEW.id, NEW.invoice_id, NEW.policy_id, NEW.plan_id, NEW.payer_id, NEW.claim_date, NEW.preauth_needed,
            NEW.created_at, NEW.created_by)
           IS DISTINCT FROM (OLD.id, OLD.invoice_id, OLD.policy_id, OLD.plan_id, OLD.payer_id, OLD.claim_date,
                             OLD.preauth_needed, OLD.created_at, OLD.created_by) THEN
            RAISE EXCEPTION 'A claim''s invoice, policy, date and pre-authorisation need never change.'
                USING ERRCODE = 'HM034';
        END IF;
        IF NEW.preauth_number IS DISTINCT FROM OLD.preauth_number AND OLD.status <> 'draft' THEN
            RAISE EXCEPTION 'The authorisation number is recorded before the claim is submitted.'
                USING ERRCODE = 'HM034';
        END IF;
        IF NEW.batch_id IS DISTINCT FROM OLD.batch_id THEN
            IF OLD.status <> 'draft' OR NEW.status <> 'draft' THEN
                RAISE EXCEPTION 'A submitted claim stays in its batch.' USING ERRCODE = 'HM034';
            END IF;
            IF NEW.batch_id IS NOT NULL THEN
                SELECT id, payer_id, status INTO v_batch FROM claim_batch WHERE id = NEW.batch_id FOR SHARE;
                IF NOT FOUND OR v_batch.payer_id <> NEW.payer_id OR v_batch.status <> 'draft' THEN
                    RAISE EXCEPTION 'A claim goes only into a draft batch of its own insurer.' USING ERRCODE = 'HM037';
                END IF;
                IF NEW.preauth_needed AND NEW.preauth_number IS NULL THEN
                    RAISE EXCEPTION 'This claim waits for the insurer''s pre-authorisation number.'
                        USING ERRCODE = 'HM035';
                END IF;
            END IF;
        END IF;
        IF NEW.status IS DISTINCT FROM OLD.status THEN
            IF NOT ((OLD.status = 'draft' AND NEW.status = 'submitted')
                    OR (OLD.status = 'submitted' AND NEW.status IN ('approved', 'partly approved', 'rejected', 'paid'))
                    OR (OLD.status = 'approved' AND NEW.status = 'paid')) THEN
                RAISE EXCEPTION 'A claim cannot go from % to %.', OLD.status, NEW.status USING ERRCODE = 'HM034';
            END IF;
            IF NEW.status = 'submitted' THEN
                SELECT status INTO v_batch FROM claim_batch WHERE id = NEW.batch_id;
                IF NOT FOUND OR v_batch.status <> 'submitted' THEN
                    RAISE EXCEPTION 'A claim is submitted with its batch.' USING ERRCODE = 'HM037';
                END IF;
                IF NEW.preauth_needed AND NEW.preauth_number IS NULL THEN
                    RAISE EXCEPTION 'This claim waits for the insurer''s pre-authorisation number.'
                        USING ERRCODE = 'HM035';
                END IF;
            ELSIF NEW.status <> 'approved' THEN
                -- The outcome must be what its lines' approved amounts say (all, none, or some).
                SELECT sum(insurer_amount), sum(approved_amount), count(*) FILTER (WHERE approved_amount IS NULL)
                  INTO v_claimed, v_approved, v_unset FROM claim_line WHERE claim_id = NEW.id;
                IF v_unset > 0 OR (NEW.status = 'paid' AND v_approved <> v_claimed)
                   OR (NEW.status = 'rejected' AND v_approved <> 0)
                   OR (NEW.status = 'partly approved' AND (v_approved = 0 OR v_approved = v_claimed)) THEN
                    RAISE EXCEPTION 'The claim''s status must match the approved amounts of its lines.'
                        USING ERRCODE = 'HM036';
                END IF;
            END IF;
        ELSIF NEW.rejection_reason IS DISTINCT FROM OLD.rejection_reason THEN
            RAISE EXCEPTION 'A claim''s rejection reason is recorded with the insurer''s answer.'
                USING ERRCODE = 'HM034';
        END IF;
        RETURN NEW;
    END IF;

    -- claim_line
    IF TG_OP = 'INSERT' THEN
        SELECT c.status, c.invoice_id INTO v_claim FROM claim c WHERE c.id = NEW.claim_id;
        SELECT invoice_id, line_total + tax_amount AS amount INTO v_line FROM invoice_line
         WHERE id = NEW.invoice_line_id;
        IF NOT FOUND OR v_claim.status IS DISTINCT FROM 'draft' OR v_line.invoice_id <> v_claim.invoice_id THEN
            RAISE EXCEPTION 'A claim line is a line of the claim''s own invoice, added while the claim is a draft.'
                USING ERRCODE = 'HM037';
        END IF;
        IF NEW.insurer_amount + NEW.patient_amount <> v_line.amount THEN
            RAISE EXCEPTION 'The insurer''s and the patient''s shares must add up to the line''s amount (%).',
                v_line.amount USING ERRCODE = 'HM036';
        END IF;
        NEW.approved_amount := NULL;
        NEW.rejection_reason := NULL;
        RETURN NEW;
    END IF;
    IF (NEW.id, NEW.claim_id, NEW.invoice_line_id, NEW.insurer_amount, NEW.patient_amount, NEW.needs_preauth)
       IS DISTINCT FROM (OLD.id, OLD.claim_id, OLD.invoice_line_id, OLD.insurer_amount, OLD.patient_amount,
                         OLD.needs_preauth) THEN
        RAISE EXCEPTION 'A claim line''s shares never change.' USING ERRCODE = 'HM034';
    END IF;
    IF (NEW.approved_amount, NEW.rejection_reason) IS DISTINCT FROM (OLD.approved_amount, OLD.rejection_reason) THEN
        SELECT status INTO v_claim FROM claim WHERE id = NEW.claim_id;
        IF OLD.approved_amount IS NOT NULL OR v_claim.status <> 'submitted' THEN
            RAISE EXCEPTION 'The insurer''s answer is recorded once, on a submitted claim.' USING ERRCODE = 'HM036';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
