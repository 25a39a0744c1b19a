# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'problem_dialog.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ProblemDialog(object):
    def setupUi(self, ProblemDialog):
        if not ProblemDialog.objectName():
            ProblemDialog.setObjectName(u"ProblemDialog")
        ProblemDialog.resize(560, 440)
        self.mainLayout = QVBoxLayout(ProblemDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(2)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kindLabel = QLabel(ProblemDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(ProblemDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.kindError = QLabel(ProblemDialog)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindError)

        self.icd10_codeLabel = QLabel(ProblemDialog)
        self.icd10_codeLabel.setObjectName(u"icd10_codeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.icd10_codeLabel)

        self.codeColumn = QVBoxLayout()
        self.codeColumn.setSpacing(4)
        self.codeColumn.setObjectName(u"codeColumn")
        self.codeSearchEdit = QLineEdit(ProblemDialog)
        self.codeSearchEdit.setObjectName(u"codeSearchEdit")
        self.codeSearchEdit.setClearButtonEnabled(True)

        self.codeColumn.addWidget(self.codeSearchEdit)

        self.codeList = QListWidget(ProblemDialog)
        self.codeList.setObjectName(u"codeList")
        self.codeList.setMinimumSize(QSize(0, 120))
        self.codeList.setMaximumSize(QSize(16777215, 150))

        self.codeColumn.addWidget(self.codeList)

        self.codeChosenLabel = QLabel(ProblemDialog)
        self.codeChosenLabel.setObjectName(u"codeChosenLabel")
        self.codeChosenLabel.setWordWrap(True)

        self.codeColumn.addWidget(self.codeChosenLabel)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.codeColumn)

        self.icd10_codeError = QLabel(ProblemDialog)
        self.icd10_codeError.setObjectName(u"icd10_codeError")
        self.icd10_codeError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.icd10_codeError)

        self.descriptionLabel = QLabel(ProblemDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QLineEdit(ProblemDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.descriptionError = QLabel(ProblemDialog)
        self.descriptionError.setObjectName(u"descriptionError")
        self.descriptionError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.descriptionError)

        self.onsetLabel = QLabel(ProblemDialog)
        self.onsetLabel.setObjectName(u"onsetLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.onsetLabel)

        self.onsetRow = QHBoxLayout()
        self.onsetRow.setObjectName(u"onsetRow")
        self.onsetKnownCheck = QCheckBox(ProblemDialog)
        self.onsetKnownCheck.setObjectName(u"onsetKnownCheck")

        self.onsetRow.addWidget(self.onsetKnownCheck)

        self.onsetEdit = QDateEdit(ProblemDialog)
        self.onsetEdit.setObjectName(u"onsetEdit")
        self.onsetEdit.setCalendarPopup(True)

        self.onsetRow.addWidget(self.onsetEdit)

        self.onsetSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.onsetRow.addItem(self.onsetSpacer)

        self.onsetRow.setStretch(2, 1)

        self.formLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.onsetRow)

        self.onsetError = QLabel(ProblemDialog)
        self.onsetError.setObjectName(u"onsetError")
        self.onsetError.setWordWrap(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.onsetError)

        self.statusLabel = QLabel(ProblemDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(ProblemDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.statusError = QLabel(ProblemDialog)
        self.statusError.setObjectName(u"statusError")
        self.statusError.setWordWrap(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.statusError)


        self.mainLayout.addLayout(self.formLayout)

        self.formSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.formSpacer)

        self.messageLabel = QLabel(ProblemDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(ProblemDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.icd10_codeLabel.setBuddy(self.codeSearchEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.onsetLabel.setBuddy(self.onsetEdit)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.codeSearchEdit)
        QWidget.setTabOrder(self.codeSearchEdit, self.codeList)
        QWidget.setTabOrder(self.codeList, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.onsetKnownCheck)
        QWidget.setTabOrder(self.onsetKnownCheck, self.onsetEdit)
        QWidget.setTabOrder(self.onsetEdit, self.statusCombo)

        self.retranslateUi(ProblemDialog)

        QMetaObject.connectSlotsByName(ProblemDialog)
    # setupUi

    def retranslateUi(self, ProblemDialog):
        ProblemDialog.setWindowTitle(QCoreApplication.translate("ProblemDialog", u"Problem", None))
        self.kindLabel.setText(QCoreApplication.translate("ProblemDialog", u"&Kind", None))
        self.kindError.setText("")
        self.icd10_codeLabel.setText(QCoreApplication.translate("ProblemDialog", u"&ICD-10", None))
        self.codeSearchEdit.setPlaceholderText(QCoreApplication.translate("ProblemDialog", u"A code (J45) or words (asthma, diab mell)", None))
#if QT_CONFIG(accessibility)
        self.codeList.setAccessibleName(QCoreApplication.translate("ProblemDialog", u"Matching ICD-10 codes", None))
#endif // QT_CONFIG(accessibility)
        self.codeChosenLabel.setText("")
        self.icd10_codeError.setText("")
        self.descriptionLabel.setText(QCoreApplication.translate("ProblemDialog", u"&Description", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("ProblemDialog", u"The operation's name for a surgery; a note otherwise", None))
        self.descriptionError.setText("")
        self.onsetLabel.setText(QCoreApplication.translate("ProblemDialog", u"D&ate", None))
        self.onsetKnownCheck.setText(QCoreApplication.translate("ProblemDialog", u"Known", None))
#if QT_CONFIG(accessibility)
        self.onsetKnownCheck.setAccessibleName(QCoreApplication.translate("ProblemDialog", u"Date known", None))
#endif // QT_CONFIG(accessibility)
        self.onsetEdit.setDisplayFormat(QCoreApplication.translate("ProblemDialog", u"dd MMM yyyy", None))
        self.onsetError.setText("")
        self.statusLabel.setText(QCoreApplication.translate("ProblemDialog", u"S&tatus", None))
        self.statusError.setText("")
        self.messageLabel.setText("")
    # retranslateUi

