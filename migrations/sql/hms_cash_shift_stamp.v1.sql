-- Which cash shift money was taken in (issue 9, item 8): BEFORE INSERT on payment and deposit, beside
-- hms_payment_guard. For staff, shift_id := the login's open shift whatever the row says (no column GRANT
-- names it either); card, transfer, insurance and deposit-applied payments get it when one is open and NULL
-- otherwise, but cash (a cash payment, a cash refund, a cash deposit) without an open shift is refused
-- (HM040): the drawer it goes into must be counted at a close. The shift is locked FOR SHARE until the
-- payment commits, so a close running meanwhile waits for it and counts it, and a payment after a close finds
-- no open shift.
-- The table owner (demo loader, patient merge) is exempt and keeps the shift_id it wrote, which must then name
-- an open shift (HM041: a closed shift's money never changes).
-- SECURITY DEFINER: row-level security on cash_shift and the FOR SHARE lock are the owner's to pass.
CREATE OR REPLACE FUNCTION hms_cash_shift_stamp() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_shift bigint;
BEGIN
    IF pg_has_role(session_user, 'hms_owner', 'MEMBER') THEN
        IF NEW.shift_id IS NOT NULL THEN
            PERFORM 1 FROM cash_shift WHERE id = NEW.shift_id AND closed_at IS NULL FOR SHARE;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'This cash shift is closed; a closed shift and its Z-report never change.'
                    USING ERRCODE = 'HM041';
            END IF;
        END IF;
        RETURN NEW;
    END IF;
    SELECT id INTO v_shift FROM cash_shift WHERE staff_id = hms_current_staff_id() AND closed_at IS NULL FOR SHARE;
    NEW.shift_id := v_shift;
    IF v_shift IS NULL AND NEW.method = 'cash' THEN
        RAISE EXCEPTION 'Open your cash shift first (Billing > My shift).' USING ERRCODE = 'HM040';
    END IF;
    RETURN NEW;
END
$$;
