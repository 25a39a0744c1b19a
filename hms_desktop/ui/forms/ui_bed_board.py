# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bed_board.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QHBoxLayout,
    QLabel, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_BedBoard(object):
    def setupUi(self, bedBoard):
        if not bedBoard.objectName():
            bedBoard.setObjectName(u"bedBoard")
        bedBoard.resize(1200, 800)
        self.mainLayout = QVBoxLayout(bedBoard)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(12, 10, 12, 10)
        self.barLayout = QHBoxLayout()
        self.barLayout.setSpacing(10)
        self.barLayout.setObjectName(u"barLayout")
        self.boardTitle = QLabel(bedBoard)
        self.boardTitle.setObjectName(u"boardTitle")

        self.barLayout.addWidget(self.boardTitle)

        self.titleSpacer = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.barLayout.addItem(self.titleSpacer)

        self.wardLabel = QLabel(bedBoard)
        self.wardLabel.setObjectName(u"wardLabel")

        self.barLayout.addWidget(self.wardLabel)

        self.wardCombo = QComboBox(bedBoard)
        self.wardCombo.setObjectName(u"wardCombo")
        self.wardCombo.setMinimumSize(QSize(200, 0))

        self.barLayout.addWidget(self.wardCombo)

        self.barStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.barLayout.addItem(self.barStretch)

        self.reloadButton = QPushButton(bedBoard)
        self.reloadButton.setObjectName(u"reloadButton")

        self.barLayout.addWidget(self.reloadButton)

        self.barLayout.setStretch(4, 1)

        self.mainLayout.addLayout(self.barLayout)

        self.messageLabel = QLabel(bedBoard)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.boardScroll = QScrollArea(bedBoard)
        self.boardScroll.setObjectName(u"boardScroll")
        self.boardScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.boardScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.boardScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.boardScroll.setWidgetResizable(True)
        self.boardContent = QWidget()
        self.boardContent.setObjectName(u"boardContent")
        self.boardContent.setGeometry(QRect(0, 0, 1176, 700))
        self.contentLayout = QVBoxLayout(self.boardContent)
        self.contentLayout.setSpacing(12)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(0, 0, 4, 0)
        self.contentStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentLayout.addItem(self.contentStretch)

        self.contentLayout.setStretch(0, 1)
        self.boardScroll.setWidget(self.boardContent)

        self.mainLayout.addWidget(self.boardScroll)

        self.summaryLabel = QLabel(bedBoard)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.mainLayout.addWidget(self.summaryLabel)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.wardLabel.setBuddy(self.wardCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(bedBoard)

        QMetaObject.connectSlotsByName(bedBoard)
    # setupUi

    def retranslateUi(self, bedBoard):
        self.boardTitle.setText(QCoreApplication.translate("BedBoard", u"Bed board", None))
        self.wardLabel.setText(QCoreApplication.translate("BedBoard", u"&Ward", None))
#if QT_CONFIG(tooltip)
        self.reloadButton.setToolTip(QCoreApplication.translate("BedBoard", u"Reload the bed board (F5). It also updates by itself.", None))
#endif // QT_CONFIG(tooltip)
        self.reloadButton.setText(QCoreApplication.translate("BedBoard", u"Reload", None))
        self.messageLabel.setText("")
#if QT_CONFIG(accessibility)
        self.boardScroll.setAccessibleName(QCoreApplication.translate("BedBoard", u"Wards and beds", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText("")
        pass
    # retranslateUi

