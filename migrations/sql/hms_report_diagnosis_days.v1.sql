-- The days of [p_first, p_last] the top-diagnoses report may read from its summaries (migration 0037): before
-- the summary's watermark, summarised in the zone the report counts in, and not noted as changed since
-- (diagnosis_summary_dirty). Every other day is read from the encounters themselves.
-- Internal: called by the report (owner's rights), EXECUTE for nobody else.
CREATE OR REPLACE FUNCTION hms_report_diagnosis_days(p_first date, p_last date, p_zone text)
RETURNS date[]
LANGUAGE sql STABLE PARALLEL SAFE SET search_path = public, pg_temp AS $$
    SELECT coalesce(array_agg(g.day ORDER BY g.day), '{}')
    FROM appointment_summary_state s
    CROSS JOIN LATERAL (SELECT d::date AS day
                        FROM generate_series(p_first, least(p_last, s.summarised_before - 1), interval '1 day') d) g
    WHERE s.zone = p_zone
      AND NOT EXISTS (SELECT 1 FROM diagnosis_summary_dirty x WHERE x.day = g.day)
$$;
