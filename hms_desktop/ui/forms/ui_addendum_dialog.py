# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'addendum_dialog.ui'
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
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_AddendumDialog(object):
    def setupUi(self, AddendumDialog):
        if not AddendumDialog.objectName():
            AddendumDialog.setObjectName(u"AddendumDialog")
        AddendumDialog.resize(580, 380)
        self.mainLayout = QVBoxLayout(AddendumDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.headingLabel = QLabel(AddendumDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.hintLabel = QLabel(AddendumDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.hintLabel)

        self.bodyLabel = QLabel(AddendumDialog)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.mainLayout.addWidget(self.bodyLabel)

        self.bodyEdit = QPlainTextEdit(AddendumDialog)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setMinimumSize(QSize(0, 160))
        self.bodyEdit.setTabChangesFocus(True)

        self.mainLayout.addWidget(self.bodyEdit)

        self.bodyError = QLabel(AddendumDialog)
        self.bodyError.setObjectName(u"bodyError")
        self.bodyError.setWordWrap(True)

        self.mainLayout.addWidget(self.bodyError)

        self.messageLabel = QLabel(AddendumDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(AddendumDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.bodyLabel.setBuddy(self.bodyEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AddendumDialog)

        QMetaObject.connectSlotsByName(AddendumDialog)
    # setupUi

    def retranslateUi(self, AddendumDialog):
        AddendumDialog.setWindowTitle(QCoreApplication.translate("AddendumDialog", u"Add addendum", None))
        self.headingLabel.setText(QCoreApplication.translate("AddendumDialog", u"Add an addendum", None))
        self.hintLabel.setText(QCoreApplication.translate("AddendumDialog", u"The signed note stays as it is. The addendum is shown under it with your name and the time, and cannot be changed either.", None))
        self.bodyLabel.setText(QCoreApplication.translate("AddendumDialog", u"&Addendum", None))
        self.bodyEdit.setPlaceholderText(QCoreApplication.translate("AddendumDialog", u"The correction or what was learnt later", None))
        self.bodyError.setText("")
        self.messageLabel.setText("")
    # retranslateUi

