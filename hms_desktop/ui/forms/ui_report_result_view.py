# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_result_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QProgressBar, QPushButton,
    QSizePolicy, QSplitter, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ReportResultView(object):
    def setupUi(self, ReportResultView):
        if not ReportResultView.objectName():
            ReportResultView.setObjectName(u"ReportResultView")
        ReportResultView.resize(900, 500)
        self.viewLayout = QVBoxLayout(ReportResultView)
        self.viewLayout.setObjectName(u"viewLayout")
        self.viewLayout.setContentsMargins(0, 0, 0, 0)
        self.runLayout = QHBoxLayout()
        self.runLayout.setObjectName(u"runLayout")
        self.runButton = QPushButton(ReportResultView)
        self.runButton.setObjectName(u"runButton")

        self.runLayout.addWidget(self.runButton)

        self.cancelButton = QPushButton(ReportResultView)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setEnabled(False)

        self.runLayout.addWidget(self.cancelButton)

        self.progressBar = QProgressBar(ReportResultView)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximumSize(QSize(160, 16777215))
        self.progressBar.setTextVisible(False)

        self.runLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(ReportResultView)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.runLayout.addWidget(self.statusLabel)


        self.viewLayout.addLayout(self.runLayout)

        self.messageLabel = QLabel(ReportResultView)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.viewLayout.addWidget(self.messageLabel)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.summaryLabel = QLabel(ReportResultView)
        self.summaryLabel.setObjectName(u"summaryLabel")
        sizePolicy.setHeightForWidth(self.summaryLabel.sizePolicy().hasHeightForWidth())
        self.summaryLabel.setSizePolicy(sizePolicy)
        self.summaryLabel.setWordWrap(True)

        self.actionsLayout.addWidget(self.summaryLabel)

        self.smallCountsCheck = QCheckBox(ReportResultView)
        self.smallCountsCheck.setObjectName(u"smallCountsCheck")

        self.actionsLayout.addWidget(self.smallCountsCheck)

        self.drillButton = QPushButton(ReportResultView)
        self.drillButton.setObjectName(u"drillButton")
        self.drillButton.setEnabled(False)

        self.actionsLayout.addWidget(self.drillButton)

        self.printButton = QPushButton(ReportResultView)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setEnabled(False)

        self.actionsLayout.addWidget(self.printButton)

        self.exportButton = QPushButton(ReportResultView)
        self.exportButton.setObjectName(u"exportButton")
        self.exportButton.setEnabled(False)

        self.actionsLayout.addWidget(self.exportButton)


        self.viewLayout.addLayout(self.actionsLayout)

        self.resultSplitter = QSplitter(ReportResultView)
        self.resultSplitter.setObjectName(u"resultSplitter")
        self.resultSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.resultSplitter.setChildrenCollapsible(False)
        self.resultTable = QTableWidget(self.resultSplitter)
        self.resultTable.setObjectName(u"resultTable")
        self.resultTable.setTabKeyNavigation(False)
        self.resultTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resultTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.resultTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.resultTable.setAlternatingRowColors(True)
        self.resultSplitter.addWidget(self.resultTable)
        self.resultTable.verticalHeader().setVisible(False)
        self.chartHost = QWidget(self.resultSplitter)
        self.chartHost.setObjectName(u"chartHost")
        self.chartLayout = QVBoxLayout(self.chartHost)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)
        self.resultSplitter.addWidget(self.chartHost)

        self.viewLayout.addWidget(self.resultSplitter)

        self.viewLayout.setStretch(3, 1)
        QWidget.setTabOrder(self.runButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.smallCountsCheck)
        QWidget.setTabOrder(self.smallCountsCheck, self.drillButton)
        QWidget.setTabOrder(self.drillButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.resultTable)

        self.retranslateUi(ReportResultView)

        QMetaObject.connectSlotsByName(ReportResultView)
    # setupUi

    def retranslateUi(self, ReportResultView):
        self.runButton.setText(QCoreApplication.translate("ReportResultView", u"&Run", None))
#if QT_CONFIG(accessibility)
        self.runButton.setAccessibleName(QCoreApplication.translate("ReportResultView", u"Run the report", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("ReportResultView", u"Ca&ncel", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("ReportResultView", u"Cancel the running report", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("ReportResultView", u"Report running", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText("")
        self.messageLabel.setText("")
        self.summaryLabel.setText("")
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("ReportResultView", u"About the result", None))
#endif // QT_CONFIG(accessibility)
        self.smallCountsCheck.setText(QCoreApplication.translate("ReportResultView", u"Show counts &under 5", None))
#if QT_CONFIG(accessibility)
        self.smallCountsCheck.setAccessibleName(QCoreApplication.translate("ReportResultView", u"Show counts under 5 in exports and printouts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.smallCountsCheck.setToolTip(QCoreApplication.translate("ReportResultView", u"Exported and printed reports show a count of 1 to 4 as \u201c<5\u201d so that nobody can be recognised; an administrator may show the exact counts.", None))
#endif // QT_CONFIG(tooltip)
        self.drillButton.setText(QCoreApplication.translate("ReportResultView", u"Show pa&tients\u2026", None))
#if QT_CONFIG(accessibility)
        self.drillButton.setAccessibleName(QCoreApplication.translate("ReportResultView", u"Show the patients behind the chosen row", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.drillButton.setToolTip(QCoreApplication.translate("ReportResultView", u"The patients counted in the chosen row (double-click a row does the same).", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("ReportResultView", u"Pr&int preview\u2026", None))
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("ReportResultView", u"Preview and print the report", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("ReportResultView", u"E&xport\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportButton.setAccessibleName(QCoreApplication.translate("ReportResultView", u"Export the report to a file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resultTable.setAccessibleName(QCoreApplication.translate("ReportResultView", u"Report rows", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

