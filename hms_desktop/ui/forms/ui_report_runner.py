# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_runner.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QSizePolicy, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ReportRunner(object):
    def setupUi(self, ReportRunner):
        if not ReportRunner.objectName():
            ReportRunner.setObjectName(u"ReportRunner")
        ReportRunner.resize(1200, 600)
        self.mainLayout = QHBoxLayout(ReportRunner)
        self.mainLayout.setObjectName(u"mainLayout")
        self.listLayout = QVBoxLayout()
        self.listLayout.setObjectName(u"listLayout")
        self.reportsLabel = QLabel(ReportRunner)
        self.reportsLabel.setObjectName(u"reportsLabel")

        self.listLayout.addWidget(self.reportsLabel)

        self.reportTree = QTreeWidget(ReportRunner)
        self.reportTree.setObjectName(u"reportTree")
        self.reportTree.setMinimumSize(QSize(300, 0))
        self.reportTree.setMaximumSize(QSize(340, 16777215))
        self.reportTree.setTabKeyNavigation(False)
        self.reportTree.setHeaderHidden(True)

        self.listLayout.addWidget(self.reportTree)


        self.mainLayout.addLayout(self.listLayout)

        self.reportLayout = QVBoxLayout()
        self.reportLayout.setObjectName(u"reportLayout")
        self.titleLabel = QLabel(ReportRunner)
        self.titleLabel.setObjectName(u"titleLabel")

        self.reportLayout.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(ReportRunner)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.reportLayout.addWidget(self.descriptionLabel)

        self.paramsHost = QWidget(ReportRunner)
        self.paramsHost.setObjectName(u"paramsHost")
        self.paramsLayout = QVBoxLayout(self.paramsHost)
        self.paramsLayout.setObjectName(u"paramsLayout")
        self.paramsLayout.setContentsMargins(0, 0, 0, 0)

        self.reportLayout.addWidget(self.paramsHost)

        self.resultHost = QWidget(ReportRunner)
        self.resultHost.setObjectName(u"resultHost")
        self.resultLayout = QVBoxLayout(self.resultHost)
        self.resultLayout.setObjectName(u"resultLayout")
        self.resultLayout.setContentsMargins(0, 0, 0, 0)

        self.reportLayout.addWidget(self.resultHost)

        self.reportLayout.setStretch(3, 1)

        self.mainLayout.addLayout(self.reportLayout)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.reportsLabel.setBuddy(self.reportTree)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportRunner)

        QMetaObject.connectSlotsByName(ReportRunner)
    # setupUi

    def retranslateUi(self, ReportRunner):
        self.reportsLabel.setText(QCoreApplication.translate("ReportRunner", u"&Available reports", None))
        ___qtreewidgetitem = self.reportTree.headerItem()
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ReportRunner", u"Report", None))
#if QT_CONFIG(accessibility)
        self.reportTree.setAccessibleName(QCoreApplication.translate("ReportRunner", u"Available reports", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("ReportRunner", u"Choose a report", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ReportRunner", u"Choose a report in the list, a range of days and the filters it offers, then Run.", None))
        pass
    # retranslateUi

