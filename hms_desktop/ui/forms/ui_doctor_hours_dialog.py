# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'doctor_hours_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_DoctorHoursDialog(object):
    def setupUi(self, DoctorHoursDialog):
        if not DoctorHoursDialog.objectName():
            DoctorHoursDialog.setObjectName(u"DoctorHoursDialog")
        DoctorHoursDialog.resize(960, 640)
        self.mainLayout = QVBoxLayout(DoctorHoursDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(DoctorHoursDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.sessionsGroup = QGroupBox(DoctorHoursDialog)
        self.sessionsGroup.setObjectName(u"sessionsGroup")
        self.sessionsLayout = QVBoxLayout(self.sessionsGroup)
        self.sessionsLayout.setObjectName(u"sessionsLayout")
        self.sessionsTable = QTableWidget(self.sessionsGroup)
        if (self.sessionsTable.columnCount() < 7):
            self.sessionsTable.setColumnCount(7)
        __qtablewidgetitem = QTableWidgetItem()
        self.sessionsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.sessionsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.sessionsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.sessionsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.sessionsTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.sessionsTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.sessionsTable.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        self.sessionsTable.setObjectName(u"sessionsTable")
        self.sessionsTable.setTabKeyNavigation(False)
        self.sessionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sessionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sessionsTable.horizontalHeader().setStretchLastSection(True)
        self.sessionsTable.verticalHeader().setVisible(False)

        self.sessionsLayout.addWidget(self.sessionsTable)

        self.sessionsError = QLabel(self.sessionsGroup)
        self.sessionsError.setObjectName(u"sessionsError")
        self.sessionsError.setWordWrap(True)

        self.sessionsLayout.addWidget(self.sessionsError)

        self.sessionButtons = QHBoxLayout()
        self.sessionButtons.setObjectName(u"sessionButtons")
        self.addSessionButton = QPushButton(self.sessionsGroup)
        self.addSessionButton.setObjectName(u"addSessionButton")

        self.sessionButtons.addWidget(self.addSessionButton)

        self.removeSessionButton = QPushButton(self.sessionsGroup)
        self.removeSessionButton.setObjectName(u"removeSessionButton")

        self.sessionButtons.addWidget(self.removeSessionButton)

        self.sessionSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sessionButtons.addItem(self.sessionSpacer)


        self.sessionsLayout.addLayout(self.sessionButtons)


        self.mainLayout.addWidget(self.sessionsGroup)

        self.absencesGroup = QGroupBox(DoctorHoursDialog)
        self.absencesGroup.setObjectName(u"absencesGroup")
        self.absencesLayout = QVBoxLayout(self.absencesGroup)
        self.absencesLayout.setObjectName(u"absencesLayout")
        self.absencesTable = QTableWidget(self.absencesGroup)
        if (self.absencesTable.columnCount() < 5):
            self.absencesTable.setColumnCount(5)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.absencesTable.setHorizontalHeaderItem(0, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.absencesTable.setHorizontalHeaderItem(1, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.absencesTable.setHorizontalHeaderItem(2, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.absencesTable.setHorizontalHeaderItem(3, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.absencesTable.setHorizontalHeaderItem(4, __qtablewidgetitem11)
        self.absencesTable.setObjectName(u"absencesTable")
        self.absencesTable.setTabKeyNavigation(False)
        self.absencesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.absencesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.absencesTable.horizontalHeader().setStretchLastSection(True)
        self.absencesTable.verticalHeader().setVisible(False)

        self.absencesLayout.addWidget(self.absencesTable)

        self.absencesError = QLabel(self.absencesGroup)
        self.absencesError.setObjectName(u"absencesError")
        self.absencesError.setWordWrap(True)

        self.absencesLayout.addWidget(self.absencesError)

        self.absenceButtons = QHBoxLayout()
        self.absenceButtons.setObjectName(u"absenceButtons")
        self.addAbsenceButton = QPushButton(self.absencesGroup)
        self.addAbsenceButton.setObjectName(u"addAbsenceButton")

        self.absenceButtons.addWidget(self.addAbsenceButton)

        self.removeAbsenceButton = QPushButton(self.absencesGroup)
        self.removeAbsenceButton.setObjectName(u"removeAbsenceButton")

        self.absenceButtons.addWidget(self.removeAbsenceButton)

        self.absenceSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.absenceButtons.addItem(self.absenceSpacer)


        self.absencesLayout.addLayout(self.absenceButtons)


        self.mainLayout.addWidget(self.absencesGroup)

        self.messageLabel = QLabel(DoctorHoursDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(DoctorHoursDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(DoctorHoursDialog)

        QMetaObject.connectSlotsByName(DoctorHoursDialog)
    # setupUi

    def retranslateUi(self, DoctorHoursDialog):
        DoctorHoursDialog.setWindowTitle(QCoreApplication.translate("DoctorHoursDialog", u"Working hours", None))
        self.introLabel.setText("")
        self.sessionsGroup.setTitle(QCoreApplication.translate("DoctorHoursDialog", u"Weekly sessions", None))
        ___qtablewidgetitem = self.sessionsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("DoctorHoursDialog", u"Day", None))
        ___qtablewidgetitem1 = self.sessionsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("DoctorHoursDialog", u"From", None))
        ___qtablewidgetitem2 = self.sessionsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("DoctorHoursDialog", u"To", None))
        ___qtablewidgetitem3 = self.sessionsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("DoctorHoursDialog", u"Room", None))
        ___qtablewidgetitem4 = self.sessionsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("DoctorHoursDialog", u"Slot length", None))
        ___qtablewidgetitem5 = self.sessionsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("DoctorHoursDialog", u"Valid from", None))
        ___qtablewidgetitem6 = self.sessionsTable.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("DoctorHoursDialog", u"Valid to", None))
        self.sessionsError.setText("")
        self.addSessionButton.setText(QCoreApplication.translate("DoctorHoursDialog", u"&Add session", None))
        self.removeSessionButton.setText(QCoreApplication.translate("DoctorHoursDialog", u"Re&move session", None))
        self.absencesGroup.setTitle(QCoreApplication.translate("DoctorHoursDialog", u"Absences (leave, training, public holidays)", None))
        ___qtablewidgetitem7 = self.absencesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("DoctorHoursDialog", u"Kind", None))
        ___qtablewidgetitem8 = self.absencesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("DoctorHoursDialog", u"From", None))
        ___qtablewidgetitem9 = self.absencesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("DoctorHoursDialog", u"To", None))
        ___qtablewidgetitem10 = self.absencesTable.horizontalHeaderItem(3)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("DoctorHoursDialog", u"Whole hospital", None))
        ___qtablewidgetitem11 = self.absencesTable.horizontalHeaderItem(4)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("DoctorHoursDialog", u"Note", None))
        self.absencesError.setText("")
        self.addAbsenceButton.setText(QCoreApplication.translate("DoctorHoursDialog", u"Add a&bsence", None))
        self.removeAbsenceButton.setText(QCoreApplication.translate("DoctorHoursDialog", u"Remove abse&nce", None))
        self.messageLabel.setText("")
    # retranslateUi

