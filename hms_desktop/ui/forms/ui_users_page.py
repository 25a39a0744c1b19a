# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_page.ui'
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
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QToolButton,
    QVBoxLayout, QWidget)

class Ui_UsersPage(object):
    def setupUi(self, UsersPage):
        if not UsersPage.objectName():
            UsersPage.setObjectName(u"UsersPage")
        UsersPage.resize(900, 560)
        self.mainLayout = QVBoxLayout(UsersPage)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.toolbarRow = QHBoxLayout()
        self.toolbarRow.setObjectName(u"toolbarRow")
        self.filterEdit = QLineEdit(UsersPage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setMinimumSize(QSize(330, 0))
        self.filterEdit.setClearButtonEnabled(True)

        self.toolbarRow.addWidget(self.filterEdit)

        self.showInactiveCheck = QCheckBox(UsersPage)
        self.showInactiveCheck.setObjectName(u"showInactiveCheck")
        self.showInactiveCheck.setChecked(True)

        self.toolbarRow.addWidget(self.showInactiveCheck)

        self.toolbarSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.toolbarRow.addItem(self.toolbarSpacer)

        self.addButton = QPushButton(UsersPage)
        self.addButton.setObjectName(u"addButton")

        self.toolbarRow.addWidget(self.addButton)

        self.editButton = QPushButton(UsersPage)
        self.editButton.setObjectName(u"editButton")

        self.toolbarRow.addWidget(self.editButton)

        self.passwordButton = QPushButton(UsersPage)
        self.passwordButton.setObjectName(u"passwordButton")

        self.toolbarRow.addWidget(self.passwordButton)

        self.activeButton = QPushButton(UsersPage)
        self.activeButton.setObjectName(u"activeButton")

        self.toolbarRow.addWidget(self.activeButton)

        self.refreshButton = QToolButton(UsersPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.toolbarRow.addWidget(self.refreshButton)

        self.toolbarRow.setStretch(0, 1)

        self.mainLayout.addLayout(self.toolbarRow)

        self.table = QTableView(UsersPage)
        self.table.setObjectName(u"table")
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.table)

        self.summaryLabel = QLabel(UsersPage)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.mainLayout.addWidget(self.summaryLabel)


        self.retranslateUi(UsersPage)

        QMetaObject.connectSlotsByName(UsersPage)
    # setupUi

    def retranslateUi(self, UsersPage):
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("UsersPage", u"Filter staff accounts", None))
#endif // QT_CONFIG(accessibility)
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("UsersPage", u"Filter by name, user, department or group\u2026", None))
        self.showInactiveCheck.setText(QCoreApplication.translate("UsersPage", u"Show &inactive", None))
        self.addButton.setText(QCoreApplication.translate("UsersPage", u"&Add user\u2026", None))
        self.editButton.setText(QCoreApplication.translate("UsersPage", u"&Edit\u2026", None))
        self.passwordButton.setText(QCoreApplication.translate("UsersPage", u"Reset &password\u2026", None))
        self.activeButton.setText(QCoreApplication.translate("UsersPage", u"&Deactivate", None))
        self.refreshButton.setText(QCoreApplication.translate("UsersPage", u"Reload", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("UsersPage", u"Reload the list from the database (F5)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("UsersPage", u"Staff accounts", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText("")
        pass
    # retranslateUi

