-- Whether a document was printed before (a reprint says COPY), without letting staff read the print log.
CREATE OR REPLACE FUNCTION hms_printed_before(p_document text, p_subject text) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM print_log WHERE document = p_document AND subject = p_subject);
END
$$;
