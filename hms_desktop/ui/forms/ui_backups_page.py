# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backups_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_BackupsPage(object):
    def setupUi(self, BackupsPage):
        if not BackupsPage.objectName():
            BackupsPage.setObjectName(u"BackupsPage")
        BackupsPage.resize(700, 400)
        self.mainLayout = QVBoxLayout(BackupsPage)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.backupGroup = QGroupBox(BackupsPage)
        self.backupGroup.setObjectName(u"backupGroup")
        self.backupLayout = QVBoxLayout(self.backupGroup)
        self.backupLayout.setSpacing(8)
        self.backupLayout.setObjectName(u"backupLayout")
        self.introLabel = QLabel(self.backupGroup)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.backupLayout.addWidget(self.introLabel)

        self.backupForm = QFormLayout()
        self.backupForm.setObjectName(u"backupForm")
        self.backupForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.backupForm.setHorizontalSpacing(12)
        self.lastLabel = QLabel(self.backupGroup)
        self.lastLabel.setObjectName(u"lastLabel")

        self.backupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lastLabel)

        self.lastValue = QLabel(self.backupGroup)
        self.lastValue.setObjectName(u"lastValue")
        self.lastValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.backupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.lastValue)

        self.dailyLabel = QLabel(self.backupGroup)
        self.dailyLabel.setObjectName(u"dailyLabel")

        self.backupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dailyLabel)

        self.dailyValue = QLabel(self.backupGroup)
        self.dailyValue.setObjectName(u"dailyValue")
        self.dailyValue.setWordWrap(True)
        self.dailyValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.backupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dailyValue)

        self.keepLabel = QLabel(self.backupGroup)
        self.keepLabel.setObjectName(u"keepLabel")

        self.backupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.keepLabel)

        self.keepSpin = QSpinBox(self.backupGroup)
        self.keepSpin.setObjectName(u"keepSpin")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.keepSpin.sizePolicy().hasHeightForWidth())
        self.keepSpin.setSizePolicy(sizePolicy)
        self.keepSpin.setMinimum(0)
        self.keepSpin.setMaximum(365)
        self.keepSpin.setValue(14)

        self.backupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.keepSpin)


        self.backupLayout.addLayout(self.backupForm)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.backUpButton = QPushButton(self.backupGroup)
        self.backUpButton.setObjectName(u"backUpButton")

        self.buttonRow.addWidget(self.backUpButton)

        self.cancelButton = QPushButton(self.backupGroup)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setEnabled(False)

        self.buttonRow.addWidget(self.cancelButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.backupLayout.addLayout(self.buttonRow)

        self.progressBar = QProgressBar(self.backupGroup)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.backupLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(self.backupGroup)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.backupLayout.addWidget(self.statusLabel)

        self.messageLabel = QLabel(self.backupGroup)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.backupLayout.addWidget(self.messageLabel)


        self.mainLayout.addWidget(self.backupGroup)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.lastLabel.setBuddy(self.lastValue)
        self.dailyLabel.setBuddy(self.dailyValue)
        self.keepLabel.setBuddy(self.keepSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.keepSpin, self.backUpButton)
        QWidget.setTabOrder(self.backUpButton, self.cancelButton)

        self.retranslateUi(BackupsPage)

        QMetaObject.connectSlotsByName(BackupsPage)
    # setupUi

    def retranslateUi(self, BackupsPage):
        self.backupGroup.setTitle(QCoreApplication.translate("BackupsPage", u"Backups of the hospital database", None))
        self.introLabel.setText(QCoreApplication.translate("BackupsPage", u"A backup is one file holding the whole database: patients, appointments, charts, bills and the audit trail. Keep copies away from this computer (a USB disk kept elsewhere, a network folder). Its name says the hospital, the date and time, and the schema version. To restore one, an administrator runs \u201chms restore FILE --url postgresql://USER@HOST/DATABASE\u201d into an empty database.", None))
        self.lastLabel.setText(QCoreApplication.translate("BackupsPage", u"Last backup", None))
        self.lastValue.setText(QCoreApplication.translate("BackupsPage", u"Not known yet", None))
#if QT_CONFIG(accessibility)
        self.lastValue.setAccessibleName(QCoreApplication.translate("BackupsPage", u"Last backup", None))
#endif // QT_CONFIG(accessibility)
        self.dailyLabel.setText(QCoreApplication.translate("BackupsPage", u"Daily backups", None))
#if QT_CONFIG(accessibility)
        self.dailyValue.setAccessibleName(QCoreApplication.translate("BackupsPage", u"Daily backups", None))
#endif // QT_CONFIG(accessibility)
        self.keepLabel.setText(QCoreApplication.translate("BackupsPage", u"&Keep in the folder", None))
#if QT_CONFIG(tooltip)
        self.keepSpin.setToolTip(QCoreApplication.translate("BackupsPage", u"After each backup, older backups of this hospital in the same folder beyond this number are deleted; \u201call backups\u201d deletes none", None))
#endif // QT_CONFIG(tooltip)
        self.keepSpin.setSpecialValueText(QCoreApplication.translate("BackupsPage", u"all backups", None))
        self.keepSpin.setPrefix(QCoreApplication.translate("BackupsPage", u"the newest ", None))
        self.keepSpin.setSuffix(QCoreApplication.translate("BackupsPage", u" backups", None))
        self.backUpButton.setText(QCoreApplication.translate("BackupsPage", u"&Back up now\u2026", None))
#if QT_CONFIG(tooltip)
        self.backUpButton.setToolTip(QCoreApplication.translate("BackupsPage", u"Choose a folder; the backup runs in the background while you work", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("BackupsPage", u"&Cancel backup", None))
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("BackupsPage", u"Backup progress", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

