-- Bed-day charges from admissions (issue 9, item 2; migration 0023): one `bed_night` row and one unbilled
-- `charge` (fee code BED-DAY, quantity 1) per night a patient spent admitted, up to last night.
--
-- A night is counted when the patient is admitted at the hospital's midnight that ends it: the night of day D
-- is the instant (D + 1) 00:00 on the wall clock of the hospital's time zone (hospital_setting 'time_zone'),
-- counted when admitted_at <= that midnight < discharged_at (or the admission is still open) and the midnight
-- has passed. Monday 14:00 to Wednesday 10:00 is two nights (Tuesday 00:00 and Wednesday 00:00); a current
-- admission accrues up to last night. The night belongs to the bed occupied at that midnight (bed_stay
-- [starts_at, ends_at) holds it), so a transfer during the evening moves the night, never doubles it; the
-- bed is named in the charge's description.
--
-- Idempotent and safe when two clerks call it at once: `bed_night` is unique per (admission, night) and the
-- inserts skip what exists (the second caller waits on the first's index entry, then skips); the charge's
-- source is the bed_night row, unique in `charge` by (source_kind, source_id, fee_code). SECURITY DEFINER:
-- billing has no INSERT on charge or bed_night; EXECUTE is granted to billing only. p_patient_id NULL: every
-- patient (the demo loader, a nightly job). p_as_of: the caller's "now" (the application's clock, so tests
-- run on a fixed one), never later than the server's now(): nobody accrues a night that has not ended.
-- Returns the number of charges created.
CREATE OR REPLACE FUNCTION hms_accrue_bed_days(p_patient_id bigint, p_as_of timestamptz DEFAULT now())
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_zone text;
    v_now timestamptz := least(coalesce(p_as_of, now()), now());
    v_created integer;
BEGIN
    SELECT value #>> '{}' INTO v_zone FROM hospital_setting WHERE key = 'time_zone';
    v_zone := coalesce(v_zone, 'Europe/London');  -- domain.settings.HospitalSettings' default
    WITH nights AS (
        SELECT a.id AS admission_id, d.night,
               ((d.night + 1)::timestamp AT TIME ZONE v_zone) AS midnight
        FROM admission a
        CROSS JOIN LATERAL (
            SELECT g::date AS night
            FROM generate_series((a.admitted_at AT TIME ZONE v_zone)::date - 1,
                                 (least(coalesce(a.discharged_at, v_now), v_now) AT TIME ZONE v_zone)::date,
                                 interval '1 day') AS g) d
        WHERE (p_patient_id IS NULL OR a.patient_id = p_patient_id)
    ), counted AS (
        SELECT n.admission_id, n.night, n.midnight FROM nights n JOIN admission a ON a.id = n.admission_id
        WHERE a.admitted_at <= n.midnight AND n.midnight <= v_now
          AND (a.discharged_at IS NULL OR n.midnight < a.discharged_at)
    ), added AS (
        INSERT INTO bed_night (admission_id, night, bed_id)
        SELECT c.admission_id, c.night,
               (SELECT s.bed_id FROM bed_stay s WHERE s.admission_id = c.admission_id AND s.starts_at <= c.midnight
                  AND (s.ends_at IS NULL OR c.midnight < s.ends_at) LIMIT 1)
        FROM counted c
        ORDER BY c.admission_id, c.night
        ON CONFLICT (admission_id, night) DO NOTHING
        RETURNING id, admission_id, night, bed_id
    ), charged AS (
        INSERT INTO charge (patient_id, doctor_id, service_date, fee_code, description, quantity, source_kind,
                            source_id)
        SELECT a.patient_id, a.attending_doctor_id, n.night, 'BED-DAY',
               left('Bed day, night of ' || to_char(n.night, 'DD Mon YYYY')
                    || coalesce(' (' || w.name || ', ' || r.name || ', bed ' || b.label || ')', ''), 200),
               1, 'bed_night', n.id
        FROM added n
        JOIN admission a ON a.id = n.admission_id
        LEFT JOIN bed b ON b.id = n.bed_id
        LEFT JOIN room r ON r.id = b.room_id
        LEFT JOIN ward w ON w.id = r.ward_id
        ON CONFLICT (source_kind, source_id, fee_code) DO NOTHING
        RETURNING 1
    )
    SELECT count(*) INTO v_created FROM charged;
    RETURN v_created;
END
$$;
