# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'registration_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_RegistrationTab(object):
    def setupUi(self, RegistrationTab):
        if not RegistrationTab.objectName():
            RegistrationTab.setObjectName(u"RegistrationTab")
        RegistrationTab.resize(1100, 640)
        self.mainLayout = QVBoxLayout(RegistrationTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(6, 6, 6, 6)
        self.sections = QTabWidget(RegistrationTab)
        self.sections.setObjectName(u"sections")
        self.patientsPage = QWidget()
        self.patientsPage.setObjectName(u"patientsPage")
        self.patientsLayout = QVBoxLayout(self.patientsPage)
        self.patientsLayout.setSpacing(8)
        self.patientsLayout.setObjectName(u"patientsLayout")
        self.patientsLayout.setContentsMargins(12, 12, 12, 10)
        self.searchRow = QHBoxLayout()
        self.searchRow.setSpacing(8)
        self.searchRow.setObjectName(u"searchRow")
        self.searchEdit = QLineEdit(self.patientsPage)
        self.searchEdit.setObjectName(u"searchEdit")
        font = QFont()
        font.setPointSize(12)
        self.searchEdit.setFont(font)
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)

        self.newButton = QPushButton(self.patientsPage)
        self.newButton.setObjectName(u"newButton")

        self.searchRow.addWidget(self.newButton)


        self.patientsLayout.addLayout(self.searchRow)

        self.table = QTableView(self.patientsPage)
        self.table.setObjectName(u"table")
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.patientsLayout.addWidget(self.table)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setSpacing(8)
        self.bottomRow.setObjectName(u"bottomRow")
        self.statusLabel = QLabel(self.patientsPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.RichText)

        self.bottomRow.addWidget(self.statusLabel)

        self.bottomSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.openButton = QPushButton(self.patientsPage)
        self.openButton.setObjectName(u"openButton")

        self.bottomRow.addWidget(self.openButton)

        self.editButton = QPushButton(self.patientsPage)
        self.editButton.setObjectName(u"editButton")

        self.bottomRow.addWidget(self.editButton)

        self.admitButton = QPushButton(self.patientsPage)
        self.admitButton.setObjectName(u"admitButton")

        self.bottomRow.addWidget(self.admitButton)

        self.wristbandButton = QPushButton(self.patientsPage)
        self.wristbandButton.setObjectName(u"wristbandButton")

        self.bottomRow.addWidget(self.wristbandButton)

        self.labelsButton = QPushButton(self.patientsPage)
        self.labelsButton.setObjectName(u"labelsButton")

        self.bottomRow.addWidget(self.labelsButton)

        self.depositButton = QPushButton(self.patientsPage)
        self.depositButton.setObjectName(u"depositButton")

        self.bottomRow.addWidget(self.depositButton)


        self.patientsLayout.addLayout(self.bottomRow)

        self.sections.addTab(self.patientsPage, "")
        self.bedBoardPage = QWidget()
        self.bedBoardPage.setObjectName(u"bedBoardPage")
        self.bedBoardLayout = QVBoxLayout(self.bedBoardPage)
        self.bedBoardLayout.setObjectName(u"bedBoardLayout")
        self.bedBoardLayout.setContentsMargins(0, 0, 0, 0)
        self.bedBoardPlaceholder = QLabel(self.bedBoardPage)
        self.bedBoardPlaceholder.setObjectName(u"bedBoardPlaceholder")
        self.bedBoardPlaceholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bedBoardPlaceholder.setWordWrap(True)

        self.bedBoardLayout.addWidget(self.bedBoardPlaceholder)

        self.sections.addTab(self.bedBoardPage, "")
        self.myShiftPage = QWidget()
        self.myShiftPage.setObjectName(u"myShiftPage")
        self.myShiftLayout = QVBoxLayout(self.myShiftPage)
        self.myShiftLayout.setObjectName(u"myShiftLayout")
        self.myShiftLayout.setContentsMargins(6, 4, 6, 2)
        self.sections.addTab(self.myShiftPage, "")

        self.mainLayout.addWidget(self.sections)

        QWidget.setTabOrder(self.searchEdit, self.table)
        QWidget.setTabOrder(self.table, self.newButton)
        QWidget.setTabOrder(self.newButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.admitButton)
        QWidget.setTabOrder(self.admitButton, self.wristbandButton)
        QWidget.setTabOrder(self.wristbandButton, self.labelsButton)
        QWidget.setTabOrder(self.labelsButton, self.depositButton)

        self.retranslateUi(RegistrationTab)

        self.sections.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(RegistrationTab)
    # setupUi

    def retranslateUi(self, RegistrationTab):
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("RegistrationTab", u"Search patients", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("RegistrationTab", u"Name, MRN, phone, ID or date of birth", None))
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("RegistrationTab", u"Type part of a name (spelling need not be exact), an MRN or scan a wristband, a phone number in any format, an ID number, or a date of birth (12/03/1980). Enter opens an exact MRN.", None))
#endif // QT_CONFIG(tooltip)
        self.newButton.setText(QCoreApplication.translate("RegistrationTab", u"&New patient\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("RegistrationTab", u"Register a new patient (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("RegistrationTab", u"Patients found", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText("")
        self.openButton.setText(QCoreApplication.translate("RegistrationTab", u"&Open", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("RegistrationTab", u"Open the selected patient's overview (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("RegistrationTab", u"&Edit\u2026", None))
        self.admitButton.setText(QCoreApplication.translate("RegistrationTab", u"&Admit\u2026", None))
        self.wristbandButton.setText(QCoreApplication.translate("RegistrationTab", u"Print &wristband\u2026", None))
        self.labelsButton.setText(QCoreApplication.translate("RegistrationTab", u"Print &label sheet\u2026", None))
#if QT_CONFIG(tooltip)
        self.labelsButton.setToolTip(QCoreApplication.translate("RegistrationTab", u"Preview and print an A4 sheet of labels for the selected patient", None))
#endif // QT_CONFIG(tooltip)
        self.depositButton.setText(QCoreApplication.translate("RegistrationTab", u"Take &deposit\u2026", None))
#if QT_CONFIG(tooltip)
        self.depositButton.setToolTip(QCoreApplication.translate("RegistrationTab", u"Take a deposit from the selected patient and print its receipt (cash needs your shift open: My shift)", None))
#endif // QT_CONFIG(tooltip)
        self.sections.setTabText(self.sections.indexOf(self.patientsPage), QCoreApplication.translate("RegistrationTab", u"&Patients", None))
        self.bedBoardPlaceholder.setText(QCoreApplication.translate("RegistrationTab", u"Loading the bed board\u2026", None))
        self.sections.setTabText(self.sections.indexOf(self.bedBoardPage), QCoreApplication.translate("RegistrationTab", u"&Bed board", None))
        self.sections.setTabText(self.sections.indexOf(self.myShiftPage), QCoreApplication.translate("RegistrationTab", u"&My shift", None))
        pass
    # retranslateUi

