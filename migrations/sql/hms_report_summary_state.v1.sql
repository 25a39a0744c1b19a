-- How far the per-day appointment summary reaches (migration 0032), for the cheap check before a report runs:
-- summarised_before is the first day NOT summarised (NULL before the first refresh); behind says whether a
-- refresh has work to do (the watermark is before the hospital's today, or its zone is not the hospital's).
-- SECURITY DEFINER: the summary's state table is the owner's alone.
CREATE OR REPLACE FUNCTION hms_report_summary_state()
RETURNS TABLE (summarised_before date, refreshed_at timestamptz, behind boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT s.summarised_before, s.refreshed_at,
           s.summarised_before IS NULL OR s.zone IS DISTINCT FROM z.zone
           OR s.summarised_before < (now() AT TIME ZONE z.zone)::date
    FROM appointment_summary_state s
    CROSS JOIN (SELECT coalesce((SELECT value #>> '{}' FROM hospital_setting WHERE key = 'time_zone'), 'UTC')
                AS zone) z
$$;
