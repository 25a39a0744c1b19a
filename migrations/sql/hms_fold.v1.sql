-- Accent- and case-folded text for searching: "Müller" finds "muller". unaccent() is only STABLE
-- (it reads a dictionary), so this wrapper names the dictionary and is declared IMMUTABLE.
CREATE OR REPLACE FUNCTION hms_fold(p_text text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
    SELECT lower(public.unaccent('public.unaccent'::regdictionary, p_text))
$$;
