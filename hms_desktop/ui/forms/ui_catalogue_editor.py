# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'catalogue_editor.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSplitter, QTableWidget,
    QTableWidgetItem, QToolButton, QVBoxLayout, QWidget)

class Ui_CatalogueEditor(object):
    def setupUi(self, CatalogueEditor):
        if not CatalogueEditor.objectName():
            CatalogueEditor.setObjectName(u"CatalogueEditor")
        CatalogueEditor.resize(1000, 600)
        self.mainLayout = QVBoxLayout(CatalogueEditor)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hintLabel = QLabel(CatalogueEditor)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.toolbarRow = QHBoxLayout()
        self.toolbarRow.setObjectName(u"toolbarRow")
        self.filterLabel = QLabel(CatalogueEditor)
        self.filterLabel.setObjectName(u"filterLabel")

        self.toolbarRow.addWidget(self.filterLabel)

        self.filterEdit = QLineEdit(CatalogueEditor)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.toolbarRow.addWidget(self.filterEdit)

        self.showRetiredCheck = QCheckBox(CatalogueEditor)
        self.showRetiredCheck.setObjectName(u"showRetiredCheck")

        self.toolbarRow.addWidget(self.showRetiredCheck)

        self.toolbarSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.toolbarRow.addItem(self.toolbarSpacer)

        self.newButton = QPushButton(CatalogueEditor)
        self.newButton.setObjectName(u"newButton")

        self.toolbarRow.addWidget(self.newButton)

        self.refreshButton = QToolButton(CatalogueEditor)
        self.refreshButton.setObjectName(u"refreshButton")

        self.toolbarRow.addWidget(self.refreshButton)

        self.toolbarRow.setStretch(1, 1)

        self.mainLayout.addLayout(self.toolbarRow)

        self.splitter = QSplitter(CatalogueEditor)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.table = QTableWidget(self.splitter)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.splitter.addWidget(self.table)
        self.table.verticalHeader().setVisible(False)
        self.formBox = QGroupBox(self.splitter)
        self.formBox.setObjectName(u"formBox")
        self.formBoxLayout = QVBoxLayout(self.formBox)
        self.formBoxLayout.setSpacing(6)
        self.formBoxLayout.setObjectName(u"formBoxLayout")
        self.fieldsScroll = QScrollArea(self.formBox)
        self.fieldsScroll.setObjectName(u"fieldsScroll")
        self.fieldsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.fieldsScroll.setWidgetResizable(True)
        self.fieldsHost = QWidget()
        self.fieldsHost.setObjectName(u"fieldsHost")
        self.fieldsLayout = QFormLayout(self.fieldsHost)
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fieldsLayout.setContentsMargins(0, 0, 0, 0)
        self.fieldsScroll.setWidget(self.fieldsHost)

        self.formBoxLayout.addWidget(self.fieldsScroll)

        self.stateLabel = QLabel(self.formBox)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setWordWrap(True)

        self.formBoxLayout.addWidget(self.stateLabel)

        self.messageLabel = QLabel(self.formBox)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.formBoxLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(8)
        self.buttonRow.setObjectName(u"buttonRow")
        self.saveButton = QPushButton(self.formBox)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)

        self.undoButton = QPushButton(self.formBox)
        self.undoButton.setObjectName(u"undoButton")

        self.buttonRow.addWidget(self.undoButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.retireButton = QPushButton(self.formBox)
        self.retireButton.setObjectName(u"retireButton")

        self.buttonRow.addWidget(self.retireButton)


        self.formBoxLayout.addLayout(self.buttonRow)

        self.splitter.addWidget(self.formBox)

        self.mainLayout.addWidget(self.splitter)

        self.summaryLabel = QLabel(CatalogueEditor)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filterEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filterEdit, self.showRetiredCheck)
        QWidget.setTabOrder(self.showRetiredCheck, self.newButton)
        QWidget.setTabOrder(self.newButton, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.table)
        QWidget.setTabOrder(self.table, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.undoButton)
        QWidget.setTabOrder(self.undoButton, self.retireButton)

        self.retranslateUi(CatalogueEditor)

        QMetaObject.connectSlotsByName(CatalogueEditor)
    # setupUi

    def retranslateUi(self, CatalogueEditor):
        self.hintLabel.setText("")
        self.filterLabel.setText(QCoreApplication.translate("CatalogueEditor", u"&Filter", None))
        self.showRetiredCheck.setText(QCoreApplication.translate("CatalogueEditor", u"Show re&tired", None))
#if QT_CONFIG(tooltip)
        self.showRetiredCheck.setToolTip(QCoreApplication.translate("CatalogueEditor", u"List retired entries too (they are kept, and can be reactivated)", None))
#endif // QT_CONFIG(tooltip)
        self.newButton.setText(QCoreApplication.translate("CatalogueEditor", u"&New", None))
        self.refreshButton.setText(QCoreApplication.translate("CatalogueEditor", u"Reload", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("CatalogueEditor", u"Reload the list from the database (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.formBox.setTitle("")
        self.stateLabel.setText("")
        self.messageLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("CatalogueEditor", u"Sa&ve", None))
        self.undoButton.setText(QCoreApplication.translate("CatalogueEditor", u"&Undo changes", None))
#if QT_CONFIG(tooltip)
        self.undoButton.setToolTip(QCoreApplication.translate("CatalogueEditor", u"Put the form back as it was saved", None))
#endif // QT_CONFIG(tooltip)
        self.retireButton.setText(QCoreApplication.translate("CatalogueEditor", u"&Retire", None))
        self.summaryLabel.setText("")
        pass
    # retranslateUi

