# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'policies_dialog.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_PoliciesDialog(object):
    def setupUi(self, PoliciesDialog):
        if not PoliciesDialog.objectName():
            PoliciesDialog.setObjectName(u"PoliciesDialog")
        PoliciesDialog.resize(760, 380)
        self.mainLayout = QVBoxLayout(PoliciesDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(PoliciesDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.addButton = QPushButton(PoliciesDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttonRow.addWidget(self.addButton)

        self.editButton = QPushButton(PoliciesDialog)
        self.editButton.setObjectName(u"editButton")

        self.buttonRow.addWidget(self.editButton)

        self.buttonSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.mainLayout.addLayout(self.buttonRow)

        self.table = QTableWidget(PoliciesDialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.table)

        self.messageLabel = QLabel(PoliciesDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(PoliciesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.table)

        self.retranslateUi(PoliciesDialog)

        QMetaObject.connectSlotsByName(PoliciesDialog)
    # setupUi

    def retranslateUi(self, PoliciesDialog):
        PoliciesDialog.setWindowTitle(QCoreApplication.translate("PoliciesDialog", u"Insurance policies", None))
        self.introLabel.setText("")
        self.addButton.setText(QCoreApplication.translate("PoliciesDialog", u"&Add policy\u2026", None))
        self.editButton.setText(QCoreApplication.translate("PoliciesDialog", u"&Edit policy\u2026", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("PoliciesDialog", u"The patient's insurance policies", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setText("")
    # retranslateUi

