# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'allergy_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_AllergyDialog(object):
    def setupUi(self, AllergyDialog):
        if not AllergyDialog.objectName():
            AllergyDialog.setObjectName(u"AllergyDialog")
        AllergyDialog.resize(520, 330)
        self.mainLayout = QVBoxLayout(AllergyDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(2)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.substanceLabel = QLabel(AllergyDialog)
        self.substanceLabel.setObjectName(u"substanceLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.substanceLabel)

        self.substanceEdit = QLineEdit(AllergyDialog)
        self.substanceEdit.setObjectName(u"substanceEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.substanceEdit)

        self.substanceError = QLabel(AllergyDialog)
        self.substanceError.setObjectName(u"substanceError")
        self.substanceError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.substanceError)

        self.drugClassLabel = QLabel(AllergyDialog)
        self.drugClassLabel.setObjectName(u"drugClassLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.drugClassLabel)

        self.drugClassEdit = QLineEdit(AllergyDialog)
        self.drugClassEdit.setObjectName(u"drugClassEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.drugClassEdit)

        self.drugClassError = QLabel(AllergyDialog)
        self.drugClassError.setObjectName(u"drugClassError")
        self.drugClassError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.drugClassError)

        self.reactionLabel = QLabel(AllergyDialog)
        self.reactionLabel.setObjectName(u"reactionLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reactionLabel)

        self.reactionEdit = QPlainTextEdit(AllergyDialog)
        self.reactionEdit.setObjectName(u"reactionEdit")
        self.reactionEdit.setTabChangesFocus(True)
        self.reactionEdit.setMaximumSize(QSize(16777215, 70))

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reactionEdit)

        self.reactionError = QLabel(AllergyDialog)
        self.reactionError.setObjectName(u"reactionError")
        self.reactionError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reactionError)

        self.severityLabel = QLabel(AllergyDialog)
        self.severityLabel.setObjectName(u"severityLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.severityLabel)

        self.severityCombo = QComboBox(AllergyDialog)
        self.severityCombo.setObjectName(u"severityCombo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.severityCombo)

        self.severityError = QLabel(AllergyDialog)
        self.severityError.setObjectName(u"severityError")
        self.severityError.setWordWrap(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.severityError)

        self.statusLabel = QLabel(AllergyDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(AllergyDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.statusError = QLabel(AllergyDialog)
        self.statusError.setObjectName(u"statusError")
        self.statusError.setWordWrap(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.statusError)

        self.sourceLabel = QLabel(AllergyDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceCombo = QComboBox(AllergyDialog)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.sourceCombo)

        self.sourceError = QLabel(AllergyDialog)
        self.sourceError.setObjectName(u"sourceError")
        self.sourceError.setWordWrap(True)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.sourceError)


        self.mainLayout.addLayout(self.formLayout)

        self.formSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.formSpacer)

        self.messageLabel = QLabel(AllergyDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(AllergyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.substanceLabel.setBuddy(self.substanceEdit)
        self.drugClassLabel.setBuddy(self.drugClassEdit)
        self.reactionLabel.setBuddy(self.reactionEdit)
        self.severityLabel.setBuddy(self.severityCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.sourceLabel.setBuddy(self.sourceCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.substanceEdit, self.drugClassEdit)
        QWidget.setTabOrder(self.drugClassEdit, self.reactionEdit)
        QWidget.setTabOrder(self.reactionEdit, self.severityCombo)
        QWidget.setTabOrder(self.severityCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.sourceCombo)

        self.retranslateUi(AllergyDialog)

        QMetaObject.connectSlotsByName(AllergyDialog)
    # setupUi

    def retranslateUi(self, AllergyDialog):
        AllergyDialog.setWindowTitle(QCoreApplication.translate("AllergyDialog", u"Allergy", None))
        self.substanceLabel.setText(QCoreApplication.translate("AllergyDialog", u"&Substance or drug", None))
        self.substanceEdit.setPlaceholderText(QCoreApplication.translate("AllergyDialog", u"e.g. Amoxicillin, peanuts, latex", None))
        self.substanceError.setText("")
        self.drugClassLabel.setText(QCoreApplication.translate("AllergyDialog", u"Drug c&lass", None))
        self.drugClassEdit.setPlaceholderText(QCoreApplication.translate("AllergyDialog", u"e.g. Penicillins (optional)", None))
        self.drugClassError.setText("")
        self.reactionLabel.setText(QCoreApplication.translate("AllergyDialog", u"&Reaction", None))
        self.reactionEdit.setPlaceholderText(QCoreApplication.translate("AllergyDialog", u"e.g. Hives within an hour; anaphylaxis in 2019", None))
        self.reactionError.setText("")
        self.severityLabel.setText(QCoreApplication.translate("AllergyDialog", u"Se&verity", None))
        self.severityError.setText("")
        self.statusLabel.setText(QCoreApplication.translate("AllergyDialog", u"S&tatus", None))
        self.statusError.setText("")
        self.sourceLabel.setText(QCoreApplication.translate("AllergyDialog", u"Reported &by", None))
        self.sourceError.setText("")
        self.messageLabel.setText("")
    # retranslateUi

