# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_PlanDialog(object):
    def setupUi(self, PlanDialog):
        if not PlanDialog.objectName():
            PlanDialog.setObjectName(u"PlanDialog")
        PlanDialog.resize(560, 600)
        self.mainLayout = QVBoxLayout(PlanDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.introLabel = QLabel(PlanDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(4)
        self.nameLabel = QLabel(PlanDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PlanDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(PlanDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.copayLabel = QLabel(PlanDialog)
        self.copayLabel.setObjectName(u"copayLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.copayLabel)

        self.copayEdit = QLineEdit(PlanDialog)
        self.copayEdit.setObjectName(u"copayEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.copayEdit)

        self.copayError = QLabel(PlanDialog)
        self.copayError.setObjectName(u"copayError")
        self.copayError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.copayError)

        self.limitLabel = QLabel(PlanDialog)
        self.limitLabel.setObjectName(u"limitLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.limitLabel)

        self.limitRow = QHBoxLayout()
        self.limitRow.setObjectName(u"limitRow")
        self.limitEdit = QLineEdit(PlanDialog)
        self.limitEdit.setObjectName(u"limitEdit")

        self.limitRow.addWidget(self.limitEdit)

        self.noLimitCheck = QCheckBox(PlanDialog)
        self.noLimitCheck.setObjectName(u"noLimitCheck")

        self.limitRow.addWidget(self.noLimitCheck)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.limitRow)

        self.limitError = QLabel(PlanDialog)
        self.limitError.setObjectName(u"limitError")
        self.limitError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.limitError)


        self.mainLayout.addLayout(self.formLayout)

        self.coverageBox = QGroupBox(PlanDialog)
        self.coverageBox.setObjectName(u"coverageBox")
        self.coverageLayout = QVBoxLayout(self.coverageBox)
        self.coverageLayout.setObjectName(u"coverageLayout")
        self.coverageGrid = QGridLayout()
        self.coverageGrid.setObjectName(u"coverageGrid")
        self.categoryHeader = QLabel(self.coverageBox)
        self.categoryHeader.setObjectName(u"categoryHeader")

        self.coverageGrid.addWidget(self.categoryHeader, 0, 0, 1, 1)

        self.percentHeader = QLabel(self.coverageBox)
        self.percentHeader.setObjectName(u"percentHeader")

        self.coverageGrid.addWidget(self.percentHeader, 0, 1, 1, 1)

        self.preauthHeader = QLabel(self.coverageBox)
        self.preauthHeader.setObjectName(u"preauthHeader")

        self.coverageGrid.addWidget(self.preauthHeader, 0, 2, 1, 1)

        self.consultationLabel = QLabel(self.coverageBox)
        self.consultationLabel.setObjectName(u"consultationLabel")

        self.coverageGrid.addWidget(self.consultationLabel, 1, 0, 1, 1)

        self.consultationPercent = QLineEdit(self.coverageBox)
        self.consultationPercent.setObjectName(u"consultationPercent")

        self.coverageGrid.addWidget(self.consultationPercent, 1, 1, 1, 1)

        self.consultationPreauth = QCheckBox(self.coverageBox)
        self.consultationPreauth.setObjectName(u"consultationPreauth")

        self.coverageGrid.addWidget(self.consultationPreauth, 1, 2, 1, 1)

        self.procedureLabel = QLabel(self.coverageBox)
        self.procedureLabel.setObjectName(u"procedureLabel")

        self.coverageGrid.addWidget(self.procedureLabel, 2, 0, 1, 1)

        self.procedurePercent = QLineEdit(self.coverageBox)
        self.procedurePercent.setObjectName(u"procedurePercent")

        self.coverageGrid.addWidget(self.procedurePercent, 2, 1, 1, 1)

        self.procedurePreauth = QCheckBox(self.coverageBox)
        self.procedurePreauth.setObjectName(u"procedurePreauth")

        self.coverageGrid.addWidget(self.procedurePreauth, 2, 2, 1, 1)

        self.labLabel = QLabel(self.coverageBox)
        self.labLabel.setObjectName(u"labLabel")

        self.coverageGrid.addWidget(self.labLabel, 3, 0, 1, 1)

        self.labPercent = QLineEdit(self.coverageBox)
        self.labPercent.setObjectName(u"labPercent")

        self.coverageGrid.addWidget(self.labPercent, 3, 1, 1, 1)

        self.labPreauth = QCheckBox(self.coverageBox)
        self.labPreauth.setObjectName(u"labPreauth")

        self.coverageGrid.addWidget(self.labPreauth, 3, 2, 1, 1)

        self.drugLabel = QLabel(self.coverageBox)
        self.drugLabel.setObjectName(u"drugLabel")

        self.coverageGrid.addWidget(self.drugLabel, 4, 0, 1, 1)

        self.drugPercent = QLineEdit(self.coverageBox)
        self.drugPercent.setObjectName(u"drugPercent")

        self.coverageGrid.addWidget(self.drugPercent, 4, 1, 1, 1)

        self.drugPreauth = QCheckBox(self.coverageBox)
        self.drugPreauth.setObjectName(u"drugPreauth")

        self.coverageGrid.addWidget(self.drugPreauth, 4, 2, 1, 1)

        self.bedDayLabel = QLabel(self.coverageBox)
        self.bedDayLabel.setObjectName(u"bedDayLabel")

        self.coverageGrid.addWidget(self.bedDayLabel, 5, 0, 1, 1)

        self.bedDayPercent = QLineEdit(self.coverageBox)
        self.bedDayPercent.setObjectName(u"bedDayPercent")

        self.coverageGrid.addWidget(self.bedDayPercent, 5, 1, 1, 1)

        self.bedDayPreauth = QCheckBox(self.coverageBox)
        self.bedDayPreauth.setObjectName(u"bedDayPreauth")

        self.coverageGrid.addWidget(self.bedDayPreauth, 5, 2, 1, 1)

        self.otherLabel = QLabel(self.coverageBox)
        self.otherLabel.setObjectName(u"otherLabel")

        self.coverageGrid.addWidget(self.otherLabel, 6, 0, 1, 1)

        self.otherPercent = QLineEdit(self.coverageBox)
        self.otherPercent.setObjectName(u"otherPercent")

        self.coverageGrid.addWidget(self.otherPercent, 6, 1, 1, 1)

        self.otherPreauth = QCheckBox(self.coverageBox)
        self.otherPreauth.setObjectName(u"otherPreauth")

        self.coverageGrid.addWidget(self.otherPreauth, 6, 2, 1, 1)


        self.coverageLayout.addLayout(self.coverageGrid)

        self.coverageError = QLabel(self.coverageBox)
        self.coverageError.setObjectName(u"coverageError")
        self.coverageError.setWordWrap(True)

        self.coverageLayout.addWidget(self.coverageError)


        self.mainLayout.addWidget(self.coverageBox)

        self.exclusionLayout = QFormLayout()
        self.exclusionLayout.setObjectName(u"exclusionLayout")
        self.exclusionLayout.setHorizontalSpacing(12)
        self.exclusionLayout.setVerticalSpacing(4)
        self.excludedLabel = QLabel(PlanDialog)
        self.excludedLabel.setObjectName(u"excludedLabel")

        self.exclusionLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.excludedLabel)

        self.excludedEdit = QLineEdit(PlanDialog)
        self.excludedEdit.setObjectName(u"excludedEdit")

        self.exclusionLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.excludedEdit)

        self.excludedError = QLabel(PlanDialog)
        self.excludedError.setObjectName(u"excludedError")
        self.excludedError.setWordWrap(True)

        self.exclusionLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.excludedError)

        self.activeCheck = QCheckBox(PlanDialog)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.exclusionLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.activeCheck)


        self.mainLayout.addLayout(self.exclusionLayout)

        self.messageLabel = QLabel(PlanDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(PlanDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.copayLabel.setBuddy(self.copayEdit)
        self.limitLabel.setBuddy(self.limitEdit)
        self.consultationLabel.setBuddy(self.consultationPercent)
        self.procedureLabel.setBuddy(self.procedurePercent)
        self.labLabel.setBuddy(self.labPercent)
        self.drugLabel.setBuddy(self.drugPercent)
        self.bedDayLabel.setBuddy(self.bedDayPercent)
        self.otherLabel.setBuddy(self.otherPercent)
        self.excludedLabel.setBuddy(self.excludedEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.copayEdit)
        QWidget.setTabOrder(self.copayEdit, self.limitEdit)
        QWidget.setTabOrder(self.limitEdit, self.noLimitCheck)
        QWidget.setTabOrder(self.noLimitCheck, self.consultationPercent)
        QWidget.setTabOrder(self.consultationPercent, self.consultationPreauth)
        QWidget.setTabOrder(self.consultationPreauth, self.procedurePercent)
        QWidget.setTabOrder(self.procedurePercent, self.procedurePreauth)
        QWidget.setTabOrder(self.procedurePreauth, self.labPercent)
        QWidget.setTabOrder(self.labPercent, self.labPreauth)
        QWidget.setTabOrder(self.labPreauth, self.drugPercent)
        QWidget.setTabOrder(self.drugPercent, self.drugPreauth)
        QWidget.setTabOrder(self.drugPreauth, self.bedDayPercent)
        QWidget.setTabOrder(self.bedDayPercent, self.bedDayPreauth)
        QWidget.setTabOrder(self.bedDayPreauth, self.otherPercent)
        QWidget.setTabOrder(self.otherPercent, self.otherPreauth)
        QWidget.setTabOrder(self.otherPreauth, self.excludedEdit)
        QWidget.setTabOrder(self.excludedEdit, self.activeCheck)

        self.retranslateUi(PlanDialog)

        QMetaObject.connectSlotsByName(PlanDialog)
    # setupUi

    def retranslateUi(self, PlanDialog):
        PlanDialog.setWindowTitle(QCoreApplication.translate("PlanDialog", u"Insurance plan", None))
        self.introLabel.setText("")
        self.nameLabel.setText(QCoreApplication.translate("PlanDialog", u"&Name", None))
        self.nameError.setText("")
        self.copayLabel.setText(QCoreApplication.translate("PlanDialog", u"&Co-payment per invoice", None))
        self.copayEdit.setPlaceholderText(QCoreApplication.translate("PlanDialog", u"0.00", None))
        self.copayError.setText("")
        self.limitLabel.setText(QCoreApplication.translate("PlanDialog", u"Annual &limit", None))
        self.noLimitCheck.setText(QCoreApplication.translate("PlanDialog", u"N&o limit", None))
        self.limitError.setText("")
        self.coverageBox.setTitle(QCoreApplication.translate("PlanDialog", u"Coverage per category (empty: the patient pays it all)", None))
        self.categoryHeader.setText(QCoreApplication.translate("PlanDialog", u"Category", None))
        self.percentHeader.setText(QCoreApplication.translate("PlanDialog", u"Insurer pays (%)", None))
        self.preauthHeader.setText(QCoreApplication.translate("PlanDialog", u"Pre-authorisation", None))
        self.consultationLabel.setText(QCoreApplication.translate("PlanDialog", u"Consultation", None))
        self.consultationPercent.setPlaceholderText(QCoreApplication.translate("PlanDialog", u"not covered", None))
#if QT_CONFIG(accessibility)
        self.consultationPercent.setAccessibleName(QCoreApplication.translate("PlanDialog", u"Consultation: insurer pays (%)", None))
#endif // QT_CONFIG(accessibility)
        self.consultationPreauth.setText(QCoreApplication.translate("PlanDialog", u"needed", None))
#if QT_CONFIG(accessibility)
        self.consultationPreauth.setAccessibleName(QCoreApplication.translate("PlanDialog", u"Consultation: pre-authorisation needed", None))
#endif // QT_CONFIG(accessibility)
        self.procedureLabel.setText(QCoreApplication.translate("PlanDialog", u"Procedure", None))
        self.procedurePercent.setPlaceholderText(QCoreApplication.translate("PlanDialog", u"not covered", None))
#if QT_CONFIG(accessibility)
        self.procedurePercent.setAccessibleName(QCoreApplication.translate("PlanDialog", u"Procedure: insurer pays (%)", None))
#endif // QT_CONFIG(accessibility)
        self.procedurePreauth.setText(QCoreApplication.translate("PlanDialog", u"needed", None))
#if QT_CONFIG(accessibility)
        self.procedurePreauth.setAccessibleName(QCoreApplication.translate("PlanDialog", u"Procedure: pre-authorisation needed", None))
#endif // QT_CONFIG(accessibility)
        self.labLabel.setText(QCoreApplication.translate("PlanDialog", u"Laboratory", None))
        self.labPercent.setPlaceholderText(QCoreApplication.translate("PlanDialog", u"not covered", None))
#if QT_CONFIG(accessibility)
        self.labPercent.setAccessibleName(QCoreApplication.translate("PlanDialog", u"Laboratory: insurer pays (%)", None))
#endif // QT_CONFIG(accessibility)
        self.labPreauth.setText(QCoreApplication.translate("PlanDialog", u"needed", None))
#if QT_CONFIG(accessibility)
        self.labPreauth.setAccessibleName(QCoreApplication.translate("PlanDialog", u"Laboratory: pre-authorisation needed", None))
#endif // QT_CONFIG(accessibility)
        self.drugLabel.setText(QCoreApplication.translate("PlanDialog", u"Drug", None))
        self.drugPercent.setPlaceholderText(QCoreApplication.translate("PlanDialog", u"not covered", None))
#if QT_CONFIG(accessibility)
        self.drugPercent.setAccessibleName(QCoreApplication.translate("PlanDialog", u"Drug: insurer pays (%)", None))
#endif // QT_CONFIG(accessibility)
        self.drugPreauth.setText(QCoreApplication.translate("PlanDialog", u"needed", None))
#if QT_CONFIG(accessibility)
        self.drugPreauth.setAccessibleName(QCoreApplication.translate("PlanDialog", u"Drug: pre-authorisation needed", None))
#endif // QT_CONFIG(accessibility)
        self.bedDayLabel.setText(QCoreApplication.translate("PlanDialog", u"Bed day", None))
        self.bedDayPercent.setPlaceholderText(QCoreApplication.translate("PlanDialog", u"not covered", None))
#if QT_CONFIG(accessibility)
        self.bedDayPercent.setAccessibleName(QCoreApplication.translate("PlanDialog", u"Bed day: insurer pays (%)", None))
#endif // QT_CONFIG(accessibility)
        self.bedDayPreauth.setText(QCoreApplication.translate("PlanDialog", u"needed", None))
#if QT_CONFIG(accessibility)
        self.bedDayPreauth.setAccessibleName(QCoreApplication.translate("PlanDialog", u"Bed day: pre-authorisation needed", None))
#endif // QT_CONFIG(accessibility)
        self.otherLabel.setText(QCoreApplication.translate("PlanDialog", u"Other", None))
        self.otherPercent.setPlaceholderText(QCoreApplication.translate("PlanDialog", u"not covered", None))
#if QT_CONFIG(accessibility)
        self.otherPercent.setAccessibleName(QCoreApplication.translate("PlanDialog", u"Other: insurer pays (%)", None))
#endif // QT_CONFIG(accessibility)
        self.otherPreauth.setText(QCoreApplication.translate("PlanDialog", u"needed", None))
#if QT_CONFIG(accessibility)
        self.otherPreauth.setAccessibleName(QCoreApplication.translate("PlanDialog", u"Other: pre-authorisation needed", None))
#endif // QT_CONFIG(accessibility)
        self.coverageError.setText("")
        self.excludedLabel.setText(QCoreApplication.translate("PlanDialog", u"&Excluded fee codes", None))
        self.excludedEdit.setPlaceholderText(QCoreApplication.translate("PlanDialog", u"separated by commas, e.g. PROC-COSMETIC, LAB-VITD", None))
        self.excludedError.setText("")
        self.activeCheck.setText(QCoreApplication.translate("PlanDialog", u"Ac&tive (takes new members)", None))
        self.messageLabel.setText("")
    # retranslateUi

