# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pharmacy_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QSplitter,
    QTableWidget, QTableWidgetItem, QToolButton, QVBoxLayout,
    QWidget)

class Ui_PharmacyPage(object):
    def setupUi(self, PharmacyPage):
        if not PharmacyPage.objectName():
            PharmacyPage.setObjectName(u"PharmacyPage")
        PharmacyPage.resize(1000, 600)
        self.mainLayout = QVBoxLayout(PharmacyPage)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.filterEdit = QLineEdit(PharmacyPage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.toolbar.addWidget(self.filterEdit)

        self.locationLabel = QLabel(PharmacyPage)
        self.locationLabel.setObjectName(u"locationLabel")

        self.toolbar.addWidget(self.locationLabel)

        self.locationCombo = QComboBox(PharmacyPage)
        self.locationCombo.setObjectName(u"locationCombo")
        self.locationCombo.setMinimumContentsLength(24)

        self.toolbar.addWidget(self.locationCombo)

        self.refreshButton = QToolButton(PharmacyPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.toolbar.addWidget(self.refreshButton)

        self.toolbar.setStretch(0, 1)

        self.mainLayout.addLayout(self.toolbar)

        self.splitter = QSplitter(PharmacyPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.prescriptionsTable = QTableWidget(self.splitter)
        self.prescriptionsTable.setObjectName(u"prescriptionsTable")
        self.prescriptionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.prescriptionsTable.setAlternatingRowColors(True)
        self.prescriptionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.prescriptionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.prescriptionsTable.setTabKeyNavigation(False)
        self.splitter.addWidget(self.prescriptionsTable)
        self.prescriptionsTable.verticalHeader().setVisible(False)
        self.detailPane = QWidget(self.splitter)
        self.detailPane.setObjectName(u"detailPane")
        self.detailLayout = QVBoxLayout(self.detailPane)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.prescriptionHeading = QLabel(self.detailPane)
        self.prescriptionHeading.setObjectName(u"prescriptionHeading")
        self.prescriptionHeading.setWordWrap(True)

        self.detailLayout.addWidget(self.prescriptionHeading)

        self.linesTable = QTableWidget(self.detailPane)
        self.linesTable.setObjectName(u"linesTable")
        self.linesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.linesTable.setAlternatingRowColors(True)
        self.linesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.linesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.linesTable.setTabKeyNavigation(False)
        self.linesTable.verticalHeader().setVisible(False)

        self.detailLayout.addWidget(self.linesTable)

        self.dispenseRow = QHBoxLayout()
        self.dispenseRow.setObjectName(u"dispenseRow")
        self.quantityLabel = QLabel(self.detailPane)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.dispenseRow.addWidget(self.quantityLabel)

        self.quantitySpin = QSpinBox(self.detailPane)
        self.quantitySpin.setObjectName(u"quantitySpin")
        self.quantitySpin.setMinimum(0)
        self.quantitySpin.setMaximum(100000)

        self.dispenseRow.addWidget(self.quantitySpin)

        self.dispenseSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dispenseRow.addItem(self.dispenseSpacer)

        self.dispenseButton = QPushButton(self.detailPane)
        self.dispenseButton.setObjectName(u"dispenseButton")

        self.dispenseRow.addWidget(self.dispenseButton)


        self.detailLayout.addLayout(self.dispenseRow)

        self.previewHeading = QLabel(self.detailPane)
        self.previewHeading.setObjectName(u"previewHeading")
        self.previewHeading.setWordWrap(True)

        self.detailLayout.addWidget(self.previewHeading)

        self.previewTable = QTableWidget(self.detailPane)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewTable.setAlternatingRowColors(True)
        self.previewTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.previewTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.previewTable.setTabKeyNavigation(False)
        self.previewTable.verticalHeader().setVisible(False)

        self.detailLayout.addWidget(self.previewTable)

        self.messageLabel = QLabel(self.detailPane)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.messageLabel)

        self.splitter.addWidget(self.detailPane)

        self.mainLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.locationLabel.setBuddy(self.locationCombo)
        self.quantityLabel.setBuddy(self.quantitySpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filterEdit, self.locationCombo)
        QWidget.setTabOrder(self.locationCombo, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.prescriptionsTable)
        QWidget.setTabOrder(self.prescriptionsTable, self.linesTable)
        QWidget.setTabOrder(self.linesTable, self.quantitySpin)
        QWidget.setTabOrder(self.quantitySpin, self.dispenseButton)
        QWidget.setTabOrder(self.dispenseButton, self.previewTable)

        self.retranslateUi(PharmacyPage)

        QMetaObject.connectSlotsByName(PharmacyPage)
    # setupUi

    def retranslateUi(self, PharmacyPage):
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("PharmacyPage", u"Filter by patient, MRN or prescription number\u2026", None))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("PharmacyPage", u"Filter prescriptions by patient, MRN or number", None))
#endif // QT_CONFIG(accessibility)
        self.locationLabel.setText(QCoreApplication.translate("PharmacyPage", u"Dispense &from", None))
        self.refreshButton.setText(QCoreApplication.translate("PharmacyPage", u"Reload", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("PharmacyPage", u"Reload the prescriptions awaiting dispensing (F5)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.prescriptionsTable.setAccessibleName(QCoreApplication.translate("PharmacyPage", u"Issued prescriptions awaiting dispensing", None))
#endif // QT_CONFIG(accessibility)
        self.prescriptionHeading.setText(QCoreApplication.translate("PharmacyPage", u"Select a prescription", None))
#if QT_CONFIG(accessibility)
        self.linesTable.setAccessibleName(QCoreApplication.translate("PharmacyPage", u"Lines of the selected prescription: prescribed and dispensed", None))
#endif // QT_CONFIG(accessibility)
        self.quantityLabel.setText(QCoreApplication.translate("PharmacyPage", u"&Quantity", None))
        self.dispenseButton.setText(QCoreApplication.translate("PharmacyPage", u"&Dispense", None))
#if QT_CONFIG(tooltip)
        self.dispenseButton.setToolTip(QCoreApplication.translate("PharmacyPage", u"Dispense the quantity from the chosen location, first expiry first out", None))
#endif // QT_CONFIG(tooltip)
        self.previewHeading.setText(QCoreApplication.translate("PharmacyPage", u"Batches to take (first expiry first out)", None))
#if QT_CONFIG(accessibility)
        self.previewTable.setAccessibleName(QCoreApplication.translate("PharmacyPage", u"Batches the dispensing will take", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setText("")
        pass
    # retranslateUi

