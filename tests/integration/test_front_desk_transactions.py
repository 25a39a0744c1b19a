"""One use case, one transaction: the front desk's writes read back what they wrote inside their own unit of
work, and an audited read commits its access entry with the read (issue 11, item 1)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pytest
from sqlalchemy import event, text

from hms_desktop.domain.patients import PatientDraft
from hms_desktop.domain.staff import Group
from hms_desktop.services import admissions, demo_wards, patients
from hms_desktop.services.context import ServiceContext


@pytest.fixture(scope="module")
def reception(database) -> Iterator[ServiceContext]:
    with database.owner.engine.begin() as conn:
        demo_wards.seed_demo_wards(conn)
    yield from database.logged_in(Group.RECEPTION)


@contextmanager
def transactions(ctx: ServiceContext) -> Iterator[list[str]]:
    """The transactions begun (and how each ended) on the context's engine while the block runs."""
    seen: list[str] = []

    def begun(conn) -> None:
        seen.append("begin")

    def committed(conn) -> None:
        seen.append("commit")

    event.listen(ctx.db.engine, "begin", begun)
    event.listen(ctx.db.engine, "commit", committed)
    try:
        yield seen
    finally:
        event.remove(ctx.db.engine, "begin", begun)
        event.remove(ctx.db.engine, "commit", committed)


def test_register_open_admit_transfer_discharge_are_one_transaction_each(reception, database) -> None:
    draft = PatientDraft(family_name="Onceonly", given_name="Tess", sex="F", birth_date=date(1970, 4, 2))
    with transactions(reception) as seen:
        record = patients.register(reception, draft, confirmed_new=True)
    assert seen == ["begin", "commit"]

    with transactions(reception) as seen:
        overview = patients.overview(reception, record.id)
    assert seen == ["begin", "commit"]  # the access entry is committed with the read
    assert overview.record.id == record.id and overview.current_admission is None

    first, second = admissions.free_beds(reception, bed_type="general")[:2]
    with transactions(reception) as seen:
        admitted = admissions.admit(reception, record.id, first.id, doctor_id=None, reason="Observation",
                                    expected_days=1)
    assert seen == ["begin", "commit"]
    assert admitted.bed is not None and admitted.bed.id == first.id and admitted.bed.status == "occupied"

    with transactions(reception) as seen:
        moved = admissions.transfer(reception, admitted.id, second.id)
    assert seen == ["begin", "commit"]
    assert moved.bed is not None and moved.bed.id == second.id

    with transactions(reception) as seen:
        discharged = admissions.discharge(reception, admitted.id, disposition="home", summary="Well.")
    assert seen == ["begin", "commit"]
    assert discharged.discharged_at is not None and discharged.bed is not None
    assert discharged.bed.status == "cleaning"

    with database.owner.engine.connect() as conn:
        opened = conn.execute(text("SELECT count(*) FROM audit_log WHERE table_name = 'patient' AND "
                                   "row_key = :key AND action = 'READ'"), {"key": str(record.id)}).scalar_one()
    assert opened == 1
