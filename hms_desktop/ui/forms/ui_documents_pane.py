# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'documents_pane.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QSizePolicy, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_DocumentsPane(object):
    def setupUi(self, documentsPane):
        if not documentsPane.objectName():
            documentsPane.setObjectName(u"documentsPane")
        documentsPane.resize(900, 440)
        self.mainLayout = QVBoxLayout(documentsPane)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(documentsPane)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.messageLabel = QLabel(documentsPane)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.documentsTree = QTreeWidget(documentsPane)
        self.documentsTree.setObjectName(u"documentsTree")
        self.documentsTree.setTabKeyNavigation(False)
        self.documentsTree.setAlternatingRowColors(True)
        self.documentsTree.setRootIsDecorated(False)
        self.documentsTree.setUniformRowHeights(True)
        self.documentsTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.documentsTree.header().setStretchLastSection(True)

        self.mainLayout.addWidget(self.documentsTree)

        self.mainLayout.setStretch(2, 1)

        self.retranslateUi(documentsPane)

        QMetaObject.connectSlotsByName(documentsPane)
    # setupUi

    def retranslateUi(self, documentsPane):
        self.introLabel.setText(QCoreApplication.translate("DocumentsPane", u"What was printed for this patient. A reprint is marked as a copy.", None))
        self.messageLabel.setText("")
        ___qtreewidgetitem = self.documentsTree.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("DocumentsPane", u"By", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("DocumentsPane", u"Original or copy", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("DocumentsPane", u"Document", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("DocumentsPane", u"Printed", None))
#if QT_CONFIG(accessibility)
        self.documentsTree.setAccessibleName(QCoreApplication.translate("DocumentsPane", u"Printed documents, newest first", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

