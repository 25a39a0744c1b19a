# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'appointment_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_AppointmentDialog(object):
    def setupUi(self, AppointmentDialog):
        if not AppointmentDialog.objectName():
            AppointmentDialog.setObjectName(u"AppointmentDialog")
        AppointmentDialog.resize(580, 460)
        self.mainLayout = QVBoxLayout(AppointmentDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.headingLabel = QLabel(AppointmentDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.statusLabel = QLabel(AppointmentDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.statusLabel)

        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.detailsForm.setHorizontalSpacing(12)
        self.detailsForm.setVerticalSpacing(5)
        self.patientCaption = QLabel(AppointmentDialog)
        self.patientCaption.setObjectName(u"patientCaption")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.patientCaption)

        self.patientValue = QLabel(AppointmentDialog)
        self.patientValue.setObjectName(u"patientValue")
        self.patientValue.setTextFormat(Qt.TextFormat.PlainText)
        self.patientValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.patientValue)

        self.whenCaption = QLabel(AppointmentDialog)
        self.whenCaption.setObjectName(u"whenCaption")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.whenCaption)

        self.whenValue = QLabel(AppointmentDialog)
        self.whenValue.setObjectName(u"whenValue")
        self.whenValue.setTextFormat(Qt.TextFormat.PlainText)

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.whenValue)

        self.doctorCaption = QLabel(AppointmentDialog)
        self.doctorCaption.setObjectName(u"doctorCaption")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.doctorCaption)

        self.doctorValue = QLabel(AppointmentDialog)
        self.doctorValue.setObjectName(u"doctorValue")
        self.doctorValue.setTextFormat(Qt.TextFormat.PlainText)

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.doctorValue)

        self.roomCaption = QLabel(AppointmentDialog)
        self.roomCaption.setObjectName(u"roomCaption")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.roomCaption)

        self.roomValue = QLabel(AppointmentDialog)
        self.roomValue.setObjectName(u"roomValue")
        self.roomValue.setTextFormat(Qt.TextFormat.PlainText)

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.roomValue)

        self.kindCaption = QLabel(AppointmentDialog)
        self.kindCaption.setObjectName(u"kindCaption")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kindCaption)

        self.kindValue = QLabel(AppointmentDialog)
        self.kindValue.setObjectName(u"kindValue")
        self.kindValue.setTextFormat(Qt.TextFormat.PlainText)

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kindValue)

        self.reasonCaption = QLabel(AppointmentDialog)
        self.reasonCaption.setObjectName(u"reasonCaption")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reasonCaption)

        self.reasonValue = QLabel(AppointmentDialog)
        self.reasonValue.setObjectName(u"reasonValue")
        self.reasonValue.setTextFormat(Qt.TextFormat.PlainText)
        self.reasonValue.setWordWrap(True)

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reasonValue)

        self.noteCaption = QLabel(AppointmentDialog)
        self.noteCaption.setObjectName(u"noteCaption")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.noteCaption)

        self.noteValue = QLabel(AppointmentDialog)
        self.noteValue.setObjectName(u"noteValue")
        self.noteValue.setTextFormat(Qt.TextFormat.PlainText)
        self.noteValue.setWordWrap(True)

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.noteValue)


        self.mainLayout.addLayout(self.detailsForm)

        self.actionBox = QGroupBox(AppointmentDialog)
        self.actionBox.setObjectName(u"actionBox")
        self.actionLayout = QVBoxLayout(self.actionBox)
        self.actionLayout.setSpacing(6)
        self.actionLayout.setObjectName(u"actionLayout")
        self.primaryRow = QHBoxLayout()
        self.primaryRow.setSpacing(6)
        self.primaryRow.setObjectName(u"primaryRow")
        self.checkInButton = QPushButton(self.actionBox)
        self.checkInButton.setObjectName(u"checkInButton")

        self.primaryRow.addWidget(self.checkInButton)

        self.acceptButton = QPushButton(self.actionBox)
        self.acceptButton.setObjectName(u"acceptButton")

        self.primaryRow.addWidget(self.acceptButton)

        self.rescheduleButton = QPushButton(self.actionBox)
        self.rescheduleButton.setObjectName(u"rescheduleButton")

        self.primaryRow.addWidget(self.rescheduleButton)

        self.noShowButton = QPushButton(self.actionBox)
        self.noShowButton.setObjectName(u"noShowButton")

        self.primaryRow.addWidget(self.noShowButton)

        self.slipButton = QPushButton(self.actionBox)
        self.slipButton.setObjectName(u"slipButton")

        self.primaryRow.addWidget(self.slipButton)

        self.primarySpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.primaryRow.addItem(self.primarySpacer)


        self.actionLayout.addLayout(self.primaryRow)

        self.reasonForm = QFormLayout()
        self.reasonForm.setObjectName(u"reasonForm")
        self.reasonForm.setHorizontalSpacing(10)
        self.reasonForm.setVerticalSpacing(4)
        self.cancelReasonLabel = QLabel(self.actionBox)
        self.cancelReasonLabel.setObjectName(u"cancelReasonLabel")

        self.reasonForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.cancelReasonLabel)

        self.cancelReasonEdit = QLineEdit(self.actionBox)
        self.cancelReasonEdit.setObjectName(u"cancelReasonEdit")

        self.reasonForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.cancelReasonEdit)

        self.cancelReasonError = QLabel(self.actionBox)
        self.cancelReasonError.setObjectName(u"cancelReasonError")
        self.cancelReasonError.setWordWrap(True)

        self.reasonForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.cancelReasonError)


        self.actionLayout.addLayout(self.reasonForm)

        self.secondaryRow = QHBoxLayout()
        self.secondaryRow.setSpacing(6)
        self.secondaryRow.setObjectName(u"secondaryRow")
        self.secondarySpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.secondaryRow.addItem(self.secondarySpacer)

        self.declineButton = QPushButton(self.actionBox)
        self.declineButton.setObjectName(u"declineButton")

        self.secondaryRow.addWidget(self.declineButton)

        self.cancelAppointmentButton = QPushButton(self.actionBox)
        self.cancelAppointmentButton.setObjectName(u"cancelAppointmentButton")

        self.secondaryRow.addWidget(self.cancelAppointmentButton)


        self.actionLayout.addLayout(self.secondaryRow)


        self.mainLayout.addWidget(self.actionBox)

        self.messageLabel = QLabel(AppointmentDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(AppointmentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.cancelReasonLabel.setBuddy(self.cancelReasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.checkInButton, self.acceptButton)
        QWidget.setTabOrder(self.acceptButton, self.rescheduleButton)
        QWidget.setTabOrder(self.rescheduleButton, self.noShowButton)
        QWidget.setTabOrder(self.noShowButton, self.slipButton)
        QWidget.setTabOrder(self.slipButton, self.cancelReasonEdit)
        QWidget.setTabOrder(self.cancelReasonEdit, self.declineButton)
        QWidget.setTabOrder(self.declineButton, self.cancelAppointmentButton)

        self.retranslateUi(AppointmentDialog)

        QMetaObject.connectSlotsByName(AppointmentDialog)
    # setupUi

    def retranslateUi(self, AppointmentDialog):
        AppointmentDialog.setWindowTitle(QCoreApplication.translate("AppointmentDialog", u"Appointment", None))
        self.headingLabel.setText(QCoreApplication.translate("AppointmentDialog", u"Appointment", None))
        self.statusLabel.setText("")
        self.patientCaption.setText(QCoreApplication.translate("AppointmentDialog", u"Patient", None))
        self.whenCaption.setText(QCoreApplication.translate("AppointmentDialog", u"When", None))
        self.doctorCaption.setText(QCoreApplication.translate("AppointmentDialog", u"Doctor", None))
        self.roomCaption.setText(QCoreApplication.translate("AppointmentDialog", u"Room", None))
        self.kindCaption.setText(QCoreApplication.translate("AppointmentDialog", u"Type", None))
        self.reasonCaption.setText(QCoreApplication.translate("AppointmentDialog", u"Reason", None))
        self.noteCaption.setText(QCoreApplication.translate("AppointmentDialog", u"Note", None))
        self.actionBox.setTitle(QCoreApplication.translate("AppointmentDialog", u"Actions", None))
        self.checkInButton.setText(QCoreApplication.translate("AppointmentDialog", u"Check &in", None))
        self.acceptButton.setText(QCoreApplication.translate("AppointmentDialog", u"&Accept", None))
        self.rescheduleButton.setText(QCoreApplication.translate("AppointmentDialog", u"&Reschedule\u2026", None))
        self.noShowButton.setText(QCoreApplication.translate("AppointmentDialog", u"Mark &no-show", None))
        self.slipButton.setText(QCoreApplication.translate("AppointmentDialog", u"&Print slip\u2026", None))
        self.cancelReasonLabel.setText(QCoreApplication.translate("AppointmentDialog", u"Reason", None))
        self.cancelReasonEdit.setPlaceholderText(QCoreApplication.translate("AppointmentDialog", u"Needed to cancel or decline, e.g. patient unwell", None))
        self.cancelReasonError.setText("")
        self.declineButton.setText(QCoreApplication.translate("AppointmentDialog", u"&Decline", None))
        self.cancelAppointmentButton.setText(QCoreApplication.translate("AppointmentDialog", u"&Cancel appointment", None))
        self.messageLabel.setText("")
    # retranslateUi

