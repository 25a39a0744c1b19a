# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'order_labs_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_OrderLabsDialog(object):
    def setupUi(self, OrderLabsDialog):
        if not OrderLabsDialog.objectName():
            OrderLabsDialog.setObjectName(u"OrderLabsDialog")
        OrderLabsDialog.resize(720, 600)
        self.mainLayout = QVBoxLayout(OrderLabsDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.headingLabel = QLabel(OrderLabsDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(4)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.searchLabel = QLabel(OrderLabsDialog)
        self.searchLabel.setObjectName(u"searchLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.searchLabel)

        self.searchEdit = QLineEdit(OrderLabsDialog)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.searchEdit)

        self.testsLabel = QLabel(OrderLabsDialog)
        self.testsLabel.setObjectName(u"testsLabel")
        self.testsLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.testsLabel)

        self.testList = QListWidget(OrderLabsDialog)
        self.testList.setObjectName(u"testList")
        self.testList.setMinimumSize(QSize(0, 280))
        self.testList.setTabKeyNavigation(False)
        self.testList.setAlternatingRowColors(True)
        self.testList.setUniformItemSizes(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.testList)

        self.testsError = QLabel(OrderLabsDialog)
        self.testsError.setObjectName(u"testsError")
        self.testsError.setWordWrap(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.testsError)

        self.chosenLabel = QLabel(OrderLabsDialog)
        self.chosenLabel.setObjectName(u"chosenLabel")
        self.chosenLabel.setWordWrap(True)
        self.chosenLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.chosenLabel)

        self.urgencyLabel = QLabel(OrderLabsDialog)
        self.urgencyLabel.setObjectName(u"urgencyLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.urgencyLabel)

        self.urgencyRow = QHBoxLayout()
        self.urgencyRow.setObjectName(u"urgencyRow")
        self.urgencyCombo = QComboBox(OrderLabsDialog)
        self.urgencyCombo.setObjectName(u"urgencyCombo")
        self.urgencyCombo.setMinimumSize(QSize(160, 0))

        self.urgencyRow.addWidget(self.urgencyCombo)

        self.urgencySpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.urgencyRow.addItem(self.urgencySpacer)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.urgencyRow)

        self.urgencyError = QLabel(OrderLabsDialog)
        self.urgencyError.setObjectName(u"urgencyError")
        self.urgencyError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.urgencyError)


        self.mainLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(OrderLabsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(OrderLabsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.testsLabel.setBuddy(self.testList)
        self.urgencyLabel.setBuddy(self.urgencyCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.testList)
        QWidget.setTabOrder(self.testList, self.urgencyCombo)

        self.retranslateUi(OrderLabsDialog)

        QMetaObject.connectSlotsByName(OrderLabsDialog)
    # setupUi

    def retranslateUi(self, OrderLabsDialog):
        OrderLabsDialog.setWindowTitle(QCoreApplication.translate("OrderLabsDialog", u"Order lab tests", None))
        self.headingLabel.setText(QCoreApplication.translate("OrderLabsDialog", u"Order lab tests", None))
        self.searchLabel.setText(QCoreApplication.translate("OrderLabsDialog", u"&Find", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("OrderLabsDialog", u"Name, code or LOINC, e.g. potassium", None))
        self.testsLabel.setText(QCoreApplication.translate("OrderLabsDialog", u"&Tests", None))
#if QT_CONFIG(tooltip)
        self.testList.setToolTip(QCoreApplication.translate("OrderLabsDialog", u"Tick each test to order; Space ticks the highlighted one", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.testList.setAccessibleName(QCoreApplication.translate("OrderLabsDialog", u"Tests to order", None))
#endif // QT_CONFIG(accessibility)
        self.testsError.setText("")
        self.chosenLabel.setText("")
        self.urgencyLabel.setText(QCoreApplication.translate("OrderLabsDialog", u"&Urgency", None))
        self.urgencyError.setText("")
        self.messageLabel.setText("")
    # retranslateUi

