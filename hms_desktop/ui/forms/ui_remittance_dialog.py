# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'remittance_dialog.ui'
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
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QSizePolicy, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_RemittanceDialog(object):
    def setupUi(self, RemittanceDialog):
        if not RemittanceDialog.objectName():
            RemittanceDialog.setObjectName(u"RemittanceDialog")
        RemittanceDialog.resize(900, 520)
        self.mainLayout = QVBoxLayout(RemittanceDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.headingLabel = QLabel(RemittanceDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.linesLabel = QLabel(RemittanceDialog)
        self.linesLabel.setObjectName(u"linesLabel")
        self.linesLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.linesLabel)

        self.linesTable = QTableWidget(RemittanceDialog)
        if (self.linesTable.columnCount() < 6):
            self.linesTable.setColumnCount(6)
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
        __qtablewidgetitem5 = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.linesTable.setObjectName(u"linesTable")
        self.linesTable.setTabKeyNavigation(False)
        self.linesTable.setAlternatingRowColors(True)
        self.linesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.linesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.linesTable.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.linesTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.linesTable)

        self.linesError = QLabel(RemittanceDialog)
        self.linesError.setObjectName(u"linesError")
        self.linesError.setWordWrap(True)

        self.mainLayout.addWidget(self.linesError)

        self.referenceRow = QHBoxLayout()
        self.referenceRow.setObjectName(u"referenceRow")
        self.referenceLabel = QLabel(RemittanceDialog)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.referenceRow.addWidget(self.referenceLabel)

        self.referenceEdit = QLineEdit(RemittanceDialog)
        self.referenceEdit.setObjectName(u"referenceEdit")

        self.referenceRow.addWidget(self.referenceEdit)


        self.mainLayout.addLayout(self.referenceRow)

        self.referenceError = QLabel(RemittanceDialog)
        self.referenceError.setObjectName(u"referenceError")
        self.referenceError.setWordWrap(True)

        self.mainLayout.addWidget(self.referenceError)

        self.messageLabel = QLabel(RemittanceDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(RemittanceDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.linesLabel.setBuddy(self.linesTable)
        self.referenceLabel.setBuddy(self.referenceEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.linesTable, self.referenceEdit)

        self.retranslateUi(RemittanceDialog)

        QMetaObject.connectSlotsByName(RemittanceDialog)
    # setupUi

    def retranslateUi(self, RemittanceDialog):
        RemittanceDialog.setWindowTitle(QCoreApplication.translate("RemittanceDialog", u"Post remittance", None))
        self.headingLabel.setText("")
        self.linesLabel.setText(QCoreApplication.translate("RemittanceDialog", u"The insurer's &answer per line (type the approved amount; say why for what is not paid)", None))
        ___qtablewidgetitem = self.linesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RemittanceDialog", u"Invoice", None))
        ___qtablewidgetitem1 = self.linesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RemittanceDialog", u"Patient", None))
        ___qtablewidgetitem2 = self.linesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RemittanceDialog", u"Service", None))
        ___qtablewidgetitem3 = self.linesTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("RemittanceDialog", u"Claimed", None))
        ___qtablewidgetitem4 = self.linesTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("RemittanceDialog", u"Approved", None))
        ___qtablewidgetitem5 = self.linesTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("RemittanceDialog", u"Reason for the rest", None))
#if QT_CONFIG(accessibility)
        self.linesTable.setAccessibleName(QCoreApplication.translate("RemittanceDialog", u"Claim lines and the insurer's answer", None))
#endif // QT_CONFIG(accessibility)
        self.linesError.setText("")
        self.referenceLabel.setText(QCoreApplication.translate("RemittanceDialog", u"Insurer's &reference", None))
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("RemittanceDialog", u"remittance or transfer reference (optional)", None))
        self.referenceError.setText("")
        self.messageLabel.setText("")
    # retranslateUi

