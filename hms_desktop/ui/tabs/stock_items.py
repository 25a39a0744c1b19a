"""Administration → Pharmacy and stores → Items and → Locations: the item catalogue (the hospital's drug
formulary items and its supplies) and the stock locations, each a spec for the catalogue engineer's reusable
editor (``ui/widgets/catalogue_editor.py``) bound to ``services.inventory`` (``list_items``, ``save_item``,
``set_item_active``; ``list_locations``, ``save_location``, ``set_location_active``).

A drug item names its formulary drug (``resources/clinical/formulary.json`` through the knowledge base), which is
how dispensing finds the item of a prescription line; a supply has none. Retiring an item keeps its batches
and history; it is then no longer received or dispensed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from hms_desktop.domain.inventory import ITEM_KINDS, LOCATION_KINDS, ItemDraft
from hms_desktop.domain.staff import Group
from hms_desktop.i18n import QT_TRANSLATE_NOOP
from hms_desktop.services import inventory
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.hospital_clock import hospital_clock
from hms_desktop.services.inventory import StockItemDTO, StockLocationDTO
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.catalogue_editor import CatalogueEditor, CatalogueSpec, Column, Field, FieldKind

ALL_DRUGS = 10_000  # the formulary holds some 560 drugs: the choice list offers every one


def _draft(values: Mapping[str, Any]) -> ItemDraft:
    # An empty number is a missing one: the service's check says so beside the field ("A pack holds at least 1").
    return ItemDraft(
        kind=values.get("kind") or "",
        drug_id=values.get("drug_id"),
        name=values.get("name") or "",
        unit=values.get("unit") or "",
        pack_size=values.get("pack_size") or 0,
        reorder_level=-1 if values.get("reorder_level") is None else int(values["reorder_level"]),
        fee_code=values.get("fee_code") or "",
    )


def stock_items_spec(ctx: ServiceContext) -> CatalogueSpec:
    def save(item_id: int | None, version: int | None, values: dict[str, Any]) -> StockItemDTO:
        return inventory.save_item(ctx, item_id, _draft(values), expected_version=version)

    def set_active(item_id: int, version: int, active: bool) -> StockItemDTO:
        return inventory.set_item_active(ctx, item_id, active, expected_version=version)

    return CatalogueSpec(
        title=QT_TRANSLATE_NOOP("Catalogues", "Stock items"),
        noun=QT_TRANSLATE_NOOP("Catalogues", "item"),
        plural=QT_TRANSLATE_NOOP("Catalogues", "items"),
        hint=QT_TRANSLATE_NOOP(
            "Catalogues",
            "Drugs of the formulary the pharmacy stocks, and supplies. Dispensing finds a prescribed drug's item "
            "by its formulary drug; the reorder level is compared with the stock of every location together.",
        ),
        # Few columns: the form beside the list takes half the width at 1280 px; the rest is in the form.
        columns=(
            Column(QT_TRANSLATE_NOOP("Catalogues", "Name"), "name", stretch=True),
            Column(QT_TRANSLATE_NOOP("Catalogues", "Kind"), lambda row: "Drug" if row.kind == "drug" else "Supply"),
            Column(QT_TRANSLATE_NOOP("Catalogues", "Unit"), "unit"),
            Column(QT_TRANSLATE_NOOP("Catalogues", "Reorder at"), "reorder_level", right=True),
        ),
        fields=(
            Field(
                "kind",
                QT_TRANSLATE_NOOP("Catalogues", "Kind"),
                FieldKind.CHOICE,
                required=True,
                choices=tuple((key, label) for key, label in ITEM_KINDS.items()),
            ),
            # A line with completion, not a choice list: the formulary's 560 names are longer than the form is wide.
            Field(
                "drug_id",
                QT_TRANSLATE_NOOP("Catalogues", "Formulary drug"),
                max_length=100,
                placeholder=QT_TRANSLATE_NOOP("Catalogues", "type a few letters: amox…"),
                tooltip=QT_TRANSLATE_NOOP(
                    "Catalogues",
                    "The formulary drug this item supplies (drugs only; empty for a supply), as prescriptions "
                    "name it: amoxicillin-500-mg-capsule.",
                ),
            ),
            Field(
                "name",
                QT_TRANSLATE_NOOP("Catalogues", "Name"),
                max_length=200,
                required=True,
                placeholder=QT_TRANSLATE_NOOP("Catalogues", "Amoxicillin 500 mg capsule"),
            ),
            Field(
                "unit",
                QT_TRANSLATE_NOOP("Catalogues", "Unit"),
                max_length=30,
                required=True,
                placeholder=QT_TRANSLATE_NOOP("Catalogues", "capsule"),
                tooltip=QT_TRANSLATE_NOOP("Catalogues", "What is counted when stock is received, moved and dispensed."),
            ),
            Field(
                "pack_size",
                QT_TRANSLATE_NOOP("Catalogues", "Pack size"),
                FieldKind.INTEGER,
                required=True,
                placeholder="21",
            ),
            Field(
                "reorder_level",
                QT_TRANSLATE_NOOP("Catalogues", "Reorder level"),
                FieldKind.INTEGER,
                required=True,
                placeholder="100",
                tooltip=QT_TRANSLATE_NOOP(
                    "Catalogues", "The item is on the reorder list when the stock of all locations is at or below this."
                ),
            ),
            Field(
                "fee_code",
                QT_TRANSLATE_NOOP("Catalogues", "Fee code"),
                FieldKind.CODE,
                max_length=40,
                placeholder=QT_TRANSLATE_NOOP("Catalogues", "empty: DRUG-<ATC code>"),
                tooltip=QT_TRANSLATE_NOOP(
                    "Catalogues", "Empty for a drug: dispensing charges DRUG-<ATC code> as issuing does."
                ),
            ),
        ),
        load=lambda: inventory.list_items(ctx, include_retired=True),
        save=save,
        set_active=set_active,
        zone=lambda: hospital_clock(ctx).zone,
        describe=lambda row: f"{row.name} ({row.unit})",
        defaults={"kind": "drug", "pack_size": 1, "reorder_level": 0},
        editable=Group.ADMIN in ctx.user.groups,
    )


def build_stock_item_editor(*, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> CatalogueEditor:
    """The editor, its "Formulary drug" line completing from the knowledge base (read once, on the task runner,
    when the catalogue is first loaded)."""
    editor = CatalogueEditor(stock_items_spec(ctx), runner=runner, parent=parent)
    field = editor.field_widget("drug_id")
    model = QStringListModel(editor)
    completer = QCompleter(model, editor)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    if isinstance(field, QLineEdit):
        field.setCompleter(completer)

    def load_drugs() -> None:
        editor.loaded.disconnect(load_drugs)
        runner.run(
            lambda: inventory.formulary_drugs(limit=ALL_DRUGS),
            on_success=lambda drugs: model.setStringList([d.drug_id for d in drugs]),
            on_failure=lambda _error: None,
            owner=editor,
        )  # without completion the id is still typed

    editor.loaded.connect(load_drugs)
    return editor


def stock_locations_spec(ctx: ServiceContext) -> CatalogueSpec:
    """Where stock is kept: the main pharmacy, ward stores (each belonging to a ward), other stores."""

    def save(location_id: int | None, version: int | None, values: dict[str, Any]) -> StockLocationDTO:
        return inventory.save_location(
            ctx,
            location_id,
            values.get("name") or "",
            values.get("kind") or "",
            values.get("ward_id"),
            expected_version=version,
        )

    def set_active(location_id: int, version: int, active: bool) -> StockLocationDTO:
        return inventory.set_location_active(ctx, location_id, active, expected_version=version)

    return CatalogueSpec(
        title=QT_TRANSLATE_NOOP("Catalogues", "Stock locations"),
        noun=QT_TRANSLATE_NOOP("Catalogues", "location"),
        plural=QT_TRANSLATE_NOOP("Catalogues", "locations"),
        hint=QT_TRANSLATE_NOOP(
            "Catalogues",
            "A closed location keeps its stock and history; nothing is received, moved or dispensed there.",
        ),
        columns=(
            Column(QT_TRANSLATE_NOOP("Catalogues", "Name"), "name", stretch=True),
            Column(QT_TRANSLATE_NOOP("Catalogues", "Kind"), "kind"),
            Column(QT_TRANSLATE_NOOP("Catalogues", "Ward"), "ward_id"),
        ),
        fields=(
            Field(
                "name",
                QT_TRANSLATE_NOOP("Catalogues", "Name"),
                max_length=100,
                required=True,
                placeholder=QT_TRANSLATE_NOOP("Catalogues", "Main pharmacy"),
            ),
            Field(
                "kind",
                QT_TRANSLATE_NOOP("Catalogues", "Kind"),
                FieldKind.CHOICE,
                required=True,
                choices=tuple((key, label) for key, label in LOCATION_KINDS.items()),
            ),
            Field(
                "ward_id",
                QT_TRANSLATE_NOOP("Catalogues", "Ward"),
                FieldKind.CHOICE,
                tooltip=QT_TRANSLATE_NOOP("Catalogues", "The ward a ward store supplies (ward stores only)."),
            ),
        ),
        load=lambda: inventory.list_locations(ctx, include_closed=True),
        save=save,
        set_active=set_active,
        choices=lambda: {"ward_id": inventory.ward_choices(ctx)},
        zone=lambda: hospital_clock(ctx).zone,
        describe=lambda row: str(row.name),
        defaults={"kind": "ward_store"},
        editable=Group.ADMIN in ctx.user.groups,
    )


def build_stock_location_editor(
    *, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None
) -> CatalogueEditor:
    return CatalogueEditor(stock_locations_spec(ctx), runner=runner, parent=parent)
