# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        SettingsPage.resize(700, 420)
        self.mainLayout = QVBoxLayout(SettingsPage)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hospitalGroup = QGroupBox(SettingsPage)
        self.hospitalGroup.setObjectName(u"hospitalGroup")
        self.hospitalForm = QFormLayout(self.hospitalGroup)
        self.hospitalForm.setObjectName(u"hospitalForm")
        self.hospitalForm.setHorizontalSpacing(12)
        self.nameLabel = QLabel(self.hospitalGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.hospitalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.hospitalGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.hospitalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.regionLabel = QLabel(self.hospitalGroup)
        self.regionLabel.setObjectName(u"regionLabel")

        self.hospitalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.regionLabel)

        self.regionCombo = QComboBox(self.hospitalGroup)
        self.regionCombo.setObjectName(u"regionCombo")

        self.hospitalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.regionCombo)


        self.mainLayout.addWidget(self.hospitalGroup)

        self.securityGroup = QGroupBox(SettingsPage)
        self.securityGroup.setObjectName(u"securityGroup")
        self.securityForm = QFormLayout(self.securityGroup)
        self.securityForm.setObjectName(u"securityForm")
        self.securityForm.setHorizontalSpacing(12)
        self.idleLabel = QLabel(self.securityGroup)
        self.idleLabel.setObjectName(u"idleLabel")

        self.securityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.idleLabel)

        self.idleSpin = QSpinBox(self.securityGroup)
        self.idleSpin.setObjectName(u"idleSpin")
        self.idleSpin.setMinimum(1)
        self.idleSpin.setMaximum(240)
        self.idleSpin.setValue(10)

        self.securityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.idleSpin)

        self.rememberCheck = QCheckBox(self.securityGroup)
        self.rememberCheck.setObjectName(u"rememberCheck")

        self.securityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.rememberCheck)


        self.mainLayout.addWidget(self.securityGroup)

        self.messageLabel = QLabel(SettingsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.revertButton = QPushButton(SettingsPage)
        self.revertButton.setObjectName(u"revertButton")

        self.buttonRow.addWidget(self.revertButton)

        self.saveButton = QPushButton(SettingsPage)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.buttonRow)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.regionLabel.setBuddy(self.regionCombo)
        self.idleLabel.setBuddy(self.idleSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsPage)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.hospitalGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Hospital", None))
        self.nameLabel.setText(QCoreApplication.translate("SettingsPage", u"Hospital &name", None))
        self.regionLabel.setText(QCoreApplication.translate("SettingsPage", u"&Phone numbers are in", None))
        self.securityGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Workstation security", None))
        self.idleLabel.setText(QCoreApplication.translate("SettingsPage", u"&Lock after", None))
        self.idleSpin.setSuffix(QCoreApplication.translate("SettingsPage", u" minutes without input", None))
        self.rememberCheck.setText(QCoreApplication.translate("SettingsPage", u"Staff may let a workstation &remember their password (kept in the operating system's keyring)", None))
        self.messageLabel.setText("")
        self.revertButton.setText(QCoreApplication.translate("SettingsPage", u"&Revert", None))
        self.saveButton.setText(QCoreApplication.translate("SettingsPage", u"&Save settings", None))
        pass
    # retranslateUi

