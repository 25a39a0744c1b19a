-- Accent- and case-folded text for searching (v2, migration 0035): "Müller" finds "muller", and a name in
-- any other script keeps every letter it has. v1 was unaccent() and lower(); the search box's Python side
-- (domain/patients.py fold) stripped every combining mark, so the Devanagari "शर्मा" lost its virama there
-- and never matched. Now both sides follow the same written rules, and the Python copy is tested against
-- this one (tests/integration/test_name_scripts.py):
--   1. NFKD: accents come apart from their letters, compatibility forms (full-width, ligatures) become
--      ordinary letters;
--   2. off: the combining diacritics of Latin, Greek and Cyrillic (U+0300-036F, 1AB0-1AFF, 1DC0-1DFF,
--      20D0-20FF, FE20-FE2F), the optional vowel points of Arabic (harakat, Qur'anic marks, tatweel) and
--      of Hebrew (cantillation, niqqud). Nothing else: the vowel signs and viramas of Devanagari, Thai and
--      the other Indic and South-East Asian scripts are part of the word;
--   3. NFC: what is left recomposed (Hangul syllables, voiced kana);
--   4. lower case, then the letters with a stroke (ø ł đ ħ ı ŧ), ß, æ, œ, and the Greek final sigma.
-- normalize() needs a UTF8 database (every hms database is created UTF8); all steps are immutable.
CREATE OR REPLACE FUNCTION hms_fold(p_text text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
    SELECT replace(replace(replace(translate(lower(normalize(regexp_replace(normalize(p_text, NFKD),
        '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]',
        '', 'g'), NFC)), 'øłđħıŧς', 'oldhitσ'), 'ß', 'ss'), 'æ', 'ae'), 'œ', 'oe')
$$;
