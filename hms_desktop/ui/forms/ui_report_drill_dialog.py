# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_drill_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ReportDrillDialog(object):
    def setupUi(self, ReportDrillDialog):
        if not ReportDrillDialog.objectName():
            ReportDrillDialog.setObjectName(u"ReportDrillDialog")
        ReportDrillDialog.resize(1100, 600)
        self.mainLayout = QVBoxLayout(ReportDrillDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(ReportDrillDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.headingLabel)

        self.countLabel = QLabel(ReportDrillDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.countLabel)

        self.patientTable = QTableWidget(ReportDrillDialog)
        if (self.patientTable.columnCount() < 4):
            self.patientTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.patientTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.patientTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.patientTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.patientTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.patientTable.setObjectName(u"patientTable")
        self.patientTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.patientTable.setTabKeyNavigation(False)
        self.patientTable.setAlternatingRowColors(True)
        self.patientTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.patientTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.patientTable.setSortingEnabled(False)
        self.patientTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.patientTable)

        self.noticeLabel = QLabel(ReportDrillDialog)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.noticeLabel)

        self.buttonBox = QDialogButtonBox(ReportDrillDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(2, 1)
        QWidget.setTabOrder(self.patientTable, self.buttonBox)

        self.retranslateUi(ReportDrillDialog)

        QMetaObject.connectSlotsByName(ReportDrillDialog)
    # setupUi

    def retranslateUi(self, ReportDrillDialog):
        ReportDrillDialog.setWindowTitle(QCoreApplication.translate("ReportDrillDialog", u"Patients behind the report row", None))
        self.headingLabel.setText("")
        self.countLabel.setText("")
        ___qtablewidgetitem = self.patientTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ReportDrillDialog", u"MRN", None))
        ___qtablewidgetitem1 = self.patientTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ReportDrillDialog", u"Patient", None))
        ___qtablewidgetitem2 = self.patientTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ReportDrillDialog", u"When", None))
        ___qtablewidgetitem3 = self.patientTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ReportDrillDialog", u"Detail", None))
#if QT_CONFIG(accessibility)
        self.patientTable.setAccessibleName(QCoreApplication.translate("ReportDrillDialog", u"Patients behind the report row", None))
#endif // QT_CONFIG(accessibility)
        self.noticeLabel.setText("")
    # retranslateUi

