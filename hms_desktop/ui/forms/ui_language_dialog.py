# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'language_dialog.ui'
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
    QLabel, QListWidget, QListWidgetItem, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_LanguageDialog(object):
    def setupUi(self, LanguageDialog):
        if not LanguageDialog.objectName():
            LanguageDialog.setObjectName(u"LanguageDialog")
        LanguageDialog.resize(460, 340)
        self.mainLayout = QVBoxLayout(LanguageDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.introLabel = QLabel(LanguageDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.languageCaption = QLabel(LanguageDialog)
        self.languageCaption.setObjectName(u"languageCaption")

        self.mainLayout.addWidget(self.languageCaption)

        self.languageList = QListWidget(LanguageDialog)
        self.languageList.setObjectName(u"languageList")
        self.languageList.setTabKeyNavigation(False)

        self.mainLayout.addWidget(self.languageList)

        self.messageLabel = QLabel(LanguageDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(LanguageDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageCaption.setBuddy(self.languageList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LanguageDialog)

        QMetaObject.connectSlotsByName(LanguageDialog)
    # setupUi

    def retranslateUi(self, LanguageDialog):
        LanguageDialog.setWindowTitle(QCoreApplication.translate("LanguageDialog", u"Language on this workstation", None))
        self.introLabel.setText(QCoreApplication.translate("LanguageDialog", u"The language of the screens on this computer, for everyone who uses it. Printouts follow it too. It applies from the next start of hms.", None))
        self.languageCaption.setText(QCoreApplication.translate("LanguageDialog", u"&Language:", None))
#if QT_CONFIG(accessibility)
        self.languageList.setAccessibleName(QCoreApplication.translate("LanguageDialog", u"Languages", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setText("")
    # retranslateUi

