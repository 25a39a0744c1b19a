# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'waiting_list_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QHeaderView, QLabel,
    QLineEdit, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_WaitingListDialog(object):
    def setupUi(self, WaitingListDialog):
        if not WaitingListDialog.objectName():
            WaitingListDialog.setObjectName(u"WaitingListDialog")
        WaitingListDialog.resize(640, 560)
        self.mainLayout = QVBoxLayout(WaitingListDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.headingLabel = QLabel(WaitingListDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(WaitingListDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.patientBox = QGroupBox(WaitingListDialog)
        self.patientBox.setObjectName(u"patientBox")
        self.patientLayout = QVBoxLayout(self.patientBox)
        self.patientLayout.setSpacing(4)
        self.patientLayout.setObjectName(u"patientLayout")
        self.patientSearchEdit = QLineEdit(self.patientBox)
        self.patientSearchEdit.setObjectName(u"patientSearchEdit")
        self.patientSearchEdit.setClearButtonEnabled(True)

        self.patientLayout.addWidget(self.patientSearchEdit)

        self.patientTable = QTableView(self.patientBox)
        self.patientTable.setObjectName(u"patientTable")
        self.patientTable.setTabKeyNavigation(False)
        self.patientTable.setMinimumSize(QSize(0, 110))
        self.patientTable.setMaximumSize(QSize(16777215, 150))
        self.patientTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.patientTable.setAlternatingRowColors(True)
        self.patientTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.patientTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.patientTable.horizontalHeader().setStretchLastSection(True)
        self.patientTable.verticalHeader().setVisible(False)

        self.patientLayout.addWidget(self.patientTable)

        self.patientChosenLabel = QLabel(self.patientBox)
        self.patientChosenLabel.setObjectName(u"patientChosenLabel")
        self.patientChosenLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.patientChosenLabel.setWordWrap(True)

        self.patientLayout.addWidget(self.patientChosenLabel)

        self.patientError = QLabel(self.patientBox)
        self.patientError.setObjectName(u"patientError")
        self.patientError.setWordWrap(True)

        self.patientLayout.addWidget(self.patientError)


        self.mainLayout.addWidget(self.patientBox)

        self.wantBox = QGroupBox(WaitingListDialog)
        self.wantBox.setObjectName(u"wantBox")
        self.wantForm = QFormLayout(self.wantBox)
        self.wantForm.setObjectName(u"wantForm")
        self.wantForm.setHorizontalSpacing(10)
        self.wantForm.setVerticalSpacing(4)
        self.specialtyLabel = QLabel(self.wantBox)
        self.specialtyLabel.setObjectName(u"specialtyLabel")

        self.wantForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.specialtyLabel)

        self.specialtyCombo = QComboBox(self.wantBox)
        self.specialtyCombo.setObjectName(u"specialtyCombo")
        self.specialtyCombo.setMinimumSize(QSize(260, 0))

        self.wantForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.specialtyCombo)

        self.doctorLabel = QLabel(self.wantBox)
        self.doctorLabel.setObjectName(u"doctorLabel")

        self.wantForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.doctorLabel)

        self.doctorCombo = QComboBox(self.wantBox)
        self.doctorCombo.setObjectName(u"doctorCombo")

        self.wantForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.doctorCombo)

        self.doctorError = QLabel(self.wantBox)
        self.doctorError.setObjectName(u"doctorError")
        self.doctorError.setWordWrap(True)

        self.wantForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.doctorError)

        self.earliestLabel = QLabel(self.wantBox)
        self.earliestLabel.setObjectName(u"earliestLabel")

        self.wantForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.earliestLabel)

        self.earliestDateEdit = QDateEdit(self.wantBox)
        self.earliestDateEdit.setObjectName(u"earliestDateEdit")
        self.earliestDateEdit.setCalendarPopup(True)

        self.wantForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.earliestDateEdit)

        self.latestCheck = QCheckBox(self.wantBox)
        self.latestCheck.setObjectName(u"latestCheck")

        self.wantForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.latestCheck)

        self.latestDateEdit = QDateEdit(self.wantBox)
        self.latestDateEdit.setObjectName(u"latestDateEdit")
        self.latestDateEdit.setCalendarPopup(True)

        self.wantForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.latestDateEdit)

        self.latestError = QLabel(self.wantBox)
        self.latestError.setObjectName(u"latestError")
        self.latestError.setWordWrap(True)

        self.wantForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.latestError)


        self.mainLayout.addWidget(self.wantBox)

        self.noteForm = QFormLayout()
        self.noteForm.setObjectName(u"noteForm")
        self.noteForm.setHorizontalSpacing(10)
        self.noteForm.setVerticalSpacing(4)
        self.noteLabel = QLabel(WaitingListDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.noteForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(WaitingListDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.noteForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.noteError = QLabel(WaitingListDialog)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setWordWrap(True)

        self.noteForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.noteError)


        self.mainLayout.addLayout(self.noteForm)

        self.messageLabel = QLabel(WaitingListDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(WaitingListDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.specialtyLabel.setBuddy(self.specialtyCombo)
        self.doctorLabel.setBuddy(self.doctorCombo)
        self.earliestLabel.setBuddy(self.earliestDateEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.patientSearchEdit, self.patientTable)
        QWidget.setTabOrder(self.patientTable, self.specialtyCombo)
        QWidget.setTabOrder(self.specialtyCombo, self.doctorCombo)
        QWidget.setTabOrder(self.doctorCombo, self.earliestDateEdit)
        QWidget.setTabOrder(self.earliestDateEdit, self.latestCheck)
        QWidget.setTabOrder(self.latestCheck, self.latestDateEdit)
        QWidget.setTabOrder(self.latestDateEdit, self.noteEdit)

        self.retranslateUi(WaitingListDialog)

        QMetaObject.connectSlotsByName(WaitingListDialog)
    # setupUi

    def retranslateUi(self, WaitingListDialog):
        WaitingListDialog.setWindowTitle(QCoreApplication.translate("WaitingListDialog", u"Add to waiting list", None))
        self.headingLabel.setText(QCoreApplication.translate("WaitingListDialog", u"Add to waiting list", None))
        self.introLabel.setText(QCoreApplication.translate("WaitingListDialog", u"For a patient who wants an earlier slot than the ones free now. When a matching appointment is cancelled, reception is offered the patients on the list, longest waiting first.", None))
        self.patientBox.setTitle(QCoreApplication.translate("WaitingListDialog", u"1. Patient", None))
        self.patientSearchEdit.setPlaceholderText(QCoreApplication.translate("WaitingListDialog", u"Name, MRN, phone or date of birth", None))
        self.patientChosenLabel.setText("")
        self.patientError.setText("")
        self.wantBox.setTitle(QCoreApplication.translate("WaitingListDialog", u"2. Wants an earlier slot with", None))
        self.specialtyLabel.setText(QCoreApplication.translate("WaitingListDialog", u"&Specialty", None))
        self.doctorLabel.setText(QCoreApplication.translate("WaitingListDialog", u"&Doctor", None))
#if QT_CONFIG(tooltip)
        self.doctorCombo.setToolTip(QCoreApplication.translate("WaitingListDialog", u"A particular doctor; or any doctor of the specialty", None))
#endif // QT_CONFIG(tooltip)
        self.doctorError.setText("")
        self.earliestLabel.setText(QCoreApplication.translate("WaitingListDialog", u"&Earliest day", None))
        self.earliestDateEdit.setDisplayFormat(QCoreApplication.translate("WaitingListDialog", u"ddd dd MMM yyyy", None))
#if QT_CONFIG(tooltip)
        self.latestCheck.setToolTip(QCoreApplication.translate("WaitingListDialog", u"Leave unticked if any later day will do", None))
#endif // QT_CONFIG(tooltip)
        self.latestCheck.setText(QCoreApplication.translate("WaitingListDialog", u"&Latest day", None))
#if QT_CONFIG(accessibility)
        self.latestDateEdit.setAccessibleName(QCoreApplication.translate("WaitingListDialog", u"Latest day", None))
#endif // QT_CONFIG(accessibility)
        self.latestDateEdit.setDisplayFormat(QCoreApplication.translate("WaitingListDialog", u"ddd dd MMM yyyy", None))
        self.latestError.setText("")
        self.noteLabel.setText(QCoreApplication.translate("WaitingListDialog", u"3. &Note", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("WaitingListDialog", u"e.g. Mornings only; can come at an hour's notice", None))
        self.noteError.setText("")
        self.messageLabel.setText("")
    # retranslateUi

