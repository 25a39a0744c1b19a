# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stock_receive_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_StockReceiveDialog(object):
    def setupUi(self, StockReceiveDialog):
        if not StockReceiveDialog.objectName():
            StockReceiveDialog.setObjectName(u"StockReceiveDialog")
        StockReceiveDialog.resize(520, 420)
        self.mainLayout = QVBoxLayout(StockReceiveDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.introLabel = QLabel(StockReceiveDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(4)
        self.itemLabel = QLabel(StockReceiveDialog)
        self.itemLabel.setObjectName(u"itemLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.itemLabel)

        self.itemEdit = QComboBox(StockReceiveDialog)
        self.itemEdit.setObjectName(u"itemEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.itemEdit)

        self.itemError = QLabel(StockReceiveDialog)
        self.itemError.setObjectName(u"itemError")
        self.itemError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.itemError)

        self.locationLabel = QLabel(StockReceiveDialog)
        self.locationLabel.setObjectName(u"locationLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationEdit = QComboBox(StockReceiveDialog)
        self.locationEdit.setObjectName(u"locationEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.locationEdit)

        self.locationError = QLabel(StockReceiveDialog)
        self.locationError.setObjectName(u"locationError")
        self.locationError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.locationError)

        self.batchLabel = QLabel(StockReceiveDialog)
        self.batchLabel.setObjectName(u"batchLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.batchLabel)

        self.batchEdit = QLineEdit(StockReceiveDialog)
        self.batchEdit.setObjectName(u"batchEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.batchEdit)

        self.batchError = QLabel(StockReceiveDialog)
        self.batchError.setObjectName(u"batchError")
        self.batchError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.batchError)

        self.expiryLabel = QLabel(StockReceiveDialog)
        self.expiryLabel.setObjectName(u"expiryLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.expiryLabel)

        self.expiryEdit = QDateEdit(StockReceiveDialog)
        self.expiryEdit.setObjectName(u"expiryEdit")
        self.expiryEdit.setCalendarPopup(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.expiryEdit)

        self.expiryError = QLabel(StockReceiveDialog)
        self.expiryError.setObjectName(u"expiryError")
        self.expiryError.setWordWrap(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.expiryError)

        self.quantityLabel = QLabel(StockReceiveDialog)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.quantityLabel)

        self.quantityEdit = QSpinBox(StockReceiveDialog)
        self.quantityEdit.setObjectName(u"quantityEdit")
        self.quantityEdit.setMinimum(1)
        self.quantityEdit.setMaximum(1000000)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.quantityEdit)

        self.quantityError = QLabel(StockReceiveDialog)
        self.quantityError.setObjectName(u"quantityError")
        self.quantityError.setWordWrap(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.quantityError)

        self.costLabel = QLabel(StockReceiveDialog)
        self.costLabel.setObjectName(u"costLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.costLabel)

        self.costEdit = QLineEdit(StockReceiveDialog)
        self.costEdit.setObjectName(u"costEdit")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.costEdit)

        self.costError = QLabel(StockReceiveDialog)
        self.costError.setObjectName(u"costError")
        self.costError.setWordWrap(True)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.costError)

        self.supplierLabel = QLabel(StockReceiveDialog)
        self.supplierLabel.setObjectName(u"supplierLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.supplierLabel)

        self.supplierEdit = QLineEdit(StockReceiveDialog)
        self.supplierEdit.setObjectName(u"supplierEdit")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.supplierEdit)

        self.supplierError = QLabel(StockReceiveDialog)
        self.supplierError.setObjectName(u"supplierError")
        self.supplierError.setWordWrap(True)

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.supplierError)


        self.mainLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(StockReceiveDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.spacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(StockReceiveDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.itemLabel.setBuddy(self.itemEdit)
        self.locationLabel.setBuddy(self.locationEdit)
        self.batchLabel.setBuddy(self.batchEdit)
        self.expiryLabel.setBuddy(self.expiryEdit)
        self.quantityLabel.setBuddy(self.quantityEdit)
        self.costLabel.setBuddy(self.costEdit)
        self.supplierLabel.setBuddy(self.supplierEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.itemEdit, self.locationEdit)
        QWidget.setTabOrder(self.locationEdit, self.batchEdit)
        QWidget.setTabOrder(self.batchEdit, self.expiryEdit)
        QWidget.setTabOrder(self.expiryEdit, self.quantityEdit)
        QWidget.setTabOrder(self.quantityEdit, self.costEdit)
        QWidget.setTabOrder(self.costEdit, self.supplierEdit)

        self.retranslateUi(StockReceiveDialog)

        QMetaObject.connectSlotsByName(StockReceiveDialog)
    # setupUi

    def retranslateUi(self, StockReceiveDialog):
        StockReceiveDialog.setWindowTitle(QCoreApplication.translate("StockReceiveDialog", u"Receive stock", None))
        self.introLabel.setText("")
        self.itemLabel.setText(QCoreApplication.translate("StockReceiveDialog", u"&Item", None))
        self.itemError.setText("")
        self.locationLabel.setText(QCoreApplication.translate("StockReceiveDialog", u"&Location", None))
        self.locationError.setText("")
        self.batchLabel.setText(QCoreApplication.translate("StockReceiveDialog", u"&Batch number", None))
        self.batchEdit.setPlaceholderText(QCoreApplication.translate("StockReceiveDialog", u"as printed on the pack", None))
        self.batchError.setText("")
        self.expiryLabel.setText(QCoreApplication.translate("StockReceiveDialog", u"E&xpiry date", None))
        self.expiryEdit.setDisplayFormat(QCoreApplication.translate("StockReceiveDialog", u"dd MMM yyyy", None))
        self.expiryError.setText("")
        self.quantityLabel.setText(QCoreApplication.translate("StockReceiveDialog", u"&Quantity", None))
        self.quantityError.setText("")
        self.costLabel.setText(QCoreApplication.translate("StockReceiveDialog", u"Unit &cost", None))
        self.costEdit.setPlaceholderText(QCoreApplication.translate("StockReceiveDialog", u"cost of one unit, e.g. 0.35", None))
        self.costError.setText("")
        self.supplierLabel.setText(QCoreApplication.translate("StockReceiveDialog", u"Su&pplier", None))
        self.supplierEdit.setPlaceholderText(QCoreApplication.translate("StockReceiveDialog", u"who delivered it", None))
        self.supplierError.setText("")
        self.messageLabel.setText("")
    # retranslateUi

