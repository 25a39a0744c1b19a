-- Report "revenue-by-category" (migration 0030; domain/reports.py): Invoiced amounts (lines with tax, of invoices issued in the range) by the fee schedule's category.
-- Aggregates only. SECURITY DEFINER: the person needs no SELECT on the tables read; EXECUTE is granted to the
-- report's groups, and hms_report_guard checks the group again. Days are the hospital's (p_zone).
-- Version 2 (migration 0032, speed at a million invoices): the lines are summed per fee code first and each code's
-- category (its newest fee schedule row) is looked up once per code, where version 1 looked it up per line.
CREATE OR REPLACE FUNCTION hms_report_revenue_by_category(p_first date, p_last date, p_zone text, p_department integer, p_doctor integer,
                                p_specialty integer, p_payer integer, p_ward integer)
RETURNS TABLE (category text, lines bigint, amount numeric)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_start timestamptz;
    v_end timestamptz;
BEGIN
    PERFORM hms_report_guard('revenue-by-category', ARRAY['hms_admin', 'hms_billing'], p_first, p_last);
    v_start := p_first::timestamp AT TIME ZONE p_zone;
    v_end := (p_last + 1)::timestamp AT TIME ZONE p_zone;
    RETURN QUERY
    WITH coded AS (
        SELECT il.fee_code, count(*) AS lines, sum(il.line_total + il.tax_amount) AS amount
        FROM invoice i
        JOIN invoice_line il ON il.invoice_id = i.id
        WHERE i.status = 'issued' AND i.issued_at >= v_start AND i.issued_at < v_end
          AND (p_department IS NULL OR EXISTS (SELECT 1 FROM charge c JOIN staff s ON s.id = c.doctor_id
                                              WHERE c.id = il.charge_id AND s.department_id = p_department))
        GROUP BY il.fee_code
    )
    SELECT coalesce(f.category, 'other')::text, sum(c.lines)::bigint, sum(c.amount)
    FROM coded c
    LEFT JOIN LATERAL (SELECT fs.category FROM fee_schedule fs WHERE fs.code = c.fee_code
                       ORDER BY fs.effective_from DESC LIMIT 1) f ON true
    GROUP BY 1
    ORDER BY 3 DESC, 1;
END
$$;
