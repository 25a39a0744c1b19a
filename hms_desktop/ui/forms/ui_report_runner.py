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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QSizePolicy,
    QSpacerItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
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

        self.paramsLayout = QHBoxLayout()
        self.paramsLayout.setObjectName(u"paramsLayout")
        self.rangeLayout = QGridLayout()
        self.rangeLayout.setObjectName(u"rangeLayout")
        self.fromLabel = QLabel(ReportRunner)
        self.fromLabel.setObjectName(u"fromLabel")

        self.rangeLayout.addWidget(self.fromLabel, 0, 0, 1, 1)

        self.fromDate = QDateEdit(ReportRunner)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.rangeLayout.addWidget(self.fromDate, 0, 1, 1, 1)

        self.toLabel = QLabel(ReportRunner)
        self.toLabel.setObjectName(u"toLabel")

        self.rangeLayout.addWidget(self.toLabel, 1, 0, 1, 1)

        self.toDate = QDateEdit(ReportRunner)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.rangeLayout.addWidget(self.toDate, 1, 1, 1, 1)


        self.paramsLayout.addLayout(self.rangeLayout)

        self.filtersLayout = QGridLayout()
        self.filtersLayout.setObjectName(u"filtersLayout")
        self.departmentLabel = QLabel(ReportRunner)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.filtersLayout.addWidget(self.departmentLabel, 0, 0, 1, 1)

        self.departmentCombo = QComboBox(ReportRunner)
        self.departmentCombo.setObjectName(u"departmentCombo")
        self.departmentCombo.setMinimumContentsLength(18)
        self.departmentCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filtersLayout.addWidget(self.departmentCombo, 0, 1, 1, 1)

        self.doctorLabel = QLabel(ReportRunner)
        self.doctorLabel.setObjectName(u"doctorLabel")

        self.filtersLayout.addWidget(self.doctorLabel, 1, 0, 1, 1)

        self.doctorCombo = QComboBox(ReportRunner)
        self.doctorCombo.setObjectName(u"doctorCombo")
        self.doctorCombo.setMinimumContentsLength(18)
        self.doctorCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filtersLayout.addWidget(self.doctorCombo, 1, 1, 1, 1)

        self.specialtyLabel = QLabel(ReportRunner)
        self.specialtyLabel.setObjectName(u"specialtyLabel")

        self.filtersLayout.addWidget(self.specialtyLabel, 2, 0, 1, 1)

        self.specialtyCombo = QComboBox(ReportRunner)
        self.specialtyCombo.setObjectName(u"specialtyCombo")
        self.specialtyCombo.setMinimumContentsLength(18)
        self.specialtyCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filtersLayout.addWidget(self.specialtyCombo, 2, 1, 1, 1)

        self.payerLabel = QLabel(ReportRunner)
        self.payerLabel.setObjectName(u"payerLabel")

        self.filtersLayout.addWidget(self.payerLabel, 3, 0, 1, 1)

        self.payerCombo = QComboBox(ReportRunner)
        self.payerCombo.setObjectName(u"payerCombo")
        self.payerCombo.setMinimumContentsLength(18)
        self.payerCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filtersLayout.addWidget(self.payerCombo, 3, 1, 1, 1)

        self.wardLabel = QLabel(ReportRunner)
        self.wardLabel.setObjectName(u"wardLabel")

        self.filtersLayout.addWidget(self.wardLabel, 4, 0, 1, 1)

        self.wardCombo = QComboBox(ReportRunner)
        self.wardCombo.setObjectName(u"wardCombo")
        self.wardCombo.setMinimumContentsLength(18)
        self.wardCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filtersLayout.addWidget(self.wardCombo, 4, 1, 1, 1)


        self.paramsLayout.addLayout(self.filtersLayout)

        self.paramsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.paramsLayout.addItem(self.paramsSpacer)


        self.reportLayout.addLayout(self.paramsLayout)

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
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
        self.departmentLabel.setBuddy(self.departmentCombo)
        self.doctorLabel.setBuddy(self.doctorCombo)
        self.specialtyLabel.setBuddy(self.specialtyCombo)
        self.payerLabel.setBuddy(self.payerCombo)
        self.wardLabel.setBuddy(self.wardCombo)
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
        self.fromLabel.setText(QCoreApplication.translate("ReportRunner", u"&From", None))
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("ReportRunner", u"First day of the report", None))
#endif // QT_CONFIG(accessibility)
        self.fromDate.setDisplayFormat(QCoreApplication.translate("ReportRunner", u"dd MMM yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("ReportRunner", u"&To", None))
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("ReportRunner", u"Last day of the report", None))
#endif // QT_CONFIG(accessibility)
        self.toDate.setDisplayFormat(QCoreApplication.translate("ReportRunner", u"dd MMM yyyy", None))
        self.departmentLabel.setText(QCoreApplication.translate("ReportRunner", u"&Department", None))
#if QT_CONFIG(accessibility)
        self.departmentCombo.setAccessibleName(QCoreApplication.translate("ReportRunner", u"Department", None))
#endif // QT_CONFIG(accessibility)
        self.doctorLabel.setText(QCoreApplication.translate("ReportRunner", u"D&octor", None))
#if QT_CONFIG(accessibility)
        self.doctorCombo.setAccessibleName(QCoreApplication.translate("ReportRunner", u"Doctor", None))
#endif // QT_CONFIG(accessibility)
        self.specialtyLabel.setText(QCoreApplication.translate("ReportRunner", u"Spe&cialty", None))
#if QT_CONFIG(accessibility)
        self.specialtyCombo.setAccessibleName(QCoreApplication.translate("ReportRunner", u"Specialty", None))
#endif // QT_CONFIG(accessibility)
        self.payerLabel.setText(QCoreApplication.translate("ReportRunner", u"&Payer", None))
#if QT_CONFIG(accessibility)
        self.payerCombo.setAccessibleName(QCoreApplication.translate("ReportRunner", u"Payer", None))
#endif // QT_CONFIG(accessibility)
        self.wardLabel.setText(QCoreApplication.translate("ReportRunner", u"&Ward", None))
#if QT_CONFIG(accessibility)
        self.wardCombo.setAccessibleName(QCoreApplication.translate("ReportRunner", u"Ward", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

