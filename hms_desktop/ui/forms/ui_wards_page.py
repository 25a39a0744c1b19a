# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wards_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableWidget,
    QTableWidgetItem, QToolButton, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_WardsPage(object):
    def setupUi(self, WardsPage):
        if not WardsPage.objectName():
            WardsPage.setObjectName(u"WardsPage")
        WardsPage.resize(1100, 640)
        self.mainLayout = QVBoxLayout(WardsPage)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.toolbarRow = QHBoxLayout()
        self.toolbarRow.setObjectName(u"toolbarRow")
        self.showRetiredCheck = QCheckBox(WardsPage)
        self.showRetiredCheck.setObjectName(u"showRetiredCheck")

        self.toolbarRow.addWidget(self.showRetiredCheck)

        self.toolbarSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarRow.addItem(self.toolbarSpacer)

        self.newDepartmentButton = QPushButton(WardsPage)
        self.newDepartmentButton.setObjectName(u"newDepartmentButton")

        self.toolbarRow.addWidget(self.newDepartmentButton)

        self.newWardButton = QPushButton(WardsPage)
        self.newWardButton.setObjectName(u"newWardButton")

        self.toolbarRow.addWidget(self.newWardButton)

        self.newRoomButton = QPushButton(WardsPage)
        self.newRoomButton.setObjectName(u"newRoomButton")

        self.toolbarRow.addWidget(self.newRoomButton)

        self.addBedsButton = QPushButton(WardsPage)
        self.addBedsButton.setObjectName(u"addBedsButton")

        self.toolbarRow.addWidget(self.addBedsButton)

        self.reloadButton = QToolButton(WardsPage)
        self.reloadButton.setObjectName(u"reloadButton")

        self.toolbarRow.addWidget(self.reloadButton)

        self.toolbarRow.setStretch(1, 1)

        self.mainLayout.addLayout(self.toolbarRow)

        self.verticalSplitter = QSplitter(WardsPage)
        self.verticalSplitter.setObjectName(u"verticalSplitter")
        self.verticalSplitter.setOrientation(Qt.Orientation.Vertical)
        self.verticalSplitter.setChildrenCollapsible(False)
        self.splitter = QSplitter(self.verticalSplitter)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.tree = QTreeWidget(self.splitter)
        self.tree.setObjectName(u"tree")
        self.tree.setTabKeyNavigation(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.splitter.addWidget(self.tree)
        self.detailsPanel = QWidget(self.splitter)
        self.detailsPanel.setObjectName(u"detailsPanel")
        self.detailsLayout = QVBoxLayout(self.detailsPanel)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setContentsMargins(4, 0, 0, 0)
        self.headingLabel = QLabel(self.detailsPanel)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.detailsLayout.addWidget(self.headingLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(4)
        self.nameLabel = QLabel(self.detailsPanel)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.detailsPanel)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.departmentLabel = QLabel(self.detailsPanel)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentCombo = QComboBox(self.detailsPanel)
        self.departmentCombo.setObjectName(u"departmentCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.departmentCombo)

        self.floorLabel = QLabel(self.detailsPanel)
        self.floorLabel.setObjectName(u"floorLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.floorLabel)

        self.floorEdit = QLineEdit(self.detailsPanel)
        self.floorEdit.setObjectName(u"floorEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.floorEdit)

        self.bedTypeLabel = QLabel(self.detailsPanel)
        self.bedTypeLabel.setObjectName(u"bedTypeLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.bedTypeLabel)

        self.bedTypeCombo = QComboBox(self.detailsPanel)
        self.bedTypeCombo.setObjectName(u"bedTypeCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.bedTypeCombo)

        self.stateCaption = QLabel(self.detailsPanel)
        self.stateCaption.setObjectName(u"stateCaption")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.stateCaption)

        self.stateLabel = QLabel(self.detailsPanel)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setWordWrap(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.stateLabel)


        self.detailsLayout.addLayout(self.formLayout)

        self.saveRow = QHBoxLayout()
        self.saveRow.setObjectName(u"saveRow")
        self.saveButton = QPushButton(self.detailsPanel)
        self.saveButton.setObjectName(u"saveButton")

        self.saveRow.addWidget(self.saveButton)

        self.retireButton = QPushButton(self.detailsPanel)
        self.retireButton.setObjectName(u"retireButton")

        self.saveRow.addWidget(self.retireButton)

        self.saveSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveRow.addItem(self.saveSpacer)


        self.detailsLayout.addLayout(self.saveRow)

        self.serviceBox = QGroupBox(self.detailsPanel)
        self.serviceBox.setObjectName(u"serviceBox")
        self.serviceLayout = QFormLayout(self.serviceBox)
        self.serviceLayout.setObjectName(u"serviceLayout")
        self.serviceLayout.setHorizontalSpacing(12)
        self.serviceLayout.setVerticalSpacing(4)
        self.reasonLabel = QLabel(self.serviceBox)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.serviceLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(self.serviceBox)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.serviceLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.returnCheck = QCheckBox(self.serviceBox)
        self.returnCheck.setObjectName(u"returnCheck")

        self.serviceLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.returnCheck)

        self.returnDate = QDateEdit(self.serviceBox)
        self.returnDate.setObjectName(u"returnDate")
        self.returnDate.setCalendarPopup(True)

        self.serviceLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.returnDate)

        self.serviceButtons = QHBoxLayout()
        self.serviceButtons.setObjectName(u"serviceButtons")
        self.outOfServiceButton = QPushButton(self.serviceBox)
        self.outOfServiceButton.setObjectName(u"outOfServiceButton")

        self.serviceButtons.addWidget(self.outOfServiceButton)

        self.inServiceButton = QPushButton(self.serviceBox)
        self.inServiceButton.setObjectName(u"inServiceButton")

        self.serviceButtons.addWidget(self.inServiceButton)

        self.serviceSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.serviceButtons.addItem(self.serviceSpacer)


        self.serviceLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.serviceButtons)


        self.detailsLayout.addWidget(self.serviceBox)

        self.messageLabel = QLabel(self.detailsPanel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.detailsLayout.addWidget(self.messageLabel)

        self.detailsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailsLayout.addItem(self.detailsSpacer)

        self.splitter.addWidget(self.detailsPanel)
        self.verticalSplitter.addWidget(self.splitter)
        self.occupancyBox = QGroupBox(self.verticalSplitter)
        self.occupancyBox.setObjectName(u"occupancyBox")
        self.occupancyLayout = QVBoxLayout(self.occupancyBox)
        self.occupancyLayout.setObjectName(u"occupancyLayout")
        self.periodRow = QHBoxLayout()
        self.periodRow.setObjectName(u"periodRow")
        self.fromLabel = QLabel(self.occupancyBox)
        self.fromLabel.setObjectName(u"fromLabel")

        self.periodRow.addWidget(self.fromLabel)

        self.fromDate = QDateEdit(self.occupancyBox)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.periodRow.addWidget(self.fromDate)

        self.toLabel = QLabel(self.occupancyBox)
        self.toLabel.setObjectName(u"toLabel")

        self.periodRow.addWidget(self.toLabel)

        self.toDate = QDateEdit(self.occupancyBox)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.periodRow.addWidget(self.toDate)

        self.calculateButton = QPushButton(self.occupancyBox)
        self.calculateButton.setObjectName(u"calculateButton")

        self.periodRow.addWidget(self.calculateButton)

        self.occupancySummary = QLabel(self.occupancyBox)
        self.occupancySummary.setObjectName(u"occupancySummary")
        self.occupancySummary.setWordWrap(True)

        self.periodRow.addWidget(self.occupancySummary)

        self.periodRow.setStretch(5, 1)

        self.occupancyLayout.addLayout(self.periodRow)

        self.occupancyTable = QTableWidget(self.occupancyBox)
        self.occupancyTable.setObjectName(u"occupancyTable")
        self.occupancyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.occupancyTable.setAlternatingRowColors(True)
        self.occupancyTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.occupancyTable.setTabKeyNavigation(False)
        self.occupancyTable.verticalHeader().setVisible(False)

        self.occupancyLayout.addWidget(self.occupancyTable)

        self.verticalSplitter.addWidget(self.occupancyBox)

        self.mainLayout.addWidget(self.verticalSplitter)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.departmentLabel.setBuddy(self.departmentCombo)
        self.floorLabel.setBuddy(self.floorEdit)
        self.bedTypeLabel.setBuddy(self.bedTypeCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.showRetiredCheck, self.newDepartmentButton)
        QWidget.setTabOrder(self.newDepartmentButton, self.newWardButton)
        QWidget.setTabOrder(self.newWardButton, self.newRoomButton)
        QWidget.setTabOrder(self.newRoomButton, self.addBedsButton)
        QWidget.setTabOrder(self.addBedsButton, self.reloadButton)
        QWidget.setTabOrder(self.reloadButton, self.tree)
        QWidget.setTabOrder(self.tree, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.departmentCombo)
        QWidget.setTabOrder(self.departmentCombo, self.floorEdit)
        QWidget.setTabOrder(self.floorEdit, self.bedTypeCombo)
        QWidget.setTabOrder(self.bedTypeCombo, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.retireButton)
        QWidget.setTabOrder(self.retireButton, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.returnCheck)
        QWidget.setTabOrder(self.returnCheck, self.returnDate)
        QWidget.setTabOrder(self.returnDate, self.outOfServiceButton)
        QWidget.setTabOrder(self.outOfServiceButton, self.inServiceButton)
        QWidget.setTabOrder(self.inServiceButton, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.calculateButton)
        QWidget.setTabOrder(self.calculateButton, self.occupancyTable)

        self.retranslateUi(WardsPage)

        QMetaObject.connectSlotsByName(WardsPage)
    # setupUi

    def retranslateUi(self, WardsPage):
        self.showRetiredCheck.setText(QCoreApplication.translate("WardsPage", u"Show &retired", None))
#if QT_CONFIG(tooltip)
        self.showRetiredCheck.setToolTip(QCoreApplication.translate("WardsPage", u"Also list departments, wards, rooms and beds that are retired (to reactivate one)", None))
#endif // QT_CONFIG(tooltip)
        self.newDepartmentButton.setText(QCoreApplication.translate("WardsPage", u"New &department", None))
        self.newWardButton.setText(QCoreApplication.translate("WardsPage", u"New &ward", None))
#if QT_CONFIG(tooltip)
        self.newWardButton.setToolTip(QCoreApplication.translate("WardsPage", u"A new ward, in the selected department if one is selected", None))
#endif // QT_CONFIG(tooltip)
        self.newRoomButton.setText(QCoreApplication.translate("WardsPage", u"New r&oom", None))
#if QT_CONFIG(tooltip)
        self.newRoomButton.setToolTip(QCoreApplication.translate("WardsPage", u"A new room in the selected ward", None))
#endif // QT_CONFIG(tooltip)
        self.addBedsButton.setText(QCoreApplication.translate("WardsPage", u"Add &beds\u2026", None))
#if QT_CONFIG(tooltip)
        self.addBedsButton.setToolTip(QCoreApplication.translate("WardsPage", u"Add several beds to the selected room at once (A1 \u2026 A6)", None))
#endif // QT_CONFIG(tooltip)
        self.reloadButton.setText(QCoreApplication.translate("WardsPage", u"Reload", None))
#if QT_CONFIG(tooltip)
        self.reloadButton.setToolTip(QCoreApplication.translate("WardsPage", u"Reload wards and beds from the database (F5)", None))
#endif // QT_CONFIG(tooltip)
        ___qtreewidgetitem = self.tree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("WardsPage", u"State", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("WardsPage", u"Name", None))
#if QT_CONFIG(accessibility)
        self.tree.setAccessibleName(QCoreApplication.translate("WardsPage", u"Departments, wards, rooms and beds", None))
#endif // QT_CONFIG(accessibility)
        self.headingLabel.setText(QCoreApplication.translate("WardsPage", u"Choose a department, ward, room or bed on the left, or add one.", None))
        self.nameLabel.setText(QCoreApplication.translate("WardsPage", u"&Name", None))
        self.departmentLabel.setText(QCoreApplication.translate("WardsPage", u"Dep&artment", None))
        self.floorLabel.setText(QCoreApplication.translate("WardsPage", u"&Floor", None))
        self.floorEdit.setPlaceholderText(QCoreApplication.translate("WardsPage", u"e.g. Level 2, east wing", None))
        self.bedTypeLabel.setText(QCoreApplication.translate("WardsPage", u"Bed t&ype", None))
        self.stateCaption.setText(QCoreApplication.translate("WardsPage", u"State", None))
        self.stateLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("WardsPage", u"Sa&ve", None))
        self.retireButton.setText(QCoreApplication.translate("WardsPage", u"Re&tire", None))
        self.serviceBox.setTitle(QCoreApplication.translate("WardsPage", u"Out of service", None))
        self.reasonLabel.setText(QCoreApplication.translate("WardsPage", u"R&eason", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("WardsPage", u"e.g. broken side rail, deep clean", None))
        self.returnCheck.setText(QCoreApplication.translate("WardsPage", u"E&xpected back", None))
#if QT_CONFIG(accessibility)
        self.returnCheck.setAccessibleName(QCoreApplication.translate("WardsPage", u"Expected back on a known date", None))
#endif // QT_CONFIG(accessibility)
        self.returnDate.setDisplayFormat(QCoreApplication.translate("WardsPage", u"dd MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.returnDate.setAccessibleName(QCoreApplication.translate("WardsPage", u"Expected back on", None))
#endif // QT_CONFIG(accessibility)
        self.outOfServiceButton.setText(QCoreApplication.translate("WardsPage", u"Take out of serv&ice", None))
        self.inServiceButton.setText(QCoreApplication.translate("WardsPage", u"Ba&ck in service", None))
        self.messageLabel.setText("")
        self.occupancyBox.setTitle(QCoreApplication.translate("WardsPage", u"Occupancy and utilisation per ward", None))
        self.fromLabel.setText(QCoreApplication.translate("WardsPage", u"Nights fro&m", None))
        self.fromDate.setDisplayFormat(QCoreApplication.translate("WardsPage", u"dd MMM yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("WardsPage", u"&until", None))
        self.toDate.setDisplayFormat(QCoreApplication.translate("WardsPage", u"dd MMM yyyy", None))
        self.calculateButton.setText(QCoreApplication.translate("WardsPage", u"Ca&lculate", None))
        self.occupancySummary.setText("")
#if QT_CONFIG(accessibility)
        self.occupancyTable.setAccessibleName(QCoreApplication.translate("WardsPage", u"Occupancy and utilisation per ward", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

