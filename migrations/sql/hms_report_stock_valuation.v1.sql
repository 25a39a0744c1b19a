-- Report "stock-valuation" (migration 0030; domain/reports.py): What is in stock now at each batch's cost, by item (the range is not used: stock is as of now).
-- Aggregates only. SECURITY DEFINER: the person needs no SELECT on the tables read; EXECUTE is granted to the
-- report's groups, and hms_report_guard checks the group again. Days are the hospital's (p_zone).
CREATE OR REPLACE FUNCTION hms_report_stock_valuation(p_first date, p_last date, p_zone text, p_department integer, p_doctor integer,
                                p_specialty integer, p_payer integer, p_ward integer)
RETURNS TABLE (item text, quantity bigint, value numeric)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_start timestamptz;
    v_end timestamptz;
BEGIN
    PERFORM hms_report_guard('stock-valuation', ARRAY['hms_admin'], p_first, p_last);
    v_start := p_first::timestamp AT TIME ZONE p_zone;
    v_end := (p_last + 1)::timestamp AT TIME ZONE p_zone;
    RETURN QUERY
    SELECT it.name::text, sum(h.quantity)::bigint, round(sum(h.quantity * b.unit_cost), 2)
    FROM stock_on_hand h JOIN stock_batch b ON b.id = h.batch_id JOIN stock_item it ON it.id = b.item_id
    WHERE h.quantity > 0
    GROUP BY it.name
    ORDER BY 3 DESC, 1;
END
$$;
