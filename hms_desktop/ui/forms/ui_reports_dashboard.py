# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_dashboard.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ReportsDashboard(object):
    def setupUi(self, ReportsDashboard):
        if not ReportsDashboard.objectName():
            ReportsDashboard.setObjectName(u"ReportsDashboard")
        ReportsDashboard.resize(1200, 600)
        self.mainLayout = QVBoxLayout(ReportsDashboard)
        self.mainLayout.setObjectName(u"mainLayout")
        self.barLayout = QHBoxLayout()
        self.barLayout.setObjectName(u"barLayout")
        self.headingLabel = QLabel(ReportsDashboard)
        self.headingLabel.setObjectName(u"headingLabel")

        self.barLayout.addWidget(self.headingLabel)

        self.barSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.barLayout.addItem(self.barSpacer)

        self.updatedLabel = QLabel(ReportsDashboard)
        self.updatedLabel.setObjectName(u"updatedLabel")

        self.barLayout.addWidget(self.updatedLabel)

        self.reloadButton = QPushButton(ReportsDashboard)
        self.reloadButton.setObjectName(u"reloadButton")

        self.barLayout.addWidget(self.reloadButton)


        self.mainLayout.addLayout(self.barLayout)

        self.messageLabel = QLabel(ReportsDashboard)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.tilesHost = QWidget(ReportsDashboard)
        self.tilesHost.setObjectName(u"tilesHost")
        self.tilesLayout = QGridLayout(self.tilesHost)
        self.tilesLayout.setObjectName(u"tilesLayout")
        self.tilesLayout.setHorizontalSpacing(8)
        self.tilesLayout.setVerticalSpacing(8)
        self.tilesLayout.setContentsMargins(0, 0, 0, 0)

        self.mainLayout.addWidget(self.tilesHost)

        self.chartsLayout = QHBoxLayout()
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.wardChartHost = QWidget(ReportsDashboard)
        self.wardChartHost.setObjectName(u"wardChartHost")
        self.wardChartLayout = QVBoxLayout(self.wardChartHost)
        self.wardChartLayout.setObjectName(u"wardChartLayout")
        self.wardChartLayout.setContentsMargins(0, 0, 0, 0)

        self.chartsLayout.addWidget(self.wardChartHost)

        self.revenueChartHost = QWidget(ReportsDashboard)
        self.revenueChartHost.setObjectName(u"revenueChartHost")
        self.revenueChartLayout = QVBoxLayout(self.revenueChartHost)
        self.revenueChartLayout.setObjectName(u"revenueChartLayout")
        self.revenueChartLayout.setContentsMargins(0, 0, 0, 0)

        self.chartsLayout.addWidget(self.revenueChartHost)

        self.stockHost = QWidget(ReportsDashboard)
        self.stockHost.setObjectName(u"stockHost")
        self.stockLayout = QVBoxLayout(self.stockHost)
        self.stockLayout.setObjectName(u"stockLayout")
        self.stockLayout.setContentsMargins(0, 0, 0, 0)
        self.stockLabel = QLabel(self.stockHost)
        self.stockLabel.setObjectName(u"stockLabel")

        self.stockLayout.addWidget(self.stockLabel)

        self.stockTable = QTableWidget(self.stockHost)
        if (self.stockTable.columnCount() < 3):
            self.stockTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.stockTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.stockTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.stockTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.stockTable.setObjectName(u"stockTable")
        self.stockTable.setTabKeyNavigation(False)
        self.stockTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stockTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stockTable.setColumnCount(3)
        self.stockTable.horizontalHeader().setStretchLastSection(True)
        self.stockTable.verticalHeader().setVisible(False)

        self.stockLayout.addWidget(self.stockTable)


        self.chartsLayout.addWidget(self.stockHost)

        self.chartsLayout.setStretch(0, 3)
        self.chartsLayout.setStretch(1, 2)
        self.chartsLayout.setStretch(2, 2)

        self.mainLayout.addLayout(self.chartsLayout)

        self.mainLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.stockLabel.setBuddy(self.stockTable)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportsDashboard)

        QMetaObject.connectSlotsByName(ReportsDashboard)
    # setupUi

    def retranslateUi(self, ReportsDashboard):
        self.headingLabel.setText(QCoreApplication.translate("ReportsDashboard", u"Today", None))
        self.updatedLabel.setText("")
        self.reloadButton.setText(QCoreApplication.translate("ReportsDashboard", u"Re&load", None))
#if QT_CONFIG(tooltip)
        self.reloadButton.setToolTip(QCoreApplication.translate("ReportsDashboard", u"Read every figure again now (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.messageLabel.setText("")
        self.stockLabel.setText(QCoreApplication.translate("ReportsDashboard", u"Below reorder level", None))
        ___qtablewidgetitem = self.stockTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ReportsDashboard", u"Item", None))
        ___qtablewidgetitem1 = self.stockTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ReportsDashboard", u"On hand", None))
        ___qtablewidgetitem2 = self.stockTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ReportsDashboard", u"Reorder at", None))
#if QT_CONFIG(accessibility)
        self.stockTable.setAccessibleName(QCoreApplication.translate("ReportsDashboard", u"Stock items below their reorder level", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

