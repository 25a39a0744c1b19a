# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_AuditPage(object):
    def setupUi(self, AuditPage):
        if not AuditPage.objectName():
            AuditPage.setObjectName(u"AuditPage")
        AuditPage.resize(1100, 640)
        self.mainLayout = QVBoxLayout(AuditPage)
        self.mainLayout.setSpacing(6)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.personLabel = QLabel(AuditPage)
        self.personLabel.setObjectName(u"personLabel")

        self.filterRow.addWidget(self.personLabel)

        self.personEdit = QLineEdit(AuditPage)
        self.personEdit.setObjectName(u"personEdit")
        self.personEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.personEdit)

        self.patientLabel = QLabel(AuditPage)
        self.patientLabel.setObjectName(u"patientLabel")

        self.filterRow.addWidget(self.patientLabel)

        self.patientEdit = QLineEdit(AuditPage)
        self.patientEdit.setObjectName(u"patientEdit")
        self.patientEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.patientEdit)

        self.tableLabel = QLabel(AuditPage)
        self.tableLabel.setObjectName(u"tableLabel")

        self.filterRow.addWidget(self.tableLabel)

        self.tableCombo = QComboBox(AuditPage)
        self.tableCombo.setObjectName(u"tableCombo")
        self.tableCombo.setMinimumContentsLength(26)
        self.tableCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filterRow.addWidget(self.tableCombo)

        self.actionLabel = QLabel(AuditPage)
        self.actionLabel.setObjectName(u"actionLabel")

        self.filterRow.addWidget(self.actionLabel)

        self.actionCombo = QComboBox(AuditPage)
        self.actionCombo.setObjectName(u"actionCombo")

        self.filterRow.addWidget(self.actionCombo)

        self.filterRow.setStretch(1, 3)
        self.filterRow.setStretch(3, 2)
        self.filterRow.setStretch(5, 2)
        self.filterRow.setStretch(7, 2)

        self.mainLayout.addLayout(self.filterRow)

        self.dayRow = QHBoxLayout()
        self.dayRow.setObjectName(u"dayRow")
        self.fromCheck = QCheckBox(AuditPage)
        self.fromCheck.setObjectName(u"fromCheck")

        self.dayRow.addWidget(self.fromCheck)

        self.fromDate = QDateEdit(AuditPage)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.dayRow.addWidget(self.fromDate)

        self.toCheck = QCheckBox(AuditPage)
        self.toCheck.setObjectName(u"toCheck")

        self.dayRow.addWidget(self.toCheck)

        self.toDate = QDateEdit(AuditPage)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.dayRow.addWidget(self.toDate)

        self.dayRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dayRow.addItem(self.dayRowSpacer)

        self.searchButton = QPushButton(AuditPage)
        self.searchButton.setObjectName(u"searchButton")

        self.dayRow.addWidget(self.searchButton)

        self.clearButton = QPushButton(AuditPage)
        self.clearButton.setObjectName(u"clearButton")

        self.dayRow.addWidget(self.clearButton)


        self.mainLayout.addLayout(self.dayRow)

        self.splitter = QSplitter(AuditPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.resultsPane = QWidget(self.splitter)
        self.resultsPane.setObjectName(u"resultsPane")
        self.resultsLayout = QVBoxLayout(self.resultsPane)
        self.resultsLayout.setObjectName(u"resultsLayout")
        self.resultsLayout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(self.resultsPane)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)

        self.resultsLayout.addWidget(self.table)

        self.pagingRow = QHBoxLayout()
        self.pagingRow.setObjectName(u"pagingRow")
        self.countLabel = QLabel(self.resultsPane)
        self.countLabel.setObjectName(u"countLabel")

        self.pagingRow.addWidget(self.countLabel)

        self.pagingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pagingRow.addItem(self.pagingSpacer)

        self.moreButton = QPushButton(self.resultsPane)
        self.moreButton.setObjectName(u"moreButton")

        self.pagingRow.addWidget(self.moreButton)


        self.resultsLayout.addLayout(self.pagingRow)

        self.splitter.addWidget(self.resultsPane)
        self.detailBox = QGroupBox(self.splitter)
        self.detailBox.setObjectName(u"detailBox")
        self.detailLayout = QVBoxLayout(self.detailBox)
        self.detailLayout.setObjectName(u"detailLayout")
        self.entryLabel = QLabel(self.detailBox)
        self.entryLabel.setObjectName(u"entryLabel")
        self.entryLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.entryLabel)

        self.fieldsTable = QTableWidget(self.detailBox)
        self.fieldsTable.setObjectName(u"fieldsTable")
        self.fieldsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fieldsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fieldsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fieldsTable.setTabKeyNavigation(False)
        self.fieldsTable.verticalHeader().setVisible(False)

        self.detailLayout.addWidget(self.fieldsTable)

        self.splitter.addWidget(self.detailBox)

        self.mainLayout.addWidget(self.splitter)

        self.chainRow = QHBoxLayout()
        self.chainRow.setObjectName(u"chainRow")
        self.exportButton = QPushButton(AuditPage)
        self.exportButton.setObjectName(u"exportButton")

        self.chainRow.addWidget(self.exportButton)

        self.chainSpacer = QSpacerItem(24, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.chainRow.addItem(self.chainSpacer)

        self.verifyButton = QPushButton(AuditPage)
        self.verifyButton.setObjectName(u"verifyButton")

        self.chainRow.addWidget(self.verifyButton)

        self.verifyProgress = QProgressBar(AuditPage)
        self.verifyProgress.setObjectName(u"verifyProgress")
        self.verifyProgress.setMaximumSize(QSize(220, 16777215))
        self.verifyProgress.setValue(0)

        self.chainRow.addWidget(self.verifyProgress)

        self.cancelVerifyButton = QPushButton(AuditPage)
        self.cancelVerifyButton.setObjectName(u"cancelVerifyButton")

        self.chainRow.addWidget(self.cancelVerifyButton)

        self.anchorButton = QPushButton(AuditPage)
        self.anchorButton.setObjectName(u"anchorButton")

        self.chainRow.addWidget(self.anchorButton)

        self.anchorLabel = QLabel(AuditPage)
        self.anchorLabel.setObjectName(u"anchorLabel")

        self.chainRow.addWidget(self.anchorLabel)

        self.chainEndSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chainRow.addItem(self.chainEndSpacer)


        self.mainLayout.addLayout(self.chainRow)

        self.messageLabel = QLabel(AuditPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personEdit)
        self.patientLabel.setBuddy(self.patientEdit)
        self.tableLabel.setBuddy(self.tableCombo)
        self.actionLabel.setBuddy(self.actionCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.personEdit, self.patientEdit)
        QWidget.setTabOrder(self.patientEdit, self.tableCombo)
        QWidget.setTabOrder(self.tableCombo, self.actionCombo)
        QWidget.setTabOrder(self.actionCombo, self.fromCheck)
        QWidget.setTabOrder(self.fromCheck, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toCheck)
        QWidget.setTabOrder(self.toCheck, self.toDate)
        QWidget.setTabOrder(self.toDate, self.searchButton)
        QWidget.setTabOrder(self.searchButton, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.table)
        QWidget.setTabOrder(self.table, self.moreButton)
        QWidget.setTabOrder(self.moreButton, self.fieldsTable)
        QWidget.setTabOrder(self.fieldsTable, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.verifyButton)
        QWidget.setTabOrder(self.verifyButton, self.cancelVerifyButton)
        QWidget.setTabOrder(self.cancelVerifyButton, self.anchorButton)

        self.retranslateUi(AuditPage)

        self.searchButton.setDefault(True)


        QMetaObject.connectSlotsByName(AuditPage)
    # setupUi

    def retranslateUi(self, AuditPage):
        self.personLabel.setText(QCoreApplication.translate("AuditPage", u"&Staff", None))
        self.personEdit.setPlaceholderText(QCoreApplication.translate("AuditPage", u"Login or name", None))
#if QT_CONFIG(accessibility)
        self.personEdit.setAccessibleName(QCoreApplication.translate("AuditPage", u"Staff member: login or name", None))
#endif // QT_CONFIG(accessibility)
        self.patientLabel.setText(QCoreApplication.translate("AuditPage", u"&Patient no.", None))
        self.patientEdit.setPlaceholderText(QCoreApplication.translate("AuditPage", u"Record number", None))
#if QT_CONFIG(accessibility)
        self.patientEdit.setAccessibleName(QCoreApplication.translate("AuditPage", u"Patient record number", None))
#endif // QT_CONFIG(accessibility)
        self.tableLabel.setText(QCoreApplication.translate("AuditPage", u"&Table", None))
#if QT_CONFIG(accessibility)
        self.tableCombo.setAccessibleName(QCoreApplication.translate("AuditPage", u"Table", None))
#endif // QT_CONFIG(accessibility)
        self.actionLabel.setText(QCoreApplication.translate("AuditPage", u"&Action", None))
#if QT_CONFIG(accessibility)
        self.actionCombo.setAccessibleName(QCoreApplication.translate("AuditPage", u"Action", None))
#endif // QT_CONFIG(accessibility)
        self.fromCheck.setText(QCoreApplication.translate("AuditPage", u"&From", None))
#if QT_CONFIG(accessibility)
        self.fromCheck.setAccessibleName(QCoreApplication.translate("AuditPage", u"Only from a day", None))
#endif // QT_CONFIG(accessibility)
        self.fromDate.setDisplayFormat(QCoreApplication.translate("AuditPage", u"dd MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("AuditPage", u"First day", None))
#endif // QT_CONFIG(accessibility)
        self.toCheck.setText(QCoreApplication.translate("AuditPage", u"T&o", None))
#if QT_CONFIG(accessibility)
        self.toCheck.setAccessibleName(QCoreApplication.translate("AuditPage", u"Only up to a day", None))
#endif // QT_CONFIG(accessibility)
        self.toDate.setDisplayFormat(QCoreApplication.translate("AuditPage", u"dd MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("AuditPage", u"Last day", None))
#endif // QT_CONFIG(accessibility)
        self.searchButton.setText(QCoreApplication.translate("AuditPage", u"S&earch", None))
        self.clearButton.setText(QCoreApplication.translate("AuditPage", u"C&lear", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("AuditPage", u"Audit entries, newest first", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
        self.moreButton.setText(QCoreApplication.translate("AuditPage", u"Load &more", None))
        self.detailBox.setTitle(QCoreApplication.translate("AuditPage", u"Before and after", None))
        self.entryLabel.setText(QCoreApplication.translate("AuditPage", u"Choose an entry to see what it changed.", None))
#if QT_CONFIG(accessibility)
        self.fieldsTable.setAccessibleName(QCoreApplication.translate("AuditPage", u"Fields of the selected entry: before and after", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("AuditPage", u"E&xport CSV\u2026", None))
        self.verifyButton.setText(QCoreApplication.translate("AuditPage", u"&Verify chain", None))
#if QT_CONFIG(accessibility)
        self.verifyProgress.setAccessibleName(QCoreApplication.translate("AuditPage", u"Chain verification progress", None))
#endif // QT_CONFIG(accessibility)
        self.cancelVerifyButton.setText(QCoreApplication.translate("AuditPage", u"Cancel", None))
        self.anchorButton.setText(QCoreApplication.translate("AuditPage", u"A&nchor\u2026", None))
        self.anchorLabel.setText("")
        self.messageLabel.setText("")
        pass
    # retranslateUi

