# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_price_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_PlanPriceDialog(object):
    def setupUi(self, PlanPriceDialog):
        if not PlanPriceDialog.objectName():
            PlanPriceDialog.setObjectName(u"PlanPriceDialog")
        PlanPriceDialog.resize(500, 300)
        self.mainLayout = QVBoxLayout(PlanPriceDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.introLabel = QLabel(PlanPriceDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(4)
        self.codeLabel = QLabel(PlanPriceDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeCombo = QComboBox(PlanPriceDialog)
        self.codeCombo.setObjectName(u"codeCombo")
        self.codeCombo.setEditable(True)
        self.codeCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeCombo)

        self.codeError = QLabel(PlanPriceDialog)
        self.codeError.setObjectName(u"codeError")
        self.codeError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeError)

        self.priceLabel = QLabel(PlanPriceDialog)
        self.priceLabel.setObjectName(u"priceLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.priceLabel)

        self.priceEdit = QLineEdit(PlanPriceDialog)
        self.priceEdit.setObjectName(u"priceEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.priceEdit)

        self.priceError = QLabel(PlanPriceDialog)
        self.priceError.setObjectName(u"priceError")
        self.priceError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.priceError)

        self.fromLabel = QLabel(PlanPriceDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromEdit = QDateEdit(PlanPriceDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.fromEdit)

        self.fromError = QLabel(PlanPriceDialog)
        self.fromError.setObjectName(u"fromError")
        self.fromError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.fromError)


        self.mainLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(PlanPriceDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.spacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(PlanPriceDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeCombo)
        self.priceLabel.setBuddy(self.priceEdit)
        self.fromLabel.setBuddy(self.fromEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeCombo, self.priceEdit)
        QWidget.setTabOrder(self.priceEdit, self.fromEdit)

        self.retranslateUi(PlanPriceDialog)

        QMetaObject.connectSlotsByName(PlanPriceDialog)
    # setupUi

    def retranslateUi(self, PlanPriceDialog):
        PlanPriceDialog.setWindowTitle(QCoreApplication.translate("PlanPriceDialog", u"Plan price", None))
        self.introLabel.setText("")
        self.codeLabel.setText(QCoreApplication.translate("PlanPriceDialog", u"&Service", None))
        self.codeError.setText("")
        self.priceLabel.setText(QCoreApplication.translate("PlanPriceDialog", u"&Plan price", None))
        self.priceError.setText("")
        self.fromLabel.setText(QCoreApplication.translate("PlanPriceDialog", u"&Effective from", None))
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("PlanPriceDialog", u"dd MMM yyyy", None))
        self.fromError.setText("")
        self.messageLabel.setText("")
    # retranslateUi

