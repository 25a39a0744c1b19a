# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflict_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QDialog,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ConflictDialog(object):
    def setupUi(self, ConflictDialog):
        if not ConflictDialog.objectName():
            ConflictDialog.setObjectName(u"ConflictDialog")
        ConflictDialog.resize(820, 560)
        self.mainLayout = QVBoxLayout(ConflictDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(18, 14, 18, 14)
        self.introLabel = QLabel(ConflictDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.differencesOnlyCheck = QCheckBox(ConflictDialog)
        self.differencesOnlyCheck.setObjectName(u"differencesOnlyCheck")
        self.differencesOnlyCheck.setChecked(False)

        self.mainLayout.addWidget(self.differencesOnlyCheck)

        self.table = QTableWidget(ConflictDialog)
        if (self.table.columnCount() < 3):
            self.table.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.table.setObjectName(u"table")
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.table)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(8)
        self.buttonRow.setObjectName(u"buttonRow")
        self.backButton = QPushButton(ConflictDialog)
        self.backButton.setObjectName(u"backButton")

        self.buttonRow.addWidget(self.backButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.keepTheirsButton = QPushButton(ConflictDialog)
        self.keepTheirsButton.setObjectName(u"keepTheirsButton")

        self.buttonRow.addWidget(self.keepTheirsButton)

        self.saveMineButton = QPushButton(ConflictDialog)
        self.saveMineButton.setObjectName(u"saveMineButton")

        self.buttonRow.addWidget(self.saveMineButton)


        self.mainLayout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.differencesOnlyCheck, self.table)
        QWidget.setTabOrder(self.table, self.backButton)
        QWidget.setTabOrder(self.backButton, self.keepTheirsButton)
        QWidget.setTabOrder(self.keepTheirsButton, self.saveMineButton)

        self.retranslateUi(ConflictDialog)

        QMetaObject.connectSlotsByName(ConflictDialog)
    # setupUi

    def retranslateUi(self, ConflictDialog):
        ConflictDialog.setWindowTitle(QCoreApplication.translate("ConflictDialog", u"Someone else changed this patient", None))
        self.introLabel.setText("")
        self.differencesOnlyCheck.setText(QCoreApplication.translate("ConflictDialog", u"Show only the &fields that differ", None))
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ConflictDialog", u"Field", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ConflictDialog", u"Yours (not saved)", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ConflictDialog", u"Theirs (saved)", None))
        self.backButton.setText(QCoreApplication.translate("ConflictDialog", u"&Back to my changes", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("ConflictDialog", u"Return to the form; nothing is saved or lost", None))
#endif // QT_CONFIG(tooltip)
        self.keepTheirsButton.setText(QCoreApplication.translate("ConflictDialog", u"&Keep theirs (reload)", None))
#if QT_CONFIG(tooltip)
        self.keepTheirsButton.setToolTip(QCoreApplication.translate("ConflictDialog", u"Discard your changes and show the saved record", None))
#endif // QT_CONFIG(tooltip)
        self.saveMineButton.setText(QCoreApplication.translate("ConflictDialog", u"&Save mine over theirs", None))
#if QT_CONFIG(tooltip)
        self.saveMineButton.setToolTip(QCoreApplication.translate("ConflictDialog", u"Replace the saved record with what you typed", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

