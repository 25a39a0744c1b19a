# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fee_schedule_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableWidget, QTableWidgetItem, QToolButton, QVBoxLayout,
    QWidget)

class Ui_FeeSchedulePage(object):
    def setupUi(self, FeeSchedulePage):
        if not FeeSchedulePage.objectName():
            FeeSchedulePage.setObjectName(u"FeeSchedulePage")
        FeeSchedulePage.resize(1000, 600)
        self.mainLayout = QVBoxLayout(FeeSchedulePage)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.toolbarRow = QHBoxLayout()
        self.toolbarRow.setObjectName(u"toolbarRow")
        self.filterEdit = QLineEdit(FeeSchedulePage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.toolbarRow.addWidget(self.filterEdit)

        self.categoryLabel = QLabel(FeeSchedulePage)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.toolbarRow.addWidget(self.categoryLabel)

        self.categoryCombo = QComboBox(FeeSchedulePage)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.toolbarRow.addWidget(self.categoryCombo)

        self.toolbarSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.toolbarRow.addItem(self.toolbarSpacer)

        self.newServiceButton = QPushButton(FeeSchedulePage)
        self.newServiceButton.setObjectName(u"newServiceButton")

        self.toolbarRow.addWidget(self.newServiceButton)

        self.newPriceButton = QPushButton(FeeSchedulePage)
        self.newPriceButton.setObjectName(u"newPriceButton")

        self.toolbarRow.addWidget(self.newPriceButton)

        self.refreshButton = QToolButton(FeeSchedulePage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.toolbarRow.addWidget(self.refreshButton)

        self.toolbarRow.setStretch(0, 1)

        self.mainLayout.addLayout(self.toolbarRow)

        self.splitter = QSplitter(FeeSchedulePage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.table = QTableWidget(self.splitter)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.splitter.addWidget(self.table)
        self.table.verticalHeader().setVisible(False)
        self.historyBox = QGroupBox(self.splitter)
        self.historyBox.setObjectName(u"historyBox")
        self.historyLayout = QVBoxLayout(self.historyBox)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyTable = QTableWidget(self.historyBox)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.historyTable.setTabKeyNavigation(False)
        self.historyTable.verticalHeader().setVisible(False)

        self.historyLayout.addWidget(self.historyTable)

        self.splitter.addWidget(self.historyBox)

        self.mainLayout.addWidget(self.splitter)

        self.summaryLabel = QLabel(FeeSchedulePage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

#if QT_CONFIG(shortcut)
        self.categoryLabel.setBuddy(self.categoryCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filterEdit, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.newServiceButton)
        QWidget.setTabOrder(self.newServiceButton, self.newPriceButton)
        QWidget.setTabOrder(self.newPriceButton, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.table)
        QWidget.setTabOrder(self.table, self.historyTable)

        self.retranslateUi(FeeSchedulePage)

        QMetaObject.connectSlotsByName(FeeSchedulePage)
    # setupUi

    def retranslateUi(self, FeeSchedulePage):
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("FeeSchedulePage", u"Filter by code or name\u2026", None))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("FeeSchedulePage", u"Filter by code or name", None))
#endif // QT_CONFIG(accessibility)
        self.categoryLabel.setText(QCoreApplication.translate("FeeSchedulePage", u"Ca&tegory", None))
        self.newServiceButton.setText(QCoreApplication.translate("FeeSchedulePage", u"New ser&vice\u2026", None))
        self.newPriceButton.setText(QCoreApplication.translate("FeeSchedulePage", u"New &price\u2026", None))
        self.refreshButton.setText(QCoreApplication.translate("FeeSchedulePage", u"Reload", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("FeeSchedulePage", u"Reload the fee schedule from the database (F5)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("FeeSchedulePage", u"Fee schedule", None))
#endif // QT_CONFIG(accessibility)
        self.historyBox.setTitle(QCoreApplication.translate("FeeSchedulePage", u"Price history", None))
#if QT_CONFIG(accessibility)
        self.historyTable.setAccessibleName(QCoreApplication.translate("FeeSchedulePage", u"Price history of the selected service", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText("")
        pass
    # retranslateUi

