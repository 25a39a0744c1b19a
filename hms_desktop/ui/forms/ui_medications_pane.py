# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'medications_pane.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_MedicationsPane(object):
    def setupUi(self, MedicationsPane):
        if not MedicationsPane.objectName():
            MedicationsPane.setObjectName(u"MedicationsPane")
        MedicationsPane.resize(900, 560)
        self.mainLayout = QVBoxLayout(MedicationsPane)
        self.mainLayout.setSpacing(6)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(8, 8, 8, 8)
        self.currentLabel = QLabel(MedicationsPane)
        self.currentLabel.setObjectName(u"currentLabel")

        self.mainLayout.addWidget(self.currentLabel)

        self.currentTable = QTableWidget(MedicationsPane)
        if (self.currentTable.columnCount() < 4):
            self.currentTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.currentTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.currentTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.currentTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.currentTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.currentTable.setObjectName(u"currentTable")
        self.currentTable.setMinimumSize(QSize(0, 110))
        self.currentTable.setTabKeyNavigation(False)
        self.currentTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.currentTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.currentTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.currentTable.setAlternatingRowColors(True)
        self.currentTable.horizontalHeader().setStretchLastSection(True)
        self.currentTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.currentTable)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setObjectName(u"actionLayout")
        self.stopReasonLabel = QLabel(MedicationsPane)
        self.stopReasonLabel.setObjectName(u"stopReasonLabel")

        self.actionLayout.addWidget(self.stopReasonLabel)

        self.stopReasonEdit = QLineEdit(MedicationsPane)
        self.stopReasonEdit.setObjectName(u"stopReasonEdit")

        self.actionLayout.addWidget(self.stopReasonEdit)

        self.stopButton = QPushButton(MedicationsPane)
        self.stopButton.setObjectName(u"stopButton")

        self.actionLayout.addWidget(self.stopButton)

        self.renewButton = QPushButton(MedicationsPane)
        self.renewButton.setObjectName(u"renewButton")

        self.actionLayout.addWidget(self.renewButton)


        self.mainLayout.addLayout(self.actionLayout)

        self.externalGroup = QGroupBox(MedicationsPane)
        self.externalGroup.setObjectName(u"externalGroup")
        self.externalLayout = QGridLayout(self.externalGroup)
        self.externalLayout.setObjectName(u"externalLayout")
        self.externalLayout.setHorizontalSpacing(8)
        self.externalLayout.setVerticalSpacing(2)
        self.externalNameLabel = QLabel(self.externalGroup)
        self.externalNameLabel.setObjectName(u"externalNameLabel")

        self.externalLayout.addWidget(self.externalNameLabel, 0, 0, 1, 1)

        self.externalNameEdit = QLineEdit(self.externalGroup)
        self.externalNameEdit.setObjectName(u"externalNameEdit")

        self.externalLayout.addWidget(self.externalNameEdit, 0, 1, 1, 4)

        self.externalDetailsLabel = QLabel(self.externalGroup)
        self.externalDetailsLabel.setObjectName(u"externalDetailsLabel")

        self.externalLayout.addWidget(self.externalDetailsLabel, 1, 0, 1, 1)

        self.externalDetailsEdit = QLineEdit(self.externalGroup)
        self.externalDetailsEdit.setObjectName(u"externalDetailsEdit")

        self.externalLayout.addWidget(self.externalDetailsEdit, 1, 1, 1, 1)

        self.externalByLabel = QLabel(self.externalGroup)
        self.externalByLabel.setObjectName(u"externalByLabel")

        self.externalLayout.addWidget(self.externalByLabel, 1, 2, 1, 1)

        self.externalByEdit = QLineEdit(self.externalGroup)
        self.externalByEdit.setObjectName(u"externalByEdit")

        self.externalLayout.addWidget(self.externalByEdit, 1, 3, 1, 1)

        self.externalAddButton = QPushButton(self.externalGroup)
        self.externalAddButton.setObjectName(u"externalAddButton")

        self.externalLayout.addWidget(self.externalAddButton, 1, 4, 1, 1)

        self.externalError = QLabel(self.externalGroup)
        self.externalError.setObjectName(u"externalError")
        self.externalError.setWordWrap(True)

        self.externalLayout.addWidget(self.externalError, 2, 1, 1, 4)


        self.mainLayout.addWidget(self.externalGroup)

        self.historyTabs = QTabWidget(MedicationsPane)
        self.historyTabs.setObjectName(u"historyTabs")
        self.timelinePage = QWidget()
        self.timelinePage.setObjectName(u"timelinePage")
        self.timelineLayout = QVBoxLayout(self.timelinePage)
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.timelineTable = QTableWidget(self.timelinePage)
        if (self.timelineTable.columnCount() < 5):
            self.timelineTable.setColumnCount(5)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.timelineTable.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.timelineTable.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.timelineTable.setHorizontalHeaderItem(2, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.timelineTable.setHorizontalHeaderItem(3, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.timelineTable.setHorizontalHeaderItem(4, __qtablewidgetitem8)
        self.timelineTable.setObjectName(u"timelineTable")
        self.timelineTable.setTabKeyNavigation(False)
        self.timelineTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timelineTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timelineTable.setAlternatingRowColors(True)
        self.timelineTable.horizontalHeader().setStretchLastSection(True)
        self.timelineTable.verticalHeader().setVisible(False)

        self.timelineLayout.addWidget(self.timelineTable)

        self.historyTabs.addTab(self.timelinePage, "")
        self.prescriptionsPage = QWidget()
        self.prescriptionsPage.setObjectName(u"prescriptionsPage")
        self.prescriptionsLayout = QVBoxLayout(self.prescriptionsPage)
        self.prescriptionsLayout.setObjectName(u"prescriptionsLayout")
        self.prescriptionsTable = QTableWidget(self.prescriptionsPage)
        if (self.prescriptionsTable.columnCount() < 4):
            self.prescriptionsTable.setColumnCount(4)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.prescriptionsTable.setHorizontalHeaderItem(0, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.prescriptionsTable.setHorizontalHeaderItem(1, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.prescriptionsTable.setHorizontalHeaderItem(2, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.prescriptionsTable.setHorizontalHeaderItem(3, __qtablewidgetitem12)
        self.prescriptionsTable.setObjectName(u"prescriptionsTable")
        self.prescriptionsTable.setTabKeyNavigation(False)
        self.prescriptionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.prescriptionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.prescriptionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.prescriptionsTable.setAlternatingRowColors(True)
        self.prescriptionsTable.horizontalHeader().setStretchLastSection(True)
        self.prescriptionsTable.verticalHeader().setVisible(False)

        self.prescriptionsLayout.addWidget(self.prescriptionsTable)

        self.prescriptionButtons = QHBoxLayout()
        self.prescriptionButtons.setObjectName(u"prescriptionButtons")
        self.prescriptionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.prescriptionButtons.addItem(self.prescriptionSpacer)

        self.printButton = QPushButton(self.prescriptionsPage)
        self.printButton.setObjectName(u"printButton")

        self.prescriptionButtons.addWidget(self.printButton)


        self.prescriptionsLayout.addLayout(self.prescriptionButtons)

        self.historyTabs.addTab(self.prescriptionsPage, "")

        self.mainLayout.addWidget(self.historyTabs)

        self.messageLabel = QLabel(MedicationsPane)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

#if QT_CONFIG(shortcut)
        self.currentLabel.setBuddy(self.currentTable)
        self.stopReasonLabel.setBuddy(self.stopReasonEdit)
        self.externalNameLabel.setBuddy(self.externalNameEdit)
        self.externalDetailsLabel.setBuddy(self.externalDetailsEdit)
        self.externalByLabel.setBuddy(self.externalByEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.currentTable, self.stopReasonEdit)
        QWidget.setTabOrder(self.stopReasonEdit, self.stopButton)
        QWidget.setTabOrder(self.stopButton, self.renewButton)
        QWidget.setTabOrder(self.renewButton, self.externalNameEdit)
        QWidget.setTabOrder(self.externalNameEdit, self.externalDetailsEdit)
        QWidget.setTabOrder(self.externalDetailsEdit, self.externalByEdit)
        QWidget.setTabOrder(self.externalByEdit, self.externalAddButton)
        QWidget.setTabOrder(self.externalAddButton, self.historyTabs)
        QWidget.setTabOrder(self.historyTabs, self.timelineTable)
        QWidget.setTabOrder(self.timelineTable, self.prescriptionsTable)
        QWidget.setTabOrder(self.prescriptionsTable, self.printButton)

        self.retranslateUi(MedicationsPane)

        QMetaObject.connectSlotsByName(MedicationsPane)
    # setupUi

    def retranslateUi(self, MedicationsPane):
        self.currentLabel.setText(QCoreApplication.translate("MedicationsPane", u"C&urrent medications", None))
        ___qtablewidgetitem = self.currentTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("MedicationsPane", u"Medication", None))
        ___qtablewidgetitem1 = self.currentTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("MedicationsPane", u"Dose and frequency", None))
        ___qtablewidgetitem2 = self.currentTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("MedicationsPane", u"Since", None))
        ___qtablewidgetitem3 = self.currentTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("MedicationsPane", u"From", None))
        self.stopReasonLabel.setText(QCoreApplication.translate("MedicationsPane", u"Reason for st&opping", None))
        self.stopReasonEdit.setPlaceholderText(QCoreApplication.translate("MedicationsPane", u"e.g. side effects, course finished", None))
        self.stopButton.setText(QCoreApplication.translate("MedicationsPane", u"S&top", None))
        self.renewButton.setText(QCoreApplication.translate("MedicationsPane", u"&Renew\u2026", None))
#if QT_CONFIG(tooltip)
        self.renewButton.setToolTip(QCoreApplication.translate("MedicationsPane", u"Prescribe the selected medications again", None))
#endif // QT_CONFIG(tooltip)
        self.externalGroup.setTitle(QCoreApplication.translate("MedicationsPane", u"Prescribed elsewhere", None))
        self.externalNameLabel.setText(QCoreApplication.translate("MedicationsPane", u"Medic&ation", None))
        self.externalNameEdit.setPlaceholderText(QCoreApplication.translate("MedicationsPane", u"e.g. simvastatin 40 mg tablet", None))
        self.externalDetailsLabel.setText(QCoreApplication.translate("MedicationsPane", u"Dose and frequenc&y", None))
        self.externalDetailsEdit.setPlaceholderText(QCoreApplication.translate("MedicationsPane", u"e.g. 40 mg at night", None))
        self.externalByLabel.setText(QCoreApplication.translate("MedicationsPane", u"Prescri&bed by", None))
        self.externalByEdit.setPlaceholderText(QCoreApplication.translate("MedicationsPane", u"e.g. Dr Shah (GP)", None))
        self.externalAddButton.setText(QCoreApplication.translate("MedicationsPane", u"Sa&ve", None))
        self.externalError.setText("")
        ___qtablewidgetitem4 = self.timelineTable.horizontalHeaderItem(0)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("MedicationsPane", u"When", None))
        ___qtablewidgetitem5 = self.timelineTable.horizontalHeaderItem(1)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("MedicationsPane", u"What", None))
        ___qtablewidgetitem6 = self.timelineTable.horizontalHeaderItem(2)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("MedicationsPane", u"Medication", None))
        ___qtablewidgetitem7 = self.timelineTable.horizontalHeaderItem(3)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("MedicationsPane", u"By", None))
        ___qtablewidgetitem8 = self.timelineTable.horizontalHeaderItem(4)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("MedicationsPane", u"Details", None))
#if QT_CONFIG(accessibility)
        self.timelineTable.setAccessibleName(QCoreApplication.translate("MedicationsPane", u"Medication timeline", None))
#endif // QT_CONFIG(accessibility)
        self.historyTabs.setTabText(self.historyTabs.indexOf(self.timelinePage), QCoreApplication.translate("MedicationsPane", u"Timeline", None))
        ___qtablewidgetitem9 = self.prescriptionsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("MedicationsPane", u"Number", None))
        ___qtablewidgetitem10 = self.prescriptionsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("MedicationsPane", u"Issued", None))
        ___qtablewidgetitem11 = self.prescriptionsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("MedicationsPane", u"Prescriber", None))
        ___qtablewidgetitem12 = self.prescriptionsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("MedicationsPane", u"Drugs", None))
#if QT_CONFIG(accessibility)
        self.prescriptionsTable.setAccessibleName(QCoreApplication.translate("MedicationsPane", u"Issued prescriptions", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("MedicationsPane", u"&Print or reprint\u2026", None))
        self.historyTabs.setTabText(self.historyTabs.indexOf(self.prescriptionsPage), QCoreApplication.translate("MedicationsPane", u"Prescriptions", None))
        self.messageLabel.setText("")
        pass
    # retranslateUi

