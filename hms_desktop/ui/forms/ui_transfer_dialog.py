# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'transfer_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHeaderView,
    QLabel, QSizePolicy, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_TransferDialog(object):
    def setupUi(self, TransferDialog):
        if not TransferDialog.objectName():
            TransferDialog.setObjectName(u"TransferDialog")
        TransferDialog.resize(620, 520)
        self.mainLayout = QVBoxLayout(TransferDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.headingLabel = QLabel(TransferDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.currentLabel = QLabel(TransferDialog)
        self.currentLabel.setObjectName(u"currentLabel")
        self.currentLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.currentLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.currentLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(4)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.bedTypeLabel = QLabel(TransferDialog)
        self.bedTypeLabel.setObjectName(u"bedTypeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.bedTypeLabel)

        self.bedTypeCombo = QComboBox(TransferDialog)
        self.bedTypeCombo.setObjectName(u"bedTypeCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.bedTypeCombo)

        self.bedLabel = QLabel(TransferDialog)
        self.bedLabel.setObjectName(u"bedLabel")
        self.bedLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.bedLabel)

        self.bedTree = QTreeWidget(TransferDialog)
        self.bedTree.setObjectName(u"bedTree")
        self.bedTree.setTabKeyNavigation(False)
        self.bedTree.setMinimumSize(QSize(0, 230))
        self.bedTree.setAlternatingRowColors(True)
        self.bedTree.setRootIsDecorated(False)
        self.bedTree.setUniformRowHeights(True)
        self.bedTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.bedTree.header().setStretchLastSection(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.bedTree)

        self.bedError = QLabel(TransferDialog)
        self.bedError.setObjectName(u"bedError")
        self.bedError.setWordWrap(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.bedError)


        self.mainLayout.addLayout(self.formLayout)

        self.hintLabel = QLabel(TransferDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.hintLabel)

        self.messageLabel = QLabel(TransferDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(TransferDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.bedTypeLabel.setBuddy(self.bedTypeCombo)
        self.bedLabel.setBuddy(self.bedTree)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.bedTypeCombo, self.bedTree)

        self.retranslateUi(TransferDialog)

        QMetaObject.connectSlotsByName(TransferDialog)
    # setupUi

    def retranslateUi(self, TransferDialog):
        TransferDialog.setWindowTitle(QCoreApplication.translate("TransferDialog", u"Transfer patient", None))
        self.headingLabel.setText(QCoreApplication.translate("TransferDialog", u"Transfer", None))
        self.currentLabel.setText("")
        self.bedTypeLabel.setText(QCoreApplication.translate("TransferDialog", u"Bed &type", None))
#if QT_CONFIG(tooltip)
        self.bedTypeCombo.setToolTip(QCoreApplication.translate("TransferDialog", u"Show only free beds of this type", None))
#endif // QT_CONFIG(tooltip)
        self.bedLabel.setText(QCoreApplication.translate("TransferDialog", u"&New bed", None))
        ___qtreewidgetitem = self.bedTree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("TransferDialog", u"Type", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("TransferDialog", u"Room", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("TransferDialog", u"Bed", None))
        self.bedError.setText("")
        self.hintLabel.setText(QCoreApplication.translate("TransferDialog", u"The bed the patient leaves will be marked for cleaning.", None))
        self.messageLabel.setText("")
    # retranslateUi

