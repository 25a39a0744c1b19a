-- Refresh the per-day appointment summary (migration 0032): summarise the complete days after the watermark up to
-- yesterday (the hospital's), and again every earlier day noted as changed since (appointment_summary_dirty, by
-- hms_appointment_summary_note); then the lead-time histogram of every complete month those days touch. Returns
-- the number of days summarised.
-- Version 2 (migration 0037) also keeps, per complete month, who was seen (patient_year_seen: a bit per month in
-- one row per patient and year, for the age pyramid) and which codes were diagnosed (diagnosis_year_seen, one row
-- per year, code and patient, and diagnosis_month_count, the encounters per month and code, for top-diagnoses):
-- the months of the days summarised now, and the months of the days whose diagnoses changed
-- (diagnosis_summary_dirty, by hms_diagnosis_summary_note). A month not complete yet is cleared, never set.
-- The first refresh, or one after the hospital's zone changed, summarises everything again from the first
-- appointment or encounter.
-- Run by the report runner when the watermark is behind, by `hms report refresh` (a hospital's nightly cron) and
-- by the desktop's daily start-up work. SECURITY DEFINER: the summary tables are the owner's alone.
-- Concurrency: one refresh at a time (the state row, locked first). The noted days are deleted FIRST and
-- summarised after, each statement on a fresh snapshot (READ COMMITTED): a change committed meanwhile is either already in the new
-- numbers or its own note (not yet visible to the DELETE) survives for the next refresh; reports read a noted day
-- live, so none is ever stale.
CREATE OR REPLACE FUNCTION hms_report_refresh_summary()
RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_zone text;
    v_today date;
    v_state appointment_summary_state%ROWTYPE;
    v_from date;
    v_days date[];
    v_first date;
    v_months date[];
    v_dx_days date[];
    v_month date;
    v_year smallint;
    v_bit integer;
    v_full boolean := false;
    v_summarised integer;
    v_month_start timestamptz;
BEGIN
    -- One refresh at a time: the next waits here for the state row, then reads the watermark this one left.
    SELECT * INTO v_state FROM appointment_summary_state FOR UPDATE;
    v_zone := coalesce((SELECT value #>> '{}' FROM hospital_setting WHERE key = 'time_zone'), 'UTC');
    v_today := (now() AT TIME ZONE v_zone)::date;
    IF v_state.zone IS DISTINCT FROM v_zone OR v_state.summarised_before IS NULL THEN
        -- Everything again: the days were another zone's (or there were none).
        DELETE FROM appointment_summary_dirty;
        DELETE FROM appointment_day_summary;
        DELETE FROM appointment_month_lead_summary;
        DELETE FROM diagnosis_summary_dirty;
        DELETE FROM patient_year_seen;
        DELETE FROM diagnosis_year_seen;
        DELETE FROM diagnosis_month_count;
        v_from := least((SELECT (min(a.starts_at) AT TIME ZONE v_zone)::date FROM appointment a),
                        (SELECT (min(e.created_at) AT TIME ZONE v_zone)::date FROM encounter e));
        v_days := ARRAY(SELECT d::date FROM generate_series(coalesce(v_from, v_today), v_today - 1,
                                                            interval '1 day') d);
        v_dx_days := v_days;
        v_full := true;
    ELSE
        WITH noted AS (DELETE FROM appointment_summary_dirty x WHERE x.day < v_today RETURNING x.day)
        SELECT ARRAY(SELECT n.day FROM noted n WHERE n.day < v_state.summarised_before
                     UNION
                     SELECT d::date FROM generate_series(v_state.summarised_before, v_today - 1,
                                                         interval '1 day') d)
        INTO v_days;
        WITH noted AS (DELETE FROM diagnosis_summary_dirty x WHERE x.day < v_today RETURNING x.day)
        SELECT ARRAY(SELECT n.day FROM noted n WHERE n.day < v_state.summarised_before
                     UNION
                     SELECT d::date FROM generate_series(v_state.summarised_before, v_today - 1,
                                                         interval '1 day') d)
        INTO v_dx_days;
    END IF;

    v_first := coalesce((SELECT min(d) FROM unnest(v_days) d), v_today);
    DELETE FROM appointment_day_summary s WHERE s.day = ANY (v_days);
    INSERT INTO appointment_day_summary (day, doctor_id, booked, seen, no_shows, cancelled, due, waited,
                                         waited_minutes, longest_wait)
    SELECT (a.starts_at AT TIME ZONE v_zone)::date, a.doctor_id,
           count(*) FILTER (WHERE a.status <> 'requested'),
           count(*) FILTER (WHERE a.status = 'completed'),
           count(*) FILTER (WHERE a.status = 'no_show'),
           count(*) FILTER (WHERE a.status IN ('cancelled', 'declined')),
           count(*) FILTER (WHERE a.status NOT IN ('requested', 'cancelled', 'declined')),
           count(*) FILTER (WHERE w.minutes IS NOT NULL), sum(w.minutes), max(w.minutes)
    FROM hms_report_day_ranges(v_first, v_today - 1, v_zone,
                               ARRAY(SELECT d::date FROM generate_series(v_first, v_today - 1, interval '1 day') d
                                     EXCEPT SELECT unnest(v_days))) r
    JOIN appointment a ON a.starts_at >= r.lo AND a.starts_at < r.hi
    CROSS JOIN LATERAL (SELECT CASE WHEN a.checked_in_at IS NOT NULL AND a.called_at IS NOT NULL
                                     AND a.called_at >= a.checked_in_at
                                    THEN date_part('epoch', a.called_at - a.checked_in_at) / 60 END AS minutes) w
    GROUP BY 1, 2;

    -- The lead-time histogram, per complete month (a month's last day before today) that a summarised day is in.
    v_months := ARRAY(SELECT DISTINCT date_trunc('month', d)::date FROM unnest(v_days) d
                      WHERE (date_trunc('month', d) + interval '1 month')::date <= v_today);
    DELETE FROM appointment_month_lead_summary s
    WHERE s.month = ANY (v_months) OR s.month = ANY (ARRAY(SELECT date_trunc('month', d)::date FROM unnest(v_days) d));
    INSERT INTO appointment_month_lead_summary (month, doctor_id, tenth, appointments, days)
    SELECT m.month, a.doctor_id, floor(l.days * 10)::integer, count(*), sum(l.days)
    FROM unnest(v_months) m(month)
    JOIN appointment a ON a.starts_at >= m.month::timestamp AT TIME ZONE v_zone
                      AND a.starts_at < (m.month + interval '1 month')::date::timestamp AT TIME ZONE v_zone
    CROSS JOIN LATERAL (SELECT date_part('epoch', a.starts_at - a.created_at) / 86400 AS days) l
    WHERE a.status <> 'requested'
    GROUP BY 1, 2, 3;

    v_summarised := coalesce(array_length(v_days, 1), 0);

    -- Who was seen and what was diagnosed. Everything again: one pass per table over every complete month (the
    -- rows written once, not once per month); otherwise month by month below.
    v_month_start := date_trunc('month', v_today)::timestamp AT TIME ZONE v_zone;
    IF v_full THEN
        INSERT INTO patient_year_seen (year, patient_id, months)
        SELECT extract(year FROM x.day)::smallint, x.patient_id, bit_or(1 << (extract(month FROM x.day)::integer - 1))
        FROM (SELECT a.patient_id, (a.starts_at AT TIME ZONE v_zone)::date AS day FROM appointment a
              WHERE a.starts_at < v_month_start AND a.status IN ('completed', 'checked_in', 'in_consultation')) x
        GROUP BY 1, 2;
        INSERT INTO diagnosis_year_seen (year, icd10_code, patient_id, months)
        SELECT extract(year FROM x.day)::smallint, x.icd10_code, x.patient_id,
               bit_or(1 << (extract(month FROM x.day)::integer - 1))
        FROM (SELECT dx.icd10_code, e.patient_id, (e.created_at AT TIME ZONE v_zone)::date AS day
              FROM encounter e JOIN encounter_diagnosis dx ON dx.encounter_id = e.id
              WHERE e.created_at < v_month_start) x
        GROUP BY 1, 2, 3;
        INSERT INTO diagnosis_month_count (month, icd10_code, encounters)
        SELECT date_trunc('month', e.created_at AT TIME ZONE v_zone)::date, dx.icd10_code, count(*)
        FROM encounter e JOIN encounter_diagnosis dx ON dx.encounter_id = e.id
        WHERE e.created_at < v_month_start
        GROUP BY 1, 2;
        v_days := ARRAY[]::date[];  -- for the loops below only: nothing left to redo
        v_dx_days := ARRAY[]::date[];
    END IF;

    -- Who was seen, per month of the days summarised now: the month's bit cleared, then set again from the
    -- appointments attended if the month is complete (no UPDATE of a row whose bit is not set).
    FOR v_month IN SELECT DISTINCT date_trunc('month', d)::date FROM unnest(v_days) d LOOP
        v_year := extract(year FROM v_month)::smallint;
        v_bit := 1 << (extract(month FROM v_month)::integer - 1);
        UPDATE patient_year_seen s SET months = s.months & ~v_bit WHERE s.year = v_year AND s.months & v_bit <> 0;
        IF (v_month + interval '1 month')::date <= v_today THEN
            INSERT INTO patient_year_seen AS s (year, patient_id, months)
            SELECT DISTINCT v_year, a.patient_id, v_bit
            FROM appointment a
            WHERE a.starts_at >= v_month::timestamp AT TIME ZONE v_zone
              AND a.starts_at < (v_month + interval '1 month')::date::timestamp AT TIME ZONE v_zone
              AND a.status IN ('completed', 'checked_in', 'in_consultation')
            ON CONFLICT (year, patient_id) DO UPDATE SET months = s.months | v_bit;
        END IF;
    END LOOP;
    DELETE FROM patient_year_seen s WHERE s.months = 0;

    -- The codes diagnosed, per month of the days summarised now or whose diagnoses changed.
    FOR v_month IN SELECT DISTINCT date_trunc('month', d)::date FROM unnest(v_dx_days) d LOOP
        v_year := extract(year FROM v_month)::smallint;
        v_bit := 1 << (extract(month FROM v_month)::integer - 1);
        UPDATE diagnosis_year_seen s SET months = s.months & ~v_bit WHERE s.year = v_year AND s.months & v_bit <> 0;
        DELETE FROM diagnosis_month_count c WHERE c.month = v_month;
        IF (v_month + interval '1 month')::date <= v_today THEN
            INSERT INTO diagnosis_year_seen AS s (year, icd10_code, patient_id, months)
            SELECT DISTINCT v_year, dx.icd10_code, e.patient_id, v_bit
            FROM encounter e JOIN encounter_diagnosis dx ON dx.encounter_id = e.id
            WHERE e.created_at >= v_month::timestamp AT TIME ZONE v_zone
              AND e.created_at < (v_month + interval '1 month')::date::timestamp AT TIME ZONE v_zone
            ON CONFLICT (year, icd10_code, patient_id) DO UPDATE SET months = s.months | v_bit;
            INSERT INTO diagnosis_month_count (month, icd10_code, encounters)
            SELECT v_month, dx.icd10_code, count(*)
            FROM encounter e JOIN encounter_diagnosis dx ON dx.encounter_id = e.id
            WHERE e.created_at >= v_month::timestamp AT TIME ZONE v_zone
              AND e.created_at < (v_month + interval '1 month')::date::timestamp AT TIME ZONE v_zone
            GROUP BY dx.icd10_code;
        END IF;
    END LOOP;
    DELETE FROM diagnosis_year_seen s WHERE s.months = 0;

    UPDATE appointment_summary_state
    SET zone = v_zone, summarised_before = v_today, refreshed_at = now();
    RETURN v_summarised;
END
$$;
