# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'book_dialog.ui'
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
    QComboBox, QDateEdit, QDateTimeEdit, QDialog,
    QDialogButtonBox, QFormLayout, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpinBox,
    QTableView, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_BookDialog(object):
    def setupUi(self, BookDialog):
        if not BookDialog.objectName():
            BookDialog.setObjectName(u"BookDialog")
        BookDialog.resize(900, 640)
        self.mainLayout = QVBoxLayout(BookDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.headingLabel = QLabel(BookDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.patientBox = QGroupBox(BookDialog)
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

        self.slotBox = QGroupBox(BookDialog)
        self.slotBox.setObjectName(u"slotBox")
        self.slotLayout = QHBoxLayout(self.slotBox)
        self.slotLayout.setSpacing(14)
        self.slotLayout.setObjectName(u"slotLayout")
        self.searchForm = QFormLayout()
        self.searchForm.setObjectName(u"searchForm")
        self.searchForm.setHorizontalSpacing(10)
        self.searchForm.setVerticalSpacing(6)
        self.modeLabel = QLabel(self.slotBox)
        self.modeLabel.setObjectName(u"modeLabel")

        self.searchForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.modeLabel)

        self.modeCombo = QComboBox(self.slotBox)
        self.modeCombo.setObjectName(u"modeCombo")
        self.modeCombo.setMinimumSize(QSize(230, 0))

        self.searchForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.modeCombo)

        self.specialtyLabel = QLabel(self.slotBox)
        self.specialtyLabel.setObjectName(u"specialtyLabel")

        self.searchForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.specialtyLabel)

        self.specialtyCombo = QComboBox(self.slotBox)
        self.specialtyCombo.setObjectName(u"specialtyCombo")

        self.searchForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.specialtyCombo)

        self.doctorLabel = QLabel(self.slotBox)
        self.doctorLabel.setObjectName(u"doctorLabel")

        self.searchForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.doctorLabel)

        self.doctorCombo = QComboBox(self.slotBox)
        self.doctorCombo.setObjectName(u"doctorCombo")

        self.searchForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.doctorCombo)

        self.fromLabel = QLabel(self.slotBox)
        self.fromLabel.setObjectName(u"fromLabel")

        self.searchForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromDateEdit = QDateEdit(self.slotBox)
        self.fromDateEdit.setObjectName(u"fromDateEdit")
        self.fromDateEdit.setCalendarPopup(True)

        self.searchForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fromDateEdit)

        self.kindLabel = QLabel(self.slotBox)
        self.kindLabel.setObjectName(u"kindLabel")

        self.searchForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.slotBox)
        self.kindCombo.setObjectName(u"kindCombo")

        self.searchForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.lengthLabel = QLabel(self.slotBox)
        self.lengthLabel.setObjectName(u"lengthLabel")

        self.searchForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.lengthLabel)

        self.lengthSpin = QSpinBox(self.slotBox)
        self.lengthSpin.setObjectName(u"lengthSpin")
        self.lengthSpin.setMinimum(1)
        self.lengthSpin.setMaximum(8)

        self.searchForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.lengthSpin)

        self.findButton = QPushButton(self.slotBox)
        self.findButton.setObjectName(u"findButton")

        self.searchForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.findButton)

        self.searchError = QLabel(self.slotBox)
        self.searchError.setObjectName(u"searchError")
        self.searchError.setWordWrap(True)

        self.searchForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.searchError)


        self.slotLayout.addLayout(self.searchForm)

        self.slotListLayout = QVBoxLayout()
        self.slotListLayout.setSpacing(4)
        self.slotListLayout.setObjectName(u"slotListLayout")
        self.slotTree = QTreeWidget(self.slotBox)
        self.slotTree.setObjectName(u"slotTree")
        self.slotTree.setTabKeyNavigation(False)
        self.slotTree.setMinimumSize(QSize(380, 200))
        self.slotTree.setAlternatingRowColors(True)
        self.slotTree.setRootIsDecorated(False)
        self.slotTree.setUniformRowHeights(True)
        self.slotTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.slotListLayout.addWidget(self.slotTree)

        self.slotError = QLabel(self.slotBox)
        self.slotError.setObjectName(u"slotError")
        self.slotError.setWordWrap(True)

        self.slotListLayout.addWidget(self.slotError)


        self.slotLayout.addLayout(self.slotListLayout)


        self.mainLayout.addWidget(self.slotBox)

        self.overbookFrame = QFrame(BookDialog)
        self.overbookFrame.setObjectName(u"overbookFrame")
        self.overbookLayout = QGridLayout(self.overbookFrame)
        self.overbookLayout.setObjectName(u"overbookLayout")
        self.overbookLayout.setHorizontalSpacing(8)
        self.overbookLayout.setVerticalSpacing(2)
        self.overbookLayout.setContentsMargins(0, 0, 0, 0)
        self.overbookCheck = QCheckBox(self.overbookFrame)
        self.overbookCheck.setObjectName(u"overbookCheck")

        self.overbookLayout.addWidget(self.overbookCheck, 0, 0, 1, 1)

        self.overbookTimeEdit = QDateTimeEdit(self.overbookFrame)
        self.overbookTimeEdit.setObjectName(u"overbookTimeEdit")
        self.overbookTimeEdit.setCalendarPopup(True)

        self.overbookLayout.addWidget(self.overbookTimeEdit, 0, 1, 1, 1)

        self.overbookReasonEdit = QLineEdit(self.overbookFrame)
        self.overbookReasonEdit.setObjectName(u"overbookReasonEdit")

        self.overbookLayout.addWidget(self.overbookReasonEdit, 0, 2, 1, 1)

        self.overbookError = QLabel(self.overbookFrame)
        self.overbookError.setObjectName(u"overbookError")
        self.overbookError.setWordWrap(True)

        self.overbookLayout.addWidget(self.overbookError, 1, 0, 1, 3)


        self.mainLayout.addWidget(self.overbookFrame)

        self.reasonForm = QFormLayout()
        self.reasonForm.setObjectName(u"reasonForm")
        self.reasonForm.setHorizontalSpacing(10)
        self.reasonForm.setVerticalSpacing(4)
        self.reasonLabel = QLabel(BookDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.reasonForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(BookDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.reasonForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.reasonError = QLabel(BookDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setWordWrap(True)

        self.reasonForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonError)


        self.mainLayout.addLayout(self.reasonForm)

        self.messageLabel = QLabel(BookDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(BookDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.modeLabel.setBuddy(self.modeCombo)
        self.specialtyLabel.setBuddy(self.specialtyCombo)
        self.doctorLabel.setBuddy(self.doctorCombo)
        self.fromLabel.setBuddy(self.fromDateEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.lengthLabel.setBuddy(self.lengthSpin)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.patientSearchEdit, self.patientTable)
        QWidget.setTabOrder(self.patientTable, self.modeCombo)
        QWidget.setTabOrder(self.modeCombo, self.specialtyCombo)
        QWidget.setTabOrder(self.specialtyCombo, self.doctorCombo)
        QWidget.setTabOrder(self.doctorCombo, self.fromDateEdit)
        QWidget.setTabOrder(self.fromDateEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.lengthSpin)
        QWidget.setTabOrder(self.lengthSpin, self.findButton)
        QWidget.setTabOrder(self.findButton, self.slotTree)
        QWidget.setTabOrder(self.slotTree, self.overbookCheck)
        QWidget.setTabOrder(self.overbookCheck, self.overbookTimeEdit)
        QWidget.setTabOrder(self.overbookTimeEdit, self.overbookReasonEdit)
        QWidget.setTabOrder(self.overbookReasonEdit, self.reasonEdit)

        self.retranslateUi(BookDialog)

        QMetaObject.connectSlotsByName(BookDialog)
    # setupUi

    def retranslateUi(self, BookDialog):
        BookDialog.setWindowTitle(QCoreApplication.translate("BookDialog", u"Find and book", None))
        self.headingLabel.setText(QCoreApplication.translate("BookDialog", u"Find and book", None))
        self.patientBox.setTitle(QCoreApplication.translate("BookDialog", u"1. Patient", None))
        self.patientSearchEdit.setPlaceholderText(QCoreApplication.translate("BookDialog", u"Name, MRN, phone or date of birth", None))
        self.patientChosenLabel.setText("")
        self.patientError.setText("")
        self.slotBox.setTitle(QCoreApplication.translate("BookDialog", u"2. Slot", None))
        self.modeLabel.setText(QCoreApplication.translate("BookDialog", u"&Find", None))
        self.specialtyLabel.setText(QCoreApplication.translate("BookDialog", u"&Specialty", None))
        self.doctorLabel.setText(QCoreApplication.translate("BookDialog", u"&Doctor", None))
        self.fromLabel.setText(QCoreApplication.translate("BookDialog", u"Fr&om", None))
        self.fromDateEdit.setDisplayFormat(QCoreApplication.translate("BookDialog", u"ddd dd MMM yyyy", None))
        self.kindLabel.setText(QCoreApplication.translate("BookDialog", u"&Type", None))
        self.lengthLabel.setText(QCoreApplication.translate("BookDialog", u"&Length", None))
#if QT_CONFIG(tooltip)
        self.lengthSpin.setToolTip(QCoreApplication.translate("BookDialog", u"A procedure may take several consecutive slots", None))
#endif // QT_CONFIG(tooltip)
        self.lengthSpin.setSuffix(QCoreApplication.translate("BookDialog", u" slot", None))
        self.findButton.setText(QCoreApplication.translate("BookDialog", u"Find free slots", None))
        self.searchError.setText("")
        ___qtreewidgetitem = self.slotTree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("BookDialog", u"Room", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("BookDialog", u"Doctor", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("BookDialog", u"When", None))
        self.slotError.setText("")
#if QT_CONFIG(tooltip)
        self.overbookCheck.setToolTip(QCoreApplication.translate("BookDialog", u"Book the chosen doctor at this time even though it is taken (urgent cases only; marked in the calendar)", None))
#endif // QT_CONFIG(tooltip)
        self.overbookCheck.setText(QCoreApplication.translate("BookDialog", u"&Urgent: overbook at", None))
#if QT_CONFIG(accessibility)
        self.overbookTimeEdit.setAccessibleName(QCoreApplication.translate("BookDialog", u"Overbook at", None))
#endif // QT_CONFIG(accessibility)
        self.overbookTimeEdit.setDisplayFormat(QCoreApplication.translate("BookDialog", u"ddd dd MMM yyyy HH:mm", None))
#if QT_CONFIG(accessibility)
        self.overbookReasonEdit.setAccessibleName(QCoreApplication.translate("BookDialog", u"Why overbook", None))
#endif // QT_CONFIG(accessibility)
        self.overbookReasonEdit.setPlaceholderText(QCoreApplication.translate("BookDialog", u"Why the patient must be seen then, e.g. GP phoned: suspected DVT", None))
        self.overbookError.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("BookDialog", u"3. &Reason", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("BookDialog", u"e.g. Palpitations for two weeks", None))
        self.reasonError.setText("")
        self.messageLabel.setText("")
    # retranslateUi

