# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'invoice_line_dialog.ui'
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

class Ui_InvoiceLineDialog(object):
    def setupUi(self, InvoiceLineDialog):
        if not InvoiceLineDialog.objectName():
            InvoiceLineDialog.setObjectName(u"InvoiceLineDialog")
        InvoiceLineDialog.resize(560, 360)
        self.mainLayout = QVBoxLayout(InvoiceLineDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.headingLabel = QLabel(InvoiceLineDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(4)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.feeLabel = QLabel(InvoiceLineDialog)
        self.feeLabel.setObjectName(u"feeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.feeLabel)

        self.feeCombo = QComboBox(InvoiceLineDialog)
        self.feeCombo.setObjectName(u"feeCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.feeCombo)

        self.feeError = QLabel(InvoiceLineDialog)
        self.feeError.setObjectName(u"feeError")
        self.feeError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.feeError)

        self.descriptionLabel = QLabel(InvoiceLineDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QLineEdit(InvoiceLineDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.descriptionError = QLabel(InvoiceLineDialog)
        self.descriptionError.setObjectName(u"descriptionError")
        self.descriptionError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.descriptionError)

        self.quantityLabel = QLabel(InvoiceLineDialog)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.quantityLabel)

        self.quantityEdit = QLineEdit(InvoiceLineDialog)
        self.quantityEdit.setObjectName(u"quantityEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.quantityEdit)

        self.quantityError = QLabel(InvoiceLineDialog)
        self.quantityError.setObjectName(u"quantityError")
        self.quantityError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.quantityError)

        self.priceLabel = QLabel(InvoiceLineDialog)
        self.priceLabel.setObjectName(u"priceLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.priceLabel)

        self.priceEdit = QLineEdit(InvoiceLineDialog)
        self.priceEdit.setObjectName(u"priceEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.priceEdit)

        self.priceError = QLabel(InvoiceLineDialog)
        self.priceError.setObjectName(u"priceError")
        self.priceError.setWordWrap(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.priceError)

        self.taxLabel = QLabel(InvoiceLineDialog)
        self.taxLabel.setObjectName(u"taxLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.taxLabel)

        self.taxEdit = QLineEdit(InvoiceLineDialog)
        self.taxEdit.setObjectName(u"taxEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.taxEdit)

        self.taxError = QLabel(InvoiceLineDialog)
        self.taxError.setObjectName(u"taxError")
        self.taxError.setWordWrap(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.taxError)

        self.previewTitle = QLabel(InvoiceLineDialog)
        self.previewTitle.setObjectName(u"previewTitle")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.previewTitle)

        self.previewLabel = QLabel(InvoiceLineDialog)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.previewLabel.setWordWrap(True)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.previewLabel)


        self.mainLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.messageLabel = QLabel(InvoiceLineDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(InvoiceLineDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.feeLabel.setBuddy(self.feeCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.quantityLabel.setBuddy(self.quantityEdit)
        self.priceLabel.setBuddy(self.priceEdit)
        self.taxLabel.setBuddy(self.taxEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.feeCombo, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.quantityEdit)
        QWidget.setTabOrder(self.quantityEdit, self.priceEdit)
        QWidget.setTabOrder(self.priceEdit, self.taxEdit)

        self.retranslateUi(InvoiceLineDialog)

        QMetaObject.connectSlotsByName(InvoiceLineDialog)
    # setupUi

    def retranslateUi(self, InvoiceLineDialog):
        InvoiceLineDialog.setWindowTitle(QCoreApplication.translate("InvoiceLineDialog", u"Add a line", None))
        self.headingLabel.setText("")
        self.feeLabel.setText(QCoreApplication.translate("InvoiceLineDialog", u"&Fee code", None))
        self.feeError.setText("")
        self.descriptionLabel.setText(QCoreApplication.translate("InvoiceLineDialog", u"&Description", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("InvoiceLineDialog", u"e.g. Dressing pack", None))
        self.descriptionError.setText("")
        self.quantityLabel.setText(QCoreApplication.translate("InvoiceLineDialog", u"&Quantity", None))
        self.quantityEdit.setPlaceholderText(QCoreApplication.translate("InvoiceLineDialog", u"e.g. 2 or 1.5", None))
        self.quantityError.setText("")
        self.priceLabel.setText(QCoreApplication.translate("InvoiceLineDialog", u"Unit &price", None))
        self.priceEdit.setPlaceholderText(QCoreApplication.translate("InvoiceLineDialog", u"e.g. 12.50", None))
        self.priceError.setText("")
        self.taxLabel.setText(QCoreApplication.translate("InvoiceLineDialog", u"&Tax rate (%)", None))
        self.taxEdit.setPlaceholderText(QCoreApplication.translate("InvoiceLineDialog", u"e.g. 20", None))
        self.taxError.setText("")
        self.previewTitle.setText(QCoreApplication.translate("InvoiceLineDialog", u"Line", None))
        self.previewLabel.setText("")
        self.messageLabel.setText("")
    # retranslateUi

