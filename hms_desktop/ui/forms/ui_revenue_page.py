# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'revenue_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_RevenuePage(object):
    def setupUi(self, RevenuePage):
        if not RevenuePage.objectName():
            RevenuePage.setObjectName(u"RevenuePage")
        RevenuePage.resize(1200, 620)
        self.mainLayout = QVBoxLayout(RevenuePage)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 6, 0, 0)
        self.barLayout = QHBoxLayout()
        self.barLayout.setSpacing(8)
        self.barLayout.setObjectName(u"barLayout")
        self.dayLabel = QLabel(RevenuePage)
        self.dayLabel.setObjectName(u"dayLabel")

        self.barLayout.addWidget(self.dayLabel)

        self.previousButton = QPushButton(RevenuePage)
        self.previousButton.setObjectName(u"previousButton")

        self.barLayout.addWidget(self.previousButton)

        self.dayEdit = QDateEdit(RevenuePage)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setMinimumSize(QSize(150, 0))
        self.dayEdit.setDisplayFormat(u"ddd dd MMM yyyy")
        self.dayEdit.setCalendarPopup(True)

        self.barLayout.addWidget(self.dayEdit)

        self.nextButton = QPushButton(RevenuePage)
        self.nextButton.setObjectName(u"nextButton")

        self.barLayout.addWidget(self.nextButton)

        self.todayButton = QPushButton(RevenuePage)
        self.todayButton.setObjectName(u"todayButton")

        self.barLayout.addWidget(self.todayButton)

        self.barStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.barLayout.addItem(self.barStretch)

        self.printButton = QPushButton(RevenuePage)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setEnabled(False)

        self.barLayout.addWidget(self.printButton)

        self.exportButton = QPushButton(RevenuePage)
        self.exportButton.setObjectName(u"exportButton")
        self.exportButton.setEnabled(False)

        self.barLayout.addWidget(self.exportButton)

        self.barLayout.setStretch(5, 1)

        self.mainLayout.addLayout(self.barLayout)

        self.totalsLabel = QLabel(RevenuePage)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.totalsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.totalsLabel)

        self.messageLabel = QLabel(RevenuePage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.tablesLayout = QHBoxLayout()
        self.tablesLayout.setSpacing(12)
        self.tablesLayout.setObjectName(u"tablesLayout")
        self.takingsBox = QGroupBox(RevenuePage)
        self.takingsBox.setObjectName(u"takingsBox")
        self.takingsLayout = QVBoxLayout(self.takingsBox)
        self.takingsLayout.setObjectName(u"takingsLayout")
        self.takingsTable = QTableWidget(self.takingsBox)
        if (self.takingsTable.columnCount() < 4):
            self.takingsTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.takingsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.takingsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.takingsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.takingsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.takingsTable.setObjectName(u"takingsTable")
        self.takingsTable.setTabKeyNavigation(False)
        self.takingsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.takingsTable.setAlternatingRowColors(True)
        self.takingsTable.verticalHeader().setVisible(False)

        self.takingsLayout.addWidget(self.takingsTable)


        self.tablesLayout.addWidget(self.takingsBox)

        self.rightLayout = QVBoxLayout()
        self.rightLayout.setSpacing(8)
        self.rightLayout.setObjectName(u"rightLayout")
        self.clerksBox = QGroupBox(RevenuePage)
        self.clerksBox.setObjectName(u"clerksBox")
        self.clerksLayout = QVBoxLayout(self.clerksBox)
        self.clerksLayout.setObjectName(u"clerksLayout")
        self.clerksTable = QTableWidget(self.clerksBox)
        if (self.clerksTable.columnCount() < 5):
            self.clerksTable.setColumnCount(5)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.clerksTable.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.clerksTable.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.clerksTable.setHorizontalHeaderItem(2, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.clerksTable.setHorizontalHeaderItem(3, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.clerksTable.setHorizontalHeaderItem(4, __qtablewidgetitem8)
        self.clerksTable.setObjectName(u"clerksTable")
        self.clerksTable.setTabKeyNavigation(False)
        self.clerksTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.clerksTable.setAlternatingRowColors(True)
        self.clerksTable.verticalHeader().setVisible(False)

        self.clerksLayout.addWidget(self.clerksTable)


        self.rightLayout.addWidget(self.clerksBox)

        self.shiftsBox = QGroupBox(RevenuePage)
        self.shiftsBox.setObjectName(u"shiftsBox")
        self.shiftsLayout = QVBoxLayout(self.shiftsBox)
        self.shiftsLayout.setObjectName(u"shiftsLayout")
        self.shiftsTable = QTableWidget(self.shiftsBox)
        if (self.shiftsTable.columnCount() < 7):
            self.shiftsTable.setColumnCount(7)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.shiftsTable.setHorizontalHeaderItem(0, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.shiftsTable.setHorizontalHeaderItem(1, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.shiftsTable.setHorizontalHeaderItem(2, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.shiftsTable.setHorizontalHeaderItem(3, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.shiftsTable.setHorizontalHeaderItem(4, __qtablewidgetitem13)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.shiftsTable.setHorizontalHeaderItem(5, __qtablewidgetitem14)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.shiftsTable.setHorizontalHeaderItem(6, __qtablewidgetitem15)
        self.shiftsTable.setObjectName(u"shiftsTable")
        self.shiftsTable.setTabKeyNavigation(False)
        self.shiftsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.shiftsTable.setAlternatingRowColors(True)
        self.shiftsTable.verticalHeader().setVisible(False)

        self.shiftsLayout.addWidget(self.shiftsTable)


        self.rightLayout.addWidget(self.shiftsBox)


        self.tablesLayout.addLayout(self.rightLayout)

        self.tablesLayout.setStretch(0, 4)
        self.tablesLayout.setStretch(1, 7)

        self.mainLayout.addLayout(self.tablesLayout)

        self.mainLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.dayLabel.setBuddy(self.dayEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dayEdit, self.previousButton)
        QWidget.setTabOrder(self.previousButton, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.todayButton)
        QWidget.setTabOrder(self.todayButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.takingsTable)
        QWidget.setTabOrder(self.takingsTable, self.clerksTable)
        QWidget.setTabOrder(self.clerksTable, self.shiftsTable)

        self.retranslateUi(RevenuePage)

        QMetaObject.connectSlotsByName(RevenuePage)
    # setupUi

    def retranslateUi(self, RevenuePage):
        self.dayLabel.setText(QCoreApplication.translate("RevenuePage", u"&Day", None))
#if QT_CONFIG(accessibility)
        self.previousButton.setAccessibleName(QCoreApplication.translate("RevenuePage", u"Previous day", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("RevenuePage", u"Previous day", None))
#endif // QT_CONFIG(tooltip)
        self.previousButton.setText(QCoreApplication.translate("RevenuePage", u"\u25c0", None))
#if QT_CONFIG(accessibility)
        self.nextButton.setAccessibleName(QCoreApplication.translate("RevenuePage", u"Next day", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("RevenuePage", u"Next day", None))
#endif // QT_CONFIG(tooltip)
        self.nextButton.setText(QCoreApplication.translate("RevenuePage", u"\u25b6", None))
        self.todayButton.setText(QCoreApplication.translate("RevenuePage", u"&Today", None))
        self.printButton.setText(QCoreApplication.translate("RevenuePage", u"&Print\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("RevenuePage", u"E&xport CSV\u2026", None))
        self.totalsLabel.setText("")
        self.messageLabel.setText("")
        self.takingsBox.setTitle(QCoreApplication.translate("RevenuePage", u"Money taken", None))
        ___qtablewidgetitem = self.takingsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RevenuePage", u"Money", None))
        ___qtablewidgetitem1 = self.takingsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RevenuePage", u"Method", None))
        ___qtablewidgetitem2 = self.takingsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RevenuePage", u"Count", None))
        ___qtablewidgetitem3 = self.takingsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("RevenuePage", u"Amount", None))
        self.clerksBox.setTitle(QCoreApplication.translate("RevenuePage", u"Per clerk", None))
        ___qtablewidgetitem4 = self.clerksTable.horizontalHeaderItem(0)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("RevenuePage", u"Clerk", None))
        ___qtablewidgetitem5 = self.clerksTable.horizontalHeaderItem(1)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("RevenuePage", u"Payments", None))
        ___qtablewidgetitem6 = self.clerksTable.horizontalHeaderItem(2)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("RevenuePage", u"Refunds", None))
        ___qtablewidgetitem7 = self.clerksTable.horizontalHeaderItem(3)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("RevenuePage", u"Deposits", None))
        ___qtablewidgetitem8 = self.clerksTable.horizontalHeaderItem(4)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("RevenuePage", u"Net cash", None))
        self.shiftsBox.setTitle(QCoreApplication.translate("RevenuePage", u"Shifts closed this day", None))
        ___qtablewidgetitem9 = self.shiftsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("RevenuePage", u"Z-report", None))
        ___qtablewidgetitem10 = self.shiftsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("RevenuePage", u"Clerk", None))
        ___qtablewidgetitem11 = self.shiftsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("RevenuePage", u"Closed", None))
        ___qtablewidgetitem12 = self.shiftsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("RevenuePage", u"Expected", None))
        ___qtablewidgetitem13 = self.shiftsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("RevenuePage", u"Counted", None))
        ___qtablewidgetitem14 = self.shiftsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("RevenuePage", u"Difference", None))
        ___qtablewidgetitem15 = self.shiftsTable.horizontalHeaderItem(6)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("RevenuePage", u"Note", None))
        pass
    # retranslateUi

