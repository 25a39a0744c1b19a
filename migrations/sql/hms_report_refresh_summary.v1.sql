-- Refresh the per-day appointment summary (migration 0032): summarise the complete days after the watermark up to
-- yesterday (the hospital's), and again every earlier day noted as changed since (appointment_summary_dirty, by
-- hms_appointment_summary_note); then the lead-time histogram of every complete month those days touch. Returns
-- the number of days summarised. The first refresh, or one after the hospital's zone changed, summarises
-- everything again from the first appointment.
-- Run by the report runner when the watermark is behind, by `hms report refresh` (a hospital's nightly cron) and
-- by the desktop's daily start-up work. SECURITY DEFINER: the summary tables are the owner's alone.
-- Concurrency: one refresh at a time (the state row, locked first). The noted days are deleted FIRST and summarised after, each
-- statement on a fresh snapshot (READ COMMITTED): a change committed meanwhile is either already in the new
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
        v_from := (SELECT (min(a.starts_at) AT TIME ZONE v_zone)::date FROM appointment a);
        v_days := ARRAY(SELECT d::date FROM generate_series(coalesce(v_from, v_today), v_today - 1,
                                                            interval '1 day') d);
    ELSE
        WITH noted AS (DELETE FROM appointment_summary_dirty x WHERE x.day < v_today RETURNING x.day)
        SELECT ARRAY(SELECT n.day FROM noted n WHERE n.day < v_state.summarised_before
                     UNION
                     SELECT d::date FROM generate_series(v_state.summarised_before, v_today - 1,
                                                         interval '1 day') d)
        INTO v_days;
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

    UPDATE appointment_summary_state
    SET zone = v_zone, summarised_before = v_today, refreshed_at = now();
    RETURN coalesce(array_length(v_days, 1), 0);
END
$$;
