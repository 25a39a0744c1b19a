# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'social_history_dialog.ui'
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
    QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_SocialHistoryDialog(object):
    def setupUi(self, SocialHistoryDialog):
        if not SocialHistoryDialog.objectName():
            SocialHistoryDialog.setObjectName(u"SocialHistoryDialog")
        SocialHistoryDialog.resize(500, 310)
        self.mainLayout = QVBoxLayout(SocialHistoryDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(2)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.smokingLabel = QLabel(SocialHistoryDialog)
        self.smokingLabel.setObjectName(u"smokingLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.smokingLabel)

        self.smokingCombo = QComboBox(SocialHistoryDialog)
        self.smokingCombo.setObjectName(u"smokingCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.smokingCombo)

        self.smokingError = QLabel(SocialHistoryDialog)
        self.smokingError.setObjectName(u"smokingError")
        self.smokingError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.smokingError)

        self.pack_yearsLabel = QLabel(SocialHistoryDialog)
        self.pack_yearsLabel.setObjectName(u"pack_yearsLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pack_yearsLabel)

        self.packYearsSpin = QDoubleSpinBox(SocialHistoryDialog)
        self.packYearsSpin.setObjectName(u"packYearsSpin")
        self.packYearsSpin.setDecimals(1)
        self.packYearsSpin.setMinimum(-0.100000000000000)
        self.packYearsSpin.setMaximum(200.000000000000000)
        self.packYearsSpin.setSingleStep(0.500000000000000)
        self.packYearsSpin.setValue(-0.100000000000000)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.packYearsSpin)

        self.pack_yearsError = QLabel(SocialHistoryDialog)
        self.pack_yearsError.setObjectName(u"pack_yearsError")
        self.pack_yearsError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pack_yearsError)

        self.alcohol_units_weekLabel = QLabel(SocialHistoryDialog)
        self.alcohol_units_weekLabel.setObjectName(u"alcohol_units_weekLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.alcohol_units_weekLabel)

        self.alcoholSpin = QSpinBox(SocialHistoryDialog)
        self.alcoholSpin.setObjectName(u"alcoholSpin")
        self.alcoholSpin.setMinimum(-1)
        self.alcoholSpin.setMaximum(500)
        self.alcoholSpin.setValue(-1)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.alcoholSpin)

        self.alcohol_units_weekError = QLabel(SocialHistoryDialog)
        self.alcohol_units_weekError.setObjectName(u"alcohol_units_weekError")
        self.alcohol_units_weekError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.alcohol_units_weekError)

        self.occupationLabel = QLabel(SocialHistoryDialog)
        self.occupationLabel.setObjectName(u"occupationLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.occupationLabel)

        self.occupationEdit = QLineEdit(SocialHistoryDialog)
        self.occupationEdit.setObjectName(u"occupationEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.occupationEdit)

        self.occupationError = QLabel(SocialHistoryDialog)
        self.occupationError.setObjectName(u"occupationError")
        self.occupationError.setWordWrap(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.occupationError)

        self.notesLabel = QLabel(SocialHistoryDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(SocialHistoryDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.notesError = QLabel(SocialHistoryDialog)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setWordWrap(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.notesError)


        self.mainLayout.addLayout(self.formLayout)

        self.formSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.formSpacer)

        self.messageLabel = QLabel(SocialHistoryDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(SocialHistoryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.smokingLabel.setBuddy(self.smokingCombo)
        self.pack_yearsLabel.setBuddy(self.packYearsSpin)
        self.alcohol_units_weekLabel.setBuddy(self.alcoholSpin)
        self.occupationLabel.setBuddy(self.occupationEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.smokingCombo, self.packYearsSpin)
        QWidget.setTabOrder(self.packYearsSpin, self.alcoholSpin)
        QWidget.setTabOrder(self.alcoholSpin, self.occupationEdit)
        QWidget.setTabOrder(self.occupationEdit, self.notesEdit)

        self.retranslateUi(SocialHistoryDialog)

        QMetaObject.connectSlotsByName(SocialHistoryDialog)
    # setupUi

    def retranslateUi(self, SocialHistoryDialog):
        SocialHistoryDialog.setWindowTitle(QCoreApplication.translate("SocialHistoryDialog", u"Social history", None))
        self.smokingLabel.setText(QCoreApplication.translate("SocialHistoryDialog", u"S&moking", None))
        self.smokingError.setText("")
        self.pack_yearsLabel.setText(QCoreApplication.translate("SocialHistoryDialog", u"&Pack-years", None))
        self.packYearsSpin.setSpecialValueText(QCoreApplication.translate("SocialHistoryDialog", u"Not known", None))
        self.pack_yearsError.setText("")
        self.alcohol_units_weekLabel.setText(QCoreApplication.translate("SocialHistoryDialog", u"&Alcohol", None))
        self.alcoholSpin.setSpecialValueText(QCoreApplication.translate("SocialHistoryDialog", u"Not known", None))
        self.alcoholSpin.setSuffix(QCoreApplication.translate("SocialHistoryDialog", u" units a week", None))
        self.alcohol_units_weekError.setText("")
        self.occupationLabel.setText(QCoreApplication.translate("SocialHistoryDialog", u"&Occupation", None))
        self.occupationError.setText("")
        self.notesLabel.setText(QCoreApplication.translate("SocialHistoryDialog", u"&Notes", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("SocialHistoryDialog", u"e.g. lives alone; cares for a parent", None))
        self.notesError.setText("")
        self.messageLabel.setText("")
    # retranslateUi

