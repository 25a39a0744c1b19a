# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'claims_page.ui'
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
    QSizePolicy, QSpacerItem, QSplitter, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ClaimsPage(object):
    def setupUi(self, ClaimsPage):
        if not ClaimsPage.objectName():
            ClaimsPage.setObjectName(u"ClaimsPage")
        ClaimsPage.resize(1280, 720)
        self.mainLayout = QVBoxLayout(ClaimsPage)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(12, 12, 12, 12)
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.headingLabel = QLabel(ClaimsPage)
        self.headingLabel.setObjectName(u"headingLabel")

        self.topRow.addWidget(self.headingLabel)

        self.topSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer)

        self.refreshButton = QPushButton(ClaimsPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.topRow.addWidget(self.refreshButton)


        self.mainLayout.addLayout(self.topRow)

        self.splitter = QSplitter(ClaimsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.unbatchedPane = QWidget(self.splitter)
        self.unbatchedPane.setObjectName(u"unbatchedPane")
        self.unbatchedLayout = QVBoxLayout(self.unbatchedPane)
        self.unbatchedLayout.setObjectName(u"unbatchedLayout")
        self.unbatchedLayout.setContentsMargins(0, 0, 6, 0)
        self.payerRow = QHBoxLayout()
        self.payerRow.setObjectName(u"payerRow")
        self.payerLabel = QLabel(self.unbatchedPane)
        self.payerLabel.setObjectName(u"payerLabel")

        self.payerRow.addWidget(self.payerLabel)

        self.payerCombo = QComboBox(self.unbatchedPane)
        self.payerCombo.setObjectName(u"payerCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.payerCombo.sizePolicy().hasHeightForWidth())
        self.payerCombo.setSizePolicy(sizePolicy)

        self.payerRow.addWidget(self.payerCombo)


        self.unbatchedLayout.addLayout(self.payerRow)

        self.unbatchedLabel = QLabel(self.unbatchedPane)
        self.unbatchedLabel.setObjectName(u"unbatchedLabel")

        self.unbatchedLayout.addWidget(self.unbatchedLabel)

        self.unbatchedTable = QTableWidget(self.unbatchedPane)
        if (self.unbatchedTable.columnCount() < 5):
            self.unbatchedTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.unbatchedTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.unbatchedTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.unbatchedTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.unbatchedTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.unbatchedTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.unbatchedTable.setObjectName(u"unbatchedTable")
        self.unbatchedTable.setTabKeyNavigation(False)
        self.unbatchedTable.setAlternatingRowColors(True)
        self.unbatchedTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.unbatchedTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unbatchedTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unbatchedTable.verticalHeader().setVisible(False)

        self.unbatchedLayout.addWidget(self.unbatchedTable)

        self.preauthRow = QHBoxLayout()
        self.preauthRow.setObjectName(u"preauthRow")
        self.preauthLabel = QLabel(self.unbatchedPane)
        self.preauthLabel.setObjectName(u"preauthLabel")

        self.preauthRow.addWidget(self.preauthLabel)

        self.preauthEdit = QLineEdit(self.unbatchedPane)
        self.preauthEdit.setObjectName(u"preauthEdit")

        self.preauthRow.addWidget(self.preauthEdit)

        self.preauthButton = QPushButton(self.unbatchedPane)
        self.preauthButton.setObjectName(u"preauthButton")

        self.preauthRow.addWidget(self.preauthButton)


        self.unbatchedLayout.addLayout(self.preauthRow)

        self.createRow = QHBoxLayout()
        self.createRow.setObjectName(u"createRow")
        self.createSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.createRow.addItem(self.createSpacer)

        self.createBatchButton = QPushButton(self.unbatchedPane)
        self.createBatchButton.setObjectName(u"createBatchButton")

        self.createRow.addWidget(self.createBatchButton)


        self.unbatchedLayout.addLayout(self.createRow)

        self.unbatchedLayout.setStretch(2, 1)
        self.splitter.addWidget(self.unbatchedPane)
        self.batchesPane = QWidget(self.splitter)
        self.batchesPane.setObjectName(u"batchesPane")
        self.batchesLayout = QVBoxLayout(self.batchesPane)
        self.batchesLayout.setObjectName(u"batchesLayout")
        self.batchesLayout.setContentsMargins(6, 0, 0, 0)
        self.batchesLabel = QLabel(self.batchesPane)
        self.batchesLabel.setObjectName(u"batchesLabel")

        self.batchesLayout.addWidget(self.batchesLabel)

        self.batchesTable = QTableWidget(self.batchesPane)
        if (self.batchesTable.columnCount() < 7):
            self.batchesTable.setColumnCount(7)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.batchesTable.setHorizontalHeaderItem(0, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.batchesTable.setHorizontalHeaderItem(1, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.batchesTable.setHorizontalHeaderItem(2, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.batchesTable.setHorizontalHeaderItem(3, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.batchesTable.setHorizontalHeaderItem(4, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.batchesTable.setHorizontalHeaderItem(5, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.batchesTable.setHorizontalHeaderItem(6, __qtablewidgetitem11)
        self.batchesTable.setObjectName(u"batchesTable")
        self.batchesTable.setTabKeyNavigation(False)
        self.batchesTable.setAlternatingRowColors(True)
        self.batchesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.batchesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.batchesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.batchesTable.verticalHeader().setVisible(False)

        self.batchesLayout.addWidget(self.batchesTable)

        self.batchButtons = QHBoxLayout()
        self.batchButtons.setObjectName(u"batchButtons")
        self.submitButton = QPushButton(self.batchesPane)
        self.submitButton.setObjectName(u"submitButton")

        self.batchButtons.addWidget(self.submitButton)

        self.remittanceButton = QPushButton(self.batchesPane)
        self.remittanceButton.setObjectName(u"remittanceButton")

        self.batchButtons.addWidget(self.remittanceButton)

        self.exportButton = QPushButton(self.batchesPane)
        self.exportButton.setObjectName(u"exportButton")

        self.batchButtons.addWidget(self.exportButton)

        self.batchSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.batchButtons.addItem(self.batchSpacer)


        self.batchesLayout.addLayout(self.batchButtons)

        self.batchClaimsLabel = QLabel(self.batchesPane)
        self.batchClaimsLabel.setObjectName(u"batchClaimsLabel")

        self.batchesLayout.addWidget(self.batchClaimsLabel)

        self.batchClaimsTable = QTableWidget(self.batchesPane)
        if (self.batchClaimsTable.columnCount() < 6):
            self.batchClaimsTable.setColumnCount(6)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.batchClaimsTable.setHorizontalHeaderItem(0, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.batchClaimsTable.setHorizontalHeaderItem(1, __qtablewidgetitem13)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.batchClaimsTable.setHorizontalHeaderItem(2, __qtablewidgetitem14)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.batchClaimsTable.setHorizontalHeaderItem(3, __qtablewidgetitem15)
        __qtablewidgetitem16 = QTableWidgetItem()
        self.batchClaimsTable.setHorizontalHeaderItem(4, __qtablewidgetitem16)
        __qtablewidgetitem17 = QTableWidgetItem()
        self.batchClaimsTable.setHorizontalHeaderItem(5, __qtablewidgetitem17)
        self.batchClaimsTable.setObjectName(u"batchClaimsTable")
        self.batchClaimsTable.setTabKeyNavigation(False)
        self.batchClaimsTable.setAlternatingRowColors(True)
        self.batchClaimsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.batchClaimsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.batchClaimsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.batchClaimsTable.verticalHeader().setVisible(False)

        self.batchesLayout.addWidget(self.batchClaimsTable)

        self.batchesLayout.setStretch(1, 2)
        self.batchesLayout.setStretch(4, 3)
        self.splitter.addWidget(self.batchesPane)

        self.mainLayout.addWidget(self.splitter)

        self.messageLabel = QLabel(ClaimsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.payerLabel.setBuddy(self.payerCombo)
        self.unbatchedLabel.setBuddy(self.unbatchedTable)
        self.preauthLabel.setBuddy(self.preauthEdit)
        self.batchesLabel.setBuddy(self.batchesTable)
        self.batchClaimsLabel.setBuddy(self.batchClaimsTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.refreshButton, self.payerCombo)
        QWidget.setTabOrder(self.payerCombo, self.unbatchedTable)
        QWidget.setTabOrder(self.unbatchedTable, self.preauthEdit)
        QWidget.setTabOrder(self.preauthEdit, self.preauthButton)
        QWidget.setTabOrder(self.preauthButton, self.createBatchButton)
        QWidget.setTabOrder(self.createBatchButton, self.batchesTable)
        QWidget.setTabOrder(self.batchesTable, self.submitButton)
        QWidget.setTabOrder(self.submitButton, self.remittanceButton)
        QWidget.setTabOrder(self.remittanceButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.batchClaimsTable)

        self.retranslateUi(ClaimsPage)

        QMetaObject.connectSlotsByName(ClaimsPage)
    # setupUi

    def retranslateUi(self, ClaimsPage):
        self.headingLabel.setText(QCoreApplication.translate("ClaimsPage", u"Insurance claims", None))
        self.refreshButton.setText(QCoreApplication.translate("ClaimsPage", u"&Refresh", None))
#if QT_CONFIG(accessibility)
        self.refreshButton.setAccessibleName(QCoreApplication.translate("ClaimsPage", u"Refresh the claims", None))
#endif // QT_CONFIG(accessibility)
        self.payerLabel.setText(QCoreApplication.translate("ClaimsPage", u"&Insurer", None))
#if QT_CONFIG(accessibility)
        self.payerCombo.setAccessibleName(QCoreApplication.translate("ClaimsPage", u"Insurer of the claims to batch", None))
#endif // QT_CONFIG(accessibility)
        self.unbatchedLabel.setText(QCoreApplication.translate("ClaimsPage", u"&Claims not in a batch yet (tick those to send)", None))
        ___qtablewidgetitem = self.unbatchedTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ClaimsPage", u"Invoice", None))
        ___qtablewidgetitem1 = self.unbatchedTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ClaimsPage", u"Patient", None))
        ___qtablewidgetitem2 = self.unbatchedTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ClaimsPage", u"Date", None))
        ___qtablewidgetitem3 = self.unbatchedTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ClaimsPage", u"Claimed", None))
        ___qtablewidgetitem4 = self.unbatchedTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ClaimsPage", u"Authorisation", None))
#if QT_CONFIG(accessibility)
        self.unbatchedTable.setAccessibleName(QCoreApplication.translate("ClaimsPage", u"Claims not in a batch yet", None))
#endif // QT_CONFIG(accessibility)
        self.preauthLabel.setText(QCoreApplication.translate("ClaimsPage", u"Authorisation &number", None))
        self.preauthEdit.setPlaceholderText(QCoreApplication.translate("ClaimsPage", u"for the selected claim", None))
        self.preauthButton.setText(QCoreApplication.translate("ClaimsPage", u"Sa&ve number", None))
        self.createBatchButton.setText(QCoreApplication.translate("ClaimsPage", u"Create &batch", None))
        self.batchesLabel.setText(QCoreApplication.translate("ClaimsPage", u"Ba&tches", None))
        ___qtablewidgetitem5 = self.batchesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ClaimsPage", u"Batch", None))
        ___qtablewidgetitem6 = self.batchesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("ClaimsPage", u"Insurer", None))
        ___qtablewidgetitem7 = self.batchesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("ClaimsPage", u"Status", None))
        ___qtablewidgetitem8 = self.batchesTable.horizontalHeaderItem(3)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("ClaimsPage", u"Claims", None))
        ___qtablewidgetitem9 = self.batchesTable.horizontalHeaderItem(4)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("ClaimsPage", u"Claimed", None))
        ___qtablewidgetitem10 = self.batchesTable.horizontalHeaderItem(5)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("ClaimsPage", u"Approved", None))
        ___qtablewidgetitem11 = self.batchesTable.horizontalHeaderItem(6)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("ClaimsPage", u"Submitted", None))
#if QT_CONFIG(accessibility)
        self.batchesTable.setAccessibleName(QCoreApplication.translate("ClaimsPage", u"Claim batches", None))
#endif // QT_CONFIG(accessibility)
        self.submitButton.setText(QCoreApplication.translate("ClaimsPage", u"Sub&mit batch", None))
        self.remittanceButton.setText(QCoreApplication.translate("ClaimsPage", u"&Post remittance\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("ClaimsPage", u"&Export CSV\u2026", None))
        self.batchClaimsLabel.setText(QCoreApplication.translate("ClaimsPage", u"Claims &of the selected batch", None))
        ___qtablewidgetitem12 = self.batchClaimsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("ClaimsPage", u"Invoice", None))
        ___qtablewidgetitem13 = self.batchClaimsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("ClaimsPage", u"Patient", None))
        ___qtablewidgetitem14 = self.batchClaimsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("ClaimsPage", u"Status", None))
        ___qtablewidgetitem15 = self.batchClaimsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("ClaimsPage", u"Claimed", None))
        ___qtablewidgetitem16 = self.batchClaimsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem16.setText(QCoreApplication.translate("ClaimsPage", u"Approved", None))
        ___qtablewidgetitem17 = self.batchClaimsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem17.setText(QCoreApplication.translate("ClaimsPage", u"Reason", None))
#if QT_CONFIG(accessibility)
        self.batchClaimsTable.setAccessibleName(QCoreApplication.translate("ClaimsPage", u"Claims in the selected batch", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setText("")
        pass
    # retranslateUi

