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
    QTabWidget, QTableView, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

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

        self.pageTabs = QTabWidget(billingTab)
        self.pageTabs.setObjectName(u"pageTabs")
        self.accountPage = QWidget()
        self.accountPage.setObjectName(u"accountPage")
        self.accountLayout = QVBoxLayout(self.accountPage)
        self.accountLayout.setObjectName(u"accountLayout")
        self.accountLayout.setContentsMargins(4, 4, 4, 4)
        self.splitter = QSplitter(self.accountPage)
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
        self.searchTable.setTabKeyNavigation(False)
        self.searchTable.setAlternatingRowColors(True)
        self.searchTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.searchTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.searchTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.searchTable.verticalHeader().setVisible(False)

        self.searchLayout.addWidget(self.searchTable)

        self.batchPrintButton = QPushButton(self.searchPane)
        self.batchPrintButton.setObjectName(u"batchPrintButton")

        self.searchLayout.addWidget(self.batchPrintButton)

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

        self.summaryLabel = QLabel(self.workPane)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.summaryLabel.setWordWrap(True)

        self.workLayout.addWidget(self.summaryLabel)

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
        self.chargesTable.setTabKeyNavigation(False)
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

        self.invoicesLabel = QLabel(self.chargesPage)
        self.invoicesLabel.setObjectName(u"invoicesLabel")

        self.chargesLayout.addWidget(self.invoicesLabel)

        self.invoicesTable = QTableWidget(self.chargesPage)
        if (self.invoicesTable.columnCount() < 6):
            self.invoicesTable.setColumnCount(6)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.invoicesTable.setHorizontalHeaderItem(0, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.invoicesTable.setHorizontalHeaderItem(1, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.invoicesTable.setHorizontalHeaderItem(2, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.invoicesTable.setHorizontalHeaderItem(3, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.invoicesTable.setHorizontalHeaderItem(4, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.invoicesTable.setHorizontalHeaderItem(5, __qtablewidgetitem11)
        self.invoicesTable.setObjectName(u"invoicesTable")
        self.invoicesTable.setTabKeyNavigation(False)
        self.invoicesTable.setAlternatingRowColors(True)
        self.invoicesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.invoicesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.invoicesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.invoicesTable.verticalHeader().setVisible(False)

        self.chargesLayout.addWidget(self.invoicesTable)

        self.invoicesButtons = QHBoxLayout()
        self.invoicesButtons.setObjectName(u"invoicesButtons")
        self.invoicesStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.invoicesButtons.addItem(self.invoicesStretch)

        self.takeDepositButton = QPushButton(self.chargesPage)
        self.takeDepositButton.setObjectName(u"takeDepositButton")

        self.invoicesButtons.addWidget(self.takeDepositButton)

        self.openInvoiceButton = QPushButton(self.chargesPage)
        self.openInvoiceButton.setObjectName(u"openInvoiceButton")

        self.invoicesButtons.addWidget(self.openInvoiceButton)

        self.invoicesButtons.setStretch(0, 1)

        self.chargesLayout.addLayout(self.invoicesButtons)

        self.chargesLayout.setStretch(1, 3)
        self.chargesLayout.setStretch(4, 2)
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
        __qtablewidgetitem12 = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(0, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(1, __qtablewidgetitem13)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(2, __qtablewidgetitem14)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(3, __qtablewidgetitem15)
        __qtablewidgetitem16 = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(4, __qtablewidgetitem16)
        __qtablewidgetitem17 = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(5, __qtablewidgetitem17)
        __qtablewidgetitem18 = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(6, __qtablewidgetitem18)
        __qtablewidgetitem19 = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(7, __qtablewidgetitem19)
        self.linesTable.setObjectName(u"linesTable")
        self.linesTable.setTabKeyNavigation(False)
        self.linesTable.setAlternatingRowColors(True)
        self.linesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.linesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.linesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.linesTable.verticalHeader().setVisible(False)

        self.invoiceLayout.addWidget(self.linesTable)

        self.totalsLayout = QHBoxLayout()
        self.totalsLayout.setObjectName(u"totalsLayout")
        self.documentsLayout = QVBoxLayout()
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.paymentsLabel = QLabel(self.invoicePage)
        self.paymentsLabel.setObjectName(u"paymentsLabel")
        self.paymentsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.paymentsLabel.setWordWrap(True)
        self.paymentsLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.documentsLayout.addWidget(self.paymentsLabel)

        self.creditNotesLabel = QLabel(self.invoicePage)
        self.creditNotesLabel.setObjectName(u"creditNotesLabel")
        self.creditNotesLabel.setWordWrap(True)
        self.creditNotesLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.documentsLayout.addWidget(self.creditNotesLabel)

        self.documentsStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.documentsLayout.addItem(self.documentsStretch)

        self.documentsLayout.setStretch(2, 1)

        self.totalsLayout.addLayout(self.documentsLayout)

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

        self.editButtons = QHBoxLayout()
        self.editButtons.setObjectName(u"editButtons")
        self.editStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.editButtons.addItem(self.editStretch)

        self.addLineButton = QPushButton(self.invoicePage)
        self.addLineButton.setObjectName(u"addLineButton")

        self.editButtons.addWidget(self.addLineButton)

        self.removeLineButton = QPushButton(self.invoicePage)
        self.removeLineButton.setObjectName(u"removeLineButton")

        self.editButtons.addWidget(self.removeLineButton)

        self.discountLineButton = QPushButton(self.invoicePage)
        self.discountLineButton.setObjectName(u"discountLineButton")

        self.editButtons.addWidget(self.discountLineButton)

        self.discountInvoiceButton = QPushButton(self.invoicePage)
        self.discountInvoiceButton.setObjectName(u"discountInvoiceButton")

        self.editButtons.addWidget(self.discountInvoiceButton)

        self.paymentButton = QPushButton(self.invoicePage)
        self.paymentButton.setObjectName(u"paymentButton")

        self.editButtons.addWidget(self.paymentButton)

        self.applyDepositButton = QPushButton(self.invoicePage)
        self.applyDepositButton.setObjectName(u"applyDepositButton")

        self.editButtons.addWidget(self.applyDepositButton)

        self.refundButton = QPushButton(self.invoicePage)
        self.refundButton.setObjectName(u"refundButton")

        self.editButtons.addWidget(self.refundButton)

        self.editButtons.setStretch(0, 1)

        self.invoiceLayout.addLayout(self.editButtons)

        self.invoiceButtons = QHBoxLayout()
        self.invoiceButtons.setObjectName(u"invoiceButtons")
        self.backButton = QPushButton(self.invoicePage)
        self.backButton.setObjectName(u"backButton")

        self.invoiceButtons.addWidget(self.backButton)

        self.invoiceStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.invoiceButtons.addItem(self.invoiceStretch)

        self.cancelDraftButton = QPushButton(self.invoicePage)
        self.cancelDraftButton.setObjectName(u"cancelDraftButton")

        self.invoiceButtons.addWidget(self.cancelDraftButton)

        self.printReceiptButton = QPushButton(self.invoicePage)
        self.printReceiptButton.setObjectName(u"printReceiptButton")

        self.invoiceButtons.addWidget(self.printReceiptButton)

        self.printInvoiceButton = QPushButton(self.invoicePage)
        self.printInvoiceButton.setObjectName(u"printInvoiceButton")

        self.invoiceButtons.addWidget(self.printInvoiceButton)

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

        self.workLayout.setStretch(2, 1)
        self.splitter.addWidget(self.workPane)

        self.accountLayout.addWidget(self.splitter)

        self.pageTabs.addTab(self.accountPage, "")

        self.mainLayout.addWidget(self.pageTabs)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.chargesLabel.setBuddy(self.chargesTable)
        self.invoicesLabel.setBuddy(self.invoicesTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pageTabs, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.searchTable)
        QWidget.setTabOrder(self.searchTable, self.chargesTable)
        QWidget.setTabOrder(self.chargesTable, self.openDraftButton)
        QWidget.setTabOrder(self.openDraftButton, self.createDraftButton)
        QWidget.setTabOrder(self.createDraftButton, self.invoicesTable)
        QWidget.setTabOrder(self.invoicesTable, self.takeDepositButton)
        QWidget.setTabOrder(self.takeDepositButton, self.openInvoiceButton)
        QWidget.setTabOrder(self.openInvoiceButton, self.linesTable)
        QWidget.setTabOrder(self.linesTable, self.addLineButton)
        QWidget.setTabOrder(self.addLineButton, self.removeLineButton)
        QWidget.setTabOrder(self.removeLineButton, self.discountLineButton)
        QWidget.setTabOrder(self.discountLineButton, self.discountInvoiceButton)
        QWidget.setTabOrder(self.discountInvoiceButton, self.paymentButton)
        QWidget.setTabOrder(self.paymentButton, self.applyDepositButton)
        QWidget.setTabOrder(self.applyDepositButton, self.refundButton)
        QWidget.setTabOrder(self.refundButton, self.backButton)
        QWidget.setTabOrder(self.backButton, self.cancelDraftButton)
        QWidget.setTabOrder(self.cancelDraftButton, self.printReceiptButton)
        QWidget.setTabOrder(self.printReceiptButton, self.printInvoiceButton)
        QWidget.setTabOrder(self.printInvoiceButton, self.creditNoteButton)
        QWidget.setTabOrder(self.creditNoteButton, self.issueButton)

        self.retranslateUi(billingTab)

        self.pageTabs.setCurrentIndex(0)
        self.workStack.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(billingTab)
    # setupUi

    def retranslateUi(self, billingTab):
        self.messageLabel.setText("")
#if QT_CONFIG(accessibility)
        self.pageTabs.setAccessibleName(QCoreApplication.translate("BillingTab", u"Billing pages", None))
#endif // QT_CONFIG(accessibility)
        self.searchLabel.setText(QCoreApplication.translate("BillingTab", u"Find &patient: name, MRN or phone", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("BillingTab", u"e.g. Okafor or 100234", None))
#if QT_CONFIG(accessibility)
        self.searchTable.setAccessibleName(QCoreApplication.translate("BillingTab", u"Patients found", None))
#endif // QT_CONFIG(accessibility)
        self.batchPrintButton.setText(QCoreApplication.translate("BillingTab", u"Bul&k print invoices\u2026", None))
#if QT_CONFIG(tooltip)
        self.batchPrintButton.setToolTip(QCoreApplication.translate("BillingTab", u"Write the issued invoices of a period to PDF files, in the background", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.batchPrintButton.setAccessibleName(QCoreApplication.translate("BillingTab", u"Print the issued invoices of a period to PDF files", None))
#endif // QT_CONFIG(accessibility)
        self.patientLabel.setText(QCoreApplication.translate("BillingTab", u"Choose a patient on the left to see what is not billed yet.", None))
        self.summaryLabel.setText("")
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
        self.invoicesLabel.setText(QCoreApplication.translate("BillingTab", u"Invoi&ces (drafts first, then the newest)", None))
        ___qtablewidgetitem6 = self.invoicesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("BillingTab", u"Number", None))
        ___qtablewidgetitem7 = self.invoicesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("BillingTab", u"Status", None))
        ___qtablewidgetitem8 = self.invoicesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("BillingTab", u"Date", None))
        ___qtablewidgetitem9 = self.invoicesTable.horizontalHeaderItem(3)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("BillingTab", u"Total", None))
        ___qtablewidgetitem10 = self.invoicesTable.horizontalHeaderItem(4)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("BillingTab", u"Paid", None))
        ___qtablewidgetitem11 = self.invoicesTable.horizontalHeaderItem(5)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("BillingTab", u"Balance", None))
#if QT_CONFIG(accessibility)
        self.invoicesTable.setAccessibleName(QCoreApplication.translate("BillingTab", u"The patient's invoices", None))
#endif // QT_CONFIG(accessibility)
        self.takeDepositButton.setText(QCoreApplication.translate("BillingTab", u"Take deposi&t\u2026", None))
#if QT_CONFIG(accessibility)
        self.takeDepositButton.setAccessibleName(QCoreApplication.translate("BillingTab", u"Take a deposit from this patient", None))
#endif // QT_CONFIG(accessibility)
        self.openInvoiceButton.setText(QCoreApplication.translate("BillingTab", u"Open &invoice", None))
#if QT_CONFIG(accessibility)
        self.openInvoiceButton.setAccessibleName(QCoreApplication.translate("BillingTab", u"Open the chosen invoice", None))
#endif // QT_CONFIG(accessibility)
        self.invoiceHeading.setText("")
        ___qtablewidgetitem12 = self.linesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("BillingTab", u"Date", None))
        ___qtablewidgetitem13 = self.linesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("BillingTab", u"Description", None))
        ___qtablewidgetitem14 = self.linesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("BillingTab", u"Fee code", None))
        ___qtablewidgetitem15 = self.linesTable.horizontalHeaderItem(3)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("BillingTab", u"Qty", None))
        ___qtablewidgetitem16 = self.linesTable.horizontalHeaderItem(4)
        ___qtablewidgetitem16.setText(QCoreApplication.translate("BillingTab", u"Unit price", None))
        ___qtablewidgetitem17 = self.linesTable.horizontalHeaderItem(5)
        ___qtablewidgetitem17.setText(QCoreApplication.translate("BillingTab", u"Discount", None))
        ___qtablewidgetitem18 = self.linesTable.horizontalHeaderItem(6)
        ___qtablewidgetitem18.setText(QCoreApplication.translate("BillingTab", u"Tax %", None))
        ___qtablewidgetitem19 = self.linesTable.horizontalHeaderItem(7)
        ___qtablewidgetitem19.setText(QCoreApplication.translate("BillingTab", u"Line total", None))
#if QT_CONFIG(accessibility)
        self.linesTable.setAccessibleName(QCoreApplication.translate("BillingTab", u"Invoice lines", None))
#endif // QT_CONFIG(accessibility)
        self.paymentsLabel.setText("")
        self.creditNotesLabel.setText("")
#if QT_CONFIG(accessibility)
        self.totalsBox.setAccessibleName(QCoreApplication.translate("BillingTab", u"Invoice totals", None))
#endif // QT_CONFIG(accessibility)
        self.addLineButton.setText(QCoreApplication.translate("BillingTab", u"Add &line\u2026", None))
#if QT_CONFIG(accessibility)
        self.addLineButton.setAccessibleName(QCoreApplication.translate("BillingTab", u"Add a line to this draft", None))
#endif // QT_CONFIG(accessibility)
        self.removeLineButton.setText(QCoreApplication.translate("BillingTab", u"Re&move line", None))
#if QT_CONFIG(accessibility)
        self.removeLineButton.setAccessibleName(QCoreApplication.translate("BillingTab", u"Remove the chosen line from this draft", None))
#endif // QT_CONFIG(accessibility)
        self.discountLineButton.setText(QCoreApplication.translate("BillingTab", u"Discount li&ne\u2026", None))
#if QT_CONFIG(accessibility)
        self.discountLineButton.setAccessibleName(QCoreApplication.translate("BillingTab", u"Discount the chosen line", None))
#endif // QT_CONFIG(accessibility)
        self.discountInvoiceButton.setText(QCoreApplication.translate("BillingTab", u"Discount &whole invoice\u2026", None))
#if QT_CONFIG(accessibility)
        self.discountInvoiceButton.setAccessibleName(QCoreApplication.translate("BillingTab", u"Discount the whole draft invoice", None))
#endif // QT_CONFIG(accessibility)
        self.paymentButton.setText(QCoreApplication.translate("BillingTab", u"Take pa&yment\u2026", None))
#if QT_CONFIG(accessibility)
        self.paymentButton.setAccessibleName(QCoreApplication.translate("BillingTab", u"Take a payment on this invoice", None))
#endif // QT_CONFIG(accessibility)
        self.applyDepositButton.setText(QCoreApplication.translate("BillingTab", u"Apply d&eposit\u2026", None))
#if QT_CONFIG(accessibility)
        self.applyDepositButton.setAccessibleName(QCoreApplication.translate("BillingTab", u"Apply one of the patient's deposits to this invoice", None))
#endif // QT_CONFIG(accessibility)
        self.refundButton.setText(QCoreApplication.translate("BillingTab", u"Re&fund\u2026", None))
#if QT_CONFIG(accessibility)
        self.refundButton.setAccessibleName(QCoreApplication.translate("BillingTab", u"Pay back what this invoice is overpaid by", None))
#endif // QT_CONFIG(accessibility)
        self.backButton.setText(QCoreApplication.translate("BillingTab", u"&Back to account", None))
#if QT_CONFIG(accessibility)
        self.backButton.setAccessibleName(QCoreApplication.translate("BillingTab", u"Back to the patient's account", None))
#endif // QT_CONFIG(accessibility)
        self.cancelDraftButton.setText(QCoreApplication.translate("BillingTab", u"&Cancel draft", None))
#if QT_CONFIG(accessibility)
        self.cancelDraftButton.setAccessibleName(QCoreApplication.translate("BillingTab", u"Cancel this draft invoice", None))
#endif // QT_CONFIG(accessibility)
        self.printReceiptButton.setText(QCoreApplication.translate("BillingTab", u"Print re&ceipt", None))
#if QT_CONFIG(accessibility)
        self.printReceiptButton.setAccessibleName(QCoreApplication.translate("BillingTab", u"Print the receipt of the payment just taken", None))
#endif // QT_CONFIG(accessibility)
        self.printInvoiceButton.setText(QCoreApplication.translate("BillingTab", u"Print in&voice", None))
#if QT_CONFIG(accessibility)
        self.printInvoiceButton.setAccessibleName(QCoreApplication.translate("BillingTab", u"Print this invoice", None))
#endif // QT_CONFIG(accessibility)
        self.creditNoteButton.setText(QCoreApplication.translate("BillingTab", u"C&redit note\u2026", None))
#if QT_CONFIG(accessibility)
        self.creditNoteButton.setAccessibleName(QCoreApplication.translate("BillingTab", u"Issue a credit note for this invoice", None))
#endif // QT_CONFIG(accessibility)
        self.issueButton.setText(QCoreApplication.translate("BillingTab", u"&Issue invoice", None))
#if QT_CONFIG(accessibility)
        self.issueButton.setAccessibleName(QCoreApplication.translate("BillingTab", u"Issue this invoice", None))
#endif // QT_CONFIG(accessibility)
        self.pageTabs.setTabText(self.pageTabs.indexOf(self.accountPage), QCoreApplication.translate("BillingTab", u"Patient &account", None))
        pass
    # retranslateUi

