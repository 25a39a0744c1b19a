# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'out_of_service_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_OutOfServiceDialog(object):
    def setupUi(self, OutOfServiceDialog):
        if not OutOfServiceDialog.objectName():
            OutOfServiceDialog.setObjectName(u"OutOfServiceDialog")
        OutOfServiceDialog.resize(460, 240)
        self.mainLayout = QVBoxLayout(OutOfServiceDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.headingLabel = QLabel(OutOfServiceDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.hintLabel = QLabel(OutOfServiceDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.hintLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(4)
        self.reasonLabel = QLabel(OutOfServiceDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(OutOfServiceDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.reasonError = QLabel(OutOfServiceDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonError)

        self.returnCheck = QCheckBox(OutOfServiceDialog)
        self.returnCheck.setObjectName(u"returnCheck")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.returnCheck)

        self.returnDate = QDateEdit(OutOfServiceDialog)
        self.returnDate.setObjectName(u"returnDate")
        self.returnDate.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.returnDate)

        self.returnError = QLabel(OutOfServiceDialog)
        self.returnError.setObjectName(u"returnError")
        self.returnError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.returnError)


        self.mainLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(OutOfServiceDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.spacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(OutOfServiceDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reasonEdit, self.returnCheck)
        QWidget.setTabOrder(self.returnCheck, self.returnDate)

        self.retranslateUi(OutOfServiceDialog)

        QMetaObject.connectSlotsByName(OutOfServiceDialog)
    # setupUi

    def retranslateUi(self, OutOfServiceDialog):
        OutOfServiceDialog.setWindowTitle(QCoreApplication.translate("OutOfServiceDialog", u"Mark out of service", None))
        self.headingLabel.setText("")
        self.hintLabel.setText(QCoreApplication.translate("OutOfServiceDialog", u"It takes no patients until it is marked ready again. Say why, so the next person knows; the reason shows on the bed board.", None))
        self.reasonLabel.setText(QCoreApplication.translate("OutOfServiceDialog", u"&Why", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("OutOfServiceDialog", u"e.g. broken side rail, deep clean", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("OutOfServiceDialog", u"Why the bed is out of service", None))
#endif // QT_CONFIG(accessibility)
        self.reasonError.setText("")
        self.returnCheck.setText(QCoreApplication.translate("OutOfServiceDialog", u"E&xpected back", None))
#if QT_CONFIG(accessibility)
        self.returnCheck.setAccessibleName(QCoreApplication.translate("OutOfServiceDialog", u"Expected back on a known date", None))
#endif // QT_CONFIG(accessibility)
        self.returnDate.setDisplayFormat(QCoreApplication.translate("OutOfServiceDialog", u"dd MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.returnDate.setAccessibleName(QCoreApplication.translate("OutOfServiceDialog", u"Expected back on", None))
#endif // QT_CONFIG(accessibility)
        self.returnError.setText("")
        self.messageLabel.setText("")
    # retranslateUi

