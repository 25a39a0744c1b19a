# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'printers_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PrintersDialog(object):
    def setupUi(self, PrintersDialog):
        if not PrintersDialog.objectName():
            PrintersDialog.setObjectName(u"PrintersDialog")
        PrintersDialog.resize(620, 340)
        self.mainLayout = QVBoxLayout(PrintersDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.introLabel = QLabel(PrintersDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.printerForm = QFormLayout()
        self.printerForm.setObjectName(u"printerForm")
        self.printerForm.setHorizontalSpacing(12)
        self.printerForm.setVerticalSpacing(8)
        self.printerForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.mainLayout.addLayout(self.printerForm)

        self.messageLabel = QLabel(PrintersDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.spacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(PrintersDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(PrintersDialog)

        QMetaObject.connectSlotsByName(PrintersDialog)
    # setupUi

    def retranslateUi(self, PrintersDialog):
        PrintersDialog.setWindowTitle(QCoreApplication.translate("PrintersDialog", u"Printers on this workstation", None))
        self.introLabel.setText(QCoreApplication.translate("PrintersDialog", u"Choose the printer each kind of document goes to from this computer. Print then sends it there straight away; \"Ask every time\" shows the print dialog. The choice is kept on this computer only, for everyone who uses it.", None))
        self.messageLabel.setText("")
    # retranslateUi

