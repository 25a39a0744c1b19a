# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'doctor_queue.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_DoctorQueue(object):
    def setupUi(self, doctorQueue):
        if not doctorQueue.objectName():
            doctorQueue.setObjectName(u"doctorQueue")
        doctorQueue.resize(1100, 600)
        self.mainLayout = QVBoxLayout(doctorQueue)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(12, 10, 12, 10)
        self.barLayout = QHBoxLayout()
        self.barLayout.setObjectName(u"barLayout")
        self.queueTitle = QLabel(doctorQueue)
        self.queueTitle.setObjectName(u"queueTitle")

        self.barLayout.addWidget(self.queueTitle)

        self.titleSpacer = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.barLayout.addItem(self.titleSpacer)

        self.doctorLabel = QLabel(doctorQueue)
        self.doctorLabel.setObjectName(u"doctorLabel")

        self.barLayout.addWidget(self.doctorLabel)

        self.doctorCombo = QComboBox(doctorQueue)
        self.doctorCombo.setObjectName(u"doctorCombo")
        self.doctorCombo.setMinimumSize(QSize(240, 0))

        self.barLayout.addWidget(self.doctorCombo)

        self.barStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.barLayout.addItem(self.barStretch)

        self.summaryLabel = QLabel(doctorQueue)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.barLayout.addWidget(self.summaryLabel)

        self.barLayout.setStretch(4, 1)

        self.mainLayout.addLayout(self.barLayout)

        self.messageLabel = QLabel(doctorQueue)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(14)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.waitingColumn = QVBoxLayout()
        self.waitingColumn.setSpacing(6)
        self.waitingColumn.setObjectName(u"waitingColumn")
        self.consultCard = QFrame(doctorQueue)
        self.consultCard.setObjectName(u"consultCard")
        self.consultLayout = QHBoxLayout(self.consultCard)
        self.consultLayout.setObjectName(u"consultLayout")
        self.consultLayout.setContentsMargins(14, 10, 14, 10)
        self.consultText = QVBoxLayout()
        self.consultText.setObjectName(u"consultText")
        self.consultCaption = QLabel(self.consultCard)
        self.consultCaption.setObjectName(u"consultCaption")
        self.consultCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.consultText.addWidget(self.consultCaption)

        self.consultName = QLabel(self.consultCard)
        self.consultName.setObjectName(u"consultName")
        self.consultName.setTextFormat(Qt.TextFormat.PlainText)

        self.consultText.addWidget(self.consultName)

        self.consultDetail = QLabel(self.consultCard)
        self.consultDetail.setObjectName(u"consultDetail")
        self.consultDetail.setTextFormat(Qt.TextFormat.PlainText)

        self.consultText.addWidget(self.consultDetail)


        self.consultLayout.addLayout(self.consultText)

        self.openChartButton = QPushButton(self.consultCard)
        self.openChartButton.setObjectName(u"openChartButton")
        self.openChartButton.setVisible(False)

        self.consultLayout.addWidget(self.openChartButton, 0, Qt.AlignmentFlag.AlignVCenter)

        self.completeButton = QPushButton(self.consultCard)
        self.completeButton.setObjectName(u"completeButton")

        self.consultLayout.addWidget(self.completeButton, 0, Qt.AlignmentFlag.AlignVCenter)

        self.consultLayout.setStretch(0, 1)

        self.waitingColumn.addWidget(self.consultCard)

        self.waitingBar = QHBoxLayout()
        self.waitingBar.setObjectName(u"waitingBar")
        self.waitingTitle = QLabel(doctorQueue)
        self.waitingTitle.setObjectName(u"waitingTitle")

        self.waitingBar.addWidget(self.waitingTitle)

        self.waitingStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.waitingBar.addItem(self.waitingStretch)

        self.callNextButton = QPushButton(doctorQueue)
        self.callNextButton.setObjectName(u"callNextButton")

        self.waitingBar.addWidget(self.callNextButton)

        self.waitingBar.setStretch(1, 1)

        self.waitingColumn.addLayout(self.waitingBar)

        self.waitingTree = QTreeWidget(doctorQueue)
        self.waitingTree.setObjectName(u"waitingTree")
        self.waitingTree.setTabKeyNavigation(False)
        self.waitingTree.setAlternatingRowColors(True)
        self.waitingTree.setRootIsDecorated(False)
        self.waitingTree.setUniformRowHeights(True)
        self.waitingTree.header().setStretchLastSection(False)

        self.waitingColumn.addWidget(self.waitingTree)

        self.waitingColumn.setStretch(2, 1)

        self.columnsLayout.addLayout(self.waitingColumn)

        self.dayColumn = QVBoxLayout()
        self.dayColumn.setSpacing(6)
        self.dayColumn.setObjectName(u"dayColumn")
        self.appointmentsTitle = QLabel(doctorQueue)
        self.appointmentsTitle.setObjectName(u"appointmentsTitle")

        self.dayColumn.addWidget(self.appointmentsTitle)

        self.dayTree = QTreeWidget(doctorQueue)
        self.dayTree.setObjectName(u"dayTree")
        self.dayTree.setTabKeyNavigation(False)
        self.dayTree.setAlternatingRowColors(True)
        self.dayTree.setRootIsDecorated(False)
        self.dayTree.setUniformRowHeights(True)
        self.dayTree.header().setStretchLastSection(False)

        self.dayColumn.addWidget(self.dayTree)

        self.dayColumn.setStretch(1, 1)

        self.columnsLayout.addLayout(self.dayColumn)

        self.columnsLayout.setStretch(0, 5)
        self.columnsLayout.setStretch(1, 6)

        self.mainLayout.addLayout(self.columnsLayout)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.doctorLabel.setBuddy(self.doctorCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(doctorQueue)

        self.callNextButton.setDefault(True)


        QMetaObject.connectSlotsByName(doctorQueue)
    # setupUi

    def retranslateUi(self, doctorQueue):
        self.queueTitle.setText(QCoreApplication.translate("DoctorQueue", u"My day", None))
        self.doctorLabel.setText(QCoreApplication.translate("DoctorQueue", u"&Doctor", None))
        self.summaryLabel.setText("")
        self.messageLabel.setText("")
        self.consultCaption.setText(QCoreApplication.translate("DoctorQueue", u"IN CONSULTATION", None))
        self.consultName.setText("")
        self.consultDetail.setText("")
        self.openChartButton.setText(QCoreApplication.translate("DoctorQueue", u"Open chart", None))
#if QT_CONFIG(tooltip)
        self.openChartButton.setToolTip(QCoreApplication.translate("DoctorQueue", u"Open the chart of the patient in consultation", None))
#endif // QT_CONFIG(tooltip)
        self.completeButton.setText(QCoreApplication.translate("DoctorQueue", u"&Complete", None))
        self.waitingTitle.setText(QCoreApplication.translate("DoctorQueue", u"Waiting", None))
#if QT_CONFIG(tooltip)
        self.callNextButton.setToolTip(QCoreApplication.translate("DoctorQueue", u"Call the patient who has waited longest into consultation", None))
#endif // QT_CONFIG(tooltip)
        self.callNextButton.setText(QCoreApplication.translate("DoctorQueue", u"Call &next", None))
        ___qtreewidgetitem = self.waitingTree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("DoctorQueue", u"Waiting", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("DoctorQueue", u"Booked for", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("DoctorQueue", u"Patient", None))
#if QT_CONFIG(accessibility)
        self.waitingTree.setAccessibleName(QCoreApplication.translate("DoctorQueue", u"Patients waiting", None))
#endif // QT_CONFIG(accessibility)
        self.appointmentsTitle.setText(QCoreApplication.translate("DoctorQueue", u"Today's appointments", None))
        ___qtreewidgetitem1 = self.dayTree.headerItem()
        ___qtreewidgetitem1.setText(3, QCoreApplication.translate("DoctorQueue", u"Status", None))
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("DoctorQueue", u"Type", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("DoctorQueue", u"Patient", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("DoctorQueue", u"Time", None))
#if QT_CONFIG(accessibility)
        self.dayTree.setAccessibleName(QCoreApplication.translate("DoctorQueue", u"Today's appointments", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

