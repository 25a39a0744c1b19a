# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'insurance_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableWidget, QTableWidgetItem,
    QToolButton, QVBoxLayout, QWidget)

class Ui_InsurancePage(object):
    def setupUi(self, InsurancePage):
        if not InsurancePage.objectName():
            InsurancePage.setObjectName(u"InsurancePage")
        InsurancePage.resize(1050, 640)
        self.mainLayout = QVBoxLayout(InsurancePage)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.splitter = QSplitter(InsurancePage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.payerBox = QGroupBox(self.splitter)
        self.payerBox.setObjectName(u"payerBox")
        self.payerLayout = QVBoxLayout(self.payerBox)
        self.payerLayout.setObjectName(u"payerLayout")
        self.payerButtons = QHBoxLayout()
        self.payerButtons.setObjectName(u"payerButtons")
        self.addPayerButton = QPushButton(self.payerBox)
        self.addPayerButton.setObjectName(u"addPayerButton")

        self.payerButtons.addWidget(self.addPayerButton)

        self.editPayerButton = QPushButton(self.payerBox)
        self.editPayerButton.setObjectName(u"editPayerButton")

        self.payerButtons.addWidget(self.editPayerButton)

        self.retirePayerButton = QPushButton(self.payerBox)
        self.retirePayerButton.setObjectName(u"retirePayerButton")

        self.payerButtons.addWidget(self.retirePayerButton)

        self.payerSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.payerButtons.addItem(self.payerSpacer)


        self.payerLayout.addLayout(self.payerButtons)

        self.payerTable = QTableWidget(self.payerBox)
        self.payerTable.setObjectName(u"payerTable")
        self.payerTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.payerTable.setAlternatingRowColors(True)
        self.payerTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.payerTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.payerTable.setTabKeyNavigation(False)
        self.payerTable.verticalHeader().setVisible(False)

        self.payerLayout.addWidget(self.payerTable)

        self.splitter.addWidget(self.payerBox)
        self.planBox = QGroupBox(self.splitter)
        self.planBox.setObjectName(u"planBox")
        self.planLayout = QVBoxLayout(self.planBox)
        self.planLayout.setObjectName(u"planLayout")
        self.planButtons = QHBoxLayout()
        self.planButtons.setObjectName(u"planButtons")
        self.addPlanButton = QPushButton(self.planBox)
        self.addPlanButton.setObjectName(u"addPlanButton")

        self.planButtons.addWidget(self.addPlanButton)

        self.editPlanButton = QPushButton(self.planBox)
        self.editPlanButton.setObjectName(u"editPlanButton")

        self.planButtons.addWidget(self.editPlanButton)

        self.retirePlanButton = QPushButton(self.planBox)
        self.retirePlanButton.setObjectName(u"retirePlanButton")

        self.planButtons.addWidget(self.retirePlanButton)

        self.planSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.planButtons.addItem(self.planSpacer)

        self.refreshButton = QToolButton(self.planBox)
        self.refreshButton.setObjectName(u"refreshButton")

        self.planButtons.addWidget(self.refreshButton)


        self.planLayout.addLayout(self.planButtons)

        self.planTable = QTableWidget(self.planBox)
        self.planTable.setObjectName(u"planTable")
        self.planTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.planTable.setAlternatingRowColors(True)
        self.planTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.planTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.planTable.setTabKeyNavigation(False)
        self.planTable.verticalHeader().setVisible(False)

        self.planLayout.addWidget(self.planTable)

        self.rulesLabel = QLabel(self.planBox)
        self.rulesLabel.setObjectName(u"rulesLabel")
        self.rulesLabel.setWordWrap(True)
        self.rulesLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.planLayout.addWidget(self.rulesLabel)

        self.pricesHeader = QHBoxLayout()
        self.pricesHeader.setObjectName(u"pricesHeader")
        self.pricesLabel = QLabel(self.planBox)
        self.pricesLabel.setObjectName(u"pricesLabel")

        self.pricesHeader.addWidget(self.pricesLabel)

        self.pricesSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pricesHeader.addItem(self.pricesSpacer)

        self.addPriceButton = QPushButton(self.planBox)
        self.addPriceButton.setObjectName(u"addPriceButton")

        self.pricesHeader.addWidget(self.addPriceButton)


        self.planLayout.addLayout(self.pricesHeader)

        self.priceTable = QTableWidget(self.planBox)
        self.priceTable.setObjectName(u"priceTable")
        self.priceTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.priceTable.setAlternatingRowColors(True)
        self.priceTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.priceTable.setTabKeyNavigation(False)
        self.priceTable.verticalHeader().setVisible(False)

        self.planLayout.addWidget(self.priceTable)

        self.splitter.addWidget(self.planBox)

        self.mainLayout.addWidget(self.splitter)

        self.summaryLabel = QLabel(InsurancePage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        QWidget.setTabOrder(self.addPayerButton, self.editPayerButton)
        QWidget.setTabOrder(self.editPayerButton, self.retirePayerButton)
        QWidget.setTabOrder(self.retirePayerButton, self.payerTable)
        QWidget.setTabOrder(self.payerTable, self.addPlanButton)
        QWidget.setTabOrder(self.addPlanButton, self.editPlanButton)
        QWidget.setTabOrder(self.editPlanButton, self.retirePlanButton)
        QWidget.setTabOrder(self.retirePlanButton, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.planTable)
        QWidget.setTabOrder(self.planTable, self.addPriceButton)
        QWidget.setTabOrder(self.addPriceButton, self.priceTable)

        self.retranslateUi(InsurancePage)

        QMetaObject.connectSlotsByName(InsurancePage)
    # setupUi

    def retranslateUi(self, InsurancePage):
        self.payerBox.setTitle(QCoreApplication.translate("InsurancePage", u"Insurers", None))
        self.addPayerButton.setText(QCoreApplication.translate("InsurancePage", u"Add &insurer\u2026", None))
        self.editPayerButton.setText(QCoreApplication.translate("InsurancePage", u"Edit ins&urer\u2026", None))
        self.retirePayerButton.setText(QCoreApplication.translate("InsurancePage", u"Re&tire insurer", None))
#if QT_CONFIG(accessibility)
        self.payerTable.setAccessibleName(QCoreApplication.translate("InsurancePage", u"Insurers", None))
#endif // QT_CONFIG(accessibility)
        self.planBox.setTitle(QCoreApplication.translate("InsurancePage", u"Plans", None))
        self.addPlanButton.setText(QCoreApplication.translate("InsurancePage", u"Add p&lan\u2026", None))
        self.editPlanButton.setText(QCoreApplication.translate("InsurancePage", u"Edit pla&n\u2026", None))
        self.retirePlanButton.setText(QCoreApplication.translate("InsurancePage", u"Retire pl&an", None))
        self.refreshButton.setText(QCoreApplication.translate("InsurancePage", u"Reload", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("InsurancePage", u"Reload insurers and plans from the database (F5)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.planTable.setAccessibleName(QCoreApplication.translate("InsurancePage", u"Plans of the selected insurer", None))
#endif // QT_CONFIG(accessibility)
        self.rulesLabel.setText("")
        self.pricesLabel.setText(QCoreApplication.translate("InsurancePage", u"The plan's own prices", None))
        self.addPriceButton.setText(QCoreApplication.translate("InsurancePage", u"Plan &price\u2026", None))
#if QT_CONFIG(accessibility)
        self.priceTable.setAccessibleName(QCoreApplication.translate("InsurancePage", u"The selected plan's own prices", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText("")
        pass
    # retranslateUi

