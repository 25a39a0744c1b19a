-- Report "stock-consumption" (migration 0030; domain/reports.py): Quantities dispensed to patients, and written off (lost, broken, expired), in the range, by item.
-- Aggregates only. SECURITY DEFINER: the person needs no SELECT on the tables read; EXECUTE is granted to the
-- report's groups, and hms_report_guard checks the group again. Days are the hospital's (p_zone).
CREATE OR REPLACE FUNCTION hms_report_stock_consumption(p_first date, p_last date, p_zone text, p_department integer, p_doctor integer,
                                p_specialty integer, p_payer integer, p_ward integer)
RETURNS TABLE (item text, dispensed bigint, other bigint, value numeric)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_start timestamptz;
    v_end timestamptz;
BEGIN
    PERFORM hms_report_guard('stock-consumption', ARRAY['hms_admin'], p_first, p_last);
    v_start := p_first::timestamp AT TIME ZONE p_zone;
    v_end := (p_last + 1)::timestamp AT TIME ZONE p_zone;
    RETURN QUERY
    SELECT it.name::text,
           coalesce(sum(m.quantity) FILTER (WHERE m.kind = 'dispense'), 0)::bigint,
           coalesce(sum(m.quantity) FILTER (WHERE m.kind = 'adjust'), 0)::bigint,
           round(sum(m.quantity * b.unit_cost), 2)
    FROM stock_movement m JOIN stock_batch b ON b.id = m.batch_id JOIN stock_item it ON it.id = b.item_id
    WHERE m.created_at >= v_start AND m.created_at < v_end
      AND (m.kind = 'dispense' OR (m.kind = 'adjust' AND m.reason IN ('loss', 'breakage', 'expired')
                                   AND m.from_location_id IS NOT NULL))
    GROUP BY it.name
    ORDER BY 4 DESC, 1;
END
$$;
