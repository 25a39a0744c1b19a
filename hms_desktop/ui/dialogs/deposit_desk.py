"""A deposit taken at the front desk (issue 9: "reception may take a deposit", "deposits taken on admission").

Reception has no Billing tab, so the Registration tab and the patient's overview open the cash desk's own
``PaymentDialog(mode="deposit")`` through here, then print the deposit receipt through the print preview
(``billing.print_deposit_receipt``; printing logs it, a reprint says COPY). After an admission is saved the
same screens ask "Take a deposit now?" (``offer_deposit``). Every service call runs on the task runner.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from hms_desktop.domain.permissions import may_take_deposit
from hms_desktop.services import billing
from hms_desktop.services.billing import DepositDTO
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError
from hms_desktop.services.printing import PrintJob
from hms_desktop.ui.dialogs.billing_desk import METHOD_WORDS, PaymentDialog
from hms_desktop.ui.dialogs.credit_note_dialog import money
from hms_desktop.ui.tasks import Runner, show_error


def _words(text: str) -> str:
    """One of the labels marked QT_TRANSLATE_NOOP("BillingWords", ...), in the workstation's language."""
    return QCoreApplication.translate("BillingWords", text)


def can_take_deposit(ctx: ServiceContext) -> bool:
    """Reception and billing take deposits (administrators read money but take none); the owner may too."""
    return may_take_deposit(ctx.user.acting_groups) and not ctx.user.is_owner


def deposit_taken_text(widget: QWidget, deposit: DepositDTO, change: Decimal | None, *, brief: bool = False) -> str:
    """What the desk reads out after a deposit: the amount, how, the change to give, and (unless ``brief``,
    for a one-line status beside buttons) what happens to it next."""
    text = QCoreApplication.translate("DepositDesk", "Deposit of %1 taken (%2).").replace("%1", money(deposit.amount)) \
        .replace("%2", _words(METHOD_WORDS.get(deposit.method, deposit.method)))
    if change is not None:
        text += " " + QCoreApplication.translate("DepositDesk", "Change to give: %1.").replace("%1", money(change))
    return text if brief else text + " " + QCoreApplication.translate(
        "DepositDesk", "It is held until billing applies it to an invoice.")


def open_deposit_dialog(parent: QWidget, *, ctx: ServiceContext, runner: Runner, patient_id: int,
                        patient_name: str, on_open: Callable[[QDialog], None],
                        on_taken: Callable[[DepositDTO, Decimal | None], None]) -> PaymentDialog:
    """Open the deposit dialog for the patient; once taken, ``on_taken(deposit, change)`` and the receipt's
    print preview (with the cash handed over and the change, which only this first receipt knows)."""
    dialog = PaymentDialog(ctx=ctx, runner=runner, mode="deposit", patient_id=patient_id,
                           patient_name=patient_name, parent=parent)

    def saved(result: object) -> None:
        assert isinstance(result, DepositDTO)
        tendered = dialog.tendered()
        change = dialog.change() if tendered is not None else None
        on_taken(result, change)
        print_deposit_receipt(parent, ctx=ctx, runner=runner, deposit_id=result.id, tendered=tendered,
                              on_open=on_open)

    dialog.saved.connect(saved)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    on_open(dialog)
    dialog.open()
    return dialog


def print_deposit_receipt(parent: QWidget, *, ctx: ServiceContext, runner: Runner, deposit_id: int,
                          tendered: Decimal | None, on_open: Callable[[QDialog], None]) -> None:
    """Build the deposit receipt on the task runner and show it in the print preview."""

    def show(job: PrintJob) -> None:
        from hms_desktop.ui.dialogs.print_preview import PrintPreviewDialog

        preview = PrintPreviewDialog(runner=runner, ctx=ctx, job=job, parent=parent)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        on_open(preview)
        preview.open()

    def failed(error: ServiceError) -> None:
        show_error(parent, error, QCoreApplication.translate("DepositDesk", "Receipt not printed"))

    runner.run(lambda: billing.print_deposit_receipt(ctx, deposit_id, tendered=tendered), on_success=show,
               on_failure=failed, owner=parent)


def offer_deposit(parent: QWidget, patient_name: str, on_yes: Callable[[], object]) -> QMessageBox:
    """Right after an admission is saved: "Take a deposit now?" (Yes opens the deposit dialog)."""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("DepositDesk", "Take a deposit"),
                      QCoreApplication.translate(
                          "DepositDesk", "%1 is admitted. Take a deposit now?").replace("%1", patient_name),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setInformativeText(QCoreApplication.translate(
        "DepositDesk", "Cash needs your cash shift open (Registration > My shift); card and "
                                     "transfer do not."))
    box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("DepositDesk", "&Take deposit…"))
    box.button(QMessageBox.StandardButton.No).setText(QCoreApplication.translate("DepositDesk", "&Not now"))
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda result: on_yes() if result == QMessageBox.StandardButton.Yes else None)
    box.open()
    return box
