"""Administration → Lab tests, Specialties, Rooms and equipment: each one a spec for the catalogue editor
(``ui/widgets/catalogue_editor.py``) bound to its service functions (``services/catalogues.py``).

Reference ranges of lab tests are not edited here: a test has several (by sex and age band, with critical
limits), which is a table of its own rather than a field; they stay as migration 0014 seeded them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QWidget

from hms_desktop.domain.catalogues import (
    MAX_FEE_CODE,
    MAX_NORMAL_TEXT,
    MAX_RESOURCE_NAME,
    MAX_SPECIALTY_NAME,
    MAX_SPECIMEN,
    MAX_TEST_CODE,
    MAX_TEST_NAME,
    MAX_UNIT,
    RESOURCE_KIND_LABELS,
    RESULT_KIND_LABELS,
    LabTestDraft,
    ResourceDraft,
    ResultKind,
    SpecialtyDraft,
)
from hms_desktop.domain.staff import Group
from hms_desktop.i18n import QT_TRANSLATE_NOOP
from hms_desktop.services import catalogues
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.hospital_clock import hospital_clock
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.catalogue_editor import CatalogueEditor, CatalogueSpec, Column, Field, FieldKind


def _numeric(values: Mapping[str, Any]) -> bool:
    return values.get("result_kind") != ResultKind.TEXT.value


def lab_tests_spec(ctx: ServiceContext) -> CatalogueSpec:
    return CatalogueSpec(
        title=QT_TRANSLATE_NOOP("Catalogues", "Lab tests"),
        noun=QT_TRANSLATE_NOOP("Catalogues", "lab test"),
        plural=QT_TRANSLATE_NOOP("Catalogues", "lab tests"),
        hint=QT_TRANSLATE_NOOP(
            "Catalogues",
            "What doctors can order. A retired test is no longer offered; orders and results already made "
            "keep it. Reference ranges are kept as seeded (review them with the laboratory).",
        ),
        columns=(
            Column(QT_TRANSLATE_NOOP("Catalogues", "Code"), "code"),
            Column(QT_TRANSLATE_NOOP("Catalogues", "Name"), "name", stretch=True),
            Column(QT_TRANSLATE_NOOP("Catalogues", "Specimen"), "specimen"),
            Column(QT_TRANSLATE_NOOP("Catalogues", "Unit"), "unit"),
            Column(QT_TRANSLATE_NOOP("Catalogues", "LOINC"), "loinc_code"),
            Column(QT_TRANSLATE_NOOP("Catalogues", "Fee code"), "fee_code"),
        ),
        fields=(
            Field(
                "code",
                QT_TRANSLATE_NOOP("Catalogues", "Code"),
                FieldKind.CODE,
                max_length=MAX_TEST_CODE,
                required=True,
                fixed_once_saved=True,
                placeholder=QT_TRANSLATE_NOOP("Catalogues", "HGB"),
            ),
            Field("name", QT_TRANSLATE_NOOP("Catalogues", "Name"), max_length=MAX_TEST_NAME, required=True),
            Field(
                "specimen",
                QT_TRANSLATE_NOOP("Catalogues", "Specimen"),
                max_length=MAX_SPECIMEN,
                required=True,
                placeholder=QT_TRANSLATE_NOOP("Catalogues", "Serum"),
            ),
            Field(
                "result_kind",
                QT_TRANSLATE_NOOP("Catalogues", "Result"),
                FieldKind.CHOICE,
                required=True,
                fixed_once_saved=True,
                choices=tuple((kind.value, label) for kind, label in RESULT_KIND_LABELS.items()),
            ),
            Field(
                "unit",
                QT_TRANSLATE_NOOP("Catalogues", "Unit"),
                max_length=MAX_UNIT,
                placeholder=QT_TRANSLATE_NOOP("Catalogues", "mmol/L"),
                applies=_numeric,
                tooltip=QT_TRANSLATE_NOOP("Catalogues", "The unit of a numeric result."),
            ),
            Field(
                "normal_text",
                QT_TRANSLATE_NOOP("Catalogues", "Normal answer"),
                max_length=MAX_NORMAL_TEXT,
                placeholder=QT_TRANSLATE_NOOP("Catalogues", "Negative"),
                applies=lambda values: not _numeric(values),
                tooltip=QT_TRANSLATE_NOOP("Catalogues", "For a text result: the normal answer."),
            ),
            Field("loinc_code", QT_TRANSLATE_NOOP("Catalogues", "LOINC code"), max_length=10, placeholder="718-7"),
            Field(
                "fee_code",
                QT_TRANSLATE_NOOP("Catalogues", "Fee code"),
                FieldKind.CODE,
                max_length=MAX_FEE_CODE,
                placeholder=QT_TRANSLATE_NOOP("Catalogues", "LAB-HGB"),
                tooltip=QT_TRANSLATE_NOOP(
                    "Catalogues", "The service in Fees and prices charged for each test ordered."
                ),
            ),
        ),
        load=lambda: catalogues.list_lab_tests(ctx, include_retired=True),
        save=lambda test_id, version, values: catalogues.save_lab_test(ctx, test_id, version, LabTestDraft(**values)),
        set_active=lambda test_id, version, active: catalogues.set_lab_test_active(ctx, test_id, version, active),
        zone=lambda: hospital_clock(ctx).zone,
        describe=lambda row: f"{row.code} · {row.name}",
        defaults={"result_kind": "numeric"},
        editable=Group.ADMIN in ctx.user.groups,
    )


class LabTestsPage(CatalogueEditor):
    def __init__(self, *, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(lab_tests_spec(ctx), runner=runner, parent=parent)


def specialties_spec(ctx: ServiceContext) -> CatalogueSpec:
    return CatalogueSpec(
        title=QT_TRANSLATE_NOOP("Catalogues", "Specialties"),
        noun=QT_TRANSLATE_NOOP("Catalogues", "specialty"),
        plural=QT_TRANSLATE_NOOP("Catalogues", "specialties"),
        hint=QT_TRANSLATE_NOOP(
            "Catalogues",
            "Doctors' specialties, and the length of an appointment slot in each (empty: the hospital's "
            "default). A retired specialty is not offered for doctors or the waiting list; doctors who have "
            "it keep it.",
        ),
        columns=(
            Column(QT_TRANSLATE_NOOP("Catalogues", "Name"), "name", stretch=True),
            Column(QT_TRANSLATE_NOOP("Catalogues", "Slot (minutes)"), "slot_minutes", right=True),
        ),
        fields=(
            Field(
                "name",
                QT_TRANSLATE_NOOP("Catalogues", "Name"),
                max_length=MAX_SPECIALTY_NAME,
                required=True,
                placeholder=QT_TRANSLATE_NOOP("Catalogues", "Cardiology"),
            ),
            Field(
                "slot_minutes",
                QT_TRANSLATE_NOOP("Catalogues", "Slot (minutes)"),
                FieldKind.INTEGER,
                placeholder="15",
                tooltip=QT_TRANSLATE_NOOP("Catalogues", "5 to 240 minutes; empty: the hospital's default slot length."),
            ),
        ),
        load=lambda: catalogues.list_specialties(ctx, include_retired=True),
        save=lambda entry_id, version, values: catalogues.save_specialty(
            ctx, entry_id, version, SpecialtyDraft(**values)
        ),
        set_active=lambda entry_id, version, active: catalogues.set_specialty_active(ctx, entry_id, version, active),
        zone=lambda: hospital_clock(ctx).zone,
        editable=Group.ADMIN in ctx.user.groups,
    )


class SpecialtiesPage(CatalogueEditor):
    def __init__(self, *, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(specialties_spec(ctx), runner=runner, parent=parent)


def resources_spec(ctx: ServiceContext) -> CatalogueSpec:
    return CatalogueSpec(
        title=QT_TRANSLATE_NOOP("Catalogues", "Rooms and equipment"),
        noun=QT_TRANSLATE_NOOP("Catalogues", "room or device"),
        plural=QT_TRANSLATE_NOOP("Catalogues", "rooms and devices"),
        hint=QT_TRANSLATE_NOOP(
            "Catalogues",
            "Consulting and procedure rooms and equipment that appointments and bookings use. A retired one "
            "is not offered for new bookings or doctors' rooms; bookings already made keep it.",
        ),
        columns=(
            Column(QT_TRANSLATE_NOOP("Catalogues", "Name"), "name", stretch=True),
            Column(QT_TRANSLATE_NOOP("Catalogues", "Kind"), "kind"),
            Column(QT_TRANSLATE_NOOP("Catalogues", "Department"), "department_id"),
        ),
        fields=(
            Field(
                "name",
                QT_TRANSLATE_NOOP("Catalogues", "Name"),
                max_length=MAX_RESOURCE_NAME,
                required=True,
                placeholder=QT_TRANSLATE_NOOP("Catalogues", "Consulting room 4"),
            ),
            Field(
                "kind",
                QT_TRANSLATE_NOOP("Catalogues", "Kind"),
                FieldKind.CHOICE,
                required=True,
                choices=tuple((kind.value, label) for kind, label in RESOURCE_KIND_LABELS.items()),
            ),
            Field("department_id", QT_TRANSLATE_NOOP("Catalogues", "Department"), FieldKind.CHOICE),
        ),
        load=lambda: catalogues.list_resources(ctx, include_retired=True),
        save=lambda entry_id, version, values: catalogues.save_resource(
            ctx, entry_id, version, ResourceDraft(**values)
        ),
        set_active=lambda entry_id, version, active: catalogues.set_resource_active(ctx, entry_id, version, active),
        choices=lambda: {"department_id": tuple((d.id, d.name) for d in catalogues.list_departments(ctx))},
        zone=lambda: hospital_clock(ctx).zone,
        defaults={"kind": "consulting_room"},
        editable=Group.ADMIN in ctx.user.groups,
    )


class ResourcesCataloguePage(CatalogueEditor):
    def __init__(self, *, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(resources_spec(ctx), runner=runner, parent=parent)
