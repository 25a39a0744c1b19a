# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'add_beds_dialog.ui'
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
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_AddBedsDialog(object):
    def setupUi(self, AddBedsDialog):
        if not AddBedsDialog.objectName():
            AddBedsDialog.setObjectName(u"AddBedsDialog")
        AddBedsDialog.resize(440, 300)
        self.mainLayout = QVBoxLayout(AddBedsDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.headingLabel = QLabel(AddBedsDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(4)
        self.prefixLabel = QLabel(AddBedsDialog)
        self.prefixLabel.setObjectName(u"prefixLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.prefixLabel)

        self.prefixEdit = QLineEdit(AddBedsDialog)
        self.prefixEdit.setObjectName(u"prefixEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.prefixEdit)

        self.prefixError = QLabel(AddBedsDialog)
        self.prefixError.setObjectName(u"prefixError")
        self.prefixError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.prefixError)

        self.firstLabel = QLabel(AddBedsDialog)
        self.firstLabel.setObjectName(u"firstLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.firstLabel)

        self.firstSpin = QSpinBox(AddBedsDialog)
        self.firstSpin.setObjectName(u"firstSpin")
        self.firstSpin.setMinimum(0)
        self.firstSpin.setMaximum(9999)
        self.firstSpin.setValue(1)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.firstSpin)

        self.firstError = QLabel(AddBedsDialog)
        self.firstError.setObjectName(u"firstError")
        self.firstError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.firstError)

        self.countLabel = QLabel(AddBedsDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.countLabel)

        self.countSpin = QSpinBox(AddBedsDialog)
        self.countSpin.setObjectName(u"countSpin")
        self.countSpin.setMinimum(1)
        self.countSpin.setMaximum(50)
        self.countSpin.setValue(6)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.countSpin)

        self.countError = QLabel(AddBedsDialog)
        self.countError.setObjectName(u"countError")
        self.countError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.countError)

        self.typeLabel = QLabel(AddBedsDialog)
        self.typeLabel.setObjectName(u"typeLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(AddBedsDialog)
        self.typeCombo.setObjectName(u"typeCombo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.typeError = QLabel(AddBedsDialog)
        self.typeError.setObjectName(u"typeError")
        self.typeError.setWordWrap(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.typeError)


        self.mainLayout.addLayout(self.formLayout)

        self.previewLabel = QLabel(AddBedsDialog)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.previewLabel)

        self.messageLabel = QLabel(AddBedsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.spacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(AddBedsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.prefixLabel.setBuddy(self.prefixEdit)
        self.firstLabel.setBuddy(self.firstSpin)
        self.countLabel.setBuddy(self.countSpin)
        self.typeLabel.setBuddy(self.typeCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.prefixEdit, self.firstSpin)
        QWidget.setTabOrder(self.firstSpin, self.countSpin)
        QWidget.setTabOrder(self.countSpin, self.typeCombo)

        self.retranslateUi(AddBedsDialog)

        QMetaObject.connectSlotsByName(AddBedsDialog)
    # setupUi

    def retranslateUi(self, AddBedsDialog):
        AddBedsDialog.setWindowTitle(QCoreApplication.translate("AddBedsDialog", u"Add beds", None))
        self.headingLabel.setText("")
        self.prefixLabel.setText(QCoreApplication.translate("AddBedsDialog", u"&Prefix", None))
        self.prefixEdit.setPlaceholderText(QCoreApplication.translate("AddBedsDialog", u"e.g. A (empty: numbers only)", None))
        self.prefixError.setText("")
        self.firstLabel.setText(QCoreApplication.translate("AddBedsDialog", u"&First number", None))
        self.firstError.setText("")
        self.countLabel.setText(QCoreApplication.translate("AddBedsDialog", u"&Number of beds", None))
        self.countError.setText("")
        self.typeLabel.setText(QCoreApplication.translate("AddBedsDialog", u"Bed t&ype", None))
        self.typeError.setText("")
        self.previewLabel.setText("")
        self.messageLabel.setText("")
    # retranslateUi

