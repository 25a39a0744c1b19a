# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'history_pane.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_HistoryPane(object):
    def setupUi(self, historyPane):
        if not historyPane.objectName():
            historyPane.setObjectName(u"historyPane")
        historyPane.resize(900, 440)
        self.mainLayout = QVBoxLayout(historyPane)
        self.mainLayout.setSpacing(6)
        self.mainLayout.setObjectName(u"mainLayout")
        self.messageLabel = QLabel(historyPane)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.historyTabs = QTabWidget(historyPane)
        self.historyTabs.setObjectName(u"historyTabs")
        self.allergiesPage = QWidget()
        self.allergiesPage.setObjectName(u"allergiesPage")
        self.allergiesPageLayout = QVBoxLayout(self.allergiesPage)
        self.allergiesPageLayout.setObjectName(u"allergiesPageLayout")
        self.allergyButtons = QHBoxLayout()
        self.allergyButtons.setObjectName(u"allergyButtons")
        self.addAllergyButton = QPushButton(self.allergiesPage)
        self.addAllergyButton.setObjectName(u"addAllergyButton")

        self.allergyButtons.addWidget(self.addAllergyButton)

        self.editAllergyButton = QPushButton(self.allergiesPage)
        self.editAllergyButton.setObjectName(u"editAllergyButton")

        self.allergyButtons.addWidget(self.editAllergyButton)

        self.confirmAllergyButton = QPushButton(self.allergiesPage)
        self.confirmAllergyButton.setObjectName(u"confirmAllergyButton")

        self.allergyButtons.addWidget(self.confirmAllergyButton)

        self.noneKnownButton = QPushButton(self.allergiesPage)
        self.noneKnownButton.setObjectName(u"noneKnownButton")

        self.allergyButtons.addWidget(self.noneKnownButton)

        self.allergyButtonsStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.allergyButtons.addItem(self.allergyButtonsStretch)

        self.allergyButtons.setStretch(4, 1)

        self.allergiesPageLayout.addLayout(self.allergyButtons)

        self.allergyStateLabel = QLabel(self.allergiesPage)
        self.allergyStateLabel.setObjectName(u"allergyStateLabel")
        self.allergyStateLabel.setWordWrap(True)

        self.allergiesPageLayout.addWidget(self.allergyStateLabel)

        self.allergiesTree = QTreeWidget(self.allergiesPage)
        self.allergiesTree.setObjectName(u"allergiesTree")
        self.allergiesTree.setTabKeyNavigation(False)
        self.allergiesTree.setAlternatingRowColors(True)
        self.allergiesTree.setRootIsDecorated(False)
        self.allergiesTree.setUniformRowHeights(True)
        self.allergiesTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.allergiesTree.header().setStretchLastSection(True)

        self.allergiesPageLayout.addWidget(self.allergiesTree)

        self.historyTabs.addTab(self.allergiesPage, "")
        self.problemsPage = QWidget()
        self.problemsPage.setObjectName(u"problemsPage")
        self.problemsPageLayout = QVBoxLayout(self.problemsPage)
        self.problemsPageLayout.setObjectName(u"problemsPageLayout")
        self.problemButtons = QHBoxLayout()
        self.problemButtons.setObjectName(u"problemButtons")
        self.addProblemButton = QPushButton(self.problemsPage)
        self.addProblemButton.setObjectName(u"addProblemButton")

        self.problemButtons.addWidget(self.addProblemButton)

        self.editProblemButton = QPushButton(self.problemsPage)
        self.editProblemButton.setObjectName(u"editProblemButton")

        self.problemButtons.addWidget(self.editProblemButton)

        self.resolveProblemButton = QPushButton(self.problemsPage)
        self.resolveProblemButton.setObjectName(u"resolveProblemButton")

        self.problemButtons.addWidget(self.resolveProblemButton)

        self.problemButtonsStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.problemButtons.addItem(self.problemButtonsStretch)

        self.problemButtons.setStretch(3, 1)

        self.problemsPageLayout.addLayout(self.problemButtons)

        self.problemsTree = QTreeWidget(self.problemsPage)
        self.problemsTree.setObjectName(u"problemsTree")
        self.problemsTree.setTabKeyNavigation(False)
        self.problemsTree.setAlternatingRowColors(True)
        self.problemsTree.setRootIsDecorated(False)
        self.problemsTree.setUniformRowHeights(True)
        self.problemsTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problemsTree.header().setStretchLastSection(True)

        self.problemsPageLayout.addWidget(self.problemsTree)

        self.historyTabs.addTab(self.problemsPage, "")
        self.familyPage = QWidget()
        self.familyPage.setObjectName(u"familyPage")
        self.familyPageLayout = QVBoxLayout(self.familyPage)
        self.familyPageLayout.setObjectName(u"familyPageLayout")
        self.familyButtons = QHBoxLayout()
        self.familyButtons.setObjectName(u"familyButtons")
        self.addFamilyButton = QPushButton(self.familyPage)
        self.addFamilyButton.setObjectName(u"addFamilyButton")

        self.familyButtons.addWidget(self.addFamilyButton)

        self.editFamilyButton = QPushButton(self.familyPage)
        self.editFamilyButton.setObjectName(u"editFamilyButton")

        self.familyButtons.addWidget(self.editFamilyButton)

        self.familyButtonsStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.familyButtons.addItem(self.familyButtonsStretch)

        self.familyButtons.setStretch(2, 1)

        self.familyPageLayout.addLayout(self.familyButtons)

        self.familyTree = QTreeWidget(self.familyPage)
        self.familyTree.setObjectName(u"familyTree")
        self.familyTree.setTabKeyNavigation(False)
        self.familyTree.setAlternatingRowColors(True)
        self.familyTree.setRootIsDecorated(False)
        self.familyTree.setUniformRowHeights(True)
        self.familyTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.familyTree.header().setStretchLastSection(True)

        self.familyPageLayout.addWidget(self.familyTree)

        self.historyTabs.addTab(self.familyPage, "")
        self.socialPage = QWidget()
        self.socialPage.setObjectName(u"socialPage")
        self.socialPageLayout = QVBoxLayout(self.socialPage)
        self.socialPageLayout.setObjectName(u"socialPageLayout")
        self.socialButtons = QHBoxLayout()
        self.socialButtons.setObjectName(u"socialButtons")
        self.editSocialButton = QPushButton(self.socialPage)
        self.editSocialButton.setObjectName(u"editSocialButton")

        self.socialButtons.addWidget(self.editSocialButton)

        self.socialButtonsStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.socialButtons.addItem(self.socialButtonsStretch)

        self.socialButtons.setStretch(1, 1)

        self.socialPageLayout.addLayout(self.socialButtons)

        self.socialForm = QFormLayout()
        self.socialForm.setObjectName(u"socialForm")
        self.smokingCaption = QLabel(self.socialPage)
        self.smokingCaption.setObjectName(u"smokingCaption")

        self.socialForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.smokingCaption)

        self.smokingValue = QLabel(self.socialPage)
        self.smokingValue.setObjectName(u"smokingValue")
        self.smokingValue.setWordWrap(True)
        self.smokingValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.socialForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.smokingValue)

        self.packYearsCaption = QLabel(self.socialPage)
        self.packYearsCaption.setObjectName(u"packYearsCaption")

        self.socialForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.packYearsCaption)

        self.packYearsValue = QLabel(self.socialPage)
        self.packYearsValue.setObjectName(u"packYearsValue")
        self.packYearsValue.setWordWrap(True)
        self.packYearsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.socialForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.packYearsValue)

        self.alcoholCaption = QLabel(self.socialPage)
        self.alcoholCaption.setObjectName(u"alcoholCaption")

        self.socialForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.alcoholCaption)

        self.alcoholValue = QLabel(self.socialPage)
        self.alcoholValue.setObjectName(u"alcoholValue")
        self.alcoholValue.setWordWrap(True)
        self.alcoholValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.socialForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.alcoholValue)

        self.occupationCaption = QLabel(self.socialPage)
        self.occupationCaption.setObjectName(u"occupationCaption")

        self.socialForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.occupationCaption)

        self.occupationValue = QLabel(self.socialPage)
        self.occupationValue.setObjectName(u"occupationValue")
        self.occupationValue.setWordWrap(True)
        self.occupationValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.socialForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.occupationValue)

        self.notesCaption = QLabel(self.socialPage)
        self.notesCaption.setObjectName(u"notesCaption")

        self.socialForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesCaption)

        self.notesValue = QLabel(self.socialPage)
        self.notesValue.setObjectName(u"notesValue")
        self.notesValue.setWordWrap(True)
        self.notesValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.socialForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesValue)


        self.socialPageLayout.addLayout(self.socialForm)

        self.socialSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.socialPageLayout.addItem(self.socialSpacer)

        self.historyTabs.addTab(self.socialPage, "")

        self.mainLayout.addWidget(self.historyTabs)

        self.mainLayout.setStretch(1, 1)

        self.retranslateUi(historyPane)

        self.historyTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(historyPane)
    # setupUi

    def retranslateUi(self, historyPane):
        self.messageLabel.setText("")
        self.addAllergyButton.setText(QCoreApplication.translate("HistoryPane", u"Add aller&gy\u2026", None))
        self.editAllergyButton.setText(QCoreApplication.translate("HistoryPane", u"Edi&t\u2026", None))
#if QT_CONFIG(tooltip)
        self.editAllergyButton.setToolTip(QCoreApplication.translate("HistoryPane", u"Change the allergy, or mark it inactive or refuted", None))
#endif // QT_CONFIG(tooltip)
        self.confirmAllergyButton.setText(QCoreApplication.translate("HistoryPane", u"Confi&rm", None))
#if QT_CONFIG(tooltip)
        self.confirmAllergyButton.setToolTip(QCoreApplication.translate("HistoryPane", u"Confirm an allergy the patient or a relative reported", None))
#endif // QT_CONFIG(tooltip)
        self.noneKnownButton.setText(QCoreApplication.translate("HistoryPane", u"No &known allergies", None))
#if QT_CONFIG(tooltip)
        self.noneKnownButton.setToolTip(QCoreApplication.translate("HistoryPane", u"Record that you asked and the patient has no known allergies", None))
#endif // QT_CONFIG(tooltip)
        self.allergyStateLabel.setText("")
        ___qtreewidgetitem = self.allergiesTree.headerItem()
        ___qtreewidgetitem.setText(6, QCoreApplication.translate("HistoryPane", u"Verification", None))
        ___qtreewidgetitem.setText(5, QCoreApplication.translate("HistoryPane", u"Source", None))
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("HistoryPane", u"Status", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("HistoryPane", u"Severity", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("HistoryPane", u"Reaction", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("HistoryPane", u"Drug class", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("HistoryPane", u"Substance", None))
#if QT_CONFIG(accessibility)
        self.allergiesTree.setAccessibleName(QCoreApplication.translate("HistoryPane", u"Allergies", None))
#endif // QT_CONFIG(accessibility)
        self.historyTabs.setTabText(self.historyTabs.indexOf(self.allergiesPage), QCoreApplication.translate("HistoryPane", u"&Allergies", None))
        self.addProblemButton.setText(QCoreApplication.translate("HistoryPane", u"Add &problem\u2026", None))
#if QT_CONFIG(tooltip)
        self.addProblemButton.setToolTip(QCoreApplication.translate("HistoryPane", u"A problem, a past illness or a surgery", None))
#endif // QT_CONFIG(tooltip)
        self.editProblemButton.setText(QCoreApplication.translate("HistoryPane", u"Edi&t\u2026", None))
        self.resolveProblemButton.setText(QCoreApplication.translate("HistoryPane", u"Resol&ve", None))
#if QT_CONFIG(tooltip)
        self.resolveProblemButton.setToolTip(QCoreApplication.translate("HistoryPane", u"Mark the chosen problem resolved", None))
#endif // QT_CONFIG(tooltip)
        ___qtreewidgetitem1 = self.problemsTree.headerItem()
        ___qtreewidgetitem1.setText(4, QCoreApplication.translate("HistoryPane", u"Status", None))
        ___qtreewidgetitem1.setText(3, QCoreApplication.translate("HistoryPane", u"Since / date", None))
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("HistoryPane", u"Description", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("HistoryPane", u"ICD-10", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("HistoryPane", u"Kind", None))
#if QT_CONFIG(accessibility)
        self.problemsTree.setAccessibleName(QCoreApplication.translate("HistoryPane", u"Problems, past illnesses and surgeries", None))
#endif // QT_CONFIG(accessibility)
        self.historyTabs.setTabText(self.historyTabs.indexOf(self.problemsPage), QCoreApplication.translate("HistoryPane", u"Pro&blems", None))
        self.addFamilyButton.setText(QCoreApplication.translate("HistoryPane", u"Add &relative's condition\u2026", None))
        self.editFamilyButton.setText(QCoreApplication.translate("HistoryPane", u"Edi&t\u2026", None))
        ___qtreewidgetitem2 = self.familyTree.headerItem()
        ___qtreewidgetitem2.setText(2, QCoreApplication.translate("HistoryPane", u"Condition", None))
        ___qtreewidgetitem2.setText(1, QCoreApplication.translate("HistoryPane", u"ICD-10", None))
        ___qtreewidgetitem2.setText(0, QCoreApplication.translate("HistoryPane", u"Relative", None))
#if QT_CONFIG(accessibility)
        self.familyTree.setAccessibleName(QCoreApplication.translate("HistoryPane", u"Family history", None))
#endif // QT_CONFIG(accessibility)
        self.historyTabs.setTabText(self.historyTabs.indexOf(self.familyPage), QCoreApplication.translate("HistoryPane", u"Famil&y", None))
        self.editSocialButton.setText(QCoreApplication.translate("HistoryPane", u"Edi&t\u2026", None))
#if QT_CONFIG(tooltip)
        self.editSocialButton.setToolTip(QCoreApplication.translate("HistoryPane", u"Smoking, alcohol, occupation", None))
#endif // QT_CONFIG(tooltip)
        self.smokingCaption.setText(QCoreApplication.translate("HistoryPane", u"Smoking", None))
        self.smokingValue.setText("")
        self.packYearsCaption.setText(QCoreApplication.translate("HistoryPane", u"Pack-years", None))
        self.packYearsValue.setText("")
        self.alcoholCaption.setText(QCoreApplication.translate("HistoryPane", u"Alcohol", None))
        self.alcoholValue.setText("")
        self.occupationCaption.setText(QCoreApplication.translate("HistoryPane", u"Occupation", None))
        self.occupationValue.setText("")
        self.notesCaption.setText(QCoreApplication.translate("HistoryPane", u"Notes", None))
        self.notesValue.setText("")
        self.historyTabs.setTabText(self.historyTabs.indexOf(self.socialPage), QCoreApplication.translate("HistoryPane", u"S&ocial", None))
        pass
    # retranslateUi

