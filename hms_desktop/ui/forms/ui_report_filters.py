# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_filters.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QGridLayout,
    QLabel, QSizePolicy, QSpacerItem, QWidget)

class Ui_ReportFilters(object):
    def setupUi(self, ReportFilters):
        if not ReportFilters.objectName():
            ReportFilters.setObjectName(u"ReportFilters")
        ReportFilters.resize(640, 160)
        self.filtersGrid = QGridLayout(ReportFilters)
        self.filtersGrid.setObjectName(u"filtersGrid")
        self.filtersGrid.setHorizontalSpacing(8)
        self.filtersGrid.setContentsMargins(0, 0, 0, 0)
        self.fromLabel = QLabel(ReportFilters)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filtersGrid.addWidget(self.fromLabel, 0, 0, 1, 1)

        self.fromDate = QDateEdit(ReportFilters)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.filtersGrid.addWidget(self.fromDate, 0, 1, 1, 1)

        self.toLabel = QLabel(ReportFilters)
        self.toLabel.setObjectName(u"toLabel")

        self.filtersGrid.addWidget(self.toLabel, 1, 0, 1, 1)

        self.toDate = QDateEdit(ReportFilters)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.filtersGrid.addWidget(self.toDate, 1, 1, 1, 1)

        self.departmentLabel = QLabel(ReportFilters)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.filtersGrid.addWidget(self.departmentLabel, 0, 2, 1, 1)

        self.departmentCombo = QComboBox(ReportFilters)
        self.departmentCombo.setObjectName(u"departmentCombo")
        self.departmentCombo.setMinimumContentsLength(24)
        self.departmentCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filtersGrid.addWidget(self.departmentCombo, 0, 3, 1, 1)

        self.doctorLabel = QLabel(ReportFilters)
        self.doctorLabel.setObjectName(u"doctorLabel")

        self.filtersGrid.addWidget(self.doctorLabel, 1, 2, 1, 1)

        self.doctorCombo = QComboBox(ReportFilters)
        self.doctorCombo.setObjectName(u"doctorCombo")
        self.doctorCombo.setMinimumContentsLength(24)
        self.doctorCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filtersGrid.addWidget(self.doctorCombo, 1, 3, 1, 1)

        self.specialtyLabel = QLabel(ReportFilters)
        self.specialtyLabel.setObjectName(u"specialtyLabel")

        self.filtersGrid.addWidget(self.specialtyLabel, 2, 2, 1, 1)

        self.specialtyCombo = QComboBox(ReportFilters)
        self.specialtyCombo.setObjectName(u"specialtyCombo")
        self.specialtyCombo.setMinimumContentsLength(24)
        self.specialtyCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filtersGrid.addWidget(self.specialtyCombo, 2, 3, 1, 1)

        self.payerLabel = QLabel(ReportFilters)
        self.payerLabel.setObjectName(u"payerLabel")

        self.filtersGrid.addWidget(self.payerLabel, 3, 2, 1, 1)

        self.payerCombo = QComboBox(ReportFilters)
        self.payerCombo.setObjectName(u"payerCombo")
        self.payerCombo.setMinimumContentsLength(24)
        self.payerCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filtersGrid.addWidget(self.payerCombo, 3, 3, 1, 1)

        self.wardLabel = QLabel(ReportFilters)
        self.wardLabel.setObjectName(u"wardLabel")

        self.filtersGrid.addWidget(self.wardLabel, 4, 2, 1, 1)

        self.wardCombo = QComboBox(ReportFilters)
        self.wardCombo.setObjectName(u"wardCombo")
        self.wardCombo.setMinimumContentsLength(24)
        self.wardCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filtersGrid.addWidget(self.wardCombo, 4, 3, 1, 1)

        self.filtersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filtersGrid.addItem(self.filtersSpacer, 0, 4, 1, 1)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
        self.departmentLabel.setBuddy(self.departmentCombo)
        self.doctorLabel.setBuddy(self.doctorCombo)
        self.specialtyLabel.setBuddy(self.specialtyCombo)
        self.payerLabel.setBuddy(self.payerCombo)
        self.wardLabel.setBuddy(self.wardCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.departmentCombo)
        QWidget.setTabOrder(self.departmentCombo, self.doctorCombo)
        QWidget.setTabOrder(self.doctorCombo, self.specialtyCombo)
        QWidget.setTabOrder(self.specialtyCombo, self.payerCombo)
        QWidget.setTabOrder(self.payerCombo, self.wardCombo)

        self.retranslateUi(ReportFilters)

        QMetaObject.connectSlotsByName(ReportFilters)
    # setupUi

    def retranslateUi(self, ReportFilters):
        self.fromLabel.setText(QCoreApplication.translate("ReportFilters", u"&From", None))
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("ReportFilters", u"First day of the report", None))
#endif // QT_CONFIG(accessibility)
        self.fromDate.setDisplayFormat(QCoreApplication.translate("ReportFilters", u"dd MMM yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("ReportFilters", u"T&o", None))
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("ReportFilters", u"Last day of the report", None))
#endif // QT_CONFIG(accessibility)
        self.toDate.setDisplayFormat(QCoreApplication.translate("ReportFilters", u"dd MMM yyyy", None))
        self.departmentLabel.setText(QCoreApplication.translate("ReportFilters", u"&Department", None))
#if QT_CONFIG(accessibility)
        self.departmentCombo.setAccessibleName(QCoreApplication.translate("ReportFilters", u"Department", None))
#endif // QT_CONFIG(accessibility)
        self.doctorLabel.setText(QCoreApplication.translate("ReportFilters", u"Do&ctor", None))
#if QT_CONFIG(accessibility)
        self.doctorCombo.setAccessibleName(QCoreApplication.translate("ReportFilters", u"Doctor", None))
#endif // QT_CONFIG(accessibility)
        self.specialtyLabel.setText(QCoreApplication.translate("ReportFilters", u"S&pecialty", None))
#if QT_CONFIG(accessibility)
        self.specialtyCombo.setAccessibleName(QCoreApplication.translate("ReportFilters", u"Specialty", None))
#endif // QT_CONFIG(accessibility)
        self.payerLabel.setText(QCoreApplication.translate("ReportFilters", u"Pa&yer", None))
#if QT_CONFIG(accessibility)
        self.payerCombo.setAccessibleName(QCoreApplication.translate("ReportFilters", u"Payer", None))
#endif // QT_CONFIG(accessibility)
        self.wardLabel.setText(QCoreApplication.translate("ReportFilters", u"&Ward", None))
#if QT_CONFIG(accessibility)
        self.wardCombo.setAccessibleName(QCoreApplication.translate("ReportFilters", u"Ward", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

