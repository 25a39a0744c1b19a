# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fee_dialog.ui'
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

class Ui_FeeDialog(object):
    def setupUi(self, FeeDialog):
        if not FeeDialog.objectName():
            FeeDialog.setObjectName(u"FeeDialog")
        FeeDialog.resize(520, 420)
        self.mainLayout = QVBoxLayout(FeeDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.introLabel = QLabel(FeeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(4)
        self.codeLabel = QLabel(FeeDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(FeeDialog)
        self.codeEdit.setObjectName(u"codeEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.codeError = QLabel(FeeDialog)
        self.codeError.setObjectName(u"codeError")
        self.codeError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeError)

        self.nameLabel = QLabel(FeeDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(FeeDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(FeeDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.categoryLabel = QLabel(FeeDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(FeeDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.categoryError = QLabel(FeeDialog)
        self.categoryError.setObjectName(u"categoryError")
        self.categoryError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.categoryError)

        self.priceLabel = QLabel(FeeDialog)
        self.priceLabel.setObjectName(u"priceLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.priceLabel)

        self.priceEdit = QLineEdit(FeeDialog)
        self.priceEdit.setObjectName(u"priceEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.priceEdit)

        self.priceError = QLabel(FeeDialog)
        self.priceError.setObjectName(u"priceError")
        self.priceError.setWordWrap(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.priceError)

        self.taxLabel = QLabel(FeeDialog)
        self.taxLabel.setObjectName(u"taxLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.taxLabel)

        self.taxEdit = QLineEdit(FeeDialog)
        self.taxEdit.setObjectName(u"taxEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.taxEdit)

        self.taxError = QLabel(FeeDialog)
        self.taxError.setObjectName(u"taxError")
        self.taxError.setWordWrap(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.taxError)

        self.fromLabel = QLabel(FeeDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromEdit = QDateEdit(FeeDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.fromEdit)

        self.fromError = QLabel(FeeDialog)
        self.fromError.setObjectName(u"fromError")
        self.fromError.setWordWrap(True)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.fromError)


        self.mainLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(FeeDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.spacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(FeeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.priceLabel.setBuddy(self.priceEdit)
        self.taxLabel.setBuddy(self.taxEdit)
        self.fromLabel.setBuddy(self.fromEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.priceEdit)
        QWidget.setTabOrder(self.priceEdit, self.taxEdit)
        QWidget.setTabOrder(self.taxEdit, self.fromEdit)

        self.retranslateUi(FeeDialog)

        QMetaObject.connectSlotsByName(FeeDialog)
    # setupUi

    def retranslateUi(self, FeeDialog):
        FeeDialog.setWindowTitle(QCoreApplication.translate("FeeDialog", u"Fee", None))
        self.introLabel.setText("")
        self.codeLabel.setText(QCoreApplication.translate("FeeDialog", u"&Code", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("FeeDialog", u"e.g. XRAY-CHEST", None))
        self.codeError.setText("")
        self.nameLabel.setText(QCoreApplication.translate("FeeDialog", u"&Name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("FeeDialog", u"as printed on an invoice", None))
        self.nameError.setText("")
        self.categoryLabel.setText(QCoreApplication.translate("FeeDialog", u"Ca&tegory", None))
        self.categoryError.setText("")
        self.priceLabel.setText(QCoreApplication.translate("FeeDialog", u"&Price", None))
        self.priceEdit.setPlaceholderText(QCoreApplication.translate("FeeDialog", u"e.g. 45.00", None))
        self.priceError.setText("")
        self.taxLabel.setText(QCoreApplication.translate("FeeDialog", u"Ta&x rate (%)", None))
        self.taxEdit.setPlaceholderText(QCoreApplication.translate("FeeDialog", u"0 when not taxed", None))
        self.taxError.setText("")
        self.fromLabel.setText(QCoreApplication.translate("FeeDialog", u"&Effective from", None))
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("FeeDialog", u"dd MMM yyyy", None))
        self.fromError.setText("")
        self.messageLabel.setText("")
    # retranslateUi

