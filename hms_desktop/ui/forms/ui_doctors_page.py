# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'doctors_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSpinBox, QSplitter, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_DoctorsPage(object):
    def setupUi(self, DoctorsPage):
        if not DoctorsPage.objectName():
            DoctorsPage.setObjectName(u"DoctorsPage")
        DoctorsPage.resize(1100, 680)
        self.mainLayout = QVBoxLayout(DoctorsPage)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.splitter = QSplitter(DoctorsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.doctorTable = QTableWidget(self.splitter)
        if (self.doctorTable.columnCount() < 5):
            self.doctorTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.doctorTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.doctorTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.doctorTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.doctorTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.doctorTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.doctorTable.setObjectName(u"doctorTable")
        self.doctorTable.setTabKeyNavigation(False)
        self.doctorTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.doctorTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.doctorTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.doctorTable.setAlternatingRowColors(True)
        self.doctorTable.setWordWrap(True)
        self.splitter.addWidget(self.doctorTable)
        self.doctorTable.horizontalHeader().setStretchLastSection(True)
        self.doctorTable.verticalHeader().setVisible(False)
        self.detailPane = QWidget(self.splitter)
        self.detailPane.setObjectName(u"detailPane")
        self.detailPaneLayout = QVBoxLayout(self.detailPane)
        self.detailPaneLayout.setObjectName(u"detailPaneLayout")
        self.detailPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.detailScroll = QScrollArea(self.detailPane)
        self.detailScroll.setObjectName(u"detailScroll")
        self.detailScroll.setWidgetResizable(True)
        self.detailScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detailWidget = QWidget()
        self.detailWidget.setObjectName(u"detailWidget")
        self.detailLayout = QVBoxLayout(self.detailWidget)
        self.detailLayout.setObjectName(u"detailLayout")
        self.profileGroup = QGroupBox(self.detailWidget)
        self.profileGroup.setObjectName(u"profileGroup")
        self.profileForm = QFormLayout(self.profileGroup)
        self.profileForm.setObjectName(u"profileForm")
        self.profileForm.setHorizontalSpacing(12)
        self.profileForm.setVerticalSpacing(6)
        self.nameLabel = QLabel(self.profileGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.profileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameValue = QLabel(self.profileGroup)
        self.nameValue.setObjectName(u"nameValue")
        self.nameValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.profileForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameValue)

        self.titleLabel = QLabel(self.profileGroup)
        self.titleLabel.setObjectName(u"titleLabel")

        self.profileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.profileGroup)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setReadOnly(True)

        self.profileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.departmentLabel = QLabel(self.profileGroup)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.profileForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentEdit = QLineEdit(self.profileGroup)
        self.departmentEdit.setObjectName(u"departmentEdit")
        self.departmentEdit.setReadOnly(True)

        self.profileForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.departmentEdit)

        self.qualificationsLabel = QLabel(self.profileGroup)
        self.qualificationsLabel.setObjectName(u"qualificationsLabel")

        self.profileForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.qualificationsLabel)

        self.qualificationsEdit = QPlainTextEdit(self.profileGroup)
        self.qualificationsEdit.setObjectName(u"qualificationsEdit")
        self.qualificationsEdit.setTabChangesFocus(True)
        self.qualificationsEdit.setMaximumSize(QSize(16777215, 62))

        self.profileForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.qualificationsEdit)

        self.qualificationsError = QLabel(self.profileGroup)
        self.qualificationsError.setObjectName(u"qualificationsError")
        self.qualificationsError.setWordWrap(True)

        self.profileForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.qualificationsError)

        self.registrationLabel = QLabel(self.profileGroup)
        self.registrationLabel.setObjectName(u"registrationLabel")

        self.profileForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.registrationLabel)

        self.registrationEdit = QLineEdit(self.profileGroup)
        self.registrationEdit.setObjectName(u"registrationEdit")

        self.profileForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.registrationEdit)

        self.specialtiesLabel = QLabel(self.profileGroup)
        self.specialtiesLabel.setObjectName(u"specialtiesLabel")

        self.profileForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.specialtiesLabel)

        self.specialtiesList = QListWidget(self.profileGroup)
        self.specialtiesList.setObjectName(u"specialtiesList")
        self.specialtiesList.setMinimumSize(QSize(0, 84))
        self.specialtiesList.setMaximumSize(QSize(16777215, 140))
        self.specialtiesList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.profileForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.specialtiesList)

        self.feeLabel = QLabel(self.profileGroup)
        self.feeLabel.setObjectName(u"feeLabel")

        self.profileForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.feeLabel)

        self.feeEdit = QLineEdit(self.profileGroup)
        self.feeEdit.setObjectName(u"feeEdit")

        self.profileForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.feeEdit)

        self.roomsLabel = QLabel(self.profileGroup)
        self.roomsLabel.setObjectName(u"roomsLabel")

        self.profileForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.roomsLabel)

        self.roomsList = QListWidget(self.profileGroup)
        self.roomsList.setObjectName(u"roomsList")
        self.roomsList.setMinimumSize(QSize(0, 84))
        self.roomsList.setMaximumSize(QSize(16777215, 140))
        self.roomsList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.profileForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.roomsList)

        self.slotLabel = QLabel(self.profileGroup)
        self.slotLabel.setObjectName(u"slotLabel")

        self.profileForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.slotLabel)

        self.slotSpin = QSpinBox(self.profileGroup)
        self.slotSpin.setObjectName(u"slotSpin")
        self.slotSpin.setMinimum(0)
        self.slotSpin.setMaximum(240)
        self.slotSpin.setSingleStep(5)

        self.profileForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.slotSpin)

        self.slotError = QLabel(self.profileGroup)
        self.slotError.setObjectName(u"slotError")
        self.slotError.setWordWrap(True)

        self.profileForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.slotError)

        self.notesLabel = QLabel(self.profileGroup)
        self.notesLabel.setObjectName(u"notesLabel")

        self.profileForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.profileGroup)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 62))

        self.profileForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.notesError = QLabel(self.profileGroup)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setWordWrap(True)

        self.profileForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.notesError)


        self.detailLayout.addWidget(self.profileGroup)

        self.bottomSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailLayout.addItem(self.bottomSpacer)

        self.detailScroll.setWidget(self.detailWidget)

        self.detailPaneLayout.addWidget(self.detailScroll)

        self.messageLabel = QLabel(self.detailPane)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.detailPaneLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.hoursButton = QPushButton(self.detailPane)
        self.hoursButton.setObjectName(u"hoursButton")

        self.buttonRow.addWidget(self.hoursButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.revertButton = QPushButton(self.detailPane)
        self.revertButton.setObjectName(u"revertButton")

        self.buttonRow.addWidget(self.revertButton)

        self.saveButton = QPushButton(self.detailPane)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)


        self.detailPaneLayout.addLayout(self.buttonRow)

        self.detailPaneLayout.setStretch(0, 1)
        self.splitter.addWidget(self.detailPane)

        self.mainLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.departmentLabel.setBuddy(self.departmentEdit)
        self.qualificationsLabel.setBuddy(self.qualificationsEdit)
        self.registrationLabel.setBuddy(self.registrationEdit)
        self.specialtiesLabel.setBuddy(self.specialtiesList)
        self.feeLabel.setBuddy(self.feeEdit)
        self.roomsLabel.setBuddy(self.roomsList)
        self.slotLabel.setBuddy(self.slotSpin)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DoctorsPage)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(DoctorsPage)
    # setupUi

    def retranslateUi(self, DoctorsPage):
        ___qtablewidgetitem = self.doctorTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("DoctorsPage", u"Name", None))
        ___qtablewidgetitem1 = self.doctorTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("DoctorsPage", u"Specialties", None))
        ___qtablewidgetitem2 = self.doctorTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("DoctorsPage", u"Department", None))
        ___qtablewidgetitem3 = self.doctorTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("DoctorsPage", u"Rooms", None))
        ___qtablewidgetitem4 = self.doctorTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("DoctorsPage", u"Slot", None))
#if QT_CONFIG(accessibility)
        self.doctorTable.setAccessibleName(QCoreApplication.translate("DoctorsPage", u"Doctors", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailScroll.setAccessibleName(QCoreApplication.translate("DoctorsPage", u"Doctor's details", None))
#endif // QT_CONFIG(accessibility)
        self.profileGroup.setTitle(QCoreApplication.translate("DoctorsPage", u"Profile", None))
        self.nameLabel.setText(QCoreApplication.translate("DoctorsPage", u"Doctor", None))
        self.nameValue.setText("")
        self.titleLabel.setText(QCoreApplication.translate("DoctorsPage", u"Title", None))
#if QT_CONFIG(tooltip)
        self.titleEdit.setToolTip(QCoreApplication.translate("DoctorsPage", u"The title comes from the staff record (Administration \u2192 Users).", None))
#endif // QT_CONFIG(tooltip)
        self.departmentLabel.setText(QCoreApplication.translate("DoctorsPage", u"Department", None))
#if QT_CONFIG(tooltip)
        self.departmentEdit.setToolTip(QCoreApplication.translate("DoctorsPage", u"The department comes from the staff record (Administration \u2192 Users).", None))
#endif // QT_CONFIG(tooltip)
        self.qualificationsLabel.setText(QCoreApplication.translate("DoctorsPage", u"&Qualifications", None))
        self.qualificationsError.setText("")
        self.registrationLabel.setText(QCoreApplication.translate("DoctorsPage", u"Re&gistration number", None))
        self.specialtiesLabel.setText(QCoreApplication.translate("DoctorsPage", u"S&pecialties", None))
        self.feeLabel.setText(QCoreApplication.translate("DoctorsPage", u"Consultation &fee code", None))
        self.feeEdit.setPlaceholderText(QCoreApplication.translate("DoctorsPage", u"Tariff code used by billing", None))
        self.roomsLabel.setText(QCoreApplication.translate("DoctorsPage", u"&Rooms used", None))
        self.slotLabel.setText(QCoreApplication.translate("DoctorsPage", u"S&lot length", None))
        self.slotSpin.setSpecialValueText(QCoreApplication.translate("DoctorsPage", u"Hospital default", None))
        self.slotSpin.setSuffix(QCoreApplication.translate("DoctorsPage", u" minutes", None))
        self.slotError.setText("")
        self.notesLabel.setText(QCoreApplication.translate("DoctorsPage", u"A&vailability notes", None))
        self.notesError.setText("")
        self.messageLabel.setText("")
        self.hoursButton.setText(QCoreApplication.translate("DoctorsPage", u"Working &hours\u2026", None))
        self.revertButton.setText(QCoreApplication.translate("DoctorsPage", u"Re&vert", None))
        self.saveButton.setText(QCoreApplication.translate("DoctorsPage", u"&Save profile", None))
        pass
    # retranslateUi

