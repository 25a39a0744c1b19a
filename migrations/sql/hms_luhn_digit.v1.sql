-- The check digit of a medical record number (hms_next_mrn), so a mistyped MRN is caught.
CREATE OR REPLACE FUNCTION hms_luhn_digit(p_digits text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    total integer := 0;
    d integer;
    i integer;
BEGIN
    -- A loop, not generate_series: this runs once per new patient (1M in a demo load).
    -- From the right, every digit in an odd position is doubled, as the check digit goes after it.
    FOR i IN 1 .. length(p_digits) LOOP
        d := ascii(substr(p_digits, length(p_digits) - i + 1, 1)) - 48;
        IF i % 2 = 1 THEN
            d := d * 2;
            IF d > 9 THEN d := d - 9; END IF;
        END IF;
        total := total + d;
    END LOOP;
    RETURN ((10 - total % 10) % 10)::text;
END
$$;
