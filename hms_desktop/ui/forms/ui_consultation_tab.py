# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consultation_tab.ui'
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
    QSpacerItem, QSplitter, QStackedWidget, QTabWidget,
    QTableView, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ConsultationTab(object):
    def setupUi(self, consultationTab):
        if not consultationTab.objectName():
            consultationTab.setObjectName(u"consultationTab")
        consultationTab.resize(1280, 680)
        self.mainLayout = QVBoxLayout(consultationTab)
        self.mainLayout.setSpacing(6)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(8, 6, 8, 6)
        self.messageLabel = QLabel(consultationTab)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.splitter = QSplitter(consultationTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.worklistTabs = QTabWidget(self.splitter)
        self.worklistTabs.setObjectName(u"worklistTabs")
        self.worklistTabs.setMinimumSize(QSize(320, 0))
        self.queuePage = QWidget()
        self.queuePage.setObjectName(u"queuePage")
        self.queueLayout = QVBoxLayout(self.queuePage)
        self.queueLayout.setObjectName(u"queueLayout")
        self.queueLayout.setContentsMargins(0, 0, 0, 0)
        self.worklistTabs.addTab(self.queuePage, "")
        self.inpatientsPage = QWidget()
        self.inpatientsPage.setObjectName(u"inpatientsPage")
        self.inpatientsLayout = QVBoxLayout(self.inpatientsPage)
        self.inpatientsLayout.setObjectName(u"inpatientsLayout")
        self.inpatientsTitle = QLabel(self.inpatientsPage)
        self.inpatientsTitle.setObjectName(u"inpatientsTitle")

        self.inpatientsLayout.addWidget(self.inpatientsTitle)

        self.inpatientsTree = QTreeWidget(self.inpatientsPage)
        self.inpatientsTree.setObjectName(u"inpatientsTree")
        self.inpatientsTree.setTabKeyNavigation(False)
        self.inpatientsTree.setAlternatingRowColors(True)
        self.inpatientsTree.setRootIsDecorated(False)
        self.inpatientsTree.setUniformRowHeights(True)
        self.inpatientsTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.inpatientsTree.header().setStretchLastSection(False)

        self.inpatientsLayout.addWidget(self.inpatientsTree)

        self.inpatientsButtons = QHBoxLayout()
        self.inpatientsButtons.setObjectName(u"inpatientsButtons")
        self.inpatientsStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.inpatientsButtons.addItem(self.inpatientsStretch)

        self.openInpatientButton = QPushButton(self.inpatientsPage)
        self.openInpatientButton.setObjectName(u"openInpatientButton")

        self.inpatientsButtons.addWidget(self.openInpatientButton)

        self.inpatientsButtons.setStretch(0, 1)

        self.inpatientsLayout.addLayout(self.inpatientsButtons)

        self.inpatientsLayout.setStretch(1, 1)
        self.worklistTabs.addTab(self.inpatientsPage, "")
        self.searchPage = QWidget()
        self.searchPage.setObjectName(u"searchPage")
        self.searchLayout = QVBoxLayout(self.searchPage)
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLabel = QLabel(self.searchPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(self.searchPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.searchTable = QTableView(self.searchPage)
        self.searchTable.setObjectName(u"searchTable")
        self.searchTable.setTabKeyNavigation(False)
        self.searchTable.setAlternatingRowColors(True)
        self.searchTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.searchTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.searchTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.searchTable.verticalHeader().setVisible(False)

        self.searchLayout.addWidget(self.searchTable)

        self.searchButtons = QHBoxLayout()
        self.searchButtons.setObjectName(u"searchButtons")
        self.searchHint = QLabel(self.searchPage)
        self.searchHint.setObjectName(u"searchHint")
        self.searchHint.setWordWrap(True)

        self.searchButtons.addWidget(self.searchHint)

        self.openSearchButton = QPushButton(self.searchPage)
        self.openSearchButton.setObjectName(u"openSearchButton")

        self.searchButtons.addWidget(self.openSearchButton)

        self.searchButtons.setStretch(0, 1)

        self.searchLayout.addLayout(self.searchButtons)

        self.searchLayout.setStretch(2, 1)
        self.worklistTabs.addTab(self.searchPage, "")
        self.splitter.addWidget(self.worklistTabs)
        self.chartStack = QStackedWidget(self.splitter)
        self.chartStack.setObjectName(u"chartStack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.chartStack.addWidget(self.emptyPage)
        self.chartPage = QWidget()
        self.chartPage.setObjectName(u"chartPage")
        self.chartLayout = QVBoxLayout(self.chartPage)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)
        self.chartStack.addWidget(self.chartPage)
        self.splitter.addWidget(self.chartStack)

        self.mainLayout.addWidget(self.splitter)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.worklistTabs, self.inpatientsTree)
        QWidget.setTabOrder(self.inpatientsTree, self.openInpatientButton)
        QWidget.setTabOrder(self.openInpatientButton, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.searchTable)
        QWidget.setTabOrder(self.searchTable, self.openSearchButton)

        self.retranslateUi(consultationTab)

        self.worklistTabs.setCurrentIndex(0)
        self.chartStack.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(consultationTab)
    # setupUi

    def retranslateUi(self, consultationTab):
        self.messageLabel.setText("")
        self.worklistTabs.setTabText(self.worklistTabs.indexOf(self.queuePage), QCoreApplication.translate("ConsultationTab", u"&Queue", None))
        self.inpatientsTitle.setText(QCoreApplication.translate("ConsultationTab", u"My admitted patients", None))
        ___qtreewidgetitem = self.inpatientsTree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ConsultationTab", u"Since", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ConsultationTab", u"Bed", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ConsultationTab", u"Patient", None))
#if QT_CONFIG(accessibility)
        self.inpatientsTree.setAccessibleName(QCoreApplication.translate("ConsultationTab", u"My admitted patients", None))
#endif // QT_CONFIG(accessibility)
        self.openInpatientButton.setText(QCoreApplication.translate("ConsultationTab", u"Open chart", None))
#if QT_CONFIG(accessibility)
        self.openInpatientButton.setAccessibleName(QCoreApplication.translate("ConsultationTab", u"Open the chart of the chosen admitted patient", None))
#endif // QT_CONFIG(accessibility)
        self.worklistTabs.setTabText(self.worklistTabs.indexOf(self.inpatientsPage), QCoreApplication.translate("ConsultationTab", u"Ad&mitted", None))
        self.searchLabel.setText(QCoreApplication.translate("ConsultationTab", u"&Name, MRN or phone", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ConsultationTab", u"e.g. Okafor, 100234 or 0803\u2026", None))
#if QT_CONFIG(accessibility)
        self.searchTable.setAccessibleName(QCoreApplication.translate("ConsultationTab", u"Patients found", None))
#endif // QT_CONFIG(accessibility)
        self.searchHint.setText(QCoreApplication.translate("ConsultationTab", u"Opening a chart is recorded.", None))
        self.openSearchButton.setText(QCoreApplication.translate("ConsultationTab", u"Open chart", None))
#if QT_CONFIG(accessibility)
        self.openSearchButton.setAccessibleName(QCoreApplication.translate("ConsultationTab", u"Open the chart of the chosen patient", None))
#endif // QT_CONFIG(accessibility)
        self.worklistTabs.setTabText(self.worklistTabs.indexOf(self.searchPage), QCoreApplication.translate("ConsultationTab", u"&Find", None))
        self.emptyLabel.setText(QCoreApplication.translate("ConsultationTab", u"Choose a patient: call the next one from the queue, pick an admitted patient, or find one by name or MRN.", None))
        pass
    # retranslateUi

