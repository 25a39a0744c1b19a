-- A clerk's cash shift (issue 9, item 8): who opens it, when, and what the drawer should hold at the close are
-- the database's to say. Attached BEFORE INSERT OR UPDATE OR DELETE to cash_shift.
--   INSERT by staff: staff_id := the login's staff row, opened_at := now(), nothing closed; a second open
--     shift of the same person is refused (HM044; uq_cash_shift_one_open stands behind it for a race).
--     The table owner (the demo loader) is trusted and may write a whole shift, closed or not.
--   UPDATE of an open shift closes it: the client writes counted_cash and note only (column GRANTs; any
--     other change is refused, HM041), and only on its own shift (HM042; row-level security hides the others
--     anyway). The database stamps closed_at and computes expected_cash = opening float + cash payments
--     - cash refunds + cash deposits of the shift, and difference = counted - expected; a difference other
--     than zero needs a note (HM043). Taking the row lock for this UPDATE waits for any payment in flight that
--     locked the shift FOR SHARE (hms_cash_shift_stamp), so the sum sees it; a payment after the close finds
--     no open shift.
--   A closed shift, and DELETE of any shift: refused for everyone, the table owner included (HM041).
-- SECURITY DEFINER: reception closes its shift too and may not read payment (its shift has no payments, but
-- the sum must read the table).
CREATE OR REPLACE FUNCTION hms_cash_shift_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_owner boolean := pg_has_role(session_user, 'hms_owner', 'MEMBER');
    v_open timestamptz;
    v_cash_in numeric;
    v_cash_out numeric;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NOT v_owner THEN
            NEW.staff_id := hms_current_staff_id();
            IF NEW.staff_id IS NULL THEN
                RAISE EXCEPTION 'Only a member of staff opens a cash shift.' USING ERRCODE = 'HM042';
            END IF;
            NEW.opened_at := now();
            NEW.closed_at := NULL;
            NEW.counted_cash := NULL;
            NEW.expected_cash := NULL;
            NEW.difference := NULL;
            NEW.note := NULL;
        END IF;
        IF NEW.closed_at IS NULL THEN
            SELECT opened_at INTO v_open FROM cash_shift WHERE staff_id = NEW.staff_id AND closed_at IS NULL;
            IF FOUND THEN
                RAISE EXCEPTION 'You already have a cash shift open (since %); close it first.',
                    to_char(v_open, 'DD Mon YYYY HH24:MI') USING ERRCODE = 'HM044';
            END IF;
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.closed_at IS NOT NULL THEN
        RAISE EXCEPTION 'This cash shift is closed; a closed shift and its Z-report never change.'
            USING ERRCODE = 'HM041';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'A cash shift is never removed; close it with the cash counted.' USING ERRCODE = 'HM041';
    END IF;
    IF NOT v_owner AND OLD.staff_id IS DISTINCT FROM hms_current_staff_id() THEN
        RAISE EXCEPTION 'Only the person who opened a cash shift closes it.' USING ERRCODE = 'HM042';
    END IF;
    IF (NEW.staff_id, NEW.opened_at, NEW.opening_float) IS DISTINCT FROM (OLD.staff_id, OLD.opened_at,
                                                                          OLD.opening_float) THEN
        RAISE EXCEPTION 'Only the cash counted and a note are written when a shift is closed.'
            USING ERRCODE = 'HM041';
    END IF;
    IF NEW.counted_cash IS NULL THEN
        RAISE EXCEPTION 'Enter the cash counted in the drawer to close the shift.' USING ERRCODE = 'HM043';
    END IF;
    -- The owner (demo loader) may close a shift at a time of its own; staff close it now.
    NEW.closed_at := CASE WHEN v_owner AND NEW.closed_at IS NOT NULL THEN NEW.closed_at ELSE now() END;
    SELECT coalesce(sum(amount) FILTER (WHERE kind = 'payment'), 0), coalesce(sum(amount) FILTER (WHERE kind = 'refund'), 0)
      INTO v_cash_in, v_cash_out FROM payment WHERE shift_id = OLD.id AND method = 'cash';
    v_cash_in := v_cash_in + (SELECT coalesce(sum(amount), 0) FROM deposit WHERE shift_id = OLD.id AND method = 'cash');
    NEW.expected_cash := OLD.opening_float + v_cash_in - v_cash_out;
    NEW.difference := NEW.counted_cash - NEW.expected_cash;
    NEW.note := nullif(btrim(NEW.note), '');
    IF NEW.difference <> 0 AND NEW.note IS NULL THEN
        RAISE EXCEPTION 'The cash counted differs from the % expected by %; say why in a note.',
            NEW.expected_cash, NEW.difference USING ERRCODE = 'HM043';
    END IF;
    RETURN NEW;
END
$$;
