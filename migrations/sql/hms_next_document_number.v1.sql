-- The next number of a gapless series (issue 9, item 4): '<series>-<year>-<six digits>', e.g. INV-2026-000123,
-- CN-2026-000007. The year is the hospital's (setting time_zone). The counter row of the series and year is
-- taken FOR UPDATE, so concurrent issuers queue on it; the increment belongs to the caller's transaction, so a
-- rollback gives the number back and no number is ever skipped or used twice. SECURITY DEFINER: no staff
-- group has any privilege on the counters. Only the triggers that issue invoices and credit notes may call it
-- (pg_trigger_depth() > 0; HM024): a clerk calling it directly could burn a number and leave a gap.
CREATE OR REPLACE FUNCTION hms_next_document_number(p_series text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_zone text;
    v_year smallint;
    v_value integer;
BEGIN
    IF pg_trigger_depth() = 0 THEN
        RAISE EXCEPTION 'Document numbers are given by issuing an invoice or a credit note.' USING ERRCODE = 'HM024';
    END IF;
    SELECT value #>> '{}' INTO v_zone FROM hospital_setting WHERE key = 'time_zone';
    v_year := extract(year FROM now() AT TIME ZONE coalesce(v_zone, 'UTC'))::smallint;
    -- The first number of a year creates the row; two first issuers conflict and the second waits, then locks.
    INSERT INTO document_counter (series, year, next_value) VALUES (p_series, v_year, 1)
        ON CONFLICT (series, year) DO NOTHING;
    SELECT next_value INTO v_value FROM document_counter WHERE series = p_series AND year = v_year FOR UPDATE;
    UPDATE document_counter SET next_value = v_value + 1 WHERE series = p_series AND year = v_year;
    RETURN p_series || '-' || v_year::text || '-' || lpad(v_value::text, 6, '0');
END
$$;
