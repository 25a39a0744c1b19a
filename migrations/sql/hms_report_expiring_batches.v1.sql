-- Report "expiring-batches" (migration 0030; domain/reports.py): Batches in stock whose expiry date falls in the range.
-- Aggregates only. SECURITY DEFINER: the person needs no SELECT on the tables read; EXECUTE is granted to the
-- report's groups, and hms_report_guard checks the group again. Days are the hospital's (p_zone).
CREATE OR REPLACE FUNCTION hms_report_expiring_batches(p_first date, p_last date, p_zone text, p_department integer, p_doctor integer,
                                p_specialty integer, p_payer integer, p_ward integer)
RETURNS TABLE (item text, batch text, expires date, quantity bigint, value numeric)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_start timestamptz;
    v_end timestamptz;
BEGIN
    PERFORM hms_report_guard('expiring-batches', ARRAY['hms_admin'], p_first, p_last);
    v_start := p_first::timestamp AT TIME ZONE p_zone;
    v_end := (p_last + 1)::timestamp AT TIME ZONE p_zone;
    RETURN QUERY
    SELECT it.name::text, b.batch_number::text, b.expiry_date, sum(h.quantity)::bigint,
           round(sum(h.quantity * b.unit_cost), 2)
    FROM stock_batch b JOIN stock_item it ON it.id = b.item_id JOIN stock_on_hand h ON h.batch_id = b.id
    WHERE b.expiry_date BETWEEN p_first AND p_last AND h.quantity > 0
    GROUP BY it.name, b.batch_number, b.expiry_date
    ORDER BY b.expiry_date, it.name, b.batch_number;
END
$$;
