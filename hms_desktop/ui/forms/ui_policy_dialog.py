# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'policy_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_PolicyDialog(object):
    def setupUi(self, PolicyDialog):
        if not PolicyDialog.objectName():
            PolicyDialog.setObjectName(u"PolicyDialog")
        PolicyDialog.resize(500, 320)
        self.mainLayout = QVBoxLayout(PolicyDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.introLabel = QLabel(PolicyDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(4)
        self.planLabel = QLabel(PolicyDialog)
        self.planLabel.setObjectName(u"planLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.planLabel)

        self.planCombo = QComboBox(PolicyDialog)
        self.planCombo.setObjectName(u"planCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.planCombo)

        self.planError = QLabel(PolicyDialog)
        self.planError.setObjectName(u"planError")
        self.planError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.planError)

        self.memberLabel = QLabel(PolicyDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.memberEdit = QLineEdit(PolicyDialog)
        self.memberEdit.setObjectName(u"memberEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.memberEdit)

        self.memberError = QLabel(PolicyDialog)
        self.memberError.setObjectName(u"memberError")
        self.memberError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.memberError)

        self.fromLabel = QLabel(PolicyDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromEdit = QDateEdit(PolicyDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.fromEdit)

        self.toLabel = QLabel(PolicyDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toRow = QHBoxLayout()
        self.toRow.setObjectName(u"toRow")
        self.toEdit = QDateEdit(PolicyDialog)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)

        self.toRow.addWidget(self.toEdit)

        self.openCheck = QCheckBox(PolicyDialog)
        self.openCheck.setObjectName(u"openCheck")

        self.toRow.addWidget(self.openCheck)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.toRow)

        self.validityError = QLabel(PolicyDialog)
        self.validityError.setObjectName(u"validityError")
        self.validityError.setWordWrap(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.validityError)


        self.mainLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(PolicyDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.spacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(PolicyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.planLabel.setBuddy(self.planCombo)
        self.memberLabel.setBuddy(self.memberEdit)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.planCombo, self.memberEdit)
        QWidget.setTabOrder(self.memberEdit, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.openCheck)

        self.retranslateUi(PolicyDialog)

        QMetaObject.connectSlotsByName(PolicyDialog)
    # setupUi

    def retranslateUi(self, PolicyDialog):
        PolicyDialog.setWindowTitle(QCoreApplication.translate("PolicyDialog", u"Insurance policy", None))
        self.introLabel.setText("")
        self.planLabel.setText(QCoreApplication.translate("PolicyDialog", u"Insurer and &plan", None))
        self.planError.setText("")
        self.memberLabel.setText(QCoreApplication.translate("PolicyDialog", u"&Member number", None))
        self.memberError.setText("")
        self.fromLabel.setText(QCoreApplication.translate("PolicyDialog", u"Valid &from", None))
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("PolicyDialog", u"dd MMM yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("PolicyDialog", u"Valid &to", None))
        self.toEdit.setDisplayFormat(QCoreApplication.translate("PolicyDialog", u"dd MMM yyyy", None))
        self.openCheck.setText(QCoreApplication.translate("PolicyDialog", u"&No end date", None))
        self.validityError.setText("")
        self.messageLabel.setText("")
    # retranslateUi

