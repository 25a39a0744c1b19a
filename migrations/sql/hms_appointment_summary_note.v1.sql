-- Statement trigger on appointment (migration 0032): note the hospital days (today or before) whose appointments
-- this statement inserted, changed or deleted, so the reports read those days live until the next refresh
-- summarises them again (a no-show marked the next morning, a visit entered late, a booking moved). Future days
-- are never in the summary and are not noted. Today's are noted too: a transaction still open across midnight
-- may commit after the refresh summarised "yesterday"; its note makes that day live again. A plain append
-- (no unique key): an ON CONFLICT would let a refresh delete a note an uncommitted change relies on.
-- SECURITY DEFINER: the summary tables are the owner's alone.
CREATE OR REPLACE FUNCTION hms_appointment_summary_note()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_zone text := coalesce((SELECT value #>> '{}' FROM hospital_setting WHERE key = 'time_zone'), 'UTC');
    v_today date := (clock_timestamp() AT TIME ZONE v_zone)::date;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO appointment_summary_dirty (day)
        SELECT DISTINCT (o.starts_at AT TIME ZONE v_zone)::date FROM old_rows o
        WHERE (o.starts_at AT TIME ZONE v_zone)::date <= v_today;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO appointment_summary_dirty (day)
        SELECT DISTINCT (n.starts_at AT TIME ZONE v_zone)::date FROM new_rows n
        WHERE (n.starts_at AT TIME ZONE v_zone)::date <= v_today;
    END IF;
    RETURN NULL;
END
$$;
