-- Queues a booking behind other bookings of the same doctor, patient and room (docs/architecture.md,
-- "Booking locks"): transaction-level advisory locks in the two-key form, namespaces 74301 (doctor),
-- 74302 (patient id modulo 2^31-1) and 74303 (room or device). A NULL key is skipped; the order is always
-- doctor, patient, room, so two bookings cannot wait for each other in a cycle.
-- Migration 0011 revokes EXECUTE on every pg_advisory_*lock* function from PUBLIC in this database, and
-- gives back pg_advisory_xact_lock(integer, integer) to hms_owner alone: this function is then the only way
-- a staff login reaches these locks, and only the transaction-level kind, which ends with the transaction
-- (so with the login's idle-in-transaction limit), never a session-level lock that outlives it.
-- EXECUTE only for the groups that book (hms_reception, hms_admin).
CREATE OR REPLACE FUNCTION hms_booking_lock(p_doctor integer, p_patient bigint, p_room integer) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_doctor IS NOT NULL THEN
        PERFORM pg_advisory_xact_lock(74301, p_doctor);
    END IF;
    IF p_patient IS NOT NULL THEN
        PERFORM pg_advisory_xact_lock(74302, CAST(p_patient % 2147483647 AS integer));
    END IF;
    IF p_room IS NOT NULL THEN
        PERFORM pg_advisory_xact_lock(74303, p_room);
    END IF;
END
$$;
