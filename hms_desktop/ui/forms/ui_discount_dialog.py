# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'discount_dialog.ui'
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

class Ui_DiscountDialog(object):
    def setupUi(self, DiscountDialog):
        if not DiscountDialog.objectName():
            DiscountDialog.setObjectName(u"DiscountDialog")
        DiscountDialog.resize(560, 340)
        self.mainLayout = QVBoxLayout(DiscountDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.headingLabel = QLabel(DiscountDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(4)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kindLabel = QLabel(DiscountDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(DiscountDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.valueLabel = QLabel(DiscountDialog)
        self.valueLabel.setObjectName(u"valueLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.valueLabel)

        self.valueEdit = QLineEdit(DiscountDialog)
        self.valueEdit.setObjectName(u"valueEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.valueEdit)

        self.valueError = QLabel(DiscountDialog)
        self.valueError.setObjectName(u"valueError")
        self.valueError.setWordWrap(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.valueError)

        self.resultTitle = QLabel(DiscountDialog)
        self.resultTitle.setObjectName(u"resultTitle")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.resultTitle)

        self.resultLabel = QLabel(DiscountDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.resultLabel.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.resultLabel)

        self.reasonLabel = QLabel(DiscountDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(DiscountDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.reasonError = QLabel(DiscountDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reasonError)


        self.mainLayout.addLayout(self.formLayout)

        self.approvalLabel = QLabel(DiscountDialog)
        self.approvalLabel.setObjectName(u"approvalLabel")
        self.approvalLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.approvalLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.approvalLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.messageLabel = QLabel(DiscountDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(DiscountDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.valueLabel.setBuddy(self.valueEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.valueEdit)
        QWidget.setTabOrder(self.valueEdit, self.reasonEdit)

        self.retranslateUi(DiscountDialog)

        QMetaObject.connectSlotsByName(DiscountDialog)
    # setupUi

    def retranslateUi(self, DiscountDialog):
        DiscountDialog.setWindowTitle(QCoreApplication.translate("DiscountDialog", u"Discount", None))
        self.headingLabel.setText("")
        self.kindLabel.setText(QCoreApplication.translate("DiscountDialog", u"Discount &type", None))
        self.valueLabel.setText(QCoreApplication.translate("DiscountDialog", u"&Discount", None))
        self.valueEdit.setPlaceholderText(QCoreApplication.translate("DiscountDialog", u"e.g. 10.00 or 15", None))
        self.valueError.setText("")
        self.resultTitle.setText(QCoreApplication.translate("DiscountDialog", u"Comes to", None))
        self.resultLabel.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("DiscountDialog", u"&Reason", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("DiscountDialog", u"e.g. hardship, agreed with the patient", None))
        self.reasonError.setText("")
        self.approvalLabel.setText("")
        self.messageLabel.setText("")
    # retranslateUi

