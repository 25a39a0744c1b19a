-- Report "revenue-by-doctor" (migration 0030; domain/reports.py): Invoiced amounts (lines with tax, of invoices issued in the range) by the doctor whose charge the line bills.
-- Aggregates only. SECURITY DEFINER: the person needs no SELECT on the tables read; EXECUTE is granted to the
-- report's groups, and hms_report_guard checks the group again. Days are the hospital's (p_zone).
CREATE OR REPLACE FUNCTION hms_report_revenue_by_doctor(p_first date, p_last date, p_zone text, p_department integer, p_doctor integer,
                                p_specialty integer, p_payer integer, p_ward integer)
RETURNS TABLE (doctor text, lines bigint, amount numeric)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_start timestamptz;
    v_end timestamptz;
BEGIN
    PERFORM hms_report_guard('revenue-by-doctor', ARRAY['hms_admin', 'hms_billing'], p_first, p_last);
    v_start := p_first::timestamp AT TIME ZONE p_zone;
    v_end := (p_last + 1)::timestamp AT TIME ZONE p_zone;
    RETURN QUERY
    SELECT coalesce(s.full_name, 'No doctor')::text, count(*), sum(il.line_total + il.tax_amount)
    FROM invoice i
    JOIN invoice_line il ON il.invoice_id = i.id
    LEFT JOIN charge c ON c.id = il.charge_id
    LEFT JOIN staff s ON s.id = c.doctor_id
    WHERE i.status = 'issued' AND i.issued_at >= v_start AND i.issued_at < v_end
      AND (p_doctor IS NULL OR s.id = p_doctor)
      AND (p_department IS NULL OR s.department_id = p_department)
    GROUP BY 1
    ORDER BY 3 DESC, 1;
END
$$;
