-- Large discounts and large credit notes need the capability role hms_billing_approver (migration 0019).
-- "Large" is the hospital setting discount_approval_threshold (an amount; missing or unreadable: 0, so
-- every discount then needs an approver rather than none). Attached to:
--   invoice_line  deferred constraint trigger AFTER INSERT OR UPDATE, WHEN NEW.discount > 0: at COMMIT, the
--                 invoice's discounts as they then stand (a whole-invoice discount spread over several lines
--                 is judged once, in total) may exceed the threshold only for an approver (HM025).
--   credit_note   BEFORE INSERT: a credit note whose total is above the threshold, only by an approver (HM026).
-- session_user is who logged in (SECURITY DEFINER would not change it); a superuser is a member of every role,
-- so the owner's loaders are not refused.
CREATE OR REPLACE FUNCTION hms_discount_approval() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    v_threshold numeric;
    v_discount numeric;
BEGIN
    IF pg_has_role(session_user, 'hms_billing_approver', 'MEMBER') THEN
        RETURN CASE WHEN TG_TABLE_NAME = 'credit_note' THEN NEW ELSE NULL END;
    END IF;
    BEGIN
        SELECT (value #>> '{}')::numeric INTO v_threshold FROM hospital_setting
         WHERE key = 'discount_approval_threshold';
    EXCEPTION WHEN invalid_text_representation THEN
        v_threshold := NULL;
    END;
    v_threshold := coalesce(v_threshold, 0);
    IF TG_TABLE_NAME = 'credit_note' THEN
        IF NEW.total > v_threshold THEN
            RAISE EXCEPTION 'A credit note above % needs a billing approver; ask a colleague who has that right.',
                v_threshold USING ERRCODE = 'HM026';
        END IF;
        RETURN NEW;
    END IF;
    SELECT coalesce(sum(discount), 0) INTO v_discount FROM invoice_line WHERE invoice_id = NEW.invoice_id;
    IF v_discount > v_threshold THEN
        RAISE EXCEPTION 'Discounts above % on one invoice need a billing approver (this one: %); ask a colleague '
            'who has that right.', v_threshold, v_discount USING ERRCODE = 'HM025';
    END IF;
    RETURN NULL;
END
$$;
