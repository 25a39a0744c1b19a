# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'resources_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ResourcesPage(object):
    def setupUi(self, ResourcesPage):
        if not ResourcesPage.objectName():
            ResourcesPage.setObjectName(u"ResourcesPage")
        ResourcesPage.resize(1100, 600)
        self.mainLayout = QVBoxLayout(ResourcesPage)
        self.mainLayout.setSpacing(6)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 6, 0, 0)
        self.barLayout = QHBoxLayout()
        self.barLayout.setSpacing(8)
        self.barLayout.setObjectName(u"barLayout")
        self.previousButton = QPushButton(ResourcesPage)
        self.previousButton.setObjectName(u"previousButton")

        self.barLayout.addWidget(self.previousButton)

        self.todayButton = QPushButton(ResourcesPage)
        self.todayButton.setObjectName(u"todayButton")

        self.barLayout.addWidget(self.todayButton)

        self.nextButton = QPushButton(ResourcesPage)
        self.nextButton.setObjectName(u"nextButton")

        self.barLayout.addWidget(self.nextButton)

        self.dateEdit = QDateEdit(ResourcesPage)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setMinimumSize(QSize(150, 0))
        self.dateEdit.setDisplayFormat(u"ddd dd MMM yyyy")
        self.dateEdit.setCalendarPopup(True)

        self.barLayout.addWidget(self.dateEdit)

        self.kindSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.barLayout.addItem(self.kindSpacer)

        self.kindLabel = QLabel(ResourcesPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.barLayout.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(ResourcesPage)
        self.kindCombo.setObjectName(u"kindCombo")

        self.barLayout.addWidget(self.kindCombo)

        self.barStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.barLayout.addItem(self.barStretch)

        self.summaryLabel = QLabel(ResourcesPage)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.barLayout.addWidget(self.summaryLabel)

        self.bookButton = QPushButton(ResourcesPage)
        self.bookButton.setObjectName(u"bookButton")

        self.barLayout.addWidget(self.bookButton)

        self.cancelButton = QPushButton(ResourcesPage)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setEnabled(False)

        self.barLayout.addWidget(self.cancelButton)

        self.barLayout.setStretch(7, 1)

        self.mainLayout.addLayout(self.barLayout)

        self.messageLabel = QLabel(ResourcesPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.resourceTree = QTreeWidget(ResourcesPage)
        self.resourceTree.setObjectName(u"resourceTree")
        self.resourceTree.setTabKeyNavigation(False)
        self.resourceTree.setAlternatingRowColors(True)
        self.resourceTree.setRootIsDecorated(False)
        self.resourceTree.setUniformRowHeights(True)
        self.resourceTree.header().setStretchLastSection(False)

        self.mainLayout.addWidget(self.resourceTree)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ResourcesPage)

        QMetaObject.connectSlotsByName(ResourcesPage)
    # setupUi

    def retranslateUi(self, ResourcesPage):
#if QT_CONFIG(accessibility)
        self.previousButton.setAccessibleName(QCoreApplication.translate("ResourcesPage", u"Previous day", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("ResourcesPage", u"Previous day", None))
#endif // QT_CONFIG(tooltip)
        self.previousButton.setText(QCoreApplication.translate("ResourcesPage", u"\u25c0", None))
        self.todayButton.setText(QCoreApplication.translate("ResourcesPage", u"Today", None))
#if QT_CONFIG(accessibility)
        self.nextButton.setAccessibleName(QCoreApplication.translate("ResourcesPage", u"Next day", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("ResourcesPage", u"Next day", None))
#endif // QT_CONFIG(tooltip)
        self.nextButton.setText(QCoreApplication.translate("ResourcesPage", u"\u25b6", None))
        self.kindLabel.setText(QCoreApplication.translate("ResourcesPage", u"&Kind", None))
        self.summaryLabel.setText("")
        self.bookButton.setText(QCoreApplication.translate("ResourcesPage", u"&Book room or device\u2026", None))
        self.cancelButton.setText(QCoreApplication.translate("ResourcesPage", u"Cancel bookin&g", None))
        self.messageLabel.setText("")
        ___qtreewidgetitem = self.resourceTree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ResourcesPage", u"Kind", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ResourcesPage", u"Booked for", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ResourcesPage", u"Room or device / time", None))
#if QT_CONFIG(accessibility)
        self.resourceTree.setAccessibleName(QCoreApplication.translate("ResourcesPage", u"Rooms and equipment", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

