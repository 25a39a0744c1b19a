# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stock_adjust_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_StockAdjustDialog(object):
    def setupUi(self, StockAdjustDialog):
        if not StockAdjustDialog.objectName():
            StockAdjustDialog.setObjectName(u"StockAdjustDialog")
        StockAdjustDialog.resize(520, 420)
        self.mainLayout = QVBoxLayout(StockAdjustDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.introLabel = QLabel(StockAdjustDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(4)
        self.batchCaption = QLabel(StockAdjustDialog)
        self.batchCaption.setObjectName(u"batchCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.batchCaption)

        self.batchValue = QLabel(StockAdjustDialog)
        self.batchValue.setObjectName(u"batchValue")
        self.batchValue.setWordWrap(True)
        self.batchValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.batchValue)

        self.locationCaption = QLabel(StockAdjustDialog)
        self.locationCaption.setObjectName(u"locationCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.locationCaption)

        self.locationValue = QLabel(StockAdjustDialog)
        self.locationValue.setObjectName(u"locationValue")
        self.locationValue.setWordWrap(True)
        self.locationValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.locationValue)

        self.levelCaption = QLabel(StockAdjustDialog)
        self.levelCaption.setObjectName(u"levelCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.levelCaption)

        self.levelValue = QLabel(StockAdjustDialog)
        self.levelValue.setObjectName(u"levelValue")
        self.levelValue.setWordWrap(True)
        self.levelValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.levelValue)

        self.reasonLabel = QLabel(StockAdjustDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QComboBox(StockAdjustDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.reasonError = QLabel(StockAdjustDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setWordWrap(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reasonError)

        self.changeLabel = QLabel(StockAdjustDialog)
        self.changeLabel.setObjectName(u"changeLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.changeLabel)

        self.changeEdit = QSpinBox(StockAdjustDialog)
        self.changeEdit.setObjectName(u"changeEdit")
        self.changeEdit.setMinimum(-1000000)
        self.changeEdit.setMaximum(1000000)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.changeEdit)

        self.changeError = QLabel(StockAdjustDialog)
        self.changeError.setObjectName(u"changeError")
        self.changeError.setWordWrap(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.changeError)

        self.noteLabel = QLabel(StockAdjustDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(StockAdjustDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.noteError = QLabel(StockAdjustDialog)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setWordWrap(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.noteError)


        self.mainLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(StockAdjustDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.spacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(StockAdjustDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.changeLabel.setBuddy(self.changeEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reasonEdit, self.changeEdit)
        QWidget.setTabOrder(self.changeEdit, self.noteEdit)

        self.retranslateUi(StockAdjustDialog)

        QMetaObject.connectSlotsByName(StockAdjustDialog)
    # setupUi

    def retranslateUi(self, StockAdjustDialog):
        StockAdjustDialog.setWindowTitle(QCoreApplication.translate("StockAdjustDialog", u"Adjust stock", None))
        self.introLabel.setText("")
        self.batchCaption.setText(QCoreApplication.translate("StockAdjustDialog", u"Batch", None))
        self.batchValue.setText("")
        self.locationCaption.setText(QCoreApplication.translate("StockAdjustDialog", u"Location", None))
        self.locationValue.setText("")
        self.levelCaption.setText(QCoreApplication.translate("StockAdjustDialog", u"In stock", None))
        self.levelValue.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("StockAdjustDialog", u"&Reason", None))
        self.reasonError.setText("")
        self.changeLabel.setText(QCoreApplication.translate("StockAdjustDialog", u"&Change by", None))
        self.changeEdit.setSuffix("")
        self.changeError.setText("")
        self.noteLabel.setText(QCoreApplication.translate("StockAdjustDialog", u"&Note", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("StockAdjustDialog", u"optional: what happened", None))
        self.noteError.setText("")
        self.messageLabel.setText("")
    # retranslateUi

