# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'family_history_dialog.ui'
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
    QListWidget, QListWidgetItem, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_FamilyHistoryDialog(object):
    def setupUi(self, FamilyHistoryDialog):
        if not FamilyHistoryDialog.objectName():
            FamilyHistoryDialog.setObjectName(u"FamilyHistoryDialog")
        FamilyHistoryDialog.resize(540, 380)
        self.mainLayout = QVBoxLayout(FamilyHistoryDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(2)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.relationLabel = QLabel(FamilyHistoryDialog)
        self.relationLabel.setObjectName(u"relationLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.relationLabel)

        self.relationCombo = QComboBox(FamilyHistoryDialog)
        self.relationCombo.setObjectName(u"relationCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.relationCombo)

        self.relationError = QLabel(FamilyHistoryDialog)
        self.relationError.setObjectName(u"relationError")
        self.relationError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.relationError)

        self.icd10_codeLabel = QLabel(FamilyHistoryDialog)
        self.icd10_codeLabel.setObjectName(u"icd10_codeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.icd10_codeLabel)

        self.codeColumn = QVBoxLayout()
        self.codeColumn.setSpacing(4)
        self.codeColumn.setObjectName(u"codeColumn")
        self.codeSearchEdit = QLineEdit(FamilyHistoryDialog)
        self.codeSearchEdit.setObjectName(u"codeSearchEdit")
        self.codeSearchEdit.setClearButtonEnabled(True)

        self.codeColumn.addWidget(self.codeSearchEdit)

        self.codeList = QListWidget(FamilyHistoryDialog)
        self.codeList.setObjectName(u"codeList")
        self.codeList.setMinimumSize(QSize(0, 120))
        self.codeList.setMaximumSize(QSize(16777215, 150))

        self.codeColumn.addWidget(self.codeList)

        self.codeChosenLabel = QLabel(FamilyHistoryDialog)
        self.codeChosenLabel.setObjectName(u"codeChosenLabel")
        self.codeChosenLabel.setWordWrap(True)

        self.codeColumn.addWidget(self.codeChosenLabel)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.codeColumn)

        self.icd10_codeError = QLabel(FamilyHistoryDialog)
        self.icd10_codeError.setObjectName(u"icd10_codeError")
        self.icd10_codeError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.icd10_codeError)

        self.descriptionLabel = QLabel(FamilyHistoryDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QLineEdit(FamilyHistoryDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.descriptionError = QLabel(FamilyHistoryDialog)
        self.descriptionError.setObjectName(u"descriptionError")
        self.descriptionError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.descriptionError)


        self.mainLayout.addLayout(self.formLayout)

        self.formSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.formSpacer)

        self.messageLabel = QLabel(FamilyHistoryDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(FamilyHistoryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.relationLabel.setBuddy(self.relationCombo)
        self.icd10_codeLabel.setBuddy(self.codeSearchEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.relationCombo, self.codeSearchEdit)
        QWidget.setTabOrder(self.codeSearchEdit, self.codeList)
        QWidget.setTabOrder(self.codeList, self.descriptionEdit)

        self.retranslateUi(FamilyHistoryDialog)

        QMetaObject.connectSlotsByName(FamilyHistoryDialog)
    # setupUi

    def retranslateUi(self, FamilyHistoryDialog):
        FamilyHistoryDialog.setWindowTitle(QCoreApplication.translate("FamilyHistoryDialog", u"Family history", None))
        self.relationLabel.setText(QCoreApplication.translate("FamilyHistoryDialog", u"&Relative", None))
        self.relationError.setText("")
        self.icd10_codeLabel.setText(QCoreApplication.translate("FamilyHistoryDialog", u"&Condition (ICD-10)", None))
        self.codeSearchEdit.setPlaceholderText(QCoreApplication.translate("FamilyHistoryDialog", u"A code (J45) or words (asthma, diab mell)", None))
#if QT_CONFIG(accessibility)
        self.codeList.setAccessibleName(QCoreApplication.translate("FamilyHistoryDialog", u"Matching ICD-10 codes", None))
#endif // QT_CONFIG(accessibility)
        self.codeChosenLabel.setText("")
        self.icd10_codeError.setText("")
        self.descriptionLabel.setText(QCoreApplication.translate("FamilyHistoryDialog", u"&Note", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("FamilyHistoryDialog", u"e.g. at age 52 (optional)", None))
        self.descriptionError.setText("")
        self.messageLabel.setText("")
    # retranslateUi

