# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'billing_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QStackedWidget,
    QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_BillingTab(object):
    def setupUi(self, billingTab):
        if not billingTab.objectName():
            billingTab.setObjectName(u"billingTab")
        billingTab.resize(1280, 680)
        self.mainLayout = QVBoxLayout(billingTab)
        self.mainLayout.setSpacing(6)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(8, 6, 8, 6)
        self.messageLabel = QLabel(billingTab)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.splitter = QSplitter(billingTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.searchPane = QWidget(self.splitter)
        self.searchPane.setObjectName(u"searchPane")
        self.searchPane.setMinimumSize(QSize(300, 0))
        self.searchLayout = QVBoxLayout(self.searchPane)
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLayout.setContentsMargins(0, 0, 0, 0)
        self.searchLabel = QLabel(self.searchPane)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(self.searchPane)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.searchTable = QTableView(self.searchPane)
        self.searchTable.setObjectName(u"searchTable")
        self.searchTable.setAlternatingRowColors(True)
        self.searchTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.searchTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.searchTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.searchTable.verticalHeader().setVisible(False)

        self.searchLayout.addWidget(self.searchTable)

        self.searchLayout.setStretch(2, 1)
        self.splitter.addWidget(self.searchPane)
        self.workPane = QWidget(self.splitter)
        self.workPane.setObjectName(u"workPane")
        self.workLayout = QVBoxLayout(self.workPane)
        self.workLayout.setObjectName(u"workLayout")
        self.workLayout.setContentsMargins(6, 0, 0, 0)
        self.patientLabel = QLabel(self.workPane)
        self.patientLabel.setObjectName(u"patientLabel")
        self.patientLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.patientLabel.setWordWrap(True)

        self.workLayout.addWidget(self.patientLabel)

        self.workStack = QStackedWidget(self.workPane)
        self.workStack.setObjectName(u"workStack")
        self.chargesPage = QWidget()
        self.chargesPage.setObjectName(u"chargesPage")
        self.chargesLayout = QVBoxLayout(self.chargesPage)
        self.chargesLayout.setObjectName(u"chargesLayout")
        self.chargesLayout.setContentsMargins(0, 0, 0, 0)
        self.chargesLabel = QLabel(self.chargesPage)
        self.chargesLabel.setObjectName(u"chargesLabel")

        self.chargesLayout.addWidget(self.chargesLabel)

        self.chargesTable = QTableWidget(self.chargesPage)
        if (self.chargesTable.columnCount() < 6):
            self.chargesTable.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.chargesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.chargesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.chargesTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.chargesTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.chargesTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.chargesTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.chargesTable.setObjectName(u"chargesTable")
        self.chargesTable.setAlternatingRowColors(True)
        self.chargesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.chargesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.chargesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.chargesTable.verticalHeader().setVisible(False)

        self.chargesLayout.addWidget(self.chargesTable)

        self.chargesButtons = QHBoxLayout()
        self.chargesButtons.setObjectName(u"chargesButtons")
        self.selectionLabel = QLabel(self.chargesPage)
        self.selectionLabel.setObjectName(u"selectionLabel")
        self.selectionLabel.setWordWrap(True)

        self.chargesButtons.addWidget(self.selectionLabel)

        self.openDraftButton = QPushButton(self.chargesPage)
        self.openDraftButton.setObjectName(u"openDraftButton")

        self.chargesButtons.addWidget(self.openDraftButton)

        self.createDraftButton = QPushButton(self.chargesPage)
        self.createDraftButton.setObjectName(u"createDraftButton")

        self.chargesButtons.addWidget(self.createDraftButton)

        self.chargesButtons.setStretch(0, 1)

        self.chargesLayout.addLayout(self.chargesButtons)

        self.chargesLayout.setStretch(1, 1)
        self.workStack.addWidget(self.chargesPage)
        self.invoicePage = QWidget()
        self.invoicePage.setObjectName(u"invoicePage")
        self.invoiceLayout = QVBoxLayout(self.invoicePage)
        self.invoiceLayout.setObjectName(u"invoiceLayout")
        self.invoiceLayout.setContentsMargins(0, 0, 0, 0)
        self.invoiceHeading = QLabel(self.invoicePage)
        self.invoiceHeading.setObjectName(u"invoiceHeading")
        self.invoiceHeading.setTextFormat(Qt.TextFormat.PlainText)
        self.invoiceHeading.setWordWrap(True)

        self.invoiceLayout.addWidget(self.invoiceHeading)

        self.linesTable = QTableWidget(self.invoicePage)
        if (self.linesTable.columnCount() < 8):
            self.linesTable.setColumnCount(8)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(0, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(1, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(2, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(3, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(4, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(5, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(6, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(7, __qtablewidgetitem13)
        self.linesTable.setObjectName(u"linesTable")
        self.linesTable.setAlternatingRowColors(True)
        self.linesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.linesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.linesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.linesTable.verticalHeader().setVisible(False)

        self.invoiceLayout.addWidget(self.linesTable)

        self.totalsLayout = QHBoxLayout()
        self.totalsLayout.setObjectName(u"totalsLayout")
        self.creditNotesLabel = QLabel(self.invoicePage)
        self.creditNotesLabel.setObjectName(u"creditNotesLabel")
        self.creditNotesLabel.setWordWrap(True)
        self.creditNotesLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.totalsLayout.addWidget(self.creditNotesLabel)

        self.totalsBox = QWidget(self.invoicePage)
        self.totalsBox.setObjectName(u"totalsBox")
        self.totalsGrid = QGridLayout(self.totalsBox)
        self.totalsGrid.setObjectName(u"totalsGrid")
        self.totalsGrid.setHorizontalSpacing(24)
        self.totalsGrid.setVerticalSpacing(2)
        self.totalsGrid.setContentsMargins(0, 0, 4, 0)

        self.totalsLayout.addWidget(self.totalsBox)

        self.totalsLayout.setStretch(0, 1)

        self.invoiceLayout.addLayout(self.totalsLayout)

        self.invoiceButtons = QHBoxLayout()
        self.invoiceButtons.setObjectName(u"invoiceButtons")
        self.backButton = QPushButton(self.invoicePage)
        self.backButton.setObjectName(u"backButton")

        self.invoiceButtons.addWidget(self.backButton)

        self.invoiceStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.invoiceButtons.addItem(self.invoiceStretch)

        self.creditNoteButton = QPushButton(self.invoicePage)
        self.creditNoteButton.setObjectName(u"creditNoteButton")

        self.invoiceButtons.addWidget(self.creditNoteButton)

        self.issueButton = QPushButton(self.invoicePage)
        self.issueButton.setObjectName(u"issueButton")

        self.invoiceButtons.addWidget(self.issueButton)

        self.invoiceButtons.setStretch(1, 1)

        self.invoiceLayout.addLayout(self.invoiceButtons)

        self.invoiceLayout.setStretch(1, 1)
        self.workStack.addWidget(self.invoicePage)

        self.workLayout.addWidget(self.workStack)

        self.workLayout.setStretch(1, 1)
        self.splitter.addWidget(self.workPane)

        self.mainLayout.addWidget(self.splitter)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.chargesLabel.setBuddy(self.chargesTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.searchTable)
        QWidget.setTabOrder(self.searchTable, self.chargesTable)
        QWidget.setTabOrder(self.chargesTable, self.openDraftButton)
        QWidget.setTabOrder(self.openDraftButton, self.createDraftButton)
        QWidget.setTabOrder(self.createDraftButton, self.linesTable)
        QWidget.setTabOrder(self.linesTable, self.backButton)
        QWidget.setTabOrder(self.backButton, self.creditNoteButton)
        QWidget.setTabOrder(self.creditNoteButton, self.issueButton)

        self.retranslateUi(billingTab)

        self.workStack.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(billingTab)
    # setupUi

    def retranslateUi(self, billingTab):
        self.messageLabel.setText("")
        self.searchLabel.setText(QCoreApplication.translate("BillingTab", u"Find &patient: name, MRN or phone", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("BillingTab", u"e.g. Okafor or 100234", None))
#if QT_CONFIG(accessibility)
        self.searchTable.setAccessibleName(QCoreApplication.translate("BillingTab", u"Patients found", None))
#endif // QT_CONFIG(accessibility)
        self.patientLabel.setText(QCoreApplication.translate("BillingTab", u"Choose a patient on the left to see what is not billed yet.", None))
        self.chargesLabel.setText(QCoreApplication.translate("BillingTab", u"Un&billed charges (tick the ones to invoice)", None))
        ___qtablewidgetitem = self.chargesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("BillingTab", u"Date", None))
        ___qtablewidgetitem1 = self.chargesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("BillingTab", u"Description", None))
        ___qtablewidgetitem2 = self.chargesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("BillingTab", u"Fee code", None))
        ___qtablewidgetitem3 = self.chargesTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("BillingTab", u"Qty", None))
        ___qtablewidgetitem4 = self.chargesTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("BillingTab", u"Unit price", None))
        ___qtablewidgetitem5 = self.chargesTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("BillingTab", u"Line total", None))
#if QT_CONFIG(accessibility)
        self.chargesTable.setAccessibleName(QCoreApplication.translate("BillingTab", u"Unbilled charges", None))
#endif // QT_CONFIG(accessibility)
        self.selectionLabel.setText("")
        self.openDraftButton.setText(QCoreApplication.translate("BillingTab", u"&Open its draft", None))
#if QT_CONFIG(accessibility)
        self.openDraftButton.setAccessibleName(QCoreApplication.translate("BillingTab", u"Open the draft invoice that holds the chosen charge", None))
#endif // QT_CONFIG(accessibility)
        self.createDraftButton.setText(QCoreApplication.translate("BillingTab", u"Create &draft invoice", None))
#if QT_CONFIG(accessibility)
        self.createDraftButton.setAccessibleName(QCoreApplication.translate("BillingTab", u"Create a draft invoice of the ticked charges", None))
#endif // QT_CONFIG(accessibility)
        self.invoiceHeading.setText("")
        ___qtablewidgetitem6 = self.linesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("BillingTab", u"Date", None))
        ___qtablewidgetitem7 = self.linesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("BillingTab", u"Description", None))
        ___qtablewidgetitem8 = self.linesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("BillingTab", u"Fee code", None))
        ___qtablewidgetitem9 = self.linesTable.horizontalHeaderItem(3)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("BillingTab", u"Qty", None))
        ___qtablewidgetitem10 = self.linesTable.horizontalHeaderItem(4)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("BillingTab", u"Unit price", None))
        ___qtablewidgetitem11 = self.linesTable.horizontalHeaderItem(5)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("BillingTab", u"Discount", None))
        ___qtablewidgetitem12 = self.linesTable.horizontalHeaderItem(6)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("BillingTab", u"Tax %", None))
        ___qtablewidgetitem13 = self.linesTable.horizontalHeaderItem(7)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("BillingTab", u"Line total", None))
#if QT_CONFIG(accessibility)
        self.linesTable.setAccessibleName(QCoreApplication.translate("BillingTab", u"Invoice lines", None))
#endif // QT_CONFIG(accessibility)
        self.creditNotesLabel.setText("")
#if QT_CONFIG(accessibility)
        self.totalsBox.setAccessibleName(QCoreApplication.translate("BillingTab", u"Invoice totals", None))
#endif // QT_CONFIG(accessibility)
        self.backButton.setText(QCoreApplication.translate("BillingTab", u"&Back to charges", None))
#if QT_CONFIG(accessibility)
        self.backButton.setAccessibleName(QCoreApplication.translate("BillingTab", u"Back to the patient's unbilled charges", None))
#endif // QT_CONFIG(accessibility)
        self.creditNoteButton.setText(QCoreApplication.translate("BillingTab", u"C&redit note\u2026", None))
#if QT_CONFIG(accessibility)
        self.creditNoteButton.setAccessibleName(QCoreApplication.translate("BillingTab", u"Issue a credit note for this invoice", None))
#endif // QT_CONFIG(accessibility)
        self.issueButton.setText(QCoreApplication.translate("BillingTab", u"&Issue invoice", None))
#if QT_CONFIG(accessibility)
        self.issueButton.setAccessibleName(QCoreApplication.translate("BillingTab", u"Issue this invoice", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

