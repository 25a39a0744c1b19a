# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'printouts_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_PrintoutsPage(object):
    def setupUi(self, PrintoutsPage):
        if not PrintoutsPage.objectName():
            PrintoutsPage.setObjectName(u"PrintoutsPage")
        PrintoutsPage.resize(760, 560)
        self.mainLayout = QVBoxLayout(PrintoutsPage)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(PrintoutsPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.logoGroup = QGroupBox(PrintoutsPage)
        self.logoGroup.setObjectName(u"logoGroup")
        self.logoRow = QHBoxLayout(self.logoGroup)
        self.logoRow.setSpacing(16)
        self.logoRow.setObjectName(u"logoRow")
        self.logoPreview = QLabel(self.logoGroup)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setMinimumSize(QSize(260, 130))
        self.logoPreview.setMaximumSize(QSize(260, 130))
        self.logoPreview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logoPreview.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.logoRow.addWidget(self.logoPreview)

        self.logoSide = QVBoxLayout()
        self.logoSide.setSpacing(8)
        self.logoSide.setObjectName(u"logoSide")
        self.logoInfoLabel = QLabel(self.logoGroup)
        self.logoInfoLabel.setObjectName(u"logoInfoLabel")
        self.logoInfoLabel.setWordWrap(True)

        self.logoSide.addWidget(self.logoInfoLabel)

        self.logoHintLabel = QLabel(self.logoGroup)
        self.logoHintLabel.setObjectName(u"logoHintLabel")
        self.logoHintLabel.setWordWrap(True)

        self.logoSide.addWidget(self.logoHintLabel)

        self.logoButtons = QHBoxLayout()
        self.logoButtons.setObjectName(u"logoButtons")
        self.chooseLogoButton = QPushButton(self.logoGroup)
        self.chooseLogoButton.setObjectName(u"chooseLogoButton")

        self.logoButtons.addWidget(self.chooseLogoButton)

        self.removeLogoButton = QPushButton(self.logoGroup)
        self.removeLogoButton.setObjectName(u"removeLogoButton")

        self.logoButtons.addWidget(self.removeLogoButton)

        self.logoButtonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logoButtons.addItem(self.logoButtonSpacer)


        self.logoSide.addLayout(self.logoButtons)

        self.logoSideSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.logoSide.addItem(self.logoSideSpacer)


        self.logoRow.addLayout(self.logoSide)


        self.mainLayout.addWidget(self.logoGroup)

        self.currencyGroup = QGroupBox(PrintoutsPage)
        self.currencyGroup.setObjectName(u"currencyGroup")
        self.currencyForm = QFormLayout(self.currencyGroup)
        self.currencyForm.setObjectName(u"currencyForm")
        self.currencyForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.currencyForm.setHorizontalSpacing(12)
        self.currencyForm.setVerticalSpacing(6)
        self.codeLabel = QLabel(self.currencyGroup)
        self.codeLabel.setObjectName(u"codeLabel")

        self.currencyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(self.currencyGroup)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaximumSize(QSize(90, 16777215))

        self.currencyForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.symbolLabel = QLabel(self.currencyGroup)
        self.symbolLabel.setObjectName(u"symbolLabel")

        self.currencyForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.symbolLabel)

        self.symbolEdit = QLineEdit(self.currencyGroup)
        self.symbolEdit.setObjectName(u"symbolEdit")
        self.symbolEdit.setMaximumSize(QSize(90, 16777215))

        self.currencyForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.symbolEdit)

        self.positionLabel = QLabel(self.currencyGroup)
        self.positionLabel.setObjectName(u"positionLabel")

        self.currencyForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.positionCombo = QComboBox(self.currencyGroup)
        self.positionCombo.setObjectName(u"positionCombo")
        self.positionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.currencyForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.positionCombo)

        self.exampleLabel = QLabel(self.currencyGroup)
        self.exampleLabel.setObjectName(u"exampleLabel")

        self.currencyForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.exampleLabel)

        self.exampleValue = QLabel(self.currencyGroup)
        self.exampleValue.setObjectName(u"exampleValue")

        self.currencyForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.exampleValue)

        self.currencyButtons = QHBoxLayout()
        self.currencyButtons.setObjectName(u"currencyButtons")
        self.saveCurrencyButton = QPushButton(self.currencyGroup)
        self.saveCurrencyButton.setObjectName(u"saveCurrencyButton")

        self.currencyButtons.addWidget(self.saveCurrencyButton)

        self.currencyButtonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.currencyButtons.addItem(self.currencyButtonSpacer)


        self.currencyForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.currencyButtons)


        self.mainLayout.addWidget(self.currencyGroup)

        self.messageLabel = QLabel(PrintoutsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.symbolLabel.setBuddy(self.symbolEdit)
        self.positionLabel.setBuddy(self.positionCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PrintoutsPage)

        QMetaObject.connectSlotsByName(PrintoutsPage)
    # setupUi

    def retranslateUi(self, PrintoutsPage):
        self.introLabel.setText(QCoreApplication.translate("PrintoutsPage", u"What every workstation prints on the hospital's documents. The hospital's name, address, phone, e-mail and tax number are under Hospital settings; the printer for each kind of document is chosen on each computer (Session \u2192 Printers on this workstation).", None))
        self.logoGroup.setTitle(QCoreApplication.translate("PrintoutsPage", u"Logo", None))
#if QT_CONFIG(accessibility)
        self.logoPreview.setAccessibleName(QCoreApplication.translate("PrintoutsPage", u"Logo preview", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.logoPreview.setToolTip(QCoreApplication.translate("PrintoutsPage", u"The logo as stored, on white as on paper", None))
#endif // QT_CONFIG(tooltip)
        self.logoPreview.setText(QCoreApplication.translate("PrintoutsPage", u"No logo", None))
        self.logoInfoLabel.setText("")
        self.logoHintLabel.setText(QCoreApplication.translate("PrintoutsPage", u"A PNG or JPEG image of at most 5 MB; it is scaled to at most 600 pixels a side before it is stored. Printed at the top left of invoices, prescriptions and the daily revenue report, and small on payment and deposit receipts. Wristbands, labels, appointment slips and Z-reports print without it: they have no room, or nobody outside reads them.", None))
        self.chooseLogoButton.setText(QCoreApplication.translate("PrintoutsPage", u"&Choose image\u2026", None))
        self.removeLogoButton.setText(QCoreApplication.translate("PrintoutsPage", u"Re&move logo", None))
        self.currencyGroup.setTitle(QCoreApplication.translate("PrintoutsPage", u"Currency", None))
        self.codeLabel.setText(QCoreApplication.translate("PrintoutsPage", u"Currency co&de", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("PrintoutsPage", u"GBP", None))
#if QT_CONFIG(tooltip)
        self.codeEdit.setToolTip(QCoreApplication.translate("PrintoutsPage", u"The three-letter ISO 4217 code (GBP, EUR, USD, KES\u2026), named on the daily revenue report", None))
#endif // QT_CONFIG(tooltip)
        self.symbolLabel.setText(QCoreApplication.translate("PrintoutsPage", u"S&ymbol", None))
        self.symbolEdit.setPlaceholderText(QCoreApplication.translate("PrintoutsPage", u"none", None))
#if QT_CONFIG(tooltip)
        self.symbolEdit.setToolTip(QCoreApplication.translate("PrintoutsPage", u"Printed and shown with every amount (\u00a3, \u20ac, $, KSh); leave blank for bare amounts", None))
#endif // QT_CONFIG(tooltip)
        self.positionLabel.setText(QCoreApplication.translate("PrintoutsPage", u"Symbol &goes", None))
        self.exampleLabel.setText(QCoreApplication.translate("PrintoutsPage", u"Amounts read", None))
        self.exampleValue.setText("")
#if QT_CONFIG(accessibility)
        self.exampleValue.setAccessibleName(QCoreApplication.translate("PrintoutsPage", u"How amounts are written", None))
#endif // QT_CONFIG(accessibility)
        self.saveCurrencyButton.setText(QCoreApplication.translate("PrintoutsPage", u"Sa&ve currency", None))
        self.messageLabel.setText("")
        pass
    # retranslateUi

