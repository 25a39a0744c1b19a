# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'patient_form.ui'
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
    QDialog, QDialogButtonBox, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_PatientDialog(object):
    def setupUi(self, PatientDialog):
        if not PatientDialog.objectName():
            PatientDialog.setObjectName(u"PatientDialog")
        PatientDialog.resize(1060, 660)
        self.mainLayout = QVBoxLayout(PatientDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 12, 16, 12)
        self.columns = QHBoxLayout()
        self.columns.setSpacing(14)
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setSpacing(10)
        self.leftColumn.setObjectName(u"leftColumn")
        self.identityGroup = QGroupBox(PatientDialog)
        self.identityGroup.setObjectName(u"identityGroup")
        self.identityGroupLayout = QVBoxLayout(self.identityGroup)
        self.identityGroupLayout.setSpacing(4)
        self.identityGroupLayout.setObjectName(u"identityGroupLayout")
        self.identityGroupLayout.setContentsMargins(10, 8, 10, 8)
        self.identityRow = QHBoxLayout()
        self.identityRow.setSpacing(14)
        self.identityRow.setObjectName(u"identityRow")
        self.identityGrid = QGridLayout()
        self.identityGrid.setObjectName(u"identityGrid")
        self.identityGrid.setHorizontalSpacing(10)
        self.identityGrid.setVerticalSpacing(3)
        self.familyNameLabel = QLabel(self.identityGroup)
        self.familyNameLabel.setObjectName(u"familyNameLabel")

        self.identityGrid.addWidget(self.familyNameLabel, 0, 0, 1, 1)

        self.familyNameEdit = QLineEdit(self.identityGroup)
        self.familyNameEdit.setObjectName(u"familyNameEdit")
        self.familyNameEdit.setMaxLength(200)

        self.identityGrid.addWidget(self.familyNameEdit, 0, 1, 1, 1)

        self.familyNameError = QLabel(self.identityGroup)
        self.familyNameError.setObjectName(u"familyNameError")
        self.familyNameError.setWordWrap(True)

        self.identityGrid.addWidget(self.familyNameError, 1, 1, 1, 1)

        self.givenNameLabel = QLabel(self.identityGroup)
        self.givenNameLabel.setObjectName(u"givenNameLabel")

        self.identityGrid.addWidget(self.givenNameLabel, 2, 0, 1, 1)

        self.givenNameEdit = QLineEdit(self.identityGroup)
        self.givenNameEdit.setObjectName(u"givenNameEdit")
        self.givenNameEdit.setMaxLength(200)

        self.identityGrid.addWidget(self.givenNameEdit, 2, 1, 1, 1)

        self.givenNameError = QLabel(self.identityGroup)
        self.givenNameError.setObjectName(u"givenNameError")
        self.givenNameError.setWordWrap(True)

        self.identityGrid.addWidget(self.givenNameError, 3, 1, 1, 1)

        self.sexLabel = QLabel(self.identityGroup)
        self.sexLabel.setObjectName(u"sexLabel")

        self.identityGrid.addWidget(self.sexLabel, 4, 0, 1, 1)

        self.sexCombo = QComboBox(self.identityGroup)
        self.sexCombo.setObjectName(u"sexCombo")

        self.identityGrid.addWidget(self.sexCombo, 4, 1, 1, 1)

        self.sexError = QLabel(self.identityGroup)
        self.sexError.setObjectName(u"sexError")
        self.sexError.setWordWrap(True)

        self.identityGrid.addWidget(self.sexError, 5, 1, 1, 1)

        self.birthDateLabel = QLabel(self.identityGroup)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.identityGrid.addWidget(self.birthDateLabel, 6, 0, 1, 1)

        self.birthDateRow = QHBoxLayout()
        self.birthDateRow.setSpacing(6)
        self.birthDateRow.setObjectName(u"birthDateRow")
        self.birthDateEdit = QLineEdit(self.identityGroup)
        self.birthDateEdit.setObjectName(u"birthDateEdit")
        self.birthDateEdit.setMinimumSize(QSize(124, 0))
        self.birthDateEdit.setMaximumSize(QSize(124, 16777215))

        self.birthDateRow.addWidget(self.birthDateEdit)

        self.estimatedCheck = QCheckBox(self.identityGroup)
        self.estimatedCheck.setObjectName(u"estimatedCheck")

        self.birthDateRow.addWidget(self.estimatedCheck)

        self.ageSpin = QSpinBox(self.identityGroup)
        self.ageSpin.setObjectName(u"ageSpin")
        self.ageSpin.setEnabled(False)
        self.ageSpin.setMaximum(130)
        self.ageSpin.setMinimumSize(QSize(104, 0))

        self.birthDateRow.addWidget(self.ageSpin)

        self.birthDateSpacer = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.birthDateRow.addItem(self.birthDateSpacer)


        self.identityGrid.addLayout(self.birthDateRow, 6, 1, 1, 1)

        self.birthDateError = QLabel(self.identityGroup)
        self.birthDateError.setObjectName(u"birthDateError")
        self.birthDateError.setWordWrap(True)

        self.identityGrid.addWidget(self.birthDateError, 7, 1, 1, 1)

        self.nationalIdLabel = QLabel(self.identityGroup)
        self.nationalIdLabel.setObjectName(u"nationalIdLabel")

        self.identityGrid.addWidget(self.nationalIdLabel, 8, 0, 1, 1)

        self.nationalIdRow = QHBoxLayout()
        self.nationalIdRow.setSpacing(6)
        self.nationalIdRow.setObjectName(u"nationalIdRow")
        self.nationalIdEdit = QLineEdit(self.identityGroup)
        self.nationalIdEdit.setObjectName(u"nationalIdEdit")
        self.nationalIdEdit.setMaxLength(80)

        self.nationalIdRow.addWidget(self.nationalIdEdit)

        self.idTypeCombo = QComboBox(self.identityGroup)
        self.idTypeCombo.setObjectName(u"idTypeCombo")

        self.nationalIdRow.addWidget(self.idTypeCombo)


        self.identityGrid.addLayout(self.nationalIdRow, 8, 1, 1, 1)

        self.nationalIdError = QLabel(self.identityGroup)
        self.nationalIdError.setObjectName(u"nationalIdError")
        self.nationalIdError.setWordWrap(True)

        self.identityGrid.addWidget(self.nationalIdError, 9, 1, 1, 1)

        self.identityGrid.setColumnStretch(1, 1)

        self.identityRow.addLayout(self.identityGrid)

        self.photoColumn = QVBoxLayout()
        self.photoColumn.setSpacing(6)
        self.photoColumn.setObjectName(u"photoColumn")
        self.photoLabel = QLabel(self.identityGroup)
        self.photoLabel.setObjectName(u"photoLabel")
        self.photoLabel.setMinimumSize(QSize(104, 128))
        self.photoLabel.setMaximumSize(QSize(104, 128))
        self.photoLabel.setFrameShape(QFrame.Shape.Box)
        self.photoLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.photoColumn.addWidget(self.photoLabel)

        self.choosePhotoButton = QPushButton(self.identityGroup)
        self.choosePhotoButton.setObjectName(u"choosePhotoButton")

        self.photoColumn.addWidget(self.choosePhotoButton)

        self.photoError = QLabel(self.identityGroup)
        self.photoError.setObjectName(u"photoError")
        self.photoError.setWordWrap(True)
        self.photoError.setMaximumSize(QSize(104, 16777215))

        self.photoColumn.addWidget(self.photoError)

        self.photoSpacer = QSpacerItem(1, 1, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.photoColumn.addItem(self.photoSpacer)


        self.identityRow.addLayout(self.photoColumn)


        self.identityGroupLayout.addLayout(self.identityRow)


        self.leftColumn.addWidget(self.identityGroup)

        self.contactGroup = QGroupBox(PatientDialog)
        self.contactGroup.setObjectName(u"contactGroup")
        self.contactGroupLayout = QVBoxLayout(self.contactGroup)
        self.contactGroupLayout.setSpacing(4)
        self.contactGroupLayout.setObjectName(u"contactGroupLayout")
        self.contactGroupLayout.setContentsMargins(10, 8, 10, 8)
        self.contactGrid = QGridLayout()
        self.contactGrid.setObjectName(u"contactGrid")
        self.contactGrid.setHorizontalSpacing(10)
        self.contactGrid.setVerticalSpacing(3)
        self.phoneLabel = QLabel(self.contactGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.contactGrid.addWidget(self.phoneLabel, 0, 0, 1, 1)

        self.phoneEdit = QLineEdit(self.contactGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(80)

        self.contactGrid.addWidget(self.phoneEdit, 0, 1, 1, 1)

        self.phoneError = QLabel(self.contactGroup)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)

        self.contactGrid.addWidget(self.phoneError, 1, 1, 1, 1)

        self.phoneAltLabel = QLabel(self.contactGroup)
        self.phoneAltLabel.setObjectName(u"phoneAltLabel")

        self.contactGrid.addWidget(self.phoneAltLabel, 2, 0, 1, 1)

        self.phoneAltEdit = QLineEdit(self.contactGroup)
        self.phoneAltEdit.setObjectName(u"phoneAltEdit")
        self.phoneAltEdit.setMaxLength(80)

        self.contactGrid.addWidget(self.phoneAltEdit, 2, 1, 1, 1)

        self.phoneAltError = QLabel(self.contactGroup)
        self.phoneAltError.setObjectName(u"phoneAltError")
        self.phoneAltError.setWordWrap(True)

        self.contactGrid.addWidget(self.phoneAltError, 3, 1, 1, 1)

        self.emailLabel = QLabel(self.contactGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.contactGrid.addWidget(self.emailLabel, 4, 0, 1, 1)

        self.emailEdit = QLineEdit(self.contactGroup)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(500)

        self.contactGrid.addWidget(self.emailEdit, 4, 1, 1, 1)

        self.emailError = QLabel(self.contactGroup)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)

        self.contactGrid.addWidget(self.emailError, 5, 1, 1, 1)

        self.addressLabel = QLabel(self.contactGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.contactGrid.addWidget(self.addressLabel, 6, 0, 1, 1)

        self.addressEdit = QPlainTextEdit(self.contactGroup)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setTabChangesFocus(True)
        self.addressEdit.setMaximumSize(QSize(16777215, 58))

        self.contactGrid.addWidget(self.addressEdit, 6, 1, 1, 1)

        self.addressError = QLabel(self.contactGroup)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setWordWrap(True)

        self.contactGrid.addWidget(self.addressError, 7, 1, 1, 1)

        self.areaLabel = QLabel(self.contactGroup)
        self.areaLabel.setObjectName(u"areaLabel")

        self.contactGrid.addWidget(self.areaLabel, 8, 0, 1, 1)

        self.areaEdit = QLineEdit(self.contactGroup)
        self.areaEdit.setObjectName(u"areaEdit")
        self.areaEdit.setMaxLength(200)

        self.contactGrid.addWidget(self.areaEdit, 8, 1, 1, 1)

        self.areaError = QLabel(self.contactGroup)
        self.areaError.setObjectName(u"areaError")
        self.areaError.setWordWrap(True)

        self.contactGrid.addWidget(self.areaError, 9, 1, 1, 1)

        self.languageLabel = QLabel(self.contactGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.contactGrid.addWidget(self.languageLabel, 10, 0, 1, 1)

        self.languageCombo = QComboBox(self.contactGroup)
        self.languageCombo.setObjectName(u"languageCombo")
        self.languageCombo.setEditable(True)
        self.languageCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.contactGrid.addWidget(self.languageCombo, 10, 1, 1, 1)

        self.languageError = QLabel(self.contactGroup)
        self.languageError.setObjectName(u"languageError")
        self.languageError.setWordWrap(True)

        self.contactGrid.addWidget(self.languageError, 11, 1, 1, 1)

        self.contactGrid.setColumnStretch(1, 1)

        self.contactGroupLayout.addLayout(self.contactGrid)


        self.leftColumn.addWidget(self.contactGroup)

        self.leftColumnSpacer = QSpacerItem(1, 1, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftColumnSpacer)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setSpacing(10)
        self.rightColumn.setObjectName(u"rightColumn")
        self.emergencyGroup = QGroupBox(PatientDialog)
        self.emergencyGroup.setObjectName(u"emergencyGroup")
        self.emergencyGroupLayout = QVBoxLayout(self.emergencyGroup)
        self.emergencyGroupLayout.setSpacing(4)
        self.emergencyGroupLayout.setObjectName(u"emergencyGroupLayout")
        self.emergencyGroupLayout.setContentsMargins(10, 8, 10, 8)
        self.emergencyGrid = QGridLayout()
        self.emergencyGrid.setObjectName(u"emergencyGrid")
        self.emergencyGrid.setHorizontalSpacing(10)
        self.emergencyGrid.setVerticalSpacing(3)
        self.emergencyNameLabel = QLabel(self.emergencyGroup)
        self.emergencyNameLabel.setObjectName(u"emergencyNameLabel")

        self.emergencyGrid.addWidget(self.emergencyNameLabel, 0, 0, 1, 1)

        self.emergencyNameEdit = QLineEdit(self.emergencyGroup)
        self.emergencyNameEdit.setObjectName(u"emergencyNameEdit")
        self.emergencyNameEdit.setMaxLength(400)

        self.emergencyGrid.addWidget(self.emergencyNameEdit, 0, 1, 1, 1)

        self.emergencyNameError = QLabel(self.emergencyGroup)
        self.emergencyNameError.setObjectName(u"emergencyNameError")
        self.emergencyNameError.setWordWrap(True)

        self.emergencyGrid.addWidget(self.emergencyNameError, 1, 1, 1, 1)

        self.emergencyRelationLabel = QLabel(self.emergencyGroup)
        self.emergencyRelationLabel.setObjectName(u"emergencyRelationLabel")

        self.emergencyGrid.addWidget(self.emergencyRelationLabel, 2, 0, 1, 1)

        self.emergencyRelationCombo = QComboBox(self.emergencyGroup)
        self.emergencyRelationCombo.setObjectName(u"emergencyRelationCombo")
        self.emergencyRelationCombo.setEditable(True)
        self.emergencyRelationCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.emergencyGrid.addWidget(self.emergencyRelationCombo, 2, 1, 1, 1)

        self.emergencyRelationError = QLabel(self.emergencyGroup)
        self.emergencyRelationError.setObjectName(u"emergencyRelationError")
        self.emergencyRelationError.setWordWrap(True)

        self.emergencyGrid.addWidget(self.emergencyRelationError, 3, 1, 1, 1)

        self.emergencyPhoneLabel = QLabel(self.emergencyGroup)
        self.emergencyPhoneLabel.setObjectName(u"emergencyPhoneLabel")

        self.emergencyGrid.addWidget(self.emergencyPhoneLabel, 4, 0, 1, 1)

        self.emergencyPhoneEdit = QLineEdit(self.emergencyGroup)
        self.emergencyPhoneEdit.setObjectName(u"emergencyPhoneEdit")
        self.emergencyPhoneEdit.setMaxLength(80)

        self.emergencyGrid.addWidget(self.emergencyPhoneEdit, 4, 1, 1, 1)

        self.emergencyPhoneError = QLabel(self.emergencyGroup)
        self.emergencyPhoneError.setObjectName(u"emergencyPhoneError")
        self.emergencyPhoneError.setWordWrap(True)

        self.emergencyGrid.addWidget(self.emergencyPhoneError, 5, 1, 1, 1)

        self.emergencyGrid.setColumnStretch(1, 1)

        self.emergencyGroupLayout.addLayout(self.emergencyGrid)


        self.rightColumn.addWidget(self.emergencyGroup)

        self.kinGroup = QGroupBox(PatientDialog)
        self.kinGroup.setObjectName(u"kinGroup")
        self.kinGroupLayout = QVBoxLayout(self.kinGroup)
        self.kinGroupLayout.setSpacing(4)
        self.kinGroupLayout.setObjectName(u"kinGroupLayout")
        self.kinGroupLayout.setContentsMargins(10, 8, 10, 8)
        self.kinColumn = QVBoxLayout()
        self.kinColumn.setSpacing(4)
        self.kinColumn.setObjectName(u"kinColumn")
        self.kinSameCheck = QCheckBox(self.kinGroup)
        self.kinSameCheck.setObjectName(u"kinSameCheck")

        self.kinColumn.addWidget(self.kinSameCheck)

        self.kinGrid = QGridLayout()
        self.kinGrid.setObjectName(u"kinGrid")
        self.kinGrid.setHorizontalSpacing(10)
        self.kinGrid.setVerticalSpacing(3)
        self.kinNameLabel = QLabel(self.kinGroup)
        self.kinNameLabel.setObjectName(u"kinNameLabel")

        self.kinGrid.addWidget(self.kinNameLabel, 0, 0, 1, 1)

        self.kinNameEdit = QLineEdit(self.kinGroup)
        self.kinNameEdit.setObjectName(u"kinNameEdit")
        self.kinNameEdit.setMaxLength(400)

        self.kinGrid.addWidget(self.kinNameEdit, 0, 1, 1, 1)

        self.kinNameError = QLabel(self.kinGroup)
        self.kinNameError.setObjectName(u"kinNameError")
        self.kinNameError.setWordWrap(True)

        self.kinGrid.addWidget(self.kinNameError, 1, 1, 1, 1)

        self.kinRelationLabel = QLabel(self.kinGroup)
        self.kinRelationLabel.setObjectName(u"kinRelationLabel")

        self.kinGrid.addWidget(self.kinRelationLabel, 2, 0, 1, 1)

        self.kinRelationCombo = QComboBox(self.kinGroup)
        self.kinRelationCombo.setObjectName(u"kinRelationCombo")
        self.kinRelationCombo.setEditable(True)
        self.kinRelationCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.kinGrid.addWidget(self.kinRelationCombo, 2, 1, 1, 1)

        self.kinRelationError = QLabel(self.kinGroup)
        self.kinRelationError.setObjectName(u"kinRelationError")
        self.kinRelationError.setWordWrap(True)

        self.kinGrid.addWidget(self.kinRelationError, 3, 1, 1, 1)

        self.kinPhoneLabel = QLabel(self.kinGroup)
        self.kinPhoneLabel.setObjectName(u"kinPhoneLabel")

        self.kinGrid.addWidget(self.kinPhoneLabel, 4, 0, 1, 1)

        self.kinPhoneEdit = QLineEdit(self.kinGroup)
        self.kinPhoneEdit.setObjectName(u"kinPhoneEdit")
        self.kinPhoneEdit.setMaxLength(80)

        self.kinGrid.addWidget(self.kinPhoneEdit, 4, 1, 1, 1)

        self.kinPhoneError = QLabel(self.kinGroup)
        self.kinPhoneError.setObjectName(u"kinPhoneError")
        self.kinPhoneError.setWordWrap(True)

        self.kinGrid.addWidget(self.kinPhoneError, 5, 1, 1, 1)

        self.kinGrid.setColumnStretch(1, 1)

        self.kinColumn.addLayout(self.kinGrid)


        self.kinGroupLayout.addLayout(self.kinColumn)


        self.rightColumn.addWidget(self.kinGroup)

        self.insuranceGroup = QGroupBox(PatientDialog)
        self.insuranceGroup.setObjectName(u"insuranceGroup")
        self.insuranceGroupLayout = QVBoxLayout(self.insuranceGroup)
        self.insuranceGroupLayout.setSpacing(4)
        self.insuranceGroupLayout.setObjectName(u"insuranceGroupLayout")
        self.insuranceGroupLayout.setContentsMargins(10, 8, 10, 8)
        self.insuranceGrid = QGridLayout()
        self.insuranceGrid.setObjectName(u"insuranceGrid")
        self.insuranceGrid.setHorizontalSpacing(10)
        self.insuranceGrid.setVerticalSpacing(3)
        self.payerLabel = QLabel(self.insuranceGroup)
        self.payerLabel.setObjectName(u"payerLabel")

        self.insuranceGrid.addWidget(self.payerLabel, 0, 0, 1, 1)

        self.payerEdit = QLineEdit(self.insuranceGroup)
        self.payerEdit.setObjectName(u"payerEdit")
        self.payerEdit.setMaxLength(400)

        self.insuranceGrid.addWidget(self.payerEdit, 0, 1, 1, 1)

        self.payerError = QLabel(self.insuranceGroup)
        self.payerError.setObjectName(u"payerError")
        self.payerError.setWordWrap(True)

        self.insuranceGrid.addWidget(self.payerError, 1, 1, 1, 1)

        self.memberNumberLabel = QLabel(self.insuranceGroup)
        self.memberNumberLabel.setObjectName(u"memberNumberLabel")

        self.insuranceGrid.addWidget(self.memberNumberLabel, 2, 0, 1, 1)

        self.memberNumberEdit = QLineEdit(self.insuranceGroup)
        self.memberNumberEdit.setObjectName(u"memberNumberEdit")
        self.memberNumberEdit.setMaxLength(120)

        self.insuranceGrid.addWidget(self.memberNumberEdit, 2, 1, 1, 1)

        self.memberNumberError = QLabel(self.insuranceGroup)
        self.memberNumberError.setObjectName(u"memberNumberError")
        self.memberNumberError.setWordWrap(True)

        self.insuranceGrid.addWidget(self.memberNumberError, 3, 1, 1, 1)

        self.validFromLabel = QLabel(self.insuranceGroup)
        self.validFromLabel.setObjectName(u"validFromLabel")

        self.insuranceGrid.addWidget(self.validFromLabel, 4, 0, 1, 1)

        self.validityRow = QHBoxLayout()
        self.validityRow.setSpacing(6)
        self.validityRow.setObjectName(u"validityRow")
        self.validFromEdit = QLineEdit(self.insuranceGroup)
        self.validFromEdit.setObjectName(u"validFromEdit")
        self.validFromEdit.setMinimumSize(QSize(124, 0))
        self.validFromEdit.setMaximumSize(QSize(124, 16777215))

        self.validityRow.addWidget(self.validFromEdit)

        self.validToLabel = QLabel(self.insuranceGroup)
        self.validToLabel.setObjectName(u"validToLabel")

        self.validityRow.addWidget(self.validToLabel)

        self.validToEdit = QLineEdit(self.insuranceGroup)
        self.validToEdit.setObjectName(u"validToEdit")
        self.validToEdit.setMinimumSize(QSize(124, 0))
        self.validToEdit.setMaximumSize(QSize(124, 16777215))

        self.validityRow.addWidget(self.validToEdit)

        self.validitySpacer = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.validityRow.addItem(self.validitySpacer)


        self.insuranceGrid.addLayout(self.validityRow, 4, 1, 1, 1)

        self.validityError = QLabel(self.insuranceGroup)
        self.validityError.setObjectName(u"validityError")
        self.validityError.setWordWrap(True)

        self.insuranceGrid.addWidget(self.validityError, 5, 1, 1, 1)

        self.planLabel = QLabel(self.insuranceGroup)
        self.planLabel.setObjectName(u"planLabel")

        self.insuranceGrid.addWidget(self.planLabel, 6, 0, 1, 1)

        self.planRow = QHBoxLayout()
        self.planRow.setSpacing(6)
        self.planRow.setObjectName(u"planRow")
        self.planCombo = QComboBox(self.insuranceGroup)
        self.planCombo.setObjectName(u"planCombo")

        self.planRow.addWidget(self.planCombo)

        self.policiesButton = QPushButton(self.insuranceGroup)
        self.policiesButton.setObjectName(u"policiesButton")

        self.planRow.addWidget(self.policiesButton)


        self.insuranceGrid.addLayout(self.planRow, 6, 1, 1, 1)

        self.planError = QLabel(self.insuranceGroup)
        self.planError.setObjectName(u"planError")
        self.planError.setWordWrap(True)

        self.insuranceGrid.addWidget(self.planError, 7, 1, 1, 1)

        self.insuranceGrid.setColumnStretch(1, 1)

        self.insuranceGroupLayout.addLayout(self.insuranceGrid)


        self.rightColumn.addWidget(self.insuranceGroup)

        self.rightColumnSpacer = QSpacerItem(1, 1, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightColumnSpacer)


        self.columns.addLayout(self.rightColumn)


        self.mainLayout.addLayout(self.columns)

        self.messageLabel = QLabel(PatientDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.footerRow = QHBoxLayout()
        self.footerRow.setObjectName(u"footerRow")
        self.footerLabel = QLabel(PatientDialog)
        self.footerLabel.setObjectName(u"footerLabel")

        self.footerRow.addWidget(self.footerLabel)

        self.buttonBox = QDialogButtonBox(PatientDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.footerRow.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.footerRow)

#if QT_CONFIG(shortcut)
        self.familyNameLabel.setBuddy(self.familyNameEdit)
        self.givenNameLabel.setBuddy(self.givenNameEdit)
        self.sexLabel.setBuddy(self.sexCombo)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.nationalIdLabel.setBuddy(self.nationalIdEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.phoneAltLabel.setBuddy(self.phoneAltEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.areaLabel.setBuddy(self.areaEdit)
        self.languageLabel.setBuddy(self.languageCombo)
        self.emergencyNameLabel.setBuddy(self.emergencyNameEdit)
        self.emergencyRelationLabel.setBuddy(self.emergencyRelationCombo)
        self.emergencyPhoneLabel.setBuddy(self.emergencyPhoneEdit)
        self.kinNameLabel.setBuddy(self.kinNameEdit)
        self.kinRelationLabel.setBuddy(self.kinRelationCombo)
        self.kinPhoneLabel.setBuddy(self.kinPhoneEdit)
        self.payerLabel.setBuddy(self.payerEdit)
        self.memberNumberLabel.setBuddy(self.memberNumberEdit)
        self.validFromLabel.setBuddy(self.validFromEdit)
        self.validToLabel.setBuddy(self.validToEdit)
        self.planLabel.setBuddy(self.planCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.familyNameEdit, self.givenNameEdit)
        QWidget.setTabOrder(self.givenNameEdit, self.sexCombo)
        QWidget.setTabOrder(self.sexCombo, self.birthDateEdit)
        QWidget.setTabOrder(self.birthDateEdit, self.estimatedCheck)
        QWidget.setTabOrder(self.estimatedCheck, self.ageSpin)
        QWidget.setTabOrder(self.ageSpin, self.nationalIdEdit)
        QWidget.setTabOrder(self.nationalIdEdit, self.idTypeCombo)
        QWidget.setTabOrder(self.idTypeCombo, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.phoneAltEdit)
        QWidget.setTabOrder(self.phoneAltEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.areaEdit)
        QWidget.setTabOrder(self.areaEdit, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.emergencyNameEdit)
        QWidget.setTabOrder(self.emergencyNameEdit, self.emergencyRelationCombo)
        QWidget.setTabOrder(self.emergencyRelationCombo, self.emergencyPhoneEdit)
        QWidget.setTabOrder(self.emergencyPhoneEdit, self.kinSameCheck)
        QWidget.setTabOrder(self.kinSameCheck, self.kinNameEdit)
        QWidget.setTabOrder(self.kinNameEdit, self.kinRelationCombo)
        QWidget.setTabOrder(self.kinRelationCombo, self.kinPhoneEdit)
        QWidget.setTabOrder(self.kinPhoneEdit, self.payerEdit)
        QWidget.setTabOrder(self.payerEdit, self.memberNumberEdit)
        QWidget.setTabOrder(self.memberNumberEdit, self.validFromEdit)
        QWidget.setTabOrder(self.validFromEdit, self.validToEdit)
        QWidget.setTabOrder(self.validToEdit, self.planCombo)
        QWidget.setTabOrder(self.planCombo, self.policiesButton)
        QWidget.setTabOrder(self.policiesButton, self.choosePhotoButton)

        self.retranslateUi(PatientDialog)

        QMetaObject.connectSlotsByName(PatientDialog)
    # setupUi

    def retranslateUi(self, PatientDialog):
        PatientDialog.setWindowTitle(QCoreApplication.translate("PatientDialog", u"Patient", None))
        self.identityGroup.setTitle(QCoreApplication.translate("PatientDialog", u"Identity", None))
        self.familyNameLabel.setText(QCoreApplication.translate("PatientDialog", u"&Family name", None))
        self.familyNameEdit.setPlaceholderText(QCoreApplication.translate("PatientDialog", u"e.g. Okafor", None))
        self.familyNameError.setText("")
        self.givenNameLabel.setText(QCoreApplication.translate("PatientDialog", u"&Given name(s)", None))
        self.givenNameEdit.setPlaceholderText(QCoreApplication.translate("PatientDialog", u"e.g. Grace Adaeze", None))
        self.givenNameError.setText("")
        self.sexLabel.setText(QCoreApplication.translate("PatientDialog", u"Se&x", None))
        self.sexCombo.setPlaceholderText(QCoreApplication.translate("PatientDialog", u"Choose\u2026", None))
        self.sexError.setText("")
        self.birthDateLabel.setText(QCoreApplication.translate("PatientDialog", u"Date of &birth", None))
        self.birthDateEdit.setPlaceholderText(QCoreApplication.translate("PatientDialog", u"dd/mm/yyyy", None))
        self.estimatedCheck.setText(QCoreApplication.translate("PatientDialog", u"Date &unknown \u2014 estimated age", None))
#if QT_CONFIG(accessibility)
        self.ageSpin.setAccessibleName(QCoreApplication.translate("PatientDialog", u"Estimated age in years", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.ageSpin.setToolTip(QCoreApplication.translate("PatientDialog", u"Age in years, as the patient or their companion estimates it", None))
#endif // QT_CONFIG(tooltip)
        self.ageSpin.setSuffix(QCoreApplication.translate("PatientDialog", u" years", None))
        self.birthDateError.setText("")
        self.nationalIdLabel.setText(QCoreApplication.translate("PatientDialog", u"&ID number", None))
        self.nationalIdEdit.setPlaceholderText(QCoreApplication.translate("PatientDialog", u"optional", None))
#if QT_CONFIG(accessibility)
        self.idTypeCombo.setAccessibleName(QCoreApplication.translate("PatientDialog", u"Type of ID", None))
#endif // QT_CONFIG(accessibility)
        self.idTypeCombo.setPlaceholderText(QCoreApplication.translate("PatientDialog", u"Type of ID", None))
        self.nationalIdError.setText("")
        self.photoLabel.setText(QCoreApplication.translate("PatientDialog", u"No photo", None))
        self.choosePhotoButton.setText(QCoreApplication.translate("PatientDialog", u"Ph&oto\u2026", None))
#if QT_CONFIG(tooltip)
        self.choosePhotoButton.setToolTip(QCoreApplication.translate("PatientDialog", u"Choose a photo file (optional). It is shown on the patient overview.", None))
#endif // QT_CONFIG(tooltip)
        self.photoError.setText("")
        self.contactGroup.setTitle(QCoreApplication.translate("PatientDialog", u"Contact", None))
        self.phoneLabel.setText(QCoreApplication.translate("PatientDialog", u"&Phone", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("PatientDialog", u"mobile or landline, any format", None))
        self.phoneError.setText("")
        self.phoneAltLabel.setText(QCoreApplication.translate("PatientDialog", u"Second p&hone", None))
        self.phoneAltEdit.setPlaceholderText(QCoreApplication.translate("PatientDialog", u"optional", None))
        self.phoneAltError.setText("")
        self.emailLabel.setText(QCoreApplication.translate("PatientDialog", u"E&mail", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("PatientDialog", u"optional", None))
        self.emailError.setText("")
        self.addressLabel.setText(QCoreApplication.translate("PatientDialog", u"A&ddress", None))
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("PatientDialog", u"street, town, postcode", None))
        self.addressError.setText("")
        self.areaLabel.setText(QCoreApplication.translate("PatientDialog", u"Area", None))
#if QT_CONFIG(tooltip)
        self.areaEdit.setToolTip(QCoreApplication.translate("PatientDialog", u"The town, locality or district the patient lives in: what the \"Patients by area\" report counts. Choose one already used where it fits, so the same place is spelt the same way.", None))
#endif // QT_CONFIG(tooltip)
        self.areaEdit.setPlaceholderText(QCoreApplication.translate("PatientDialog", u"town or district, for reports", None))
        self.areaError.setText("")
        self.languageLabel.setText(QCoreApplication.translate("PatientDialog", u"&Language", None))
        self.languageError.setText("")
        self.emergencyGroup.setTitle(QCoreApplication.translate("PatientDialog", u"Emergency contact", None))
        self.emergencyNameLabel.setText(QCoreApplication.translate("PatientDialog", u"N&ame", None))
        self.emergencyNameError.setText("")
        self.emergencyRelationLabel.setText(QCoreApplication.translate("PatientDialog", u"Relation", None))
        self.emergencyRelationError.setText("")
        self.emergencyPhoneLabel.setText(QCoreApplication.translate("PatientDialog", u"Phone", None))
        self.emergencyPhoneError.setText("")
        self.kinGroup.setTitle(QCoreApplication.translate("PatientDialog", u"Next of kin", None))
        self.kinSameCheck.setText(QCoreApplication.translate("PatientDialog", u"Same as the emergency &contact", None))
        self.kinNameLabel.setText(QCoreApplication.translate("PatientDialog", u"Nam&e", None))
        self.kinNameError.setText("")
        self.kinRelationLabel.setText(QCoreApplication.translate("PatientDialog", u"Relation", None))
        self.kinRelationError.setText("")
        self.kinPhoneLabel.setText(QCoreApplication.translate("PatientDialog", u"Phone", None))
        self.kinPhoneError.setText("")
        self.insuranceGroup.setTitle(QCoreApplication.translate("PatientDialog", u"Insurance (optional)", None))
        self.payerLabel.setText(QCoreApplication.translate("PatientDialog", u"Pa&yer", None))
        self.payerEdit.setPlaceholderText(QCoreApplication.translate("PatientDialog", u"insurer or scheme", None))
        self.payerError.setText("")
        self.memberNumberLabel.setText(QCoreApplication.translate("PatientDialog", u"Member &number", None))
        self.memberNumberError.setText("")
        self.validFromLabel.setText(QCoreApplication.translate("PatientDialog", u"&Valid from", None))
        self.validFromEdit.setPlaceholderText(QCoreApplication.translate("PatientDialog", u"dd/mm/yyyy", None))
        self.validToLabel.setText(QCoreApplication.translate("PatientDialog", u"&to", None))
        self.validToEdit.setPlaceholderText(QCoreApplication.translate("PatientDialog", u"dd/mm/yyyy", None))
        self.validityError.setText("")
        self.planLabel.setText(QCoreApplication.translate("PatientDialog", u"Lin&k to plan", None))
#if QT_CONFIG(tooltip)
        self.planCombo.setToolTip(QCoreApplication.translate("PatientDialog", u"The insurer's plan this card belongs to: saving adds the patient's policy (member number and dates above), which billing uses to split invoices.", None))
#endif // QT_CONFIG(tooltip)
        self.policiesButton.setText(QCoreApplication.translate("PatientDialog", u"Vie&w policies\u2026", None))
        self.planError.setText("")
        self.messageLabel.setText("")
        self.footerLabel.setText("")
    # retranslateUi

