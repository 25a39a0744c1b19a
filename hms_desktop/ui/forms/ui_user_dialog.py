# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_UserDialog(object):
    def setupUi(self, UserDialog):
        if not UserDialog.objectName():
            UserDialog.setObjectName(u"UserDialog")
        UserDialog.resize(520, 470)
        self.mainLayout = QVBoxLayout(UserDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(4)
        self.fullNameLabel = QLabel(UserDialog)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(UserDialog)
        self.fullNameEdit.setObjectName(u"fullNameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.fullNameError = QLabel(UserDialog)
        self.fullNameError.setObjectName(u"fullNameError")
        self.fullNameError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fullNameError)

        self.usernameLabel = QLabel(UserDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(UserDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.usernameError = QLabel(UserDialog)
        self.usernameError.setObjectName(u"usernameError")
        self.usernameError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.usernameError)

        self.titleLabel = QLabel(UserDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(UserDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.departmentLabel = QLabel(UserDialog)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentCombo = QComboBox(UserDialog)
        self.departmentCombo.setObjectName(u"departmentCombo")
        self.departmentCombo.setEditable(True)
        self.departmentCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.departmentCombo)

        self.groupsLabel = QLabel(UserDialog)
        self.groupsLabel.setObjectName(u"groupsLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.groupsLabel)

        self.groupsGrid = QGridLayout()
        self.groupsGrid.setObjectName(u"groupsGrid")
        self.receptionCheck = QCheckBox(UserDialog)
        self.receptionCheck.setObjectName(u"receptionCheck")

        self.groupsGrid.addWidget(self.receptionCheck, 0, 0, 1, 1)

        self.doctorCheck = QCheckBox(UserDialog)
        self.doctorCheck.setObjectName(u"doctorCheck")

        self.groupsGrid.addWidget(self.doctorCheck, 0, 1, 1, 1)

        self.billingCheck = QCheckBox(UserDialog)
        self.billingCheck.setObjectName(u"billingCheck")

        self.groupsGrid.addWidget(self.billingCheck, 1, 0, 1, 1)

        self.adminCheck = QCheckBox(UserDialog)
        self.adminCheck.setObjectName(u"adminCheck")

        self.groupsGrid.addWidget(self.adminCheck, 1, 1, 1, 1)

        self.approverCheck = QCheckBox(UserDialog)
        self.approverCheck.setObjectName(u"approverCheck")

        self.groupsGrid.addWidget(self.approverCheck, 2, 0, 1, 2)

        self.dispenserCheck = QCheckBox(UserDialog)
        self.dispenserCheck.setObjectName(u"dispenserCheck")

        self.groupsGrid.addWidget(self.dispenserCheck, 3, 0, 1, 2)


        self.formLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.groupsGrid)

        self.groupsError = QLabel(UserDialog)
        self.groupsError.setObjectName(u"groupsError")
        self.groupsError.setWordWrap(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.groupsError)

        self.passwordLabel = QLabel(UserDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(UserDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatLabel = QLabel(UserDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(UserDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.passwordError = QLabel(UserDialog)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setWordWrap(True)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.passwordError)


        self.mainLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(UserDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.spacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(UserDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.departmentLabel.setBuddy(self.departmentCombo)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fullNameEdit, self.usernameEdit)
        QWidget.setTabOrder(self.usernameEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.departmentCombo)
        QWidget.setTabOrder(self.departmentCombo, self.receptionCheck)
        QWidget.setTabOrder(self.receptionCheck, self.doctorCheck)
        QWidget.setTabOrder(self.doctorCheck, self.billingCheck)
        QWidget.setTabOrder(self.billingCheck, self.adminCheck)
        QWidget.setTabOrder(self.adminCheck, self.approverCheck)
        QWidget.setTabOrder(self.approverCheck, self.dispenserCheck)
        QWidget.setTabOrder(self.dispenserCheck, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.repeatEdit)

        self.retranslateUi(UserDialog)

        QMetaObject.connectSlotsByName(UserDialog)
    # setupUi

    def retranslateUi(self, UserDialog):
        UserDialog.setWindowTitle(QCoreApplication.translate("UserDialog", u"Staff member", None))
        self.fullNameLabel.setText(QCoreApplication.translate("UserDialog", u"Full &name", None))
        self.fullNameError.setText("")
        self.usernameLabel.setText(QCoreApplication.translate("UserDialog", u"&User name", None))
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("UserDialog", u"lower-case, e.g. jsmith", None))
        self.usernameError.setText("")
        self.titleLabel.setText(QCoreApplication.translate("UserDialog", u"&Title", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("UserDialog", u"e.g. Staff Nurse, Consultant Cardiologist", None))
        self.departmentLabel.setText(QCoreApplication.translate("UserDialog", u"&Department", None))
        self.groupsLabel.setText(QCoreApplication.translate("UserDialog", u"Groups", None))
        self.receptionCheck.setText(QCoreApplication.translate("UserDialog", u"&Reception", None))
        self.doctorCheck.setText(QCoreApplication.translate("UserDialog", u"D&octor", None))
        self.billingCheck.setText(QCoreApplication.translate("UserDialog", u"&Billing", None))
        self.adminCheck.setText(QCoreApplication.translate("UserDialog", u"&Administrator", None))
#if QT_CONFIG(tooltip)
        self.approverCheck.setToolTip(QCoreApplication.translate("UserDialog", u"May give discounts and credit notes above the hospital's approval threshold (Hospital settings); the database refuses them to other billing staff", None))
#endif // QT_CONFIG(tooltip)
        self.approverCheck.setText(QCoreApplication.translate("UserDialog", u"Billing appro&ver (large discounts and credit notes)", None))
#if QT_CONFIG(tooltip)
        self.dispenserCheck.setToolTip(QCoreApplication.translate("UserDialog", u"May dispense issued prescriptions from the pharmacy's stock (Billing > Pharmacy); the database refuses dispensing to everyone else", None))
#endif // QT_CONFIG(tooltip)
        self.dispenserCheck.setText(QCoreApplication.translate("UserDialog", u"Dispen&ses prescriptions (pharmacy)", None))
        self.groupsError.setText("")
        self.passwordLabel.setText(QCoreApplication.translate("UserDialog", u"&Password", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("UserDialog", u"at least 10 characters", None))
        self.repeatLabel.setText(QCoreApplication.translate("UserDialog", u"R&epeat password", None))
        self.passwordError.setText("")
        self.messageLabel.setText("")
    # retranslateUi

