-- Statement trigger on encounter and encounter_diagnosis (migration 0037): note the hospital days (today or
-- before) of the encounters whose diagnoses this statement may have changed (a diagnosis added, changed or
-- removed; an encounter moved to another patient by a merge, or removed), so the top-diagnoses report reads
-- those days live until the next refresh summarises their months again. The same rules as
-- hms_appointment_summary_note: future days are not noted, today's are, a plain append with no unique key.
-- SECURITY DEFINER: the summary tables are the owner's alone.
CREATE OR REPLACE FUNCTION hms_diagnosis_summary_note()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_zone text := coalesce((SELECT value #>> '{}' FROM hospital_setting WHERE key = 'time_zone'), 'UTC');
    v_today date := (clock_timestamp() AT TIME ZONE v_zone)::date;
BEGIN
    IF TG_TABLE_NAME = 'encounter' THEN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            INSERT INTO diagnosis_summary_dirty (day)
            SELECT DISTINCT (o.created_at AT TIME ZONE v_zone)::date FROM old_rows o
            WHERE (o.created_at AT TIME ZONE v_zone)::date <= v_today;
        END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN
            INSERT INTO diagnosis_summary_dirty (day)
            SELECT DISTINCT (n.created_at AT TIME ZONE v_zone)::date FROM new_rows n
            WHERE (n.created_at AT TIME ZONE v_zone)::date <= v_today;
        END IF;
    ELSE
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            INSERT INTO diagnosis_summary_dirty (day)
            SELECT DISTINCT (e.created_at AT TIME ZONE v_zone)::date
            FROM old_rows o JOIN encounter e ON e.id = o.encounter_id
            WHERE (e.created_at AT TIME ZONE v_zone)::date <= v_today;
        END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN
            INSERT INTO diagnosis_summary_dirty (day)
            SELECT DISTINCT (e.created_at AT TIME ZONE v_zone)::date
            FROM new_rows n JOIN encounter e ON e.id = n.encounter_id
            WHERE (e.created_at AT TIME ZONE v_zone)::date <= v_today;
        END IF;
    END IF;
    RETURN NULL;
END
$$;
