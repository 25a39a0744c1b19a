# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'prescription_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListView,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_PrescriptionDialog(object):
    def setupUi(self, PrescriptionDialog):
        if not PrescriptionDialog.objectName():
            PrescriptionDialog.setObjectName(u"PrescriptionDialog")
        PrescriptionDialog.resize(1060, 660)
        self.mainLayout = QVBoxLayout(PrescriptionDialog)
        self.mainLayout.setSpacing(6)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 12, 16, 12)
        self.headingLabel = QLabel(PrescriptionDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.allergyLabel = QLabel(PrescriptionDialog)
        self.allergyLabel.setObjectName(u"allergyLabel")
        self.allergyLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.allergyLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.allergyLabel)

        self.checksOffBanner = QLabel(PrescriptionDialog)
        self.checksOffBanner.setObjectName(u"checksOffBanner")
        self.checksOffBanner.setVisible(False)
        self.checksOffBanner.setTextFormat(Qt.TextFormat.PlainText)
        self.checksOffBanner.setWordWrap(True)

        self.mainLayout.addWidget(self.checksOffBanner)

        self.noticeLabel = QLabel(PrescriptionDialog)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setVisible(False)
        self.noticeLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.noticeLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.noticeLabel)

        self.entryLayout = QHBoxLayout()
        self.entryLayout.setSpacing(12)
        self.entryLayout.setObjectName(u"entryLayout")
        self.searchLayout = QVBoxLayout()
        self.searchLayout.setSpacing(4)
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLabel = QLabel(PrescriptionDialog)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(PrescriptionDialog)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.resultList = QListWidget(PrescriptionDialog)
        self.resultList.setObjectName(u"resultList")
        self.resultList.setMinimumSize(QSize(300, 90))
        self.resultList.setTabKeyNavigation(False)
        self.resultList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.searchLayout.addWidget(self.resultList)


        self.entryLayout.addLayout(self.searchLayout)

        self.lineGroup = QGroupBox(PrescriptionDialog)
        self.lineGroup.setObjectName(u"lineGroup")
        self.lineLayout = QFormLayout(self.lineGroup)
        self.lineLayout.setObjectName(u"lineLayout")
        self.lineLayout.setHorizontalSpacing(10)
        self.lineLayout.setVerticalSpacing(4)
        self.drugLabel = QLabel(self.lineGroup)
        self.drugLabel.setObjectName(u"drugLabel")
        self.drugLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.drugLabel.setWordWrap(True)

        self.lineLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.drugLabel)

        self.doseLabel = QLabel(self.lineGroup)
        self.doseLabel.setObjectName(u"doseLabel")

        self.lineLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.doseLabel)

        self.doseLayout = QHBoxLayout()
        self.doseLayout.setObjectName(u"doseLayout")
        self.doseSpin = QDoubleSpinBox(self.lineGroup)
        self.doseSpin.setObjectName(u"doseSpin")
        self.doseSpin.setDecimals(3)
        self.doseSpin.setMinimum(0.000000000000000)
        self.doseSpin.setMaximum(100000.000000000000000)

        self.doseLayout.addWidget(self.doseSpin)

        self.unitCombo = QComboBox(self.lineGroup)
        self.unitCombo.setObjectName(u"unitCombo")

        self.doseLayout.addWidget(self.unitCombo)


        self.lineLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.doseLayout)

        self.routeLabel = QLabel(self.lineGroup)
        self.routeLabel.setObjectName(u"routeLabel")

        self.lineLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.routeLabel)

        self.routeCombo = QComboBox(self.lineGroup)
        self.routeCombo.setObjectName(u"routeCombo")

        self.lineLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.routeCombo)

        self.frequencyLabel = QLabel(self.lineGroup)
        self.frequencyLabel.setObjectName(u"frequencyLabel")

        self.lineLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.frequencyLabel)

        self.frequencyCombo = QComboBox(self.lineGroup)
        self.frequencyCombo.setObjectName(u"frequencyCombo")

        self.lineLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.frequencyCombo)

        self.durationLabel = QLabel(self.lineGroup)
        self.durationLabel.setObjectName(u"durationLabel")

        self.lineLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.durationSpin = QSpinBox(self.lineGroup)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMinimum(1)
        self.durationSpin.setMaximum(365)

        self.lineLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.durationSpin)

        self.quantityLabel = QLabel(self.lineGroup)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.lineLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.quantityLabel)

        self.quantityLayout = QHBoxLayout()
        self.quantityLayout.setObjectName(u"quantityLayout")
        self.quantitySpin = QSpinBox(self.lineGroup)
        self.quantitySpin.setObjectName(u"quantitySpin")
        self.quantitySpin.setMaximum(100000)

        self.quantityLayout.addWidget(self.quantitySpin)

        self.quantityUnitLabel = QLabel(self.lineGroup)
        self.quantityUnitLabel.setObjectName(u"quantityUnitLabel")

        self.quantityLayout.addWidget(self.quantityUnitLabel)


        self.lineLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.quantityLayout)

        self.instructionsLabel = QLabel(self.lineGroup)
        self.instructionsLabel.setObjectName(u"instructionsLabel")

        self.lineLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.instructionsLabel)

        self.instructionsEdit = QLineEdit(self.lineGroup)
        self.instructionsEdit.setObjectName(u"instructionsEdit")

        self.lineLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.instructionsEdit)

        self.lineError = QLabel(self.lineGroup)
        self.lineError.setObjectName(u"lineError")
        self.lineError.setWordWrap(True)

        self.lineLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.lineError)

        self.addButton = QPushButton(self.lineGroup)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.lineLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.addButton)


        self.entryLayout.addWidget(self.lineGroup)


        self.mainLayout.addLayout(self.entryLayout)

        self.linesLabel = QLabel(PrescriptionDialog)
        self.linesLabel.setObjectName(u"linesLabel")

        self.mainLayout.addWidget(self.linesLabel)

        self.linesTable = QTableWidget(PrescriptionDialog)
        if (self.linesTable.columnCount() < 5):
            self.linesTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.linesTable.setObjectName(u"linesTable")
        self.linesTable.setMinimumSize(QSize(0, 90))
        self.linesTable.setTabKeyNavigation(False)
        self.linesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.linesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.linesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.linesTable.setAlternatingRowColors(True)
        self.linesTable.horizontalHeader().setStretchLastSection(True)
        self.linesTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.linesTable)

        self.linesButtons = QHBoxLayout()
        self.linesButtons.setObjectName(u"linesButtons")
        self.linesError = QLabel(PrescriptionDialog)
        self.linesError.setObjectName(u"linesError")
        self.linesError.setWordWrap(True)

        self.linesButtons.addWidget(self.linesError)

        self.linesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.linesButtons.addItem(self.linesSpacer)

        self.removeButton = QPushButton(PrescriptionDialog)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoDefault(False)

        self.linesButtons.addWidget(self.removeButton)


        self.mainLayout.addLayout(self.linesButtons)

        self.alertsLabel = QLabel(PrescriptionDialog)
        self.alertsLabel.setObjectName(u"alertsLabel")

        self.mainLayout.addWidget(self.alertsLabel)

        self.alertsList = QListWidget(PrescriptionDialog)
        self.alertsList.setObjectName(u"alertsList")
        self.alertsList.setMinimumSize(QSize(0, 70))
        self.alertsList.setTabKeyNavigation(False)
        self.alertsList.setWordWrap(True)
        self.alertsList.setResizeMode(QListView.ResizeMode.Adjust)
        self.alertsList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.mainLayout.addWidget(self.alertsList)

        self.overrideLayout = QFormLayout()
        self.overrideLayout.setObjectName(u"overrideLayout")
        self.overrideLayout.setHorizontalSpacing(10)
        self.overrideLayout.setVerticalSpacing(2)
        self.overrideLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.overrideLabel = QLabel(PrescriptionDialog)
        self.overrideLabel.setObjectName(u"overrideLabel")

        self.overrideLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.overrideLabel)

        self.overrideReasonEdit = QLineEdit(PrescriptionDialog)
        self.overrideReasonEdit.setObjectName(u"overrideReasonEdit")

        self.overrideLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.overrideReasonEdit)

        self.overrideError = QLabel(PrescriptionDialog)
        self.overrideError.setObjectName(u"overrideError")
        self.overrideError.setWordWrap(True)

        self.overrideLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.overrideError)


        self.mainLayout.addLayout(self.overrideLayout)

        self.messageLabel = QLabel(PrescriptionDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.issueButton = QPushButton(PrescriptionDialog)
        self.issueButton.setObjectName(u"issueButton")
        self.issueButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.issueButton)

        self.printButton = QPushButton(PrescriptionDialog)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setEnabled(False)
        self.printButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.printButton)

        self.closeButton = QPushButton(PrescriptionDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)

        self.mainLayout.setStretch(4, 3)
        self.mainLayout.setStretch(6, 2)
        self.mainLayout.setStretch(9, 2)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.doseLabel.setBuddy(self.doseSpin)
        self.routeLabel.setBuddy(self.routeCombo)
        self.frequencyLabel.setBuddy(self.frequencyCombo)
        self.durationLabel.setBuddy(self.durationSpin)
        self.quantityLabel.setBuddy(self.quantitySpin)
        self.instructionsLabel.setBuddy(self.instructionsEdit)
        self.linesLabel.setBuddy(self.linesTable)
        self.alertsLabel.setBuddy(self.alertsList)
        self.overrideLabel.setBuddy(self.overrideReasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.resultList)
        QWidget.setTabOrder(self.resultList, self.doseSpin)
        QWidget.setTabOrder(self.doseSpin, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.routeCombo)
        QWidget.setTabOrder(self.routeCombo, self.frequencyCombo)
        QWidget.setTabOrder(self.frequencyCombo, self.durationSpin)
        QWidget.setTabOrder(self.durationSpin, self.quantitySpin)
        QWidget.setTabOrder(self.quantitySpin, self.instructionsEdit)
        QWidget.setTabOrder(self.instructionsEdit, self.addButton)
        QWidget.setTabOrder(self.addButton, self.linesTable)
        QWidget.setTabOrder(self.linesTable, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.alertsList)
        QWidget.setTabOrder(self.alertsList, self.overrideReasonEdit)
        QWidget.setTabOrder(self.overrideReasonEdit, self.issueButton)
        QWidget.setTabOrder(self.issueButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.closeButton)

        self.retranslateUi(PrescriptionDialog)

        QMetaObject.connectSlotsByName(PrescriptionDialog)
    # setupUi

    def retranslateUi(self, PrescriptionDialog):
        PrescriptionDialog.setWindowTitle(QCoreApplication.translate("PrescriptionDialog", u"Prescribe", None))
        self.headingLabel.setText(QCoreApplication.translate("PrescriptionDialog", u"Loading\u2026", None))
        self.allergyLabel.setText("")
        self.checksOffBanner.setText("")
#if QT_CONFIG(accessibility)
        self.checksOffBanner.setAccessibleName(QCoreApplication.translate("PrescriptionDialog", u"Safety checks warning", None))
#endif // QT_CONFIG(accessibility)
        self.noticeLabel.setText("")
        self.searchLabel.setText(QCoreApplication.translate("PrescriptionDialog", u"&Find a drug", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PrescriptionDialog", u"Name or ATC code, e.g. warf", None))
#if QT_CONFIG(accessibility)
        self.resultList.setAccessibleName(QCoreApplication.translate("PrescriptionDialog", u"Formulary drugs found", None))
#endif // QT_CONFIG(accessibility)
        self.lineGroup.setTitle(QCoreApplication.translate("PrescriptionDialog", u"New line", None))
        self.drugLabel.setText(QCoreApplication.translate("PrescriptionDialog", u"Choose a drug from the list.", None))
        self.doseLabel.setText(QCoreApplication.translate("PrescriptionDialog", u"D&ose", None))
#if QT_CONFIG(accessibility)
        self.doseSpin.setAccessibleName(QCoreApplication.translate("PrescriptionDialog", u"Dose", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.unitCombo.setAccessibleName(QCoreApplication.translate("PrescriptionDialog", u"Dose unit", None))
#endif // QT_CONFIG(accessibility)
        self.routeLabel.setText(QCoreApplication.translate("PrescriptionDialog", u"&Route", None))
        self.frequencyLabel.setText(QCoreApplication.translate("PrescriptionDialog", u"Fr&equency", None))
        self.durationLabel.setText(QCoreApplication.translate("PrescriptionDialog", u"D&uration", None))
        self.durationSpin.setSuffix(QCoreApplication.translate("PrescriptionDialog", u" days", None))
        self.quantityLabel.setText(QCoreApplication.translate("PrescriptionDialog", u"&Quantity", None))
        self.quantitySpin.setSpecialValueText(QCoreApplication.translate("PrescriptionDialog", u"not counted", None))
#if QT_CONFIG(tooltip)
        self.quantitySpin.setToolTip(QCoreApplication.translate("PrescriptionDialog", u"Items to hand over; computed from the dose, frequency and duration where it can be", None))
#endif // QT_CONFIG(tooltip)
        self.quantityUnitLabel.setText("")
        self.instructionsLabel.setText(QCoreApplication.translate("PrescriptionDialog", u"&Instructions", None))
        self.instructionsEdit.setPlaceholderText(QCoreApplication.translate("PrescriptionDialog", u"e.g. after food", None))
        self.lineError.setText("")
        self.addButton.setText(QCoreApplication.translate("PrescriptionDialog", u"&Add to prescription", None))
        self.linesLabel.setText(QCoreApplication.translate("PrescriptionDialog", u"&Lines", None))
        ___qtablewidgetitem = self.linesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("PrescriptionDialog", u"#", None))
        ___qtablewidgetitem1 = self.linesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("PrescriptionDialog", u"Drug", None))
        ___qtablewidgetitem2 = self.linesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("PrescriptionDialog", u"Directions", None))
        ___qtablewidgetitem3 = self.linesTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("PrescriptionDialog", u"Quantity", None))
        ___qtablewidgetitem4 = self.linesTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("PrescriptionDialog", u"Instructions", None))
        self.linesError.setText("")
        self.removeButton.setText(QCoreApplication.translate("PrescriptionDialog", u"Re&move line", None))
        self.alertsLabel.setText(QCoreApplication.translate("PrescriptionDialog", u"Aler&ts", None))
        self.overrideLabel.setText(QCoreApplication.translate("PrescriptionDialog", u"O&verride reason", None))
        self.overrideReasonEdit.setPlaceholderText(QCoreApplication.translate("PrescriptionDialog", u"Needed for a contraindicated or major alert, or while the checks are off", None))
        self.overrideError.setText("")
        self.messageLabel.setText("")
        self.issueButton.setText(QCoreApplication.translate("PrescriptionDialog", u"I&ssue", None))
        self.printButton.setText(QCoreApplication.translate("PrescriptionDialog", u"&Print\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("PrescriptionDialog", u"&Close", None))
    # retranslateUi

