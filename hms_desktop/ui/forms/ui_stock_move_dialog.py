# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stock_move_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_StockMoveDialog(object):
    def setupUi(self, StockMoveDialog):
        if not StockMoveDialog.objectName():
            StockMoveDialog.setObjectName(u"StockMoveDialog")
        StockMoveDialog.resize(520, 420)
        self.mainLayout = QVBoxLayout(StockMoveDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.introLabel = QLabel(StockMoveDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(4)
        self.batchCaption = QLabel(StockMoveDialog)
        self.batchCaption.setObjectName(u"batchCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.batchCaption)

        self.batchValue = QLabel(StockMoveDialog)
        self.batchValue.setObjectName(u"batchValue")
        self.batchValue.setWordWrap(True)
        self.batchValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.batchValue)

        self.fromCaption = QLabel(StockMoveDialog)
        self.fromCaption.setObjectName(u"fromCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fromCaption)

        self.fromValue = QLabel(StockMoveDialog)
        self.fromValue.setObjectName(u"fromValue")
        self.fromValue.setWordWrap(True)
        self.fromValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fromValue)

        self.toLabel = QLabel(StockMoveDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toEdit = QComboBox(StockMoveDialog)
        self.toEdit.setObjectName(u"toEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.toEdit)

        self.toError = QLabel(StockMoveDialog)
        self.toError.setObjectName(u"toError")
        self.toError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.toError)

        self.quantityLabel = QLabel(StockMoveDialog)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.quantityLabel)

        self.quantityEdit = QSpinBox(StockMoveDialog)
        self.quantityEdit.setObjectName(u"quantityEdit")
        self.quantityEdit.setMinimum(1)
        self.quantityEdit.setMaximum(1000000)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.quantityEdit)

        self.quantityError = QLabel(StockMoveDialog)
        self.quantityError.setObjectName(u"quantityError")
        self.quantityError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.quantityError)


        self.mainLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(StockMoveDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.spacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(StockMoveDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.toLabel.setBuddy(self.toEdit)
        self.quantityLabel.setBuddy(self.quantityEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.toEdit, self.quantityEdit)

        self.retranslateUi(StockMoveDialog)

        QMetaObject.connectSlotsByName(StockMoveDialog)
    # setupUi

    def retranslateUi(self, StockMoveDialog):
        StockMoveDialog.setWindowTitle(QCoreApplication.translate("StockMoveDialog", u"Issue or transfer stock", None))
        self.introLabel.setText("")
        self.batchCaption.setText(QCoreApplication.translate("StockMoveDialog", u"Batch", None))
        self.batchValue.setText("")
        self.fromCaption.setText(QCoreApplication.translate("StockMoveDialog", u"From", None))
        self.fromValue.setText("")
        self.toLabel.setText(QCoreApplication.translate("StockMoveDialog", u"&To", None))
        self.toError.setText("")
        self.quantityLabel.setText(QCoreApplication.translate("StockMoveDialog", u"&Quantity", None))
        self.quantityError.setText("")
        self.messageLabel.setText("")
    # retranslateUi

