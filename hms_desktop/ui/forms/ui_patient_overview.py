# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'patient_overview.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_PatientOverview(object):
    def setupUi(self, PatientOverview):
        if not PatientOverview.objectName():
            PatientOverview.setObjectName(u"PatientOverview")
        PatientOverview.resize(1180, 640)
        self.mainLayout = QVBoxLayout(PatientOverview)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 14, 16, 12)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(14)
        self.headerRow.setObjectName(u"headerRow")
        self.photoLabel = QLabel(PatientOverview)
        self.photoLabel.setObjectName(u"photoLabel")
        self.photoLabel.setMinimumSize(QSize(84, 104))
        self.photoLabel.setMaximumSize(QSize(84, 104))
        self.photoLabel.setFrameShape(QFrame.Shape.Box)
        self.photoLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.headerRow.addWidget(self.photoLabel, 0, Qt.AlignmentFlag.AlignTop)

        self.headerText = QVBoxLayout()
        self.headerText.setSpacing(4)
        self.headerText.setObjectName(u"headerText")
        self.titleLabel = QLabel(PatientOverview)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(False)
        self.titleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerText.addWidget(self.titleLabel)

        self.detailsLabel = QLabel(PatientOverview)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setWordWrap(True)
        self.detailsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerText.addWidget(self.detailsLabel)

        self.flagsLabel = QLabel(PatientOverview)
        self.flagsLabel.setObjectName(u"flagsLabel")
        self.flagsLabel.setWordWrap(True)
        self.flagsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerText.addWidget(self.flagsLabel)

        self.allergyLabel = QLabel(PatientOverview)
        self.allergyLabel.setObjectName(u"allergyLabel")
        self.allergyLabel.setWordWrap(True)
        self.allergyLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerText.addWidget(self.allergyLabel)

        self.headerSpacer = QSpacerItem(1, 1, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.headerText.addItem(self.headerSpacer)


        self.headerRow.addLayout(self.headerText)


        self.mainLayout.addLayout(self.headerRow)

        self.messageLabel = QLabel(PatientOverview)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.bodyRow = QHBoxLayout()
        self.bodyRow.setSpacing(12)
        self.bodyRow.setObjectName(u"bodyRow")
        self.demographicsGroup = QGroupBox(PatientOverview)
        self.demographicsGroup.setObjectName(u"demographicsGroup")
        self.demographicsGroupLayout = QVBoxLayout(self.demographicsGroup)
        self.demographicsGroupLayout.setObjectName(u"demographicsGroupLayout")
        self.demographicsGroupLayout.setContentsMargins(10, 8, 10, 8)
        self.demographicsForm = QFormLayout()
        self.demographicsForm.setObjectName(u"demographicsForm")
        self.demographicsForm.setHorizontalSpacing(12)
        self.demographicsForm.setVerticalSpacing(6)
        self.demographicsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.phoneCaption = QLabel(self.demographicsGroup)
        self.phoneCaption.setObjectName(u"phoneCaption")
        self.phoneCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.demographicsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.phoneCaption)

        self.phoneValue = QLabel(self.demographicsGroup)
        self.phoneValue.setObjectName(u"phoneValue")
        self.phoneValue.setWordWrap(True)
        self.phoneValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.demographicsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.phoneValue)

        self.phoneAltCaption = QLabel(self.demographicsGroup)
        self.phoneAltCaption.setObjectName(u"phoneAltCaption")
        self.phoneAltCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.demographicsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phoneAltCaption)

        self.phoneAltValue = QLabel(self.demographicsGroup)
        self.phoneAltValue.setObjectName(u"phoneAltValue")
        self.phoneAltValue.setWordWrap(True)
        self.phoneAltValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.demographicsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phoneAltValue)

        self.emailCaption = QLabel(self.demographicsGroup)
        self.emailCaption.setObjectName(u"emailCaption")
        self.emailCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.demographicsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.emailCaption)

        self.emailValue = QLabel(self.demographicsGroup)
        self.emailValue.setObjectName(u"emailValue")
        self.emailValue.setWordWrap(True)
        self.emailValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.demographicsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.emailValue)

        self.addressCaption = QLabel(self.demographicsGroup)
        self.addressCaption.setObjectName(u"addressCaption")
        self.addressCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.demographicsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressCaption)

        self.addressValue = QLabel(self.demographicsGroup)
        self.addressValue.setObjectName(u"addressValue")
        self.addressValue.setWordWrap(True)
        self.addressValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.demographicsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressValue)

        self.areaCaption = QLabel(self.demographicsGroup)
        self.areaCaption.setObjectName(u"areaCaption")
        self.areaCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.demographicsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.areaCaption)

        self.areaValue = QLabel(self.demographicsGroup)
        self.areaValue.setObjectName(u"areaValue")
        self.areaValue.setWordWrap(True)
        self.areaValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.demographicsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.areaValue)

        self.languageCaption = QLabel(self.demographicsGroup)
        self.languageCaption.setObjectName(u"languageCaption")
        self.languageCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.demographicsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.languageCaption)

        self.languageValue = QLabel(self.demographicsGroup)
        self.languageValue.setObjectName(u"languageValue")
        self.languageValue.setWordWrap(True)
        self.languageValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.demographicsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.languageValue)

        self.nationalIdCaption = QLabel(self.demographicsGroup)
        self.nationalIdCaption.setObjectName(u"nationalIdCaption")
        self.nationalIdCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.demographicsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.nationalIdCaption)

        self.nationalIdValue = QLabel(self.demographicsGroup)
        self.nationalIdValue.setObjectName(u"nationalIdValue")
        self.nationalIdValue.setWordWrap(True)
        self.nationalIdValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.demographicsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.nationalIdValue)

        self.emergencyCaption = QLabel(self.demographicsGroup)
        self.emergencyCaption.setObjectName(u"emergencyCaption")
        self.emergencyCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.demographicsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.emergencyCaption)

        self.emergencyValue = QLabel(self.demographicsGroup)
        self.emergencyValue.setObjectName(u"emergencyValue")
        self.emergencyValue.setWordWrap(True)
        self.emergencyValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.demographicsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.emergencyValue)

        self.kinCaption = QLabel(self.demographicsGroup)
        self.kinCaption.setObjectName(u"kinCaption")
        self.kinCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.demographicsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.kinCaption)

        self.kinValue = QLabel(self.demographicsGroup)
        self.kinValue.setObjectName(u"kinValue")
        self.kinValue.setWordWrap(True)
        self.kinValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.demographicsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.kinValue)

        self.insuranceCaption = QLabel(self.demographicsGroup)
        self.insuranceCaption.setObjectName(u"insuranceCaption")
        self.insuranceCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.demographicsForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.insuranceCaption)

        self.insuranceValue = QLabel(self.demographicsGroup)
        self.insuranceValue.setObjectName(u"insuranceValue")
        self.insuranceValue.setWordWrap(True)
        self.insuranceValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.demographicsForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.insuranceValue)

        self.recordCaption = QLabel(self.demographicsGroup)
        self.recordCaption.setObjectName(u"recordCaption")
        self.recordCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.demographicsForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.recordCaption)

        self.recordValue = QLabel(self.demographicsGroup)
        self.recordValue.setObjectName(u"recordValue")
        self.recordValue.setWordWrap(True)
        self.recordValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.demographicsForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.recordValue)

        self.balanceCaption = QLabel(self.demographicsGroup)
        self.balanceCaption.setObjectName(u"balanceCaption")
        self.balanceCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.demographicsForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.balanceCaption)

        self.balanceValue = QLabel(self.demographicsGroup)
        self.balanceValue.setObjectName(u"balanceValue")
        self.balanceValue.setWordWrap(True)
        self.balanceValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.demographicsForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.balanceValue)


        self.demographicsGroupLayout.addLayout(self.demographicsForm)

        self.demographicsSpacer = QSpacerItem(1, 1, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.demographicsGroupLayout.addItem(self.demographicsSpacer)


        self.bodyRow.addWidget(self.demographicsGroup)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setSpacing(10)
        self.rightColumn.setObjectName(u"rightColumn")
        self.admissionGroup = QGroupBox(PatientOverview)
        self.admissionGroup.setObjectName(u"admissionGroup")
        self.admissionGroupLayout = QVBoxLayout(self.admissionGroup)
        self.admissionGroupLayout.setObjectName(u"admissionGroupLayout")
        self.admissionGroupLayout.setContentsMargins(10, 8, 10, 8)
        self.admissionLabel = QLabel(self.admissionGroup)
        self.admissionLabel.setObjectName(u"admissionLabel")
        self.admissionLabel.setWordWrap(True)
        self.admissionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.admissionGroupLayout.addWidget(self.admissionLabel)


        self.rightColumn.addWidget(self.admissionGroup)

        self.appointmentsGroup = QGroupBox(PatientOverview)
        self.appointmentsGroup.setObjectName(u"appointmentsGroup")
        self.appointmentsGroupLayout = QVBoxLayout(self.appointmentsGroup)
        self.appointmentsGroupLayout.setObjectName(u"appointmentsGroupLayout")
        self.appointmentsGroupLayout.setContentsMargins(10, 8, 10, 8)
        self.appointmentsLabel = QLabel(self.appointmentsGroup)
        self.appointmentsLabel.setObjectName(u"appointmentsLabel")
        self.appointmentsLabel.setWordWrap(True)
        self.appointmentsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.appointmentsGroupLayout.addWidget(self.appointmentsLabel)


        self.rightColumn.addWidget(self.appointmentsGroup)

        self.visitsGroup = QGroupBox(PatientOverview)
        self.visitsGroup.setObjectName(u"visitsGroup")
        self.visitsGroupLayout = QVBoxLayout(self.visitsGroup)
        self.visitsGroupLayout.setObjectName(u"visitsGroupLayout")
        self.visitsGroupLayout.setContentsMargins(10, 8, 10, 8)
        self.visitsTable = QTableWidget(self.visitsGroup)
        if (self.visitsTable.columnCount() < 6):
            self.visitsTable.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.visitsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.visitsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.visitsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.visitsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.visitsTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.visitsTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.visitsTable.setObjectName(u"visitsTable")
        self.visitsTable.setTabKeyNavigation(False)
        self.visitsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.visitsTable.setAlternatingRowColors(True)
        self.visitsTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.visitsTable.setWordWrap(False)
        self.visitsTable.horizontalHeader().setHighlightSections(False)
        self.visitsTable.horizontalHeader().setStretchLastSection(True)
        self.visitsTable.verticalHeader().setVisible(False)

        self.visitsGroupLayout.addWidget(self.visitsTable)

        self.visitsEmptyLabel = QLabel(self.visitsGroup)
        self.visitsEmptyLabel.setObjectName(u"visitsEmptyLabel")
        self.visitsEmptyLabel.setWordWrap(True)
        self.visitsEmptyLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.visitsGroupLayout.addWidget(self.visitsEmptyLabel)


        self.rightColumn.addWidget(self.visitsGroup)

        self.rightColumn.setStretch(2, 1)

        self.bodyRow.addLayout(self.rightColumn)

        self.bodyRow.setStretch(0, 3)
        self.bodyRow.setStretch(1, 5)

        self.mainLayout.addLayout(self.bodyRow)

        self.actionRow = QHBoxLayout()
        self.actionRow.setSpacing(8)
        self.actionRow.setObjectName(u"actionRow")
        self.editButton = QPushButton(PatientOverview)
        self.editButton.setObjectName(u"editButton")

        self.actionRow.addWidget(self.editButton)

        self.admitButton = QPushButton(PatientOverview)
        self.admitButton.setObjectName(u"admitButton")

        self.actionRow.addWidget(self.admitButton)

        self.transferButton = QPushButton(PatientOverview)
        self.transferButton.setObjectName(u"transferButton")

        self.actionRow.addWidget(self.transferButton)

        self.dischargeButton = QPushButton(PatientOverview)
        self.dischargeButton.setObjectName(u"dischargeButton")

        self.actionRow.addWidget(self.dischargeButton)

        self.wristbandButton = QPushButton(PatientOverview)
        self.wristbandButton.setObjectName(u"wristbandButton")

        self.actionRow.addWidget(self.wristbandButton)

        self.labelsButton = QPushButton(PatientOverview)
        self.labelsButton.setObjectName(u"labelsButton")

        self.actionRow.addWidget(self.labelsButton)

        self.depositButton = QPushButton(PatientOverview)
        self.depositButton.setObjectName(u"depositButton")

        self.actionRow.addWidget(self.depositButton)

        self.allergyButton = QPushButton(PatientOverview)
        self.allergyButton.setObjectName(u"allergyButton")

        self.actionRow.addWidget(self.allergyButton)

        self.mergeButton = QPushButton(PatientOverview)
        self.mergeButton.setObjectName(u"mergeButton")

        self.actionRow.addWidget(self.mergeButton)

        self.policiesButton = QPushButton(PatientOverview)
        self.policiesButton.setObjectName(u"policiesButton")

        self.actionRow.addWidget(self.policiesButton)

        self.auditButton = QPushButton(PatientOverview)
        self.auditButton.setObjectName(u"auditButton")

        self.actionRow.addWidget(self.auditButton)

        self.readOnlyLabel = QLabel(PatientOverview)
        self.readOnlyLabel.setObjectName(u"readOnlyLabel")
        self.readOnlyLabel.setWordWrap(False)
        self.readOnlyLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.actionRow.addWidget(self.readOnlyLabel)

        self.actionSpacer = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.closeButton = QPushButton(PatientOverview)
        self.closeButton.setObjectName(u"closeButton")

        self.actionRow.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.actionRow)

        self.mainLayout.setStretch(2, 1)
        QWidget.setTabOrder(self.editButton, self.admitButton)
        QWidget.setTabOrder(self.admitButton, self.transferButton)
        QWidget.setTabOrder(self.transferButton, self.dischargeButton)
        QWidget.setTabOrder(self.dischargeButton, self.wristbandButton)
        QWidget.setTabOrder(self.wristbandButton, self.labelsButton)
        QWidget.setTabOrder(self.labelsButton, self.depositButton)
        QWidget.setTabOrder(self.depositButton, self.allergyButton)
        QWidget.setTabOrder(self.allergyButton, self.mergeButton)
        QWidget.setTabOrder(self.mergeButton, self.auditButton)
        QWidget.setTabOrder(self.auditButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.visitsTable)

        self.retranslateUi(PatientOverview)

        QMetaObject.connectSlotsByName(PatientOverview)
    # setupUi

    def retranslateUi(self, PatientOverview):
        PatientOverview.setWindowTitle(QCoreApplication.translate("PatientOverview", u"Patient", None))
        self.photoLabel.setText(QCoreApplication.translate("PatientOverview", u"No photo", None))
        self.titleLabel.setText("")
        self.detailsLabel.setText("")
        self.flagsLabel.setText("")
        self.allergyLabel.setText("")
        self.messageLabel.setText("")
        self.demographicsGroup.setTitle(QCoreApplication.translate("PatientOverview", u"Demographics and contacts", None))
        self.phoneCaption.setText(QCoreApplication.translate("PatientOverview", u"Phone", None))
        self.phoneValue.setText("")
        self.phoneAltCaption.setText(QCoreApplication.translate("PatientOverview", u"Second phone", None))
        self.phoneAltValue.setText("")
        self.emailCaption.setText(QCoreApplication.translate("PatientOverview", u"Email", None))
        self.emailValue.setText("")
        self.addressCaption.setText(QCoreApplication.translate("PatientOverview", u"Address", None))
        self.addressValue.setText("")
        self.areaCaption.setText(QCoreApplication.translate("PatientOverview", u"Area", None))
        self.areaValue.setText("")
        self.languageCaption.setText(QCoreApplication.translate("PatientOverview", u"Language", None))
        self.languageValue.setText("")
        self.nationalIdCaption.setText(QCoreApplication.translate("PatientOverview", u"ID", None))
        self.nationalIdValue.setText("")
        self.emergencyCaption.setText(QCoreApplication.translate("PatientOverview", u"Emergency contact", None))
        self.emergencyValue.setText("")
        self.kinCaption.setText(QCoreApplication.translate("PatientOverview", u"Next of kin", None))
        self.kinValue.setText("")
        self.insuranceCaption.setText(QCoreApplication.translate("PatientOverview", u"Insurance", None))
        self.insuranceValue.setText("")
        self.recordCaption.setText(QCoreApplication.translate("PatientOverview", u"Record", None))
        self.recordValue.setText("")
        self.balanceCaption.setText(QCoreApplication.translate("PatientOverview", u"Account", None))
        self.balanceValue.setText("")
        self.admissionGroup.setTitle(QCoreApplication.translate("PatientOverview", u"Current admission", None))
        self.admissionLabel.setText("")
        self.appointmentsGroup.setTitle(QCoreApplication.translate("PatientOverview", u"Upcoming appointments", None))
        self.appointmentsLabel.setText("")
        self.visitsGroup.setTitle(QCoreApplication.translate("PatientOverview", u"Recent visits", None))
        ___qtablewidgetitem = self.visitsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("PatientOverview", u"Date", None))
        ___qtablewidgetitem1 = self.visitsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("PatientOverview", u"Visit", None))
        ___qtablewidgetitem2 = self.visitsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("PatientOverview", u"Until", None))
        ___qtablewidgetitem3 = self.visitsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("PatientOverview", u"Where", None))
        ___qtablewidgetitem4 = self.visitsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("PatientOverview", u"Doctor", None))
        ___qtablewidgetitem5 = self.visitsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("PatientOverview", u"Reason", None))
#if QT_CONFIG(accessibility)
        self.visitsTable.setAccessibleName(QCoreApplication.translate("PatientOverview", u"Visits", None))
#endif // QT_CONFIG(accessibility)
        self.visitsEmptyLabel.setText("")
        self.editButton.setText(QCoreApplication.translate("PatientOverview", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("PatientOverview", u"Change this patient's details", None))
#endif // QT_CONFIG(tooltip)
        self.admitButton.setText(QCoreApplication.translate("PatientOverview", u"&Admit\u2026", None))
#if QT_CONFIG(tooltip)
        self.admitButton.setToolTip(QCoreApplication.translate("PatientOverview", u"Admit to a bed", None))
#endif // QT_CONFIG(tooltip)
        self.transferButton.setText(QCoreApplication.translate("PatientOverview", u"&Transfer\u2026", None))
#if QT_CONFIG(tooltip)
        self.transferButton.setToolTip(QCoreApplication.translate("PatientOverview", u"Move to another bed", None))
#endif // QT_CONFIG(tooltip)
        self.dischargeButton.setText(QCoreApplication.translate("PatientOverview", u"&Discharge\u2026", None))
#if QT_CONFIG(tooltip)
        self.dischargeButton.setToolTip(QCoreApplication.translate("PatientOverview", u"Discharge and free the bed", None))
#endif // QT_CONFIG(tooltip)
        self.wristbandButton.setText(QCoreApplication.translate("PatientOverview", u"Print &wristband\u2026", None))
#if QT_CONFIG(tooltip)
        self.wristbandButton.setToolTip(QCoreApplication.translate("PatientOverview", u"Preview and print the wristband", None))
#endif // QT_CONFIG(tooltip)
        self.labelsButton.setText(QCoreApplication.translate("PatientOverview", u"Print &label sheet\u2026", None))
#if QT_CONFIG(tooltip)
        self.labelsButton.setToolTip(QCoreApplication.translate("PatientOverview", u"Preview and print an A4 sheet of patient labels", None))
#endif // QT_CONFIG(tooltip)
        self.depositButton.setText(QCoreApplication.translate("PatientOverview", u"Take de&posit\u2026", None))
#if QT_CONFIG(tooltip)
        self.depositButton.setToolTip(QCoreApplication.translate("PatientOverview", u"Take a deposit from the patient and print its receipt (cash needs your cash shift open)", None))
#endif // QT_CONFIG(tooltip)
        self.allergyButton.setText(QCoreApplication.translate("PatientOverview", u"Reported alle&rgy\u2026", None))
#if QT_CONFIG(tooltip)
        self.allergyButton.setToolTip(QCoreApplication.translate("PatientOverview", u"Record an allergy the patient reports at the desk; it shows as \"reported, not confirmed\" until a doctor confirms it", None))
#endif // QT_CONFIG(tooltip)
        self.mergeButton.setText(QCoreApplication.translate("PatientOverview", u"&Merge\u2026", None))
#if QT_CONFIG(tooltip)
        self.mergeButton.setToolTip(QCoreApplication.translate("PatientOverview", u"Merge a duplicate record into this one", None))
#endif // QT_CONFIG(tooltip)
        self.policiesButton.setText(QCoreApplication.translate("PatientOverview", u"Insurance &policies\u2026", None))
#if QT_CONFIG(tooltip)
        self.policiesButton.setToolTip(QCoreApplication.translate("PatientOverview", u"The patient's insurance policies: correct a member number or the last day of a card", None))
#endif // QT_CONFIG(tooltip)
        self.auditButton.setText(QCoreApplication.translate("PatientOverview", u"Record &history\u2026", None))
#if QT_CONFIG(tooltip)
        self.auditButton.setToolTip(QCoreApplication.translate("PatientOverview", u"Who opened or changed this record, and what they changed (administrators)", None))
#endif // QT_CONFIG(tooltip)
        self.readOnlyLabel.setText("")
        self.closeButton.setText(QCoreApplication.translate("PatientOverview", u"Close", None))
    # retranslateUi

