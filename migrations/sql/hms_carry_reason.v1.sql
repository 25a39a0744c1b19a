-- Carries a reason the desk may not read (migration 0008: reception reads appointment reasons only when
-- the hospital allows it) into a new appointment, without showing it to anyone: from the appointment it
-- was rescheduled from, or, with p_waiting_entry, "From the waiting list: <note>" of the entry it was
-- booked from (same patient only). Writes only an appointment whose reason is still empty and returns
-- nothing, so it reveals no text. The audit trigger records the change in the caller's name.
CREATE OR REPLACE FUNCTION hms_carry_reason(p_appointment bigint, p_waiting_entry bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT (pg_has_role(session_user, 'hms_reception', 'MEMBER')
            OR pg_has_role(session_user, 'hms_admin', 'MEMBER')) THEN
        RAISE EXCEPTION 'Only the front desk can book appointments.' USING ERRCODE = 'HM003';
    END IF;
    IF p_waiting_entry IS NULL THEN
        UPDATE appointment a SET reason = source.reason
        FROM appointment source
        WHERE a.id = p_appointment AND a.reason = '' AND source.id = a.rescheduled_from_id;
    ELSE
        UPDATE appointment a
        SET reason = left('From the waiting list' || coalesce(': ' || nullif(regexp_replace(btrim(w.note), '\s+', ' ', 'g'), ''), ''), 500)
        FROM waiting_list w
        WHERE a.id = p_appointment AND a.reason = '' AND w.id = p_waiting_entry AND w.patient_id = a.patient_id;
    END IF;
END
$$;
