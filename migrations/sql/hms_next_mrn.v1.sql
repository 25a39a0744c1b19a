-- Medical record numbers: 7 digits from patient_mrn_seq plus a Luhn check digit.
CREATE OR REPLACE FUNCTION hms_next_mrn() RETURNS text
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT n || hms_luhn_digit(n) FROM (SELECT lpad(nextval('patient_mrn_seq')::text, 7, '0') AS n) AS x
$$;
