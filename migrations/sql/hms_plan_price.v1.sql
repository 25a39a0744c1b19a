-- A plan's own price for a fee code (issue 9, item 1: "price overrides per insurance plan"), for the pricing
-- lateral of db/repositories/billing.py (_FEE_FOR): the override valid on p_day (latest effective_from on or
-- before it) of the plan of the patient's policy valid on p_day, or NULL when there is none (the fee schedule's
-- price then applies). Of several policies valid that day the one that started last counts, the same choice as
-- InsuranceRepository.active_policy; a retired plan or payer prices nothing (its members pay the list price).
-- SECURITY INVOKER and plain SQL, so the planner can inline it: the caller's grants decide what it reads
-- (billing and administrators read policies, plans and overrides). EXECUTE is granted in migration 0020.
CREATE OR REPLACE FUNCTION hms_plan_price(p_patient_id bigint, p_fee_code text, p_day date) RETURNS numeric
LANGUAGE sql STABLE AS $$
    SELECT (SELECT pp.price FROM insurance_plan_price pp
             WHERE pp.plan_id = po.plan_id AND pp.fee_code = p_fee_code AND pp.effective_from <= p_day
             ORDER BY pp.effective_from DESC LIMIT 1)
      FROM patient_policy po
      JOIN insurance_plan pl ON pl.id = po.plan_id
      JOIN insurance_payer py ON py.id = pl.payer_id
     WHERE po.patient_id = p_patient_id AND po.valid_from <= p_day
       AND (po.valid_to IS NULL OR po.valid_to >= p_day) AND pl.active AND py.active
     ORDER BY po.valid_from DESC, po.id DESC
     LIMIT 1
$$;
