# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'patient_audit_dialog.ui'
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
    QLabel, QSizePolicy, QVBoxLayout, QWidget)

class Ui_PatientAuditDialog(object):
    def setupUi(self, PatientAuditDialog):
        if not PatientAuditDialog.objectName():
            PatientAuditDialog.setObjectName(u"PatientAuditDialog")
        PatientAuditDialog.resize(1100, 620)
        self.mainLayout = QVBoxLayout(PatientAuditDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(PatientAuditDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.pageHost = QWidget(PatientAuditDialog)
        self.pageHost.setObjectName(u"pageHost")
        self.pageLayout = QVBoxLayout(self.pageHost)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)

        self.mainLayout.addWidget(self.pageHost)

        self.buttonBox = QDialogButtonBox(PatientAuditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(1, 1)

        self.retranslateUi(PatientAuditDialog)

        QMetaObject.connectSlotsByName(PatientAuditDialog)
    # setupUi

    def retranslateUi(self, PatientAuditDialog):
        PatientAuditDialog.setWindowTitle(QCoreApplication.translate("PatientAuditDialog", u"Who opened or changed this record", None))
        self.introLabel.setText("")
    # retranslateUi

