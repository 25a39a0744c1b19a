# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'break_glass_dialog.ui'
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
    QGroupBox, QLabel, QPlainTextEdit, QRadioButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_BreakGlassDialog(object):
    def setupUi(self, BreakGlassDialog):
        if not BreakGlassDialog.objectName():
            BreakGlassDialog.setObjectName(u"BreakGlassDialog")
        BreakGlassDialog.resize(520, 420)
        self.mainLayout = QVBoxLayout(BreakGlassDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.headingLabel = QLabel(BreakGlassDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.explanationLabel = QLabel(BreakGlassDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explanationLabel)

        self.reasonGroup = QGroupBox(BreakGlassDialog)
        self.reasonGroup.setObjectName(u"reasonGroup")
        self.reasonLayout = QVBoxLayout(self.reasonGroup)
        self.reasonLayout.setObjectName(u"reasonLayout")
        self.emergencyRadio = QRadioButton(self.reasonGroup)
        self.emergencyRadio.setObjectName(u"emergencyRadio")

        self.reasonLayout.addWidget(self.emergencyRadio)

        self.coveringRadio = QRadioButton(self.reasonGroup)
        self.coveringRadio.setObjectName(u"coveringRadio")

        self.reasonLayout.addWidget(self.coveringRadio)

        self.otherRadio = QRadioButton(self.reasonGroup)
        self.otherRadio.setObjectName(u"otherRadio")

        self.reasonLayout.addWidget(self.otherRadio)

        self.reasonError = QLabel(self.reasonGroup)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setWordWrap(True)

        self.reasonLayout.addWidget(self.reasonError)


        self.mainLayout.addWidget(self.reasonGroup)

        self.textLabel = QLabel(BreakGlassDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.mainLayout.addWidget(self.textLabel)

        self.reasonEdit = QPlainTextEdit(BreakGlassDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMaximumSize(QSize(16777215, 90))

        self.mainLayout.addWidget(self.reasonEdit)

        self.textError = QLabel(BreakGlassDialog)
        self.textError.setObjectName(u"textError")
        self.textError.setWordWrap(True)

        self.mainLayout.addWidget(self.textError)

        self.messageLabel = QLabel(BreakGlassDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(BreakGlassDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.textLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.emergencyRadio, self.coveringRadio)
        QWidget.setTabOrder(self.coveringRadio, self.otherRadio)
        QWidget.setTabOrder(self.otherRadio, self.reasonEdit)

        self.retranslateUi(BreakGlassDialog)

        QMetaObject.connectSlotsByName(BreakGlassDialog)
    # setupUi

    def retranslateUi(self, BreakGlassDialog):
        BreakGlassDialog.setWindowTitle(QCoreApplication.translate("BreakGlassDialog", u"Why are you opening this chart?", None))
        self.headingLabel.setText("")
        self.explanationLabel.setText(QCoreApplication.translate("BreakGlassDialog", u"You have no appointment or admission with this patient today. You may still open the chart: say why. The opening and your reason are recorded with your name and the time, and reviewed.", None))
        self.reasonGroup.setTitle(QCoreApplication.translate("BreakGlassDialog", u"Reason", None))
        self.emergencyRadio.setText(QCoreApplication.translate("BreakGlassDialog", u"&Emergency", None))
        self.coveringRadio.setText(QCoreApplication.translate("BreakGlassDialog", u"&Covering for a colleague", None))
        self.otherRadio.setText(QCoreApplication.translate("BreakGlassDialog", u"&Other reason (say which)", None))
        self.reasonError.setText("")
        self.textLabel.setText(QCoreApplication.translate("BreakGlassDialog", u"&Details", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("BreakGlassDialog", u"Required for \"Other reason\", e.g. asked by the ward for a second opinion", None))
        self.textError.setText("")
        self.messageLabel.setText("")
    # retranslateUi

