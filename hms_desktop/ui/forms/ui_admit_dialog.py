# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admit_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QSpinBox, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_AdmitDialog(object):
    def setupUi(self, AdmitDialog):
        if not AdmitDialog.objectName():
            AdmitDialog.setObjectName(u"AdmitDialog")
        AdmitDialog.resize(640, 600)
        self.mainLayout = QVBoxLayout(AdmitDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.headingLabel = QLabel(AdmitDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(4)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.bedTypeLabel = QLabel(AdmitDialog)
        self.bedTypeLabel.setObjectName(u"bedTypeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.bedTypeLabel)

        self.bedTypeCombo = QComboBox(AdmitDialog)
        self.bedTypeCombo.setObjectName(u"bedTypeCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.bedTypeCombo)

        self.bedLabel = QLabel(AdmitDialog)
        self.bedLabel.setObjectName(u"bedLabel")
        self.bedLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.bedLabel)

        self.bedTree = QTreeWidget(AdmitDialog)
        self.bedTree.setObjectName(u"bedTree")
        self.bedTree.setTabKeyNavigation(False)
        self.bedTree.setMinimumSize(QSize(0, 230))
        self.bedTree.setAlternatingRowColors(True)
        self.bedTree.setRootIsDecorated(False)
        self.bedTree.setUniformRowHeights(True)
        self.bedTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.bedTree.header().setStretchLastSection(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.bedTree)

        self.bedError = QLabel(AdmitDialog)
        self.bedError.setObjectName(u"bedError")
        self.bedError.setWordWrap(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.bedError)

        self.doctorLabel = QLabel(AdmitDialog)
        self.doctorLabel.setObjectName(u"doctorLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.doctorLabel)

        self.doctorCombo = QComboBox(AdmitDialog)
        self.doctorCombo.setObjectName(u"doctorCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.doctorCombo)

        self.doctorError = QLabel(AdmitDialog)
        self.doctorError.setObjectName(u"doctorError")
        self.doctorError.setWordWrap(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.doctorError)

        self.reasonLabel = QLabel(AdmitDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(AdmitDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.reasonError = QLabel(AdmitDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setWordWrap(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reasonError)

        self.expectedLabel = QLabel(AdmitDialog)
        self.expectedLabel.setObjectName(u"expectedLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.expectedLabel)

        self.expectedRow = QHBoxLayout()
        self.expectedRow.setObjectName(u"expectedRow")
        self.expectedSpin = QSpinBox(AdmitDialog)
        self.expectedSpin.setObjectName(u"expectedSpin")
        self.expectedSpin.setMinimumSize(QSize(130, 0))
        self.expectedSpin.setMinimum(0)
        self.expectedSpin.setMaximum(365)

        self.expectedRow.addWidget(self.expectedSpin)

        self.expectedSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.expectedRow.addItem(self.expectedSpacer)


        self.formLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.expectedRow)

        self.expectedError = QLabel(AdmitDialog)
        self.expectedError.setObjectName(u"expectedError")
        self.expectedError.setWordWrap(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.expectedError)


        self.mainLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(AdmitDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(AdmitDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.bedTypeLabel.setBuddy(self.bedTypeCombo)
        self.bedLabel.setBuddy(self.bedTree)
        self.doctorLabel.setBuddy(self.doctorCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.expectedLabel.setBuddy(self.expectedSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.bedTypeCombo, self.bedTree)
        QWidget.setTabOrder(self.bedTree, self.doctorCombo)
        QWidget.setTabOrder(self.doctorCombo, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.expectedSpin)

        self.retranslateUi(AdmitDialog)

        QMetaObject.connectSlotsByName(AdmitDialog)
    # setupUi

    def retranslateUi(self, AdmitDialog):
        AdmitDialog.setWindowTitle(QCoreApplication.translate("AdmitDialog", u"Admit patient", None))
        self.headingLabel.setText(QCoreApplication.translate("AdmitDialog", u"Admit", None))
        self.bedTypeLabel.setText(QCoreApplication.translate("AdmitDialog", u"Bed &type", None))
#if QT_CONFIG(tooltip)
        self.bedTypeCombo.setToolTip(QCoreApplication.translate("AdmitDialog", u"Show only free beds of this type", None))
#endif // QT_CONFIG(tooltip)
        self.bedLabel.setText(QCoreApplication.translate("AdmitDialog", u"&Bed", None))
        ___qtreewidgetitem = self.bedTree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("AdmitDialog", u"Type", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("AdmitDialog", u"Room", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("AdmitDialog", u"Bed", None))
        self.bedError.setText("")
        self.doctorLabel.setText(QCoreApplication.translate("AdmitDialog", u"Attending &doctor", None))
        self.doctorError.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("AdmitDialog", u"&Reason", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("AdmitDialog", u"e.g. Community-acquired pneumonia", None))
        self.reasonError.setText("")
        self.expectedLabel.setText(QCoreApplication.translate("AdmitDialog", u"E&xpected stay", None))
        self.expectedSpin.setSpecialValueText(QCoreApplication.translate("AdmitDialog", u"Not known", None))
        self.expectedSpin.setSuffix(QCoreApplication.translate("AdmitDialog", u" days", None))
        self.expectedError.setText("")
        self.messageLabel.setText("")
    # retranslateUi

