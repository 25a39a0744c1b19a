# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDoubleSpinBox, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        SettingsPage.resize(700, 640)
        self.mainLayout = QVBoxLayout(SettingsPage)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hospitalGroup = QGroupBox(SettingsPage)
        self.hospitalGroup.setObjectName(u"hospitalGroup")
        self.hospitalGrid = QGridLayout(self.hospitalGroup)
        self.hospitalGrid.setObjectName(u"hospitalGrid")
        self.hospitalGrid.setHorizontalSpacing(12)
        self.hospitalGrid.setVerticalSpacing(6)
        self.nameLabel = QLabel(self.hospitalGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.hospitalGrid.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(self.hospitalGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.hospitalGrid.addWidget(self.nameEdit, 0, 1, 1, 1)

        self.regionLabel = QLabel(self.hospitalGroup)
        self.regionLabel.setObjectName(u"regionLabel")

        self.hospitalGrid.addWidget(self.regionLabel, 1, 0, 1, 1)

        self.regionCombo = QComboBox(self.hospitalGroup)
        self.regionCombo.setObjectName(u"regionCombo")

        self.hospitalGrid.addWidget(self.regionCombo, 1, 1, 1, 1)

        self.taxNumberLabel = QLabel(self.hospitalGroup)
        self.taxNumberLabel.setObjectName(u"taxNumberLabel")

        self.hospitalGrid.addWidget(self.taxNumberLabel, 2, 0, 1, 1)

        self.taxNumberEdit = QLineEdit(self.hospitalGroup)
        self.taxNumberEdit.setObjectName(u"taxNumberEdit")

        self.hospitalGrid.addWidget(self.taxNumberEdit, 2, 1, 1, 1)

        self.phoneLabel = QLabel(self.hospitalGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.hospitalGrid.addWidget(self.phoneLabel, 0, 2, 1, 1)

        self.phoneEdit = QLineEdit(self.hospitalGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.hospitalGrid.addWidget(self.phoneEdit, 0, 3, 1, 1)

        self.emailLabel = QLabel(self.hospitalGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.hospitalGrid.addWidget(self.emailLabel, 1, 2, 1, 1)

        self.emailEdit = QLineEdit(self.hospitalGroup)
        self.emailEdit.setObjectName(u"emailEdit")

        self.hospitalGrid.addWidget(self.emailEdit, 1, 3, 1, 1)

        self.addressLabel = QLabel(self.hospitalGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.hospitalGrid.addWidget(self.addressLabel, 0, 4, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.addressEdit = QPlainTextEdit(self.hospitalGroup)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setTabChangesFocus(True)
        self.addressEdit.setMinimumSize(QSize(0, 0))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.addressEdit.sizePolicy().hasHeightForWidth())
        self.addressEdit.setSizePolicy(sizePolicy)

        self.hospitalGrid.addWidget(self.addressEdit, 0, 5, 3, 1)

        self.discountThresholdLabel = QLabel(self.hospitalGroup)
        self.discountThresholdLabel.setObjectName(u"discountThresholdLabel")

        self.hospitalGrid.addWidget(self.discountThresholdLabel, 3, 0, 1, 1)

        self.discountThresholdSpin = QDoubleSpinBox(self.hospitalGroup)
        self.discountThresholdSpin.setObjectName(u"discountThresholdSpin")
        self.discountThresholdSpin.setDecimals(2)
        self.discountThresholdSpin.setMinimum(0.000000000000000)
        self.discountThresholdSpin.setMaximum(9999999.990000000223517)
        self.discountThresholdSpin.setSingleStep(10.000000000000000)
        self.discountThresholdSpin.setValue(100.000000000000000)

        self.hospitalGrid.addWidget(self.discountThresholdSpin, 3, 1, 1, 1)

        self.hospitalGrid.setColumnStretch(1, 3)
        self.hospitalGrid.setColumnStretch(3, 3)
        self.hospitalGrid.setColumnStretch(5, 4)

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

        self.schedulingGroup = QGroupBox(SettingsPage)
        self.schedulingGroup.setObjectName(u"schedulingGroup")
        self.schedulingForm = QFormLayout(self.schedulingGroup)
        self.schedulingForm.setObjectName(u"schedulingForm")
        self.schedulingForm.setHorizontalSpacing(12)
        self.slotLabel = QLabel(self.schedulingGroup)
        self.slotLabel.setObjectName(u"slotLabel")

        self.schedulingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.slotLabel)

        self.slotSpin = QSpinBox(self.schedulingGroup)
        self.slotSpin.setObjectName(u"slotSpin")
        self.slotSpin.setMinimum(5)
        self.slotSpin.setMaximum(240)
        self.slotSpin.setSingleStep(5)
        self.slotSpin.setValue(15)

        self.schedulingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.slotSpin)

        self.timeZoneLabel = QLabel(self.schedulingGroup)
        self.timeZoneLabel.setObjectName(u"timeZoneLabel")

        self.schedulingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.timeZoneLabel)

        self.timeZoneCombo = QComboBox(self.schedulingGroup)
        self.timeZoneCombo.setObjectName(u"timeZoneCombo")
        self.timeZoneCombo.setEditable(True)
        self.timeZoneCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.schedulingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.timeZoneCombo)

        self.specialtyLabel = QLabel(self.schedulingGroup)
        self.specialtyLabel.setObjectName(u"specialtyLabel")

        self.schedulingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.specialtyLabel)

        self.specialtyTable = QTableWidget(self.schedulingGroup)
        if (self.specialtyTable.columnCount() < 2):
            self.specialtyTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.specialtyTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.specialtyTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.specialtyTable.setObjectName(u"specialtyTable")
        self.specialtyTable.setTabKeyNavigation(False)
        self.specialtyTable.setMinimumSize(QSize(0, 112))
        self.specialtyTable.setAlternatingRowColors(True)
        self.specialtyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.specialtyTable.setColumnCount(2)
        self.specialtyTable.verticalHeader().setVisible(False)

        self.schedulingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.specialtyTable)

        self.receptionReasonsCheck = QCheckBox(self.schedulingGroup)
        self.receptionReasonsCheck.setObjectName(u"receptionReasonsCheck")

        self.schedulingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.receptionReasonsCheck)


        self.mainLayout.addWidget(self.schedulingGroup)

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
        self.taxNumberLabel.setBuddy(self.taxNumberEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.discountThresholdLabel.setBuddy(self.discountThresholdSpin)
        self.idleLabel.setBuddy(self.idleSpin)
        self.slotLabel.setBuddy(self.slotSpin)
        self.timeZoneLabel.setBuddy(self.timeZoneCombo)
        self.specialtyLabel.setBuddy(self.specialtyTable)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsPage)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.hospitalGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Hospital (name, address, phone, e-mail and tax number are printed on invoices, receipts and prescriptions)", None))
        self.nameLabel.setText(QCoreApplication.translate("SettingsPage", u"Hospital &name", None))
        self.regionLabel.setText(QCoreApplication.translate("SettingsPage", u"&Phone numbers are in", None))
        self.taxNumberLabel.setText(QCoreApplication.translate("SettingsPage", u"Ta&x (VAT) number", None))
#if QT_CONFIG(tooltip)
        self.taxNumberEdit.setToolTip(QCoreApplication.translate("SettingsPage", u"Printed on invoices and receipts; leave blank to print none", None))
#endif // QT_CONFIG(tooltip)
        self.phoneLabel.setText(QCoreApplication.translate("SettingsPage", u"P&hone", None))
#if QT_CONFIG(tooltip)
        self.phoneEdit.setToolTip(QCoreApplication.translate("SettingsPage", u"The hospital's phone number as printed; leave blank to print none", None))
#endif // QT_CONFIG(tooltip)
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"+44 20 7946 0000", None))
        self.emailLabel.setText(QCoreApplication.translate("SettingsPage", u"&E-mail", None))
#if QT_CONFIG(tooltip)
        self.emailEdit.setToolTip(QCoreApplication.translate("SettingsPage", u"The hospital's e-mail address as printed; leave blank to print none", None))
#endif // QT_CONFIG(tooltip)
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"info@example.org", None))
        self.addressLabel.setText(QCoreApplication.translate("SettingsPage", u"Postal a&ddress", None))
#if QT_CONFIG(tooltip)
        self.addressEdit.setToolTip(QCoreApplication.translate("SettingsPage", u"Up to 4 lines, printed under the hospital's name on invoices, receipts and prescriptions", None))
#endif // QT_CONFIG(tooltip)
        self.discountThresholdLabel.setText(QCoreApplication.translate("SettingsPage", u"Discounts need approval a&bove", None))
#if QT_CONFIG(tooltip)
        self.discountThresholdSpin.setToolTip(QCoreApplication.translate("SettingsPage", u"Discounts on one invoice adding up to more than this amount, and credit notes above it, can only be given by staff holding the billing approver right; the database itself refuses them to everyone else", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.discountThresholdSpin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Discounts and credit notes above this amount need a billing approver", None))
#endif // QT_CONFIG(accessibility)
        self.securityGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Workstation security", None))
        self.idleLabel.setText(QCoreApplication.translate("SettingsPage", u"&Lock after", None))
        self.idleSpin.setSuffix(QCoreApplication.translate("SettingsPage", u" minutes without input", None))
        self.rememberCheck.setText(QCoreApplication.translate("SettingsPage", u"Staff may let a workstation &remember their password (kept in the operating system's keyring)", None))
        self.schedulingGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Scheduling", None))
        self.slotLabel.setText(QCoreApplication.translate("SettingsPage", u"Default &slot length", None))
#if QT_CONFIG(tooltip)
        self.slotSpin.setToolTip(QCoreApplication.translate("SettingsPage", u"Used where neither the session, the doctor nor the specialty sets a slot length", None))
#endif // QT_CONFIG(tooltip)
        self.slotSpin.setSuffix(QCoreApplication.translate("SettingsPage", u" minutes", None))
        self.timeZoneLabel.setText(QCoreApplication.translate("SettingsPage", u"Hospital &time zone", None))
#if QT_CONFIG(tooltip)
        self.timeZoneCombo.setToolTip(QCoreApplication.translate("SettingsPage", u"Working hours and calendar days are in this time zone", None))
#endif // QT_CONFIG(tooltip)
        self.specialtyLabel.setText(QCoreApplication.translate("SettingsPage", u"Slot length by s&pecialty", None))
        ___qtablewidgetitem = self.specialtyTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SettingsPage", u"Specialty", None))
        ___qtablewidgetitem1 = self.specialtyTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SettingsPage", u"Minutes (blank: hospital default)", None))
#if QT_CONFIG(tooltip)
        self.specialtyTable.setToolTip(QCoreApplication.translate("SettingsPage", u"Minutes (5 to 240) for doctors of the specialty who have no slot length of their own; leave blank for the hospital default", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.receptionReasonsCheck.setToolTip(QCoreApplication.translate("SettingsPage", u"Reasons for appointments and waiting-list notes are clinical information. When this is off, the database itself refuses reception logins these columns (with any program), and reception screens show \"\u2014\" instead of the reason. Doctors and administrators always read them; billing never does. Moving an appointment or booking from the waiting list still keeps the reason.", None))
#endif // QT_CONFIG(tooltip)
        self.receptionReasonsCheck.setText(QCoreApplication.translate("SettingsPage", u"Rec&eption may read appointment reasons (and waiting-list notes)", None))
        self.messageLabel.setText("")
        self.revertButton.setText(QCoreApplication.translate("SettingsPage", u"&Revert", None))
        self.saveButton.setText(QCoreApplication.translate("SettingsPage", u"&Save settings", None))
        pass
    # retranslateUi

