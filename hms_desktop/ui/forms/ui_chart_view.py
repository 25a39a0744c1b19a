# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'chart_view.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QHBoxLayout,
    QLabel, QSizePolicy, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_ChartView(object):
    def setupUi(self, chartView):
        if not chartView.objectName():
            chartView.setObjectName(u"chartView")
        chartView.resize(900, 640)
        self.mainLayout = QVBoxLayout(chartView)
        self.mainLayout.setSpacing(6)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.chartBanner = QFrame(chartView)
        self.chartBanner.setObjectName(u"chartBanner")
        self.bannerLayout = QHBoxLayout(self.chartBanner)
        self.bannerLayout.setSpacing(12)
        self.bannerLayout.setObjectName(u"bannerLayout")
        self.bannerLayout.setContentsMargins(10, 8, 10, 8)
        self.photoLabel = QLabel(self.chartBanner)
        self.photoLabel.setObjectName(u"photoLabel")
        self.photoLabel.setMinimumSize(QSize(64, 80))
        self.photoLabel.setMaximumSize(QSize(64, 80))
        self.photoLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.bannerLayout.addWidget(self.photoLabel, 0, Qt.AlignmentFlag.AlignTop)

        self.bannerText = QVBoxLayout()
        self.bannerText.setSpacing(2)
        self.bannerText.setObjectName(u"bannerText")
        self.nameRow = QHBoxLayout()
        self.nameRow.setObjectName(u"nameRow")
        self.nameLabel = QLabel(self.chartBanner)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.nameLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.nameRow.addWidget(self.nameLabel)

        self.detailsLabel = QLabel(self.chartBanner)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.detailsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.nameRow.addWidget(self.detailsLabel)

        self.nameRow.setStretch(1, 1)

        self.bannerText.addLayout(self.nameRow)

        self.factsLayout = QGridLayout()
        self.factsLayout.setObjectName(u"factsLayout")
        self.factsLayout.setHorizontalSpacing(10)
        self.factsLayout.setVerticalSpacing(1)
        self.allergiesCaption = QLabel(self.chartBanner)
        self.allergiesCaption.setObjectName(u"allergiesCaption")

        self.factsLayout.addWidget(self.allergiesCaption, 0, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.allergiesLabel = QLabel(self.chartBanner)
        self.allergiesLabel.setObjectName(u"allergiesLabel")
        self.allergiesLabel.setTextFormat(Qt.TextFormat.RichText)
        self.allergiesLabel.setWordWrap(True)

        self.factsLayout.addWidget(self.allergiesLabel, 0, 1, 1, 1)

        self.problemsCaption = QLabel(self.chartBanner)
        self.problemsCaption.setObjectName(u"problemsCaption")

        self.factsLayout.addWidget(self.problemsCaption, 1, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.problemsLabel = QLabel(self.chartBanner)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.problemsLabel.setWordWrap(True)

        self.factsLayout.addWidget(self.problemsLabel, 1, 1, 1, 1)

        self.medicationsCaption = QLabel(self.chartBanner)
        self.medicationsCaption.setObjectName(u"medicationsCaption")

        self.factsLayout.addWidget(self.medicationsCaption, 2, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.medicationsLabel = QLabel(self.chartBanner)
        self.medicationsLabel.setObjectName(u"medicationsLabel")
        self.medicationsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.medicationsLabel.setWordWrap(True)

        self.factsLayout.addWidget(self.medicationsLabel, 2, 1, 1, 1)

        self.vitalsCaption = QLabel(self.chartBanner)
        self.vitalsCaption.setObjectName(u"vitalsCaption")

        self.factsLayout.addWidget(self.vitalsCaption, 3, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.vitalsLabel = QLabel(self.chartBanner)
        self.vitalsLabel.setObjectName(u"vitalsLabel")
        self.vitalsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.vitalsLabel.setWordWrap(True)

        self.factsLayout.addWidget(self.vitalsLabel, 3, 1, 1, 1)

        self.factsLayout.setColumnStretch(1, 1)

        self.bannerText.addLayout(self.factsLayout)


        self.bannerLayout.addLayout(self.bannerText)

        self.bannerLayout.setStretch(1, 1)

        self.mainLayout.addWidget(self.chartBanner)

        self.messageLabel = QLabel(chartView)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.paneTabs = QTabWidget(chartView)
        self.paneTabs.setObjectName(u"paneTabs")

        self.mainLayout.addWidget(self.paneTabs)

        self.mainLayout.setStretch(2, 1)

        self.retranslateUi(chartView)

        QMetaObject.connectSlotsByName(chartView)
    # setupUi

    def retranslateUi(self, chartView):
#if QT_CONFIG(accessibility)
        self.chartBanner.setAccessibleName(QCoreApplication.translate("ChartView", u"Patient banner", None))
#endif // QT_CONFIG(accessibility)
        self.photoLabel.setText("")
        self.nameLabel.setText("")
        self.detailsLabel.setText("")
        self.allergiesCaption.setText(QCoreApplication.translate("ChartView", u"Allergies", None))
        self.allergiesLabel.setText("")
        self.problemsCaption.setText(QCoreApplication.translate("ChartView", u"Problems", None))
        self.problemsLabel.setText("")
        self.medicationsCaption.setText(QCoreApplication.translate("ChartView", u"Medications", None))
        self.medicationsLabel.setText("")
        self.vitalsCaption.setText(QCoreApplication.translate("ChartView", u"Last vitals", None))
        self.vitalsLabel.setText("")
        self.messageLabel.setText("")
#if QT_CONFIG(accessibility)
        self.paneTabs.setAccessibleName(QCoreApplication.translate("ChartView", u"Chart", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

