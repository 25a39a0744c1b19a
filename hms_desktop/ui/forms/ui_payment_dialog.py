# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'payment_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PaymentDialog(object):
    def setupUi(self, PaymentDialog):
        if not PaymentDialog.objectName():
            PaymentDialog.setObjectName(u"PaymentDialog")
        PaymentDialog.resize(560, 400)
        self.mainLayout = QVBoxLayout(PaymentDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.headingLabel = QLabel(PaymentDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(4)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.depositLabel = QLabel(PaymentDialog)
        self.depositLabel.setObjectName(u"depositLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.depositLabel)

        self.depositCombo = QComboBox(PaymentDialog)
        self.depositCombo.setObjectName(u"depositCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.depositCombo)

        self.depositError = QLabel(PaymentDialog)
        self.depositError.setObjectName(u"depositError")
        self.depositError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.depositError)

        self.methodLabel = QLabel(PaymentDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodCombo = QComboBox(PaymentDialog)
        self.methodCombo.setObjectName(u"methodCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.amountLabel = QLabel(PaymentDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountEdit = QLineEdit(PaymentDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.amountError = QLabel(PaymentDialog)
        self.amountError.setObjectName(u"amountError")
        self.amountError.setWordWrap(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.amountError)

        self.tenderedLabel = QLabel(PaymentDialog)
        self.tenderedLabel.setObjectName(u"tenderedLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.tenderedLabel)

        self.tenderedEdit = QLineEdit(PaymentDialog)
        self.tenderedEdit.setObjectName(u"tenderedEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.tenderedEdit)

        self.tenderedError = QLabel(PaymentDialog)
        self.tenderedError.setObjectName(u"tenderedError")
        self.tenderedError.setWordWrap(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.tenderedError)

        self.changeTitle = QLabel(PaymentDialog)
        self.changeTitle.setObjectName(u"changeTitle")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.changeTitle)

        self.changeLabel = QLabel(PaymentDialog)
        self.changeLabel.setObjectName(u"changeLabel")
        self.changeLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.changeLabel.setWordWrap(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.changeLabel)

        self.referenceLabel = QLabel(PaymentDialog)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceEdit = QLineEdit(PaymentDialog)
        self.referenceEdit.setObjectName(u"referenceEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.referenceEdit)

        self.referenceError = QLabel(PaymentDialog)
        self.referenceError.setObjectName(u"referenceError")
        self.referenceError.setWordWrap(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.referenceError)


        self.mainLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.messageLabel = QLabel(PaymentDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(PaymentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.depositLabel.setBuddy(self.depositCombo)
        self.methodLabel.setBuddy(self.methodCombo)
        self.amountLabel.setBuddy(self.amountEdit)
        self.tenderedLabel.setBuddy(self.tenderedEdit)
        self.referenceLabel.setBuddy(self.referenceEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.depositCombo, self.methodCombo)
        QWidget.setTabOrder(self.methodCombo, self.amountEdit)
        QWidget.setTabOrder(self.amountEdit, self.tenderedEdit)
        QWidget.setTabOrder(self.tenderedEdit, self.referenceEdit)

        self.retranslateUi(PaymentDialog)

        QMetaObject.connectSlotsByName(PaymentDialog)
    # setupUi

    def retranslateUi(self, PaymentDialog):
        PaymentDialog.setWindowTitle(QCoreApplication.translate("PaymentDialog", u"Take payment", None))
        self.headingLabel.setText("")
        self.depositLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Deposit", None))
        self.depositError.setText("")
        self.methodLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Method", None))
        self.amountLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Amount", None))
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("PaymentDialog", u"e.g. 40.00", None))
        self.amountError.setText("")
        self.tenderedLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Handed over", None))
        self.tenderedEdit.setPlaceholderText(QCoreApplication.translate("PaymentDialog", u"the cash the patient gives", None))
        self.tenderedError.setText("")
        self.changeTitle.setText(QCoreApplication.translate("PaymentDialog", u"Change", None))
        self.changeLabel.setText("")
        self.referenceLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Reference", None))
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("PaymentDialog", u"from the card slip or the bank", None))
        self.referenceError.setText("")
        self.messageLabel.setText("")
    # retranslateUi

