# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'servers_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QToolButton, QVBoxLayout, QWidget)

class Ui_ServersDialog(object):
    def setupUi(self, ServersDialog):
        if not ServersDialog.objectName():
            ServersDialog.setObjectName(u"ServersDialog")
        ServersDialog.resize(660, 420)
        self.mainLayout = QHBoxLayout(ServersDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.listColumn = QVBoxLayout()
        self.listColumn.setObjectName(u"listColumn")
        self.profileList = QListWidget(ServersDialog)
        self.profileList.setObjectName(u"profileList")

        self.listColumn.addWidget(self.profileList)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.newButton = QPushButton(ServersDialog)
        self.newButton.setObjectName(u"newButton")

        self.listButtons.addWidget(self.newButton)

        self.deleteButton = QPushButton(ServersDialog)
        self.deleteButton.setObjectName(u"deleteButton")

        self.listButtons.addWidget(self.deleteButton)


        self.listColumn.addLayout(self.listButtons)


        self.mainLayout.addLayout(self.listColumn)

        self.editColumn = QVBoxLayout()
        self.editColumn.setObjectName(u"editColumn")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(ServersDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ServersDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.hostLabel = QLabel(ServersDialog)
        self.hostLabel.setObjectName(u"hostLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostEdit = QLineEdit(ServersDialog)
        self.hostEdit.setObjectName(u"hostEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.portLabel = QLabel(ServersDialog)
        self.portLabel.setObjectName(u"portLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.portSpin = QSpinBox(ServersDialog)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)
        self.portSpin.setValue(5432)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.portSpin)

        self.databaseLabel = QLabel(ServersDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseEdit = QLineEdit(ServersDialog)
        self.databaseEdit.setObjectName(u"databaseEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.databaseEdit)

        self.sslLabel = QLabel(ServersDialog)
        self.sslLabel.setObjectName(u"sslLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sslLabel)

        self.sslCombo = QComboBox(ServersDialog)
        self.sslCombo.setObjectName(u"sslCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sslCombo)

        self.caLabel = QLabel(ServersDialog)
        self.caLabel.setObjectName(u"caLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.caLabel)

        self.caRow = QHBoxLayout()
        self.caRow.setObjectName(u"caRow")
        self.caEdit = QLineEdit(ServersDialog)
        self.caEdit.setObjectName(u"caEdit")

        self.caRow.addWidget(self.caEdit)

        self.caBrowseButton = QToolButton(ServersDialog)
        self.caBrowseButton.setObjectName(u"caBrowseButton")

        self.caRow.addWidget(self.caBrowseButton)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.caRow)

        self.replicaHostLabel = QLabel(ServersDialog)
        self.replicaHostLabel.setObjectName(u"replicaHostLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.replicaHostLabel)

        self.replicaHostEdit = QLineEdit(ServersDialog)
        self.replicaHostEdit.setObjectName(u"replicaHostEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.replicaHostEdit)

        self.replicaPortLabel = QLabel(ServersDialog)
        self.replicaPortLabel.setObjectName(u"replicaPortLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.replicaPortLabel)

        self.replicaPortSpin = QSpinBox(ServersDialog)
        self.replicaPortSpin.setObjectName(u"replicaPortSpin")
        self.replicaPortSpin.setMinimum(1)
        self.replicaPortSpin.setMaximum(65535)
        self.replicaPortSpin.setValue(5432)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.replicaPortSpin)


        self.editColumn.addLayout(self.formLayout)

        self.messageLabel = QLabel(ServersDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.editColumn.addWidget(self.messageLabel)

        self.spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.editColumn.addItem(self.spacer)

        self.saveRow = QHBoxLayout()
        self.saveRow.setObjectName(u"saveRow")
        self.saveSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveRow.addItem(self.saveSpacer)

        self.saveButton = QPushButton(ServersDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.saveRow.addWidget(self.saveButton)

        self.closeButton = QPushButton(ServersDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.saveRow.addWidget(self.closeButton)


        self.editColumn.addLayout(self.saveRow)


        self.mainLayout.addLayout(self.editColumn)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.hostLabel.setBuddy(self.hostEdit)
        self.portLabel.setBuddy(self.portSpin)
        self.databaseLabel.setBuddy(self.databaseEdit)
        self.sslLabel.setBuddy(self.sslCombo)
        self.caLabel.setBuddy(self.caEdit)
        self.replicaHostLabel.setBuddy(self.replicaHostEdit)
        self.replicaPortLabel.setBuddy(self.replicaPortSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ServersDialog)

        QMetaObject.connectSlotsByName(ServersDialog)
    # setupUi

    def retranslateUi(self, ServersDialog):
        ServersDialog.setWindowTitle(QCoreApplication.translate("ServersDialog", u"Database servers", None))
#if QT_CONFIG(accessibility)
        self.profileList.setAccessibleName(QCoreApplication.translate("ServersDialog", u"Saved servers", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("ServersDialog", u"Ne&w", None))
        self.deleteButton.setText(QCoreApplication.translate("ServersDialog", u"&Remove", None))
        self.nameLabel.setText(QCoreApplication.translate("ServersDialog", u"&Name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ServersDialog", u"e.g. Main hospital server", None))
        self.hostLabel.setText(QCoreApplication.translate("ServersDialog", u"&Host", None))
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("ServersDialog", u"db.hospital.local", None))
        self.portLabel.setText(QCoreApplication.translate("ServersDialog", u"&Port", None))
        self.databaseLabel.setText(QCoreApplication.translate("ServersDialog", u"&Database", None))
        self.databaseEdit.setText(QCoreApplication.translate("ServersDialog", u"hms", None))
        self.sslLabel.setText(QCoreApplication.translate("ServersDialog", u"&TLS (sslmode)", None))
        self.caLabel.setText(QCoreApplication.translate("ServersDialog", u"CA c&ertificate", None))
        self.caEdit.setPlaceholderText(QCoreApplication.translate("ServersDialog", u"optional: file that signs the server's certificate", None))
#if QT_CONFIG(accessibility)
        self.caBrowseButton.setAccessibleName(QCoreApplication.translate("ServersDialog", u"Choose the CA certificate file", None))
#endif // QT_CONFIG(accessibility)
        self.caBrowseButton.setText(QCoreApplication.translate("ServersDialog", u"\u2026", None))
        self.replicaHostLabel.setText(QCoreApplication.translate("ServersDialog", u"Rep&lica for reports", None))
        self.replicaHostEdit.setPlaceholderText(QCoreApplication.translate("ServersDialog", u"optional: host of a streaming read replica", None))
#if QT_CONFIG(tooltip)
        self.replicaHostEdit.setToolTip(QCoreApplication.translate("ServersDialog", u"Reports and the dashboard run on this read replica, never on the server above, so the desks are not slowed. Empty: they run on the server above.", None))
#endif // QT_CONFIG(tooltip)
        self.replicaPortLabel.setText(QCoreApplication.translate("ServersDialog", u"Replica p&ort", None))
        self.messageLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("ServersDialog", u"&Save profile", None))
        self.closeButton.setText(QCoreApplication.translate("ServersDialog", u"&Close", None))
    # retranslateUi

