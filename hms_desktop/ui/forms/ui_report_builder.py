# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_builder.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ReportBuilder(object):
    def setupUi(self, ReportBuilder):
        if not ReportBuilder.objectName():
            ReportBuilder.setObjectName(u"ReportBuilder")
        ReportBuilder.resize(1200, 600)
        self.mainLayout = QHBoxLayout(ReportBuilder)
        self.mainLayout.setObjectName(u"mainLayout")
        self.buildLayout = QVBoxLayout()
        self.buildLayout.setObjectName(u"buildLayout")
        self.templatesLabel = QLabel(ReportBuilder)
        self.templatesLabel.setObjectName(u"templatesLabel")

        self.buildLayout.addWidget(self.templatesLabel)

        self.templateList = QListWidget(ReportBuilder)
        self.templateList.setObjectName(u"templateList")
        self.templateList.setMinimumSize(QSize(280, 80))
        self.templateList.setMaximumSize(QSize(320, 16777215))
        self.templateList.setTabKeyNavigation(False)

        self.buildLayout.addWidget(self.templateList)

        self.templateButtons = QHBoxLayout()
        self.templateButtons.setObjectName(u"templateButtons")
        self.saveButton = QPushButton(ReportBuilder)
        self.saveButton.setObjectName(u"saveButton")

        self.templateButtons.addWidget(self.saveButton)

        self.deleteButton = QPushButton(ReportBuilder)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setEnabled(False)

        self.templateButtons.addWidget(self.deleteButton)


        self.buildLayout.addLayout(self.templateButtons)

        self.specLayout = QFormLayout()
        self.specLayout.setObjectName(u"specLayout")
        self.subjectLabel = QLabel(ReportBuilder)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.specLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectCombo = QComboBox(ReportBuilder)
        self.subjectCombo.setObjectName(u"subjectCombo")

        self.specLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.subjectCombo)

        self.measureLabel = QLabel(ReportBuilder)
        self.measureLabel.setObjectName(u"measureLabel")

        self.specLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.measureLabel)

        self.measureCombo = QComboBox(ReportBuilder)
        self.measureCombo.setObjectName(u"measureCombo")

        self.specLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.measureCombo)

        self.dim1Label = QLabel(ReportBuilder)
        self.dim1Label.setObjectName(u"dim1Label")

        self.specLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dim1Label)

        self.dim1Combo = QComboBox(ReportBuilder)
        self.dim1Combo.setObjectName(u"dim1Combo")

        self.specLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dim1Combo)

        self.dim2Label = QLabel(ReportBuilder)
        self.dim2Label.setObjectName(u"dim2Label")

        self.specLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dim2Label)

        self.dim2Combo = QComboBox(ReportBuilder)
        self.dim2Combo.setObjectName(u"dim2Combo")

        self.specLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dim2Combo)


        self.buildLayout.addLayout(self.specLayout)


        self.mainLayout.addLayout(self.buildLayout)

        self.rightLayout = QVBoxLayout()
        self.rightLayout.setObjectName(u"rightLayout")
        self.titleLabel = QLabel(ReportBuilder)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.rightLayout.addWidget(self.titleLabel)

        self.resultHost = QWidget(ReportBuilder)
        self.resultHost.setObjectName(u"resultHost")
        self.resultLayout = QVBoxLayout(self.resultHost)
        self.resultLayout.setObjectName(u"resultLayout")
        self.resultLayout.setContentsMargins(0, 0, 0, 0)

        self.rightLayout.addWidget(self.resultHost)

        self.rightLayout.setStretch(1, 1)

        self.mainLayout.addLayout(self.rightLayout)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.templatesLabel.setBuddy(self.templateList)
        self.subjectLabel.setBuddy(self.subjectCombo)
        self.measureLabel.setBuddy(self.measureCombo)
        self.dim1Label.setBuddy(self.dim1Combo)
        self.dim2Label.setBuddy(self.dim2Combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.templateList, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.subjectCombo)
        QWidget.setTabOrder(self.subjectCombo, self.measureCombo)
        QWidget.setTabOrder(self.measureCombo, self.dim1Combo)
        QWidget.setTabOrder(self.dim1Combo, self.dim2Combo)

        self.retranslateUi(ReportBuilder)

        QMetaObject.connectSlotsByName(ReportBuilder)
    # setupUi

    def retranslateUi(self, ReportBuilder):
        self.templatesLabel.setText(QCoreApplication.translate("ReportBuilder", u"Sav&ed reports", None))
#if QT_CONFIG(accessibility)
        self.templateList.setAccessibleName(QCoreApplication.translate("ReportBuilder", u"Saved reports", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.templateList.setToolTip(QCoreApplication.translate("ReportBuilder", u"Double-click or press Enter to run a saved report.", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("ReportBuilder", u"Sa&ve as template\u2026", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("ReportBuilder", u"Save this report as a named template", None))
#endif // QT_CONFIG(accessibility)
        self.deleteButton.setText(QCoreApplication.translate("ReportBuilder", u"De&lete", None))
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleName(QCoreApplication.translate("ReportBuilder", u"Delete the chosen saved report", None))
#endif // QT_CONFIG(accessibility)
        self.subjectLabel.setText(QCoreApplication.translate("ReportBuilder", u"Sub&ject", None))
#if QT_CONFIG(accessibility)
        self.subjectCombo.setAccessibleName(QCoreApplication.translate("ReportBuilder", u"What to report on", None))
#endif // QT_CONFIG(accessibility)
        self.measureLabel.setText(QCoreApplication.translate("ReportBuilder", u"&Measure", None))
#if QT_CONFIG(accessibility)
        self.measureCombo.setAccessibleName(QCoreApplication.translate("ReportBuilder", u"Measure", None))
#endif // QT_CONFIG(accessibility)
        self.dim1Label.setText(QCoreApplication.translate("ReportBuilder", u"&By", None))
#if QT_CONFIG(accessibility)
        self.dim1Combo.setAccessibleName(QCoreApplication.translate("ReportBuilder", u"Break down by", None))
#endif // QT_CONFIG(accessibility)
        self.dim2Label.setText(QCoreApplication.translate("ReportBuilder", u"&Then by", None))
#if QT_CONFIG(accessibility)
        self.dim2Combo.setAccessibleName(QCoreApplication.translate("ReportBuilder", u"Then break down by", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("ReportBuilder", u"Build a report", None))
        pass
    # retranslateUi

