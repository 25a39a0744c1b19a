# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QSizePolicy, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_ReportsTab(object):
    def setupUi(self, ReportsTab):
        if not ReportsTab.objectName():
            ReportsTab.setObjectName(u"ReportsTab")
        ReportsTab.resize(1200, 640)
        self.mainLayout = QVBoxLayout(ReportsTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.sections = QTabWidget(ReportsTab)
        self.sections.setObjectName(u"sections")
        self.dashboardPage = QWidget()
        self.dashboardPage.setObjectName(u"dashboardPage")
        self.dashboardLayout = QVBoxLayout(self.dashboardPage)
        self.dashboardLayout.setObjectName(u"dashboardLayout")
        self.dashboardLayout.setContentsMargins(0, 0, 0, 0)
        self.sections.addTab(self.dashboardPage, "")
        self.runnerPage = QWidget()
        self.runnerPage.setObjectName(u"runnerPage")
        self.runnerLayout = QVBoxLayout(self.runnerPage)
        self.runnerLayout.setObjectName(u"runnerLayout")
        self.runnerLayout.setContentsMargins(0, 0, 0, 0)
        self.sections.addTab(self.runnerPage, "")
        self.builderPage = QWidget()
        self.builderPage.setObjectName(u"builderPage")
        self.builderLayout = QVBoxLayout(self.builderPage)
        self.builderLayout.setObjectName(u"builderLayout")
        self.builderLayout.setContentsMargins(0, 0, 0, 0)
        self.sections.addTab(self.builderPage, "")

        self.mainLayout.addWidget(self.sections)


        self.retranslateUi(ReportsTab)

        QMetaObject.connectSlotsByName(ReportsTab)
    # setupUi

    def retranslateUi(self, ReportsTab):
#if QT_CONFIG(accessibility)
        self.sections.setAccessibleName(QCoreApplication.translate("ReportsTab", u"Reports sections", None))
#endif // QT_CONFIG(accessibility)
        self.sections.setTabText(self.sections.indexOf(self.dashboardPage), QCoreApplication.translate("ReportsTab", u"Dashboard", None))
        self.sections.setTabText(self.sections.indexOf(self.runnerPage), QCoreApplication.translate("ReportsTab", u"Run a report", None))
        self.sections.setTabText(self.sections.indexOf(self.builderPage), QCoreApplication.translate("ReportsTab", u"Build a report", None))
        pass
    # retranslateUi

