# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lab_results_pane.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QSizePolicy, QSpacerItem,
    QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_LabResultsPane(object):
    def setupUi(self, labResultsPane):
        if not labResultsPane.objectName():
            labResultsPane.setObjectName(u"labResultsPane")
        labResultsPane.resize(1000, 560)
        self.mainLayout = QVBoxLayout(labResultsPane)
        self.mainLayout.setSpacing(6)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(8, 8, 8, 8)
        self.barLayout = QHBoxLayout()
        self.barLayout.setObjectName(u"barLayout")
        self.testLabel = QLabel(labResultsPane)
        self.testLabel.setObjectName(u"testLabel")

        self.barLayout.addWidget(self.testLabel)

        self.testCombo = QComboBox(labResultsPane)
        self.testCombo.setObjectName(u"testCombo")
        self.testCombo.setMinimumSize(QSize(260, 0))

        self.barLayout.addWidget(self.testCombo)

        self.barStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.barLayout.addItem(self.barStretch)

        self.summaryLabel = QLabel(labResultsPane)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.barLayout.addWidget(self.summaryLabel)

        self.barLayout.setStretch(2, 1)

        self.mainLayout.addLayout(self.barLayout)

        self.messageLabel = QLabel(labResultsPane)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.splitter = QSplitter(labResultsPane)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.resultTree = QTreeWidget(self.splitter)
        self.resultTree.setObjectName(u"resultTree")
        self.resultTree.setTabKeyNavigation(False)
        self.resultTree.setAlternatingRowColors(True)
        self.resultTree.setRootIsDecorated(False)
        self.resultTree.setUniformRowHeights(True)
        self.resultTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.splitter.addWidget(self.resultTree)
        self.chartPage = QWidget(self.splitter)
        self.chartPage.setObjectName(u"chartPage")
        self.chartLayout = QVBoxLayout(self.chartPage)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.chartPage)

        self.mainLayout.addWidget(self.splitter)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.testLabel.setBuddy(self.testCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.testCombo, self.resultTree)

        self.retranslateUi(labResultsPane)

        QMetaObject.connectSlotsByName(labResultsPane)
    # setupUi

    def retranslateUi(self, labResultsPane):
        self.testLabel.setText(QCoreApplication.translate("LabResultsPane", u"Chart &of", None))
        self.summaryLabel.setText("")
        self.messageLabel.setText("")
        ___qtreewidgetitem = self.resultTree.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("LabResultsPane", u"Range", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("LabResultsPane", u"Flag", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("LabResultsPane", u"Result", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("LabResultsPane", u"Test", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("LabResultsPane", u"Date", None))
#if QT_CONFIG(accessibility)
        self.resultTree.setAccessibleName(QCoreApplication.translate("LabResultsPane", u"Lab results, newest first", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

