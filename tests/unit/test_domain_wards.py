"""domain/wards.py: names, bed labels and out-of-service details refused in words, within their columns."""

from __future__ import annotations

from datetime import date

import pytest

from hms_desktop.db import models
from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.wards import (
    BED_LABEL_MAX,
    DEPARTMENT_NAME_MAX,
    ROOM_NAME_MAX,
    BedDraft,
    bed_labels,
    clean_name,
    out_of_service_details,
)


def test_bed_labels_number_from_the_first() -> None:
    assert bed_labels("A", 1, 6) == ("A1", "A2", "A3", "A4", "A5", "A6")
    assert bed_labels(" B ", 9, 3) == ("B9", "B10", "B11")
    assert bed_labels("", 1, 2) == ("1", "2")


@pytest.mark.parametrize(("prefix", "first", "count", "key"), [
    ("A", 1, 0, "count"), ("A", 1, 51, "count"), ("A", -1, 2, "first"), ("X" * BED_LABEL_MAX, 1, 1, "prefix")])
def test_bad_bed_labels_are_refused_in_words(prefix: str, first: int, count: int, key: str) -> None:
    with pytest.raises(ValidationError) as refused:
        bed_labels(prefix, first, count)
    assert refused.value.problems[key]


@pytest.mark.parametrize(("limit", "column"), [(DEPARTMENT_NAME_MAX, models.Department.__table__.c.name),
                                               (ROOM_NAME_MAX, models.Room.__table__.c.name),
                                               (BED_LABEL_MAX, models.Bed.__table__.c.label)])
def test_each_name_rule_fits_its_column_and_refuses_one_more(limit: int, column) -> None:
    assert limit <= column.type.length
    assert clean_name("  a   b ", field="name", what="name", limit=limit) == "a b"
    with pytest.raises(ValidationError):
        clean_name("b" * (limit + 1), field="name", what="name", limit=limit)
    with pytest.raises(ValidationError) as bed:
        BedDraft(label="b" * (BED_LABEL_MAX + 1)).cleaned()
    assert "label" in bed.value.problems


def test_out_of_service_needs_a_reason_and_no_past_return() -> None:
    today = date(2026, 12, 2)
    assert out_of_service_details(" Broken  rail ", None, today=today) == ("Broken rail", None)
    with pytest.raises(ValidationError) as refused:
        out_of_service_details(" ", date(2026, 12, 1), today=today)
    assert set(refused.value.problems) == {"reason", "expected_return"}
