# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stock_page.ui'
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
    QSizePolicy, QSpacerItem, QSpinBox, QTabWidget,
    QTableWidget, QTableWidgetItem, QToolButton, QVBoxLayout,
    QWidget)

class Ui_StockPage(object):
    def setupUi(self, StockPage):
        if not StockPage.objectName():
            StockPage.setObjectName(u"StockPage")
        StockPage.resize(1000, 600)
        self.mainLayout = QVBoxLayout(StockPage)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.sectionTabs = QTabWidget(StockPage)
        self.sectionTabs.setObjectName(u"sectionTabs")
        self.stockTab = QWidget()
        self.stockTab.setObjectName(u"stockTab")
        self.stockLayout = QVBoxLayout(self.stockTab)
        self.stockLayout.setObjectName(u"stockLayout")
        self.stockToolbar = QHBoxLayout()
        self.stockToolbar.setObjectName(u"stockToolbar")
        self.filterEdit = QLineEdit(self.stockTab)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.stockToolbar.addWidget(self.filterEdit)

        self.locationLabel = QLabel(self.stockTab)
        self.locationLabel.setObjectName(u"locationLabel")

        self.stockToolbar.addWidget(self.locationLabel)

        self.locationCombo = QComboBox(self.stockTab)
        self.locationCombo.setObjectName(u"locationCombo")
        self.locationCombo.setMinimumContentsLength(24)

        self.stockToolbar.addWidget(self.locationCombo)

        self.stockSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stockToolbar.addItem(self.stockSpacer)

        self.receiveButton = QPushButton(self.stockTab)
        self.receiveButton.setObjectName(u"receiveButton")

        self.stockToolbar.addWidget(self.receiveButton)

        self.moveButton = QPushButton(self.stockTab)
        self.moveButton.setObjectName(u"moveButton")

        self.stockToolbar.addWidget(self.moveButton)

        self.adjustButton = QPushButton(self.stockTab)
        self.adjustButton.setObjectName(u"adjustButton")

        self.stockToolbar.addWidget(self.adjustButton)

        self.refreshButton = QToolButton(self.stockTab)
        self.refreshButton.setObjectName(u"refreshButton")

        self.stockToolbar.addWidget(self.refreshButton)

        self.stockToolbar.setStretch(0, 1)

        self.stockLayout.addLayout(self.stockToolbar)

        self.stockTable = QTableWidget(self.stockTab)
        self.stockTable.setObjectName(u"stockTable")
        self.stockTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stockTable.setAlternatingRowColors(True)
        self.stockTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stockTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stockTable.setTabKeyNavigation(False)
        self.stockTable.verticalHeader().setVisible(False)

        self.stockLayout.addWidget(self.stockTable)

        self.stockSummary = QLabel(self.stockTab)
        self.stockSummary.setObjectName(u"stockSummary")
        self.stockSummary.setWordWrap(True)

        self.stockLayout.addWidget(self.stockSummary)

        self.sectionTabs.addTab(self.stockTab, "")
        self.reorderTab = QWidget()
        self.reorderTab.setObjectName(u"reorderTab")
        self.reorderLayout = QVBoxLayout(self.reorderTab)
        self.reorderLayout.setObjectName(u"reorderLayout")
        self.reorderIntro = QLabel(self.reorderTab)
        self.reorderIntro.setObjectName(u"reorderIntro")
        self.reorderIntro.setWordWrap(True)

        self.reorderLayout.addWidget(self.reorderIntro)

        self.reorderTable = QTableWidget(self.reorderTab)
        self.reorderTable.setObjectName(u"reorderTable")
        self.reorderTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reorderTable.setAlternatingRowColors(True)
        self.reorderTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.reorderTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reorderTable.setTabKeyNavigation(False)
        self.reorderTable.verticalHeader().setVisible(False)

        self.reorderLayout.addWidget(self.reorderTable)

        self.sectionTabs.addTab(self.reorderTab, "")
        self.expiringTab = QWidget()
        self.expiringTab.setObjectName(u"expiringTab")
        self.expiringLayout = QVBoxLayout(self.expiringTab)
        self.expiringLayout.setObjectName(u"expiringLayout")
        self.expiringToolbar = QHBoxLayout()
        self.expiringToolbar.setObjectName(u"expiringToolbar")
        self.daysLabel = QLabel(self.expiringTab)
        self.daysLabel.setObjectName(u"daysLabel")

        self.expiringToolbar.addWidget(self.daysLabel)

        self.daysSpin = QSpinBox(self.expiringTab)
        self.daysSpin.setObjectName(u"daysSpin")
        self.daysSpin.setMinimum(0)
        self.daysSpin.setMaximum(730)
        self.daysSpin.setValue(90)

        self.expiringToolbar.addWidget(self.daysSpin)

        self.expiringSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.expiringToolbar.addItem(self.expiringSpacer)


        self.expiringLayout.addLayout(self.expiringToolbar)

        self.expiringTable = QTableWidget(self.expiringTab)
        self.expiringTable.setObjectName(u"expiringTable")
        self.expiringTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.expiringTable.setAlternatingRowColors(True)
        self.expiringTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.expiringTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.expiringTable.setTabKeyNavigation(False)
        self.expiringTable.verticalHeader().setVisible(False)

        self.expiringLayout.addWidget(self.expiringTable)

        self.expiringSummary = QLabel(self.expiringTab)
        self.expiringSummary.setObjectName(u"expiringSummary")
        self.expiringSummary.setWordWrap(True)

        self.expiringLayout.addWidget(self.expiringSummary)

        self.sectionTabs.addTab(self.expiringTab, "")
        self.valuationTab = QWidget()
        self.valuationTab.setObjectName(u"valuationTab")
        self.valuationLayout = QVBoxLayout(self.valuationTab)
        self.valuationLayout.setObjectName(u"valuationLayout")
        self.valuationToolbar = QHBoxLayout()
        self.valuationToolbar.setObjectName(u"valuationToolbar")
        self.valuationLocationLabel = QLabel(self.valuationTab)
        self.valuationLocationLabel.setObjectName(u"valuationLocationLabel")

        self.valuationToolbar.addWidget(self.valuationLocationLabel)

        self.valuationCombo = QComboBox(self.valuationTab)
        self.valuationCombo.setObjectName(u"valuationCombo")
        self.valuationCombo.setMinimumContentsLength(24)

        self.valuationToolbar.addWidget(self.valuationCombo)

        self.valuationSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.valuationToolbar.addItem(self.valuationSpacer)


        self.valuationLayout.addLayout(self.valuationToolbar)

        self.valuationTable = QTableWidget(self.valuationTab)
        self.valuationTable.setObjectName(u"valuationTable")
        self.valuationTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.valuationTable.setAlternatingRowColors(True)
        self.valuationTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.valuationTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.valuationTable.setTabKeyNavigation(False)
        self.valuationTable.verticalHeader().setVisible(False)

        self.valuationLayout.addWidget(self.valuationTable)

        self.valuationTotal = QLabel(self.valuationTab)
        self.valuationTotal.setObjectName(u"valuationTotal")
        self.valuationTotal.setWordWrap(True)

        self.valuationLayout.addWidget(self.valuationTotal)

        self.sectionTabs.addTab(self.valuationTab, "")
        self.itemsTab = QWidget()
        self.itemsTab.setObjectName(u"itemsTab")
        self.itemsLayout = QVBoxLayout(self.itemsTab)
        self.itemsLayout.setObjectName(u"itemsLayout")
        self.itemsLayout.setContentsMargins(0, 0, 0, 0)
        self.sectionTabs.addTab(self.itemsTab, "")
        self.locationsTab = QWidget()
        self.locationsTab.setObjectName(u"locationsTab")
        self.locationsLayout = QVBoxLayout(self.locationsTab)
        self.locationsLayout.setObjectName(u"locationsLayout")
        self.locationsLayout.setContentsMargins(0, 0, 0, 0)
        self.sectionTabs.addTab(self.locationsTab, "")
        self.movementsTab = QWidget()
        self.movementsTab.setObjectName(u"movementsTab")
        self.movementsLayout = QVBoxLayout(self.movementsTab)
        self.movementsLayout.setObjectName(u"movementsLayout")
        self.movementsIntro = QLabel(self.movementsTab)
        self.movementsIntro.setObjectName(u"movementsIntro")
        self.movementsIntro.setWordWrap(True)

        self.movementsLayout.addWidget(self.movementsIntro)

        self.movementsTable = QTableWidget(self.movementsTab)
        self.movementsTable.setObjectName(u"movementsTable")
        self.movementsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.movementsTable.setAlternatingRowColors(True)
        self.movementsTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.movementsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.movementsTable.setTabKeyNavigation(False)
        self.movementsTable.verticalHeader().setVisible(False)

        self.movementsLayout.addWidget(self.movementsTable)

        self.sectionTabs.addTab(self.movementsTab, "")

        self.mainLayout.addWidget(self.sectionTabs)

#if QT_CONFIG(shortcut)
        self.locationLabel.setBuddy(self.locationCombo)
        self.daysLabel.setBuddy(self.daysSpin)
        self.valuationLocationLabel.setBuddy(self.valuationCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sectionTabs, self.filterEdit)
        QWidget.setTabOrder(self.filterEdit, self.locationCombo)
        QWidget.setTabOrder(self.locationCombo, self.receiveButton)
        QWidget.setTabOrder(self.receiveButton, self.moveButton)
        QWidget.setTabOrder(self.moveButton, self.adjustButton)
        QWidget.setTabOrder(self.adjustButton, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.stockTable)
        QWidget.setTabOrder(self.stockTable, self.daysSpin)
        QWidget.setTabOrder(self.daysSpin, self.expiringTable)
        QWidget.setTabOrder(self.expiringTable, self.valuationCombo)

        self.retranslateUi(StockPage)

        QMetaObject.connectSlotsByName(StockPage)
    # setupUi

    def retranslateUi(self, StockPage):
#if QT_CONFIG(accessibility)
        self.sectionTabs.setAccessibleName(QCoreApplication.translate("StockPage", u"Pharmacy and stores sections", None))
#endif // QT_CONFIG(accessibility)
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("StockPage", u"Filter by item or batch\u2026", None))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("StockPage", u"Filter by item or batch", None))
#endif // QT_CONFIG(accessibility)
        self.locationLabel.setText(QCoreApplication.translate("StockPage", u"&Location", None))
        self.receiveButton.setText(QCoreApplication.translate("StockPage", u"&Receive\u2026", None))
#if QT_CONFIG(tooltip)
        self.receiveButton.setToolTip(QCoreApplication.translate("StockPage", u"Receive a delivery: a batch with its expiry date and unit cost", None))
#endif // QT_CONFIG(tooltip)
        self.moveButton.setText(QCoreApplication.translate("StockPage", u"&Issue or transfer\u2026", None))
#if QT_CONFIG(tooltip)
        self.moveButton.setToolTip(QCoreApplication.translate("StockPage", u"Issue the selected batch to a ward store or move it to another location", None))
#endif // QT_CONFIG(tooltip)
        self.adjustButton.setText(QCoreApplication.translate("StockPage", u"Ad&just\u2026", None))
#if QT_CONFIG(tooltip)
        self.adjustButton.setToolTip(QCoreApplication.translate("StockPage", u"Correct the selected batch's quantity: loss, breakage, expired or a stock count", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("StockPage", u"Reload", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("StockPage", u"Reload from the database (F5)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.stockTable.setAccessibleName(QCoreApplication.translate("StockPage", u"Stock on hand by batch and location", None))
#endif // QT_CONFIG(accessibility)
        self.stockSummary.setText("")
        self.sectionTabs.setTabText(self.sectionTabs.indexOf(self.stockTab), QCoreApplication.translate("StockPage", u"Stock on hand", None))
        self.reorderIntro.setText(QCoreApplication.translate("StockPage", u"Items whose stock over every location is at or below their reorder level, the emptiest first.", None))
#if QT_CONFIG(accessibility)
        self.reorderTable.setAccessibleName(QCoreApplication.translate("StockPage", u"Items to reorder", None))
#endif // QT_CONFIG(accessibility)
        self.sectionTabs.setTabText(self.sectionTabs.indexOf(self.reorderTab), QCoreApplication.translate("StockPage", u"Reorder list", None))
        self.daysLabel.setText(QCoreApplication.translate("StockPage", u"Expiring with&in", None))
        self.daysSpin.setSuffix(QCoreApplication.translate("StockPage", u" days", None))
#if QT_CONFIG(accessibility)
        self.expiringTable.setAccessibleName(QCoreApplication.translate("StockPage", u"Batches expiring soon", None))
#endif // QT_CONFIG(accessibility)
        self.expiringSummary.setText("")
        self.sectionTabs.setTabText(self.sectionTabs.indexOf(self.expiringTab), QCoreApplication.translate("StockPage", u"Expiring", None))
        self.valuationLocationLabel.setText(QCoreApplication.translate("StockPage", u"Lo&cation", None))
#if QT_CONFIG(accessibility)
        self.valuationTable.setAccessibleName(QCoreApplication.translate("StockPage", u"Stock value at cost by item and location", None))
#endif // QT_CONFIG(accessibility)
        self.valuationTotal.setText("")
        self.sectionTabs.setTabText(self.sectionTabs.indexOf(self.valuationTab), QCoreApplication.translate("StockPage", u"Valuation", None))
        self.sectionTabs.setTabText(self.sectionTabs.indexOf(self.itemsTab), QCoreApplication.translate("StockPage", u"Items", None))
        self.sectionTabs.setTabText(self.sectionTabs.indexOf(self.locationsTab), QCoreApplication.translate("StockPage", u"Locations", None))
        self.movementsIntro.setText(QCoreApplication.translate("StockPage", u"The latest stock movements, newest first. A movement is never changed: a mistake is corrected by an adjustment.", None))
#if QT_CONFIG(accessibility)
        self.movementsTable.setAccessibleName(QCoreApplication.translate("StockPage", u"Latest stock movements", None))
#endif // QT_CONFIG(accessibility)
        self.sectionTabs.setTabText(self.sectionTabs.indexOf(self.movementsTab), QCoreApplication.translate("StockPage", u"Movements", None))
        pass
    # retranslateUi

