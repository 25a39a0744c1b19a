# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'payer_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PayerDialog(object):
    def setupUi(self, PayerDialog):
        if not PayerDialog.objectName():
            PayerDialog.setObjectName(u"PayerDialog")
        PayerDialog.resize(480, 300)
        self.mainLayout = QVBoxLayout(PayerDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(4)
        self.codeLabel = QLabel(PayerDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(PayerDialog)
        self.codeEdit.setObjectName(u"codeEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.codeError = QLabel(PayerDialog)
        self.codeError.setObjectName(u"codeError")
        self.codeError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeError)

        self.nameLabel = QLabel(PayerDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PayerDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(PayerDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.contactLabel = QLabel(PayerDialog)
        self.contactLabel.setObjectName(u"contactLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactEdit = QLineEdit(PayerDialog)
        self.contactEdit.setObjectName(u"contactEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contactEdit)

        self.contactError = QLabel(PayerDialog)
        self.contactError.setObjectName(u"contactError")
        self.contactError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.contactError)

        self.activeCheck = QCheckBox(PayerDialog)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.activeCheck)


        self.mainLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(PayerDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.spacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(PayerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.contactLabel.setBuddy(self.contactEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.contactEdit)
        QWidget.setTabOrder(self.contactEdit, self.activeCheck)

        self.retranslateUi(PayerDialog)

        QMetaObject.connectSlotsByName(PayerDialog)
    # setupUi

    def retranslateUi(self, PayerDialog):
        PayerDialog.setWindowTitle(QCoreApplication.translate("PayerDialog", u"Insurer", None))
        self.codeLabel.setText(QCoreApplication.translate("PayerDialog", u"&Code", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("PayerDialog", u"short, e.g. ACME", None))
        self.codeError.setText("")
        self.nameLabel.setText(QCoreApplication.translate("PayerDialog", u"&Name", None))
        self.nameError.setText("")
        self.contactLabel.setText(QCoreApplication.translate("PayerDialog", u"C&ontact", None))
        self.contactEdit.setPlaceholderText(QCoreApplication.translate("PayerDialog", u"claims address, phone", None))
        self.contactError.setText("")
        self.activeCheck.setText(QCoreApplication.translate("PayerDialog", u"Ac&tive (takes new members)", None))
        self.messageLabel.setText("")
    # retranslateUi

