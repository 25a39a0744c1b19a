# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'resource_booking_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QTimeEdit, QVBoxLayout, QWidget)

class Ui_ResourceBookingDialog(object):
    def setupUi(self, ResourceBookingDialog):
        if not ResourceBookingDialog.objectName():
            ResourceBookingDialog.setObjectName(u"ResourceBookingDialog")
        ResourceBookingDialog.resize(480, 340)
        self.mainLayout = QVBoxLayout(ResourceBookingDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.headingLabel = QLabel(ResourceBookingDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(4)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.resourceLabel = QLabel(ResourceBookingDialog)
        self.resourceLabel.setObjectName(u"resourceLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.resourceLabel)

        self.resourceCombo = QComboBox(ResourceBookingDialog)
        self.resourceCombo.setObjectName(u"resourceCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.resourceCombo)

        self.resourceError = QLabel(ResourceBookingDialog)
        self.resourceError.setObjectName(u"resourceError")
        self.resourceError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.resourceError)

        self.dateLabel = QLabel(ResourceBookingDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(ResourceBookingDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.fromLabel = QLabel(ResourceBookingDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.timesLayout = QHBoxLayout()
        self.timesLayout.setSpacing(8)
        self.timesLayout.setObjectName(u"timesLayout")
        self.fromEdit = QTimeEdit(ResourceBookingDialog)
        self.fromEdit.setObjectName(u"fromEdit")

        self.timesLayout.addWidget(self.fromEdit)

        self.toLabel = QLabel(ResourceBookingDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.timesLayout.addWidget(self.toLabel)

        self.toEdit = QTimeEdit(ResourceBookingDialog)
        self.toEdit.setObjectName(u"toEdit")

        self.timesLayout.addWidget(self.toEdit)

        self.timesSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timesLayout.addItem(self.timesSpacer)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.timesLayout)

        self.timeError = QLabel(ResourceBookingDialog)
        self.timeError.setObjectName(u"timeError")
        self.timeError.setWordWrap(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.timeError)

        self.purposeLabel = QLabel(ResourceBookingDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeEdit = QLineEdit(ResourceBookingDialog)
        self.purposeEdit.setObjectName(u"purposeEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.purposeEdit)

        self.purposeError = QLabel(ResourceBookingDialog)
        self.purposeError.setObjectName(u"purposeError")
        self.purposeError.setWordWrap(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.purposeError)


        self.mainLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(ResourceBookingDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.bottomSpacer = QSpacerItem(10, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ResourceBookingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.resourceLabel.setBuddy(self.resourceCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.purposeLabel.setBuddy(self.purposeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.resourceCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.purposeEdit)

        self.retranslateUi(ResourceBookingDialog)

        QMetaObject.connectSlotsByName(ResourceBookingDialog)
    # setupUi

    def retranslateUi(self, ResourceBookingDialog):
        ResourceBookingDialog.setWindowTitle(QCoreApplication.translate("ResourceBookingDialog", u"Book a room or device", None))
        self.headingLabel.setText(QCoreApplication.translate("ResourceBookingDialog", u"Book a room or device", None))
        self.resourceLabel.setText(QCoreApplication.translate("ResourceBookingDialog", u"&Room or device", None))
        self.resourceError.setText("")
        self.dateLabel.setText(QCoreApplication.translate("ResourceBookingDialog", u"&Date", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("ResourceBookingDialog", u"ddd dd MMM yyyy", None))
        self.fromLabel.setText(QCoreApplication.translate("ResourceBookingDialog", u"&From", None))
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("ResourceBookingDialog", u"HH:mm", None))
        self.toLabel.setText(QCoreApplication.translate("ResourceBookingDialog", u"&to", None))
        self.toEdit.setDisplayFormat(QCoreApplication.translate("ResourceBookingDialog", u"HH:mm", None))
        self.timeError.setText("")
        self.purposeLabel.setText(QCoreApplication.translate("ResourceBookingDialog", u"&Purpose", None))
        self.purposeEdit.setPlaceholderText(QCoreApplication.translate("ResourceBookingDialog", u"What it is booked for, e.g. \u201cPre-op ECG, ward 3\u201d", None))
        self.purposeError.setText("")
        self.messageLabel.setText("")
    # retranslateUi

