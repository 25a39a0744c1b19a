# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'credit_note_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QPlainTextEdit,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_CreditNoteDialog(object):
    def setupUi(self, CreditNoteDialog):
        if not CreditNoteDialog.objectName():
            CreditNoteDialog.setObjectName(u"CreditNoteDialog")
        CreditNoteDialog.resize(720, 460)
        self.mainLayout = QVBoxLayout(CreditNoteDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.headingLabel = QLabel(CreditNoteDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.linesLabel = QLabel(CreditNoteDialog)
        self.linesLabel.setObjectName(u"linesLabel")

        self.mainLayout.addWidget(self.linesLabel)

        self.linesTable = QTableWidget(CreditNoteDialog)
        if (self.linesTable.columnCount() < 5):
            self.linesTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.linesTable.setObjectName(u"linesTable")
        self.linesTable.setTabKeyNavigation(False)
        self.linesTable.setAlternatingRowColors(True)
        self.linesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.linesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.linesTable.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.linesTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.linesTable)

        self.totalLabel = QLabel(CreditNoteDialog)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.totalLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.totalLabel)

        self.linesError = QLabel(CreditNoteDialog)
        self.linesError.setObjectName(u"linesError")
        self.linesError.setWordWrap(True)

        self.mainLayout.addWidget(self.linesError)

        self.reasonLabel = QLabel(CreditNoteDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.mainLayout.addWidget(self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(CreditNoteDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMaximumSize(QSize(16777215, 80))

        self.mainLayout.addWidget(self.reasonEdit)

        self.reasonError = QLabel(CreditNoteDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setWordWrap(True)

        self.mainLayout.addWidget(self.reasonError)

        self.messageLabel = QLabel(CreditNoteDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(CreditNoteDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.linesLabel.setBuddy(self.linesTable)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.linesTable, self.reasonEdit)

        self.retranslateUi(CreditNoteDialog)

        QMetaObject.connectSlotsByName(CreditNoteDialog)
    # setupUi

    def retranslateUi(self, CreditNoteDialog):
        CreditNoteDialog.setWindowTitle(QCoreApplication.translate("CreditNoteDialog", u"Credit note", None))
        self.headingLabel.setText("")
        self.linesLabel.setText(QCoreApplication.translate("CreditNoteDialog", u"&Lines to credit (tick each line; to credit part of a line, change its quantity to credit)", None))
        ___qtablewidgetitem = self.linesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CreditNoteDialog", u"Description", None))
        ___qtablewidgetitem1 = self.linesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CreditNoteDialog", u"Qty", None))
        ___qtablewidgetitem2 = self.linesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CreditNoteDialog", u"Line total", None))
        ___qtablewidgetitem3 = self.linesTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("CreditNoteDialog", u"Credited so far", None))
        ___qtablewidgetitem4 = self.linesTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("CreditNoteDialog", u"Qty to credit", None))
#if QT_CONFIG(accessibility)
        self.linesTable.setAccessibleName(QCoreApplication.translate("CreditNoteDialog", u"Invoice lines to credit", None))
#endif // QT_CONFIG(accessibility)
        self.totalLabel.setText("")
        self.linesError.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("CreditNoteDialog", u"Re&ason (required)", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("CreditNoteDialog", u"e.g. consultation charged twice", None))
        self.reasonError.setText("")
        self.messageLabel.setText("")
    # retranslateUi

