# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'discharge_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_DischargeDialog(object):
    def setupUi(self, DischargeDialog):
        if not DischargeDialog.objectName():
            DischargeDialog.setObjectName(u"DischargeDialog")
        DischargeDialog.resize(580, 460)
        self.mainLayout = QVBoxLayout(DischargeDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.headingLabel = QLabel(DischargeDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.detailsLabel = QLabel(DischargeDialog)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.detailsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.detailsLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(4)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dispositionLabel = QLabel(DischargeDialog)
        self.dispositionLabel.setObjectName(u"dispositionLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dispositionLabel)

        self.dispositionCombo = QComboBox(DischargeDialog)
        self.dispositionCombo.setObjectName(u"dispositionCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dispositionCombo)

        self.dispositionError = QLabel(DischargeDialog)
        self.dispositionError.setObjectName(u"dispositionError")
        self.dispositionError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dispositionError)

        self.summaryLabel = QLabel(DischargeDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(DischargeDialog)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setMinimumSize(QSize(0, 160))
        self.summaryEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.summaryError = QLabel(DischargeDialog)
        self.summaryError.setObjectName(u"summaryError")
        self.summaryError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.summaryError)


        self.mainLayout.addLayout(self.formLayout)

        self.hintLabel = QLabel(DischargeDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.hintLabel)

        self.messageLabel = QLabel(DischargeDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(DischargeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dispositionLabel.setBuddy(self.dispositionCombo)
        self.summaryLabel.setBuddy(self.summaryEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dispositionCombo, self.summaryEdit)

        self.retranslateUi(DischargeDialog)

        QMetaObject.connectSlotsByName(DischargeDialog)
    # setupUi

    def retranslateUi(self, DischargeDialog):
        DischargeDialog.setWindowTitle(QCoreApplication.translate("DischargeDialog", u"Discharge patient", None))
        self.headingLabel.setText(QCoreApplication.translate("DischargeDialog", u"Discharge", None))
        self.detailsLabel.setText("")
        self.dispositionLabel.setText(QCoreApplication.translate("DischargeDialog", u"Discharged &to", None))
        self.dispositionError.setText("")
        self.summaryLabel.setText(QCoreApplication.translate("DischargeDialog", u"&Summary", None))
        self.summaryEdit.setPlaceholderText(QCoreApplication.translate("DischargeDialog", u"What was done, medicines on discharge, follow-up arranged", None))
        self.summaryError.setText("")
        self.hintLabel.setText(QCoreApplication.translate("DischargeDialog", u"The bed will be marked for cleaning.", None))
        self.messageLabel.setText("")
    # retranslateUi

