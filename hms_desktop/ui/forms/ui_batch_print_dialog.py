# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'batch_print_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QDialog,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_BatchPrintDialog(object):
    def setupUi(self, BatchPrintDialog):
        if not BatchPrintDialog.objectName():
            BatchPrintDialog.setObjectName(u"BatchPrintDialog")
        BatchPrintDialog.resize(920, 640)
        self.mainLayout = QVBoxLayout(BatchPrintDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.introLabel = QLabel(BatchPrintDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.filterRow = QHBoxLayout()
        self.filterRow.setSpacing(8)
        self.filterRow.setObjectName(u"filterRow")
        self.fromLabel = QLabel(BatchPrintDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filterRow.addWidget(self.fromLabel)

        self.fromDate = QDateEdit(BatchPrintDialog)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.filterRow.addWidget(self.fromDate)

        self.toLabel = QLabel(BatchPrintDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.filterRow.addWidget(self.toLabel)

        self.toDate = QDateEdit(BatchPrintDialog)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.filterRow.addWidget(self.toDate)

        self.filterSpacer = QSpacerItem(16, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.patientLabel = QLabel(BatchPrintDialog)
        self.patientLabel.setObjectName(u"patientLabel")

        self.filterRow.addWidget(self.patientLabel)

        self.patientEdit = QLineEdit(BatchPrintDialog)
        self.patientEdit.setObjectName(u"patientEdit")
        self.patientEdit.setMinimumSize(QSize(280, 0))
        self.patientEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.patientEdit)

        self.allPatientsButton = QPushButton(BatchPrintDialog)
        self.allPatientsButton.setObjectName(u"allPatientsButton")

        self.filterRow.addWidget(self.allPatientsButton)


        self.mainLayout.addLayout(self.filterRow)

        self.patientTable = QTableView(BatchPrintDialog)
        self.patientTable.setObjectName(u"patientTable")
        self.patientTable.setTabKeyNavigation(False)
        self.patientTable.setMaximumSize(QSize(16777215, 96))
        self.patientTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.patientTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.patientTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.patientTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.patientTable)

        self.findRow = QHBoxLayout()
        self.findRow.setObjectName(u"findRow")
        self.scopeLabel = QLabel(BatchPrintDialog)
        self.scopeLabel.setObjectName(u"scopeLabel")
        self.scopeLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.findRow.addWidget(self.scopeLabel)

        self.findSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.findRow.addItem(self.findSpacer)

        self.countLabel = QLabel(BatchPrintDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.findRow.addWidget(self.countLabel)

        self.findButton = QPushButton(BatchPrintDialog)
        self.findButton.setObjectName(u"findButton")

        self.findRow.addWidget(self.findButton)


        self.mainLayout.addLayout(self.findRow)

        self.invoiceTable = QTableWidget(BatchPrintDialog)
        if (self.invoiceTable.columnCount() < 5):
            self.invoiceTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.invoiceTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.invoiceTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.invoiceTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.invoiceTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.invoiceTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.invoiceTable.setObjectName(u"invoiceTable")
        self.invoiceTable.setTabKeyNavigation(False)
        self.invoiceTable.setAlternatingRowColors(True)
        self.invoiceTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.invoiceTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.invoiceTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.invoiceTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.invoiceTable)

        self.tickRow = QHBoxLayout()
        self.tickRow.setObjectName(u"tickRow")
        self.tickAllButton = QPushButton(BatchPrintDialog)
        self.tickAllButton.setObjectName(u"tickAllButton")

        self.tickRow.addWidget(self.tickAllButton)

        self.tickNoneButton = QPushButton(BatchPrintDialog)
        self.tickNoneButton.setObjectName(u"tickNoneButton")

        self.tickRow.addWidget(self.tickNoneButton)

        self.tickSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tickRow.addItem(self.tickSpacer)


        self.mainLayout.addLayout(self.tickRow)

        self.folderRow = QHBoxLayout()
        self.folderRow.setObjectName(u"folderRow")
        self.folderLabel = QLabel(BatchPrintDialog)
        self.folderLabel.setObjectName(u"folderLabel")

        self.folderRow.addWidget(self.folderLabel)

        self.folderEdit = QLineEdit(BatchPrintDialog)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderRow.addWidget(self.folderEdit)

        self.chooseFolderButton = QPushButton(BatchPrintDialog)
        self.chooseFolderButton.setObjectName(u"chooseFolderButton")

        self.folderRow.addWidget(self.chooseFolderButton)


        self.mainLayout.addLayout(self.folderRow)

        self.progressBar = QProgressBar(BatchPrintDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.mainLayout.addWidget(self.progressBar)

        self.messageLabel = QLabel(BatchPrintDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.printButton = QPushButton(BatchPrintDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonRow.addWidget(self.printButton)

        self.cancelButton = QPushButton(BatchPrintDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)

        self.closeButton = QPushButton(BatchPrintDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonRow)

        self.mainLayout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
        self.patientLabel.setBuddy(self.patientEdit)
        self.folderLabel.setBuddy(self.folderEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BatchPrintDialog)

        self.printButton.setDefault(True)


        QMetaObject.connectSlotsByName(BatchPrintDialog)
    # setupUi

    def retranslateUi(self, BatchPrintDialog):
        BatchPrintDialog.setWindowTitle(QCoreApplication.translate("BatchPrintDialog", u"Print invoices to PDF", None))
        self.introLabel.setText(QCoreApplication.translate("BatchPrintDialog", u"Choose the issued invoices by the day they were issued (and, if you like, one patient), then a folder: each invoice is saved there as a PDF named after its number. An invoice printed before is saved marked COPY.", None))
        self.fromLabel.setText(QCoreApplication.translate("BatchPrintDialog", u"Issued &from", None))
        self.fromDate.setDisplayFormat(QCoreApplication.translate("BatchPrintDialog", u"dd MMM yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("BatchPrintDialog", u"&to", None))
        self.toDate.setDisplayFormat(QCoreApplication.translate("BatchPrintDialog", u"dd MMM yyyy", None))
        self.patientLabel.setText(QCoreApplication.translate("BatchPrintDialog", u"Only &patient", None))
        self.patientEdit.setPlaceholderText(QCoreApplication.translate("BatchPrintDialog", u"Name, MRN or phone (leave blank for all)", None))
        self.allPatientsButton.setText(QCoreApplication.translate("BatchPrintDialog", u"A&ll patients", None))
#if QT_CONFIG(accessibility)
        self.patientTable.setAccessibleName(QCoreApplication.translate("BatchPrintDialog", u"Patients found", None))
#endif // QT_CONFIG(accessibility)
        self.scopeLabel.setText(QCoreApplication.translate("BatchPrintDialog", u"All patients", None))
        self.countLabel.setText("")
        self.findButton.setText(QCoreApplication.translate("BatchPrintDialog", u"&Find invoices", None))
        ___qtablewidgetitem = self.invoiceTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("BatchPrintDialog", u"Invoice", None))
        ___qtablewidgetitem1 = self.invoiceTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("BatchPrintDialog", u"Issued", None))
        ___qtablewidgetitem2 = self.invoiceTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("BatchPrintDialog", u"Patient", None))
        ___qtablewidgetitem3 = self.invoiceTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("BatchPrintDialog", u"MRN", None))
        ___qtablewidgetitem4 = self.invoiceTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("BatchPrintDialog", u"Total", None))
#if QT_CONFIG(accessibility)
        self.invoiceTable.setAccessibleName(QCoreApplication.translate("BatchPrintDialog", u"Invoices to print (tick each one)", None))
#endif // QT_CONFIG(accessibility)
        self.tickAllButton.setText(QCoreApplication.translate("BatchPrintDialog", u"Tick a&ll", None))
        self.tickNoneButton.setText(QCoreApplication.translate("BatchPrintDialog", u"Tick &none", None))
        self.folderLabel.setText(QCoreApplication.translate("BatchPrintDialog", u"Save in f&older", None))
        self.folderEdit.setPlaceholderText(QCoreApplication.translate("BatchPrintDialog", u"Choose a folder\u2026", None))
        self.chooseFolderButton.setText(QCoreApplication.translate("BatchPrintDialog", u"C&hoose\u2026", None))
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("BatchPrintDialog", u"Printing progress", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setText("")
        self.printButton.setText(QCoreApplication.translate("BatchPrintDialog", u"&Print to PDF", None))
        self.cancelButton.setText(QCoreApplication.translate("BatchPrintDialog", u"&Cancel printing", None))
        self.closeButton.setText(QCoreApplication.translate("BatchPrintDialog", u"Cl&ose", None))
    # retranslateUi

