"""The inventory's pure rules (domain/inventory.py): first expiry first out, the checks of a receipt and an
adjustment, quantities in words."""

from __future__ import annotations

from datetime import date, timedelta

from hms_desktop.domain.inventory import (
    BatchAvailable,
    ItemDraft,
    ReceiptDraft,
    adjustment_problems,
    clean_item,
    counted,
    fefo,
    item_problems,
    receipt_problems,
)

TODAY = date(2026, 12, 2)


def test_fefo_takes_the_earliest_expiry_first_and_skips_expired_and_empty_batches() -> None:
    batches = [BatchAvailable(1, "LATE", TODAY + timedelta(days=300), 100),
               BatchAvailable(2, "GONE", TODAY - timedelta(days=1), 50),
               BatchAvailable(3, "SOON", TODAY + timedelta(days=10), 8),
               BatchAvailable(4, "EMPTY", TODAY + timedelta(days=5), 0),
               BatchAvailable(5, "TODAY", TODAY, 2)]
    takes, short = fefo(batches, 12, TODAY)
    assert [(t.batch_number, t.quantity) for t in takes] == [("TODAY", 2), ("SOON", 8), ("LATE", 2)]
    assert short == 0
    takes, short = fefo(batches, 200, TODAY)
    assert sum(t.quantity for t in takes) == 110 and short == 90


def test_a_receipt_needs_a_batch_an_unexpired_date_a_quantity_and_a_cost() -> None:
    good = ReceiptDraft(1, 1, "B-1", TODAY + timedelta(days=1), 5, "0,35", "Supplier")
    assert receipt_problems(good, TODAY) == {}
    bad = ReceiptDraft(None, None, " ", TODAY, 0, "-1", "x" * 201)
    assert set(receipt_problems(bad, TODAY)) == {"item", "location", "batch_number", "expiry_date", "quantity",
                                                 "unit_cost", "supplier"}


def test_adjustments_only_add_on_a_count_and_never_below_zero() -> None:
    assert adjustment_problems(-3, "loss", 3) == {}
    assert adjustment_problems(2, "count", 0) == {}
    assert "Only a stock count adds" in adjustment_problems(1, "breakage", 5)["change"]
    assert "cannot go below zero" in adjustment_problems(-4, "expired", 3)["change"]
    assert "reason" in adjustment_problems(-1, "stolen", 3)


def test_items_and_quantities_in_words() -> None:
    item = clean_item(ItemDraft("drug", " ", "  Gauze   swabs ", "pack", 10, 5, " sup-gauze "))
    assert (item.drug_id, item.name, item.fee_code) == (None, "Gauze swabs", "SUP-GAUZE")
    assert item_problems(item) == {"drug_id": "Choose the drug from the formulary."}
    assert item_problems(ItemDraft("supply", None, "Gauze", "pack", 1, 0)) == {}
    assert [counted(1, "capsule"), counted(15, "capsule"), counted(2, "box"), counted(3, "")] == [
        "1 capsule", "15 capsules", "2 boxes", "3"]
