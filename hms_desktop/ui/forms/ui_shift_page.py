# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'shift_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ShiftPage(object):
    def setupUi(self, ShiftPage):
        if not ShiftPage.objectName():
            ShiftPage.setObjectName(u"ShiftPage")
        ShiftPage.resize(1200, 620)
        self.mainLayout = QVBoxLayout(ShiftPage)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 6, 0, 0)
        self.statusLabel = QLabel(ShiftPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.messageLabel = QLabel(ShiftPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(12)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.leftLayout = QVBoxLayout()
        self.leftLayout.setSpacing(8)
        self.leftLayout.setObjectName(u"leftLayout")
        self.openBox = QGroupBox(ShiftPage)
        self.openBox.setObjectName(u"openBox")
        self.openForm = QFormLayout(self.openBox)
        self.openForm.setObjectName(u"openForm")
        self.openForm.setHorizontalSpacing(10)
        self.openForm.setVerticalSpacing(4)
        self.floatLabel = QLabel(self.openBox)
        self.floatLabel.setObjectName(u"floatLabel")

        self.openForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.floatLabel)

        self.floatRow = QHBoxLayout()
        self.floatRow.setObjectName(u"floatRow")
        self.floatEdit = QLineEdit(self.openBox)
        self.floatEdit.setObjectName(u"floatEdit")
        self.floatEdit.setMaximumSize(QSize(160, 16777215))
        self.floatEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.floatRow.addWidget(self.floatEdit)

        self.openButton = QPushButton(self.openBox)
        self.openButton.setObjectName(u"openButton")

        self.floatRow.addWidget(self.openButton)

        self.floatSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.floatRow.addItem(self.floatSpacer)


        self.openForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.floatRow)

        self.floatError = QLabel(self.openBox)
        self.floatError.setObjectName(u"floatError")
        self.floatError.setWordWrap(True)

        self.openForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.floatError)

        self.openHint = QLabel(self.openBox)
        self.openHint.setObjectName(u"openHint")
        self.openHint.setWordWrap(True)

        self.openForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.openHint)


        self.leftLayout.addWidget(self.openBox)

        self.summaryBox = QGroupBox(ShiftPage)
        self.summaryBox.setObjectName(u"summaryBox")
        self.summaryLayout = QVBoxLayout(self.summaryBox)
        self.summaryLayout.setSpacing(6)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryTable = QTableWidget(self.summaryBox)
        if (self.summaryTable.columnCount() < 4):
            self.summaryTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.summaryTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.summaryTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.summaryTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.summaryTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.summaryTable.setObjectName(u"summaryTable")
        self.summaryTable.setTabKeyNavigation(False)
        self.summaryTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summaryTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.summaryTable.setAlternatingRowColors(True)
        self.summaryTable.verticalHeader().setVisible(False)

        self.summaryLayout.addWidget(self.summaryTable)

        self.expectedRow = QHBoxLayout()
        self.expectedRow.setObjectName(u"expectedRow")
        self.expectedLabel = QLabel(self.summaryBox)
        self.expectedLabel.setObjectName(u"expectedLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.expectedLabel.sizePolicy().hasHeightForWidth())
        self.expectedLabel.setSizePolicy(sizePolicy)
        self.expectedLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.expectedLabel.setWordWrap(True)

        self.expectedRow.addWidget(self.expectedLabel)

        self.refreshButton = QPushButton(self.summaryBox)
        self.refreshButton.setObjectName(u"refreshButton")

        self.expectedRow.addWidget(self.refreshButton)


        self.summaryLayout.addLayout(self.expectedRow)


        self.leftLayout.addWidget(self.summaryBox)

        self.closeBox = QGroupBox(ShiftPage)
        self.closeBox.setObjectName(u"closeBox")
        self.closeForm = QFormLayout(self.closeBox)
        self.closeForm.setObjectName(u"closeForm")
        self.closeForm.setHorizontalSpacing(10)
        self.closeForm.setVerticalSpacing(4)
        self.closeForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.countedLabel = QLabel(self.closeBox)
        self.countedLabel.setObjectName(u"countedLabel")

        self.closeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.countedLabel)

        self.countedRow = QHBoxLayout()
        self.countedRow.setObjectName(u"countedRow")
        self.countedEdit = QLineEdit(self.closeBox)
        self.countedEdit.setObjectName(u"countedEdit")
        self.countedEdit.setMaximumSize(QSize(160, 16777215))
        self.countedEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.countedRow.addWidget(self.countedEdit)

        self.differenceLabel = QLabel(self.closeBox)
        self.differenceLabel.setObjectName(u"differenceLabel")
        self.differenceLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.countedRow.addWidget(self.differenceLabel)

        self.countedSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.countedRow.addItem(self.countedSpacer)


        self.closeForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.countedRow)

        self.countedError = QLabel(self.closeBox)
        self.countedError.setObjectName(u"countedError")
        self.countedError.setWordWrap(True)

        self.closeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.countedError)

        self.noteLabel = QLabel(self.closeBox)
        self.noteLabel.setObjectName(u"noteLabel")

        self.closeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(self.closeBox)
        self.noteEdit.setObjectName(u"noteEdit")

        self.closeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.noteError = QLabel(self.closeBox)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setWordWrap(True)

        self.closeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.noteError)

        self.closeRow = QHBoxLayout()
        self.closeRow.setObjectName(u"closeRow")
        self.closeSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.closeRow.addItem(self.closeSpacer)

        self.closeButton = QPushButton(self.closeBox)
        self.closeButton.setObjectName(u"closeButton")

        self.closeRow.addWidget(self.closeButton)


        self.closeForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.closeRow)


        self.leftLayout.addWidget(self.closeBox)

        self.leftSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftLayout.addItem(self.leftSpacer)

        self.leftLayout.setStretch(1, 1)

        self.columnsLayout.addLayout(self.leftLayout)

        self.historyBox = QGroupBox(ShiftPage)
        self.historyBox.setObjectName(u"historyBox")
        self.historyLayout = QVBoxLayout(self.historyBox)
        self.historyLayout.setSpacing(6)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyTable = QTableWidget(self.historyBox)
        if (self.historyTable.columnCount() < 7):
            self.historyTable.setColumnCount(7)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(2, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(3, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(4, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(5, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(6, __qtablewidgetitem10)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setTabKeyNavigation(False)
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.verticalHeader().setVisible(False)

        self.historyLayout.addWidget(self.historyTable)

        self.historyButtons = QHBoxLayout()
        self.historyButtons.setObjectName(u"historyButtons")
        self.historySpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.historyButtons.addItem(self.historySpacer)

        self.printButton = QPushButton(self.historyBox)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setEnabled(False)

        self.historyButtons.addWidget(self.printButton)


        self.historyLayout.addLayout(self.historyButtons)


        self.columnsLayout.addWidget(self.historyBox)

        self.columnsLayout.setStretch(0, 4)
        self.columnsLayout.setStretch(1, 7)

        self.mainLayout.addLayout(self.columnsLayout)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.floatLabel.setBuddy(self.floatEdit)
        self.countedLabel.setBuddy(self.countedEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.floatEdit, self.openButton)
        QWidget.setTabOrder(self.openButton, self.summaryTable)
        QWidget.setTabOrder(self.summaryTable, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.countedEdit)
        QWidget.setTabOrder(self.countedEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.historyTable)
        QWidget.setTabOrder(self.historyTable, self.printButton)

        self.retranslateUi(ShiftPage)

        QMetaObject.connectSlotsByName(ShiftPage)
    # setupUi

    def retranslateUi(self, ShiftPage):
        self.statusLabel.setText(QCoreApplication.translate("ShiftPage", u"No cash shift open.", None))
        self.messageLabel.setText("")
        self.openBox.setTitle(QCoreApplication.translate("ShiftPage", u"Open a shift", None))
        self.floatLabel.setText(QCoreApplication.translate("ShiftPage", u"Opening &float", None))
        self.floatEdit.setPlaceholderText(QCoreApplication.translate("ShiftPage", u"e.g. 100.00", None))
        self.openButton.setText(QCoreApplication.translate("ShiftPage", u"&Open shift", None))
        self.floatError.setText("")
        self.openHint.setText(QCoreApplication.translate("ShiftPage", u"Count the cash in the drawer before your first patient. Cash payments, cash refunds and cash deposits are taken only while your shift is open.", None))
        self.summaryBox.setTitle(QCoreApplication.translate("ShiftPage", u"This shift so far", None))
        ___qtablewidgetitem = self.summaryTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ShiftPage", u"Money", None))
        ___qtablewidgetitem1 = self.summaryTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ShiftPage", u"Method", None))
        ___qtablewidgetitem2 = self.summaryTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ShiftPage", u"Count", None))
        ___qtablewidgetitem3 = self.summaryTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ShiftPage", u"Amount", None))
        self.expectedLabel.setText("")
        self.refreshButton.setText(QCoreApplication.translate("ShiftPage", u"&Refresh", None))
        self.closeBox.setTitle(QCoreApplication.translate("ShiftPage", u"Close the shift", None))
        self.countedLabel.setText(QCoreApplication.translate("ShiftPage", u"Cash &counted", None))
        self.countedEdit.setPlaceholderText(QCoreApplication.translate("ShiftPage", u"e.g. 245.50", None))
        self.differenceLabel.setText("")
        self.countedError.setText("")
        self.noteLabel.setText(QCoreApplication.translate("ShiftPage", u"&Note", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("ShiftPage", u"Why the count differs, if it does", None))
        self.noteError.setText("")
        self.closeButton.setText(QCoreApplication.translate("ShiftPage", u"C&lose shift\u2026", None))
        self.historyBox.setTitle(QCoreApplication.translate("ShiftPage", u"My shifts", None))
        ___qtablewidgetitem4 = self.historyTable.horizontalHeaderItem(0)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ShiftPage", u"Opened", None))
        ___qtablewidgetitem5 = self.historyTable.horizontalHeaderItem(1)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ShiftPage", u"Closed", None))
        ___qtablewidgetitem6 = self.historyTable.horizontalHeaderItem(2)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("ShiftPage", u"Float", None))
        ___qtablewidgetitem7 = self.historyTable.horizontalHeaderItem(3)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("ShiftPage", u"Expected", None))
        ___qtablewidgetitem8 = self.historyTable.horizontalHeaderItem(4)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("ShiftPage", u"Counted", None))
        ___qtablewidgetitem9 = self.historyTable.horizontalHeaderItem(5)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("ShiftPage", u"Difference", None))
        ___qtablewidgetitem10 = self.historyTable.horizontalHeaderItem(6)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("ShiftPage", u"Note", None))
        self.printButton.setText(QCoreApplication.translate("ShiftPage", u"Print &Z-report\u2026", None))
        pass
    # retranslateUi

