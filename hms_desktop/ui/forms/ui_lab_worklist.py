# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lab_worklist.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_LabWorklist(object):
    def setupUi(self, labWorklist):
        if not labWorklist.objectName():
            labWorklist.setObjectName(u"labWorklist")
        labWorklist.resize(1100, 600)
        self.mainLayout = QVBoxLayout(labWorklist)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(12, 10, 12, 10)
        self.barLayout = QHBoxLayout()
        self.barLayout.setObjectName(u"barLayout")
        self.worklistTitle = QLabel(labWorklist)
        self.worklistTitle.setObjectName(u"worklistTitle")

        self.barLayout.addWidget(self.worklistTitle)

        self.showLabel = QLabel(labWorklist)
        self.showLabel.setObjectName(u"showLabel")

        self.barLayout.addWidget(self.showLabel)

        self.showCombo = QComboBox(labWorklist)
        self.showCombo.setObjectName(u"showCombo")
        self.showCombo.setMinimumSize(QSize(220, 0))

        self.barLayout.addWidget(self.showCombo)

        self.barStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.barLayout.addItem(self.barStretch)

        self.summaryLabel = QLabel(labWorklist)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.barLayout.addWidget(self.summaryLabel)

        self.barLayout.setStretch(3, 1)

        self.mainLayout.addLayout(self.barLayout)

        self.messageLabel = QLabel(labWorklist)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.itemTree = QTreeWidget(labWorklist)
        self.itemTree.setObjectName(u"itemTree")
        self.itemTree.setTabKeyNavigation(False)
        self.itemTree.setAlternatingRowColors(True)
        self.itemTree.setRootIsDecorated(False)
        self.itemTree.setUniformRowHeights(True)
        self.itemTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.mainLayout.addWidget(self.itemTree)

        self.entryBox = QGroupBox(labWorklist)
        self.entryBox.setObjectName(u"entryBox")
        self.entryLayout = QGridLayout(self.entryBox)
        self.entryLayout.setObjectName(u"entryLayout")
        self.entryLayout.setHorizontalSpacing(10)
        self.entryLayout.setVerticalSpacing(4)
        self.chosenLabel = QLabel(self.entryBox)
        self.chosenLabel.setObjectName(u"chosenLabel")
        self.chosenLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.chosenLabel.setWordWrap(True)

        self.entryLayout.addWidget(self.chosenLabel, 0, 0, 1, 4)

        self.valueLabel = QLabel(self.entryBox)
        self.valueLabel.setObjectName(u"valueLabel")

        self.entryLayout.addWidget(self.valueLabel, 1, 0, 1, 1)

        self.valueEdit = QLineEdit(self.entryBox)
        self.valueEdit.setObjectName(u"valueEdit")

        self.entryLayout.addWidget(self.valueEdit, 1, 1, 1, 1)

        self.unitLabel = QLabel(self.entryBox)
        self.unitLabel.setObjectName(u"unitLabel")
        self.unitLabel.setMinimumSize(QSize(70, 0))

        self.entryLayout.addWidget(self.unitLabel, 1, 2, 1, 1)

        self.saveButton = QPushButton(self.entryBox)
        self.saveButton.setObjectName(u"saveButton")

        self.entryLayout.addWidget(self.saveButton, 1, 3, 1, 1)

        self.valueError = QLabel(self.entryBox)
        self.valueError.setObjectName(u"valueError")
        self.valueError.setWordWrap(True)

        self.entryLayout.addWidget(self.valueError, 2, 1, 1, 3)

        self.savedLabel = QLabel(self.entryBox)
        self.savedLabel.setObjectName(u"savedLabel")
        self.savedLabel.setWordWrap(True)
        self.savedLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.entryLayout.addWidget(self.savedLabel, 3, 0, 1, 4)

        self.entryLayout.setColumnStretch(1, 1)

        self.mainLayout.addWidget(self.entryBox)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.showLabel.setBuddy(self.showCombo)
        self.valueLabel.setBuddy(self.valueEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.showCombo, self.itemTree)
        QWidget.setTabOrder(self.itemTree, self.valueEdit)
        QWidget.setTabOrder(self.valueEdit, self.saveButton)

        self.retranslateUi(labWorklist)

        QMetaObject.connectSlotsByName(labWorklist)
    # setupUi

    def retranslateUi(self, labWorklist):
        self.worklistTitle.setText(QCoreApplication.translate("LabWorklist", u"Lab worklist", None))
        self.showLabel.setText(QCoreApplication.translate("LabWorklist", u"Sh&ow", None))
        self.summaryLabel.setText("")
        self.messageLabel.setText("")
        ___qtreewidgetitem = self.itemTree.headerItem()
        ___qtreewidgetitem.setText(7, QCoreApplication.translate("LabWorklist", u"Flag", None))
        ___qtreewidgetitem.setText(6, QCoreApplication.translate("LabWorklist", u"Result", None))
        ___qtreewidgetitem.setText(5, QCoreApplication.translate("LabWorklist", u"By", None))
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("LabWorklist", u"Ordered", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("LabWorklist", u"Test", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("LabWorklist", u"MRN", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("LabWorklist", u"Patient", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("LabWorklist", u"Urgency", None))
#if QT_CONFIG(accessibility)
        self.itemTree.setAccessibleName(QCoreApplication.translate("LabWorklist", u"Tests waiting for a result", None))
#endif // QT_CONFIG(accessibility)
        self.entryBox.setTitle(QCoreApplication.translate("LabWorklist", u"Enter the result", None))
        self.chosenLabel.setText(QCoreApplication.translate("LabWorklist", u"Choose a test in the list.", None))
        self.valueLabel.setText(QCoreApplication.translate("LabWorklist", u"&Value", None))
        self.unitLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("LabWorklist", u"Save &result", None))
        self.valueError.setText("")
        self.savedLabel.setText("")
        pass
    # retranslateUi

