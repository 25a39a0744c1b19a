# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'scheduling_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFrame,
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_SchedulingTab(object):
    def setupUi(self, schedulingTab):
        if not schedulingTab.objectName():
            schedulingTab.setObjectName(u"schedulingTab")
        schedulingTab.resize(1280, 820)
        self.mainLayout = QVBoxLayout(schedulingTab)
        self.mainLayout.setSpacing(6)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(12, 10, 12, 10)
        self.barLayout = QHBoxLayout()
        self.barLayout.setSpacing(8)
        self.barLayout.setObjectName(u"barLayout")
        self.scheduleTitle = QLabel(schedulingTab)
        self.scheduleTitle.setObjectName(u"scheduleTitle")

        self.barLayout.addWidget(self.scheduleTitle)

        self.titleSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.barLayout.addItem(self.titleSpacer)

        self.previousButton = QPushButton(schedulingTab)
        self.previousButton.setObjectName(u"previousButton")

        self.barLayout.addWidget(self.previousButton)

        self.todayButton = QPushButton(schedulingTab)
        self.todayButton.setObjectName(u"todayButton")

        self.barLayout.addWidget(self.todayButton)

        self.nextButton = QPushButton(schedulingTab)
        self.nextButton.setObjectName(u"nextButton")

        self.barLayout.addWidget(self.nextButton)

        self.dateEdit = QDateEdit(schedulingTab)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setMinimumSize(QSize(150, 0))
        self.dateEdit.setDisplayFormat(u"ddd dd MMM yyyy")
        self.dateEdit.setCalendarPopup(True)

        self.barLayout.addWidget(self.dateEdit)

        self.filterSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.barLayout.addItem(self.filterSpacer)

        self.departmentLabel = QLabel(schedulingTab)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.barLayout.addWidget(self.departmentLabel)

        self.departmentCombo = QComboBox(schedulingTab)
        self.departmentCombo.setObjectName(u"departmentCombo")
        self.departmentCombo.setMinimumSize(QSize(150, 0))

        self.barLayout.addWidget(self.departmentCombo)

        self.specialtyLabel = QLabel(schedulingTab)
        self.specialtyLabel.setObjectName(u"specialtyLabel")

        self.barLayout.addWidget(self.specialtyLabel)

        self.specialtyCombo = QComboBox(schedulingTab)
        self.specialtyCombo.setObjectName(u"specialtyCombo")
        self.specialtyCombo.setMinimumSize(QSize(150, 0))

        self.barLayout.addWidget(self.specialtyCombo)

        self.barStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.barLayout.addItem(self.barStretch)

        self.bookButton = QPushButton(schedulingTab)
        self.bookButton.setObjectName(u"bookButton")

        self.barLayout.addWidget(self.bookButton)

        self.barLayout.setStretch(11, 1)

        self.mainLayout.addLayout(self.barLayout)

        self.legendLayout = QHBoxLayout()
        self.legendLayout.setSpacing(4)
        self.legendLayout.setObjectName(u"legendLayout")
        self.legendStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.legendLayout.addItem(self.legendStretch)

        self.summaryLabel = QLabel(schedulingTab)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.legendLayout.addWidget(self.summaryLabel)

        self.legendLayout.setStretch(0, 1)

        self.mainLayout.addLayout(self.legendLayout)

        self.messageLabel = QLabel(schedulingTab)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.sections = QTabWidget(schedulingTab)
        self.sections.setObjectName(u"sections")
        self.sections.setDocumentMode(True)
        self.myDayPage = QWidget()
        self.myDayPage.setObjectName(u"myDayPage")
        self.sections.addTab(self.myDayPage, "")
        self.dayPage = QWidget()
        self.dayPage.setObjectName(u"dayPage")
        self.dayLayout = QHBoxLayout(self.dayPage)
        self.dayLayout.setSpacing(10)
        self.dayLayout.setObjectName(u"dayLayout")
        self.dayLayout.setContentsMargins(0, 6, 0, 0)
        self.sidePanel = QFrame(self.dayPage)
        self.sidePanel.setObjectName(u"sidePanel")
        self.sidePanel.setMinimumSize(QSize(280, 0))
        self.sidePanel.setMaximumSize(QSize(280, 16777215))
        self.sidePanelLayout = QVBoxLayout(self.sidePanel)
        self.sidePanelLayout.setSpacing(6)
        self.sidePanelLayout.setObjectName(u"sidePanelLayout")
        self.sidePanelLayout.setContentsMargins(12, 10, 12, 10)
        self.selectedTitle = QLabel(self.sidePanel)
        self.selectedTitle.setObjectName(u"selectedTitle")

        self.sidePanelLayout.addWidget(self.selectedTitle)

        self.selectionText = QLabel(self.sidePanel)
        self.selectionText.setObjectName(u"selectionText")
        self.selectionText.setTextFormat(Qt.TextFormat.PlainText)
        self.selectionText.setWordWrap(True)

        self.sidePanelLayout.addWidget(self.selectionText)

        self.selectionButtons = QHBoxLayout()
        self.selectionButtons.setObjectName(u"selectionButtons")
        self.openButton = QPushButton(self.sidePanel)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setEnabled(False)

        self.selectionButtons.addWidget(self.openButton)

        self.checkInButton = QPushButton(self.sidePanel)
        self.checkInButton.setObjectName(u"checkInButton")
        self.checkInButton.setEnabled(False)

        self.selectionButtons.addWidget(self.checkInButton)


        self.sidePanelLayout.addLayout(self.selectionButtons)

        self.declinedSpacer = QSpacerItem(0, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.sidePanelLayout.addItem(self.declinedSpacer)

        self.declinedTitle = QLabel(self.sidePanel)
        self.declinedTitle.setObjectName(u"declinedTitle")
        self.declinedTitle.setWordWrap(True)

        self.sidePanelLayout.addWidget(self.declinedTitle)

        self.declinedList = QListWidget(self.sidePanel)
        self.declinedList.setObjectName(u"declinedList")
        self.declinedList.setTabKeyNavigation(False)
        self.declinedList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.declinedList.setWordWrap(True)

        self.sidePanelLayout.addWidget(self.declinedList)

        self.sidePanelLayout.setStretch(5, 1)

        self.dayLayout.addWidget(self.sidePanel)

        self.sections.addTab(self.dayPage, "")
        self.weekPage = QWidget()
        self.weekPage.setObjectName(u"weekPage")
        self.sections.addTab(self.weekPage, "")
        self.roomsPage = QWidget()
        self.roomsPage.setObjectName(u"roomsPage")
        self.sections.addTab(self.roomsPage, "")

        self.mainLayout.addWidget(self.sections)

        self.mainLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.departmentLabel.setBuddy(self.departmentCombo)
        self.specialtyLabel.setBuddy(self.specialtyCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(schedulingTab)

        self.bookButton.setDefault(True)
        self.sections.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(schedulingTab)
    # setupUi

    def retranslateUi(self, schedulingTab):
        self.scheduleTitle.setText(QCoreApplication.translate("SchedulingTab", u"Scheduling", None))
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("SchedulingTab", u"Previous day (Ctrl+Left in the calendar)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.previousButton.setAccessibleName(QCoreApplication.translate("SchedulingTab", u"Previous day", None))
#endif // QT_CONFIG(accessibility)
        self.previousButton.setText(QCoreApplication.translate("SchedulingTab", u"\u25c0", None))
        self.todayButton.setText(QCoreApplication.translate("SchedulingTab", u"Today", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("SchedulingTab", u"Next day (Ctrl+Right in the calendar)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.nextButton.setAccessibleName(QCoreApplication.translate("SchedulingTab", u"Next day", None))
#endif // QT_CONFIG(accessibility)
        self.nextButton.setText(QCoreApplication.translate("SchedulingTab", u"\u25b6", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("SchedulingTab", u"Day shown", None))
#endif // QT_CONFIG(accessibility)
        self.departmentLabel.setText(QCoreApplication.translate("SchedulingTab", u"De&partment", None))
        self.specialtyLabel.setText(QCoreApplication.translate("SchedulingTab", u"Sp&ecialty", None))
        self.bookButton.setText(QCoreApplication.translate("SchedulingTab", u"&Find && book\u2026", None))
        self.summaryLabel.setText("")
        self.messageLabel.setText("")
        self.sections.setTabText(self.sections.indexOf(self.myDayPage), QCoreApplication.translate("SchedulingTab", u"My day", None))
        self.selectedTitle.setText(QCoreApplication.translate("SchedulingTab", u"Selected", None))
        self.selectionText.setText(QCoreApplication.translate("SchedulingTab", u"Nothing selected. Use the arrow keys or click an appointment; Enter opens it.", None))
        self.openButton.setText(QCoreApplication.translate("SchedulingTab", u"&Open\u2026", None))
        self.checkInButton.setText(QCoreApplication.translate("SchedulingTab", u"Check &in", None))
        self.declinedTitle.setText(QCoreApplication.translate("SchedulingTab", u"Declined by doctors \u2014 to rebook", None))
#if QT_CONFIG(accessibility)
        self.declinedList.setAccessibleName(QCoreApplication.translate("SchedulingTab", u"Declined by doctors \u2014 to rebook", None))
#endif // QT_CONFIG(accessibility)
        self.sections.setTabText(self.sections.indexOf(self.dayPage), QCoreApplication.translate("SchedulingTab", u"Day", None))
        self.sections.setTabText(self.sections.indexOf(self.weekPage), QCoreApplication.translate("SchedulingTab", u"Week", None))
        self.sections.setTabText(self.sections.indexOf(self.roomsPage), QCoreApplication.translate("SchedulingTab", u"Rooms && equipment", None))
        pass
    # retranslateUi

