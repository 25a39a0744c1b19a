# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'critical_alert_banner.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QWidget)

class Ui_CriticalAlertBanner(object):
    def setupUi(self, criticalAlertBanner):
        if not criticalAlertBanner.objectName():
            criticalAlertBanner.setObjectName(u"criticalAlertBanner")
        criticalAlertBanner.resize(900, 48)
        self.bannerLayout = QHBoxLayout(criticalAlertBanner)
        self.bannerLayout.setObjectName(u"bannerLayout")
        self.bannerLayout.setContentsMargins(14, 6, 14, 6)
        self.alertText = QLabel(criticalAlertBanner)
        self.alertText.setObjectName(u"alertText")
        self.alertText.setTextFormat(Qt.TextFormat.PlainText)
        self.alertText.setWordWrap(True)

        self.bannerLayout.addWidget(self.alertText)

        self.moreLabel = QLabel(criticalAlertBanner)
        self.moreLabel.setObjectName(u"moreLabel")

        self.bannerLayout.addWidget(self.moreLabel)

        self.acknowledgeButton = QPushButton(criticalAlertBanner)
        self.acknowledgeButton.setObjectName(u"acknowledgeButton")

        self.bannerLayout.addWidget(self.acknowledgeButton)

        self.bannerLayout.setStretch(0, 1)

        self.retranslateUi(criticalAlertBanner)

        QMetaObject.connectSlotsByName(criticalAlertBanner)
    # setupUi

    def retranslateUi(self, criticalAlertBanner):
#if QT_CONFIG(accessibility)
        criticalAlertBanner.setAccessibleName(QCoreApplication.translate("CriticalAlertBanner", u"Critical lab result", None))
#endif // QT_CONFIG(accessibility)
        self.alertText.setText("")
        self.moreLabel.setText("")
        self.acknowledgeButton.setText(QCoreApplication.translate("CriticalAlertBanner", u"Ac&knowledge", None))
    # retranslateUi

