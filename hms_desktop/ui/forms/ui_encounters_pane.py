# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'encounters_pane.ui'
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
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTextBrowser, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_EncountersPane(object):
    def setupUi(self, encountersPane):
        if not encountersPane.objectName():
            encountersPane.setObjectName(u"encountersPane")
        encountersPane.resize(900, 440)
        self.mainLayout = QVBoxLayout(encountersPane)
        self.mainLayout.setSpacing(6)
        self.mainLayout.setObjectName(u"mainLayout")
        self.barLayout = QHBoxLayout()
        self.barLayout.setObjectName(u"barLayout")
        self.newButton = QPushButton(encountersPane)
        self.newButton.setObjectName(u"newButton")

        self.barLayout.addWidget(self.newButton)

        self.openButton = QPushButton(encountersPane)
        self.openButton.setObjectName(u"openButton")

        self.barLayout.addWidget(self.openButton)

        self.barStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.barLayout.addItem(self.barStretch)

        self.previousButton = QPushButton(encountersPane)
        self.previousButton.setObjectName(u"previousButton")

        self.barLayout.addWidget(self.previousButton)

        self.pageLabel = QLabel(encountersPane)
        self.pageLabel.setObjectName(u"pageLabel")

        self.barLayout.addWidget(self.pageLabel)

        self.nextButton = QPushButton(encountersPane)
        self.nextButton.setObjectName(u"nextButton")

        self.barLayout.addWidget(self.nextButton)

        self.barLayout.setStretch(2, 1)

        self.mainLayout.addLayout(self.barLayout)

        self.messageLabel = QLabel(encountersPane)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.splitter = QSplitter(encountersPane)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.encountersTree = QTreeWidget(self.splitter)
        self.encountersTree.setObjectName(u"encountersTree")
        self.encountersTree.setTabKeyNavigation(False)
        self.encountersTree.setAlternatingRowColors(True)
        self.encountersTree.setRootIsDecorated(False)
        self.encountersTree.setUniformRowHeights(True)
        self.encountersTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.splitter.addWidget(self.encountersTree)
        self.encountersTree.header().setStretchLastSection(True)
        self.encounterText = QTextBrowser(self.splitter)
        self.encounterText.setObjectName(u"encounterText")
        self.encounterText.setTabChangesFocus(True)
        self.encounterText.setOpenLinks(False)
        self.splitter.addWidget(self.encounterText)

        self.mainLayout.addWidget(self.splitter)

        self.mainLayout.setStretch(2, 1)
        QWidget.setTabOrder(self.newButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.previousButton)
        QWidget.setTabOrder(self.previousButton, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.encountersTree)
        QWidget.setTabOrder(self.encountersTree, self.encounterText)

        self.retranslateUi(encountersPane)

        QMetaObject.connectSlotsByName(encountersPane)
    # setupUi

    def retranslateUi(self, encountersPane):
        self.newButton.setText(QCoreApplication.translate("EncountersPane", u"New enco&unter", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("EncountersPane", u"Start a consultation: from today's appointment, the admission, or as a walk-in", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("EncountersPane", u"Open draf&t", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("EncountersPane", u"Continue the chosen draft encounter", None))
#endif // QT_CONFIG(tooltip)
        self.previousButton.setText(QCoreApplication.translate("EncountersPane", u"Pre&vious", None))
#if QT_CONFIG(accessibility)
        self.previousButton.setAccessibleName(QCoreApplication.translate("EncountersPane", u"Newer encounters", None))
#endif // QT_CONFIG(accessibility)
        self.pageLabel.setText("")
        self.nextButton.setText(QCoreApplication.translate("EncountersPane", u"Ne&xt", None))
#if QT_CONFIG(accessibility)
        self.nextButton.setAccessibleName(QCoreApplication.translate("EncountersPane", u"Older encounters", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setText("")
        ___qtreewidgetitem = self.encountersTree.headerItem()
        ___qtreewidgetitem.setText(5, QCoreApplication.translate("EncountersPane", u"Complaint", None))
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("EncountersPane", u"Diagnosis", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("EncountersPane", u"Doctor", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("EncountersPane", u"Kind", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("EncountersPane", u"Status", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("EncountersPane", u"Date", None))
#if QT_CONFIG(accessibility)
        self.encountersTree.setAccessibleName(QCoreApplication.translate("EncountersPane", u"Encounters, newest first", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.encounterText.setAccessibleName(QCoreApplication.translate("EncountersPane", u"The chosen encounter", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

