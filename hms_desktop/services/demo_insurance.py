"""Demo insurance (issue 9, item 10): two insurers with plans and policies for some demo patients, written as
the database owner by ``hms demo`` (the lead wires ``add_demo_insurance`` into ``services/demo.py``).

* Meridian Health (MERIDIAN): "Standard" pays 80 % of consultations, labs and drugs, 70 % of procedures
  (pre-authorised), 100 % of bed days (pre-authorised), with a co-payment of 10.00 per invoice and an annual
  limit of 5,000.00; it excludes cosmetic procedures (PROC-COSMETIC). "Premium" pays 100 % of everything but
  other items, with no co-payment and a limit of 50,000.00.
* Harbour Mutual (HARBOUR): "Basic" pays 60 % of consultations and labs only, a co-payment of 5.00, a limit of
  1,500.00; drugs are not covered, and it excludes vaccinations for travel (VACC-TRAVEL).

Policies go to the first patients given, in turn: Standard, Premium, Basic, then an expired Basic (ended last
month), so a clerk sees an insured patient of each kind and one whose cover has lapsed. Where registration
stored an insurance reference for the patient, the policy names it (``patient_insurance_id``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import Connection, text

_PAYERS = (("MERIDIAN", "Meridian Health", "claims@meridian.example, +44 20 7946 0011"),
           ("HARBOUR", "Harbour Mutual", "provider.desk@harbour.example, +44 161 496 0022"))
# payer code, plan name, co-payment, annual limit, {category: (percent, pre-authorisation)}, excluded fee codes
_PLANS: tuple[tuple[str, str, str, str, dict[str, tuple[str, bool]], tuple[str, ...]], ...] = (
    ("MERIDIAN", "Standard", "10.00", "5000.00",
     {"consultation": ("80", False), "lab": ("80", False), "drug": ("80", False), "procedure": ("70", True),
      "bed_day": ("100", True)}, ("PROC-COSMETIC",)),
    ("MERIDIAN", "Premium", "0.00", "50000.00",
     {"consultation": ("100", False), "lab": ("100", False), "drug": ("100", False), "procedure": ("100", True),
      "bed_day": ("100", False)}, ()),
    ("HARBOUR", "Basic", "5.00", "1500.00", {"consultation": ("60", False), "lab": ("60", False)},
     ("VACC-TRAVEL",)),
)


def add_demo_insurance(conn: Connection, patient_ids: Sequence[int], *, today: date) -> int:
    """Add the demo payers and plans, and policies for the first four of ``patient_ids``; returns how many
    policies were added. Runs in the caller's transaction, as the owner."""
    payers: dict[str, int] = {}
    for code, name, contact in _PAYERS:
        payers[code] = conn.execute(text(
            "INSERT INTO insurance_payer (code, name, contact) VALUES (:code, :name, :contact) RETURNING id"),
            {"code": code, "name": name, "contact": contact}).scalar_one()
    plans: list[int] = []
    for payer, name, copay, limit, coverage, excluded in _PLANS:
        plan_id = conn.execute(text(
            "INSERT INTO insurance_plan (payer_id, name, copay_per_invoice, annual_limit) "
            "VALUES (:payer, :name, :copay, :limit) RETURNING id"),
            {"payer": payers[payer], "name": name, "copay": Decimal(copay), "limit": Decimal(limit)}).scalar_one()
        conn.execute(text("INSERT INTO insurance_plan_coverage (plan_id, category, percent, preauth_required) "
                          "VALUES (:plan, :category, :percent, :preauth)"),
                     [{"plan": plan_id, "category": c, "percent": Decimal(p), "preauth": a}
                      for c, (p, a) in coverage.items()])
        if excluded:
            conn.execute(text("INSERT INTO insurance_plan_exclusion (plan_id, fee_code) VALUES (:plan, :code)"),
                         [{"plan": plan_id, "code": code} for code in excluded])
        plans.append(plan_id)

    year_start = date(today.year, 1, 1)
    last_month_end = today.replace(day=1) - timedelta(days=1)
    # plan index, valid from, valid to
    terms = ((0, year_start, None), (1, year_start - timedelta(days=365), None), (2, today - timedelta(days=90),
             date(today.year, 12, 31)), (2, last_month_end - timedelta(days=364), last_month_end))
    added = 0
    for patient_id, (plan_index, valid_from, valid_to) in zip(patient_ids, terms, strict=False):
        reference = conn.execute(text("SELECT id FROM patient_insurance WHERE patient_id = :p ORDER BY id LIMIT 1"),
                                 {"p": patient_id}).scalar_one_or_none()
        conn.execute(text(
            "INSERT INTO patient_policy (patient_id, plan_id, patient_insurance_id, member_number, valid_from, "
            "valid_to) VALUES (:patient, :plan, :ref, :member, :from_, :to)"),
            {"patient": patient_id, "plan": plans[plan_index], "ref": reference,
             "member": f"{'MH' if plan_index < 2 else 'HM'}-{patient_id:07d}", "from_": valid_from, "to": valid_to})
        added += 1
    return added
