# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'encounter_editor.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QAbstractScrollArea, QApplication, QFormLayout,
    QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QTextBrowser, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_EncounterEditor(object):
    def setupUi(self, encounterEditor):
        if not encounterEditor.objectName():
            encounterEditor.setObjectName(u"encounterEditor")
        encounterEditor.resize(1280, 690)
        self.mainLayout = QVBoxLayout(encounterEditor)
        self.mainLayout.setSpacing(6)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(8, 6, 8, 6)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(12)
        self.headerRow.setObjectName(u"headerRow")
        self.titleColumn = QVBoxLayout()
        self.titleColumn.setSpacing(0)
        self.titleColumn.setObjectName(u"titleColumn")
        self.patientLabel = QLabel(encounterEditor)
        self.patientLabel.setObjectName(u"patientLabel")
        self.patientLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.titleColumn.addWidget(self.patientLabel)

        self.detailsLabel = QLabel(encounterEditor)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.titleColumn.addWidget(self.detailsLabel)


        self.headerRow.addLayout(self.titleColumn)

        self.statusBadge = QLabel(encounterEditor)
        self.statusBadge.setObjectName(u"statusBadge")
        self.statusBadge.setTextFormat(Qt.TextFormat.PlainText)

        self.headerRow.addWidget(self.statusBadge)

        self.saveStateLabel = QLabel(encounterEditor)
        self.saveStateLabel.setObjectName(u"saveStateLabel")
        self.saveStateLabel.setMinimumSize(QSize(260, 0))
        self.saveStateLabel.setMaximumSize(QSize(440, 16777215))
        self.saveStateLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.saveStateLabel.setWordWrap(True)
        self.saveStateLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.headerRow.addWidget(self.saveStateLabel)

        self.headerRow.setStretch(0, 1)

        self.mainLayout.addLayout(self.headerRow)

        self.messageLabel = QLabel(encounterEditor)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.conflictFrame = QFrame(encounterEditor)
        self.conflictFrame.setObjectName(u"conflictFrame")
        self.conflictFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.conflictRow = QHBoxLayout(self.conflictFrame)
        self.conflictRow.setObjectName(u"conflictRow")
        self.conflictRow.setContentsMargins(8, 6, 8, 6)
        self.conflictLabel = QLabel(self.conflictFrame)
        self.conflictLabel.setObjectName(u"conflictLabel")
        self.conflictLabel.setWordWrap(True)

        self.conflictRow.addWidget(self.conflictLabel)

        self.keepMineButton = QPushButton(self.conflictFrame)
        self.keepMineButton.setObjectName(u"keepMineButton")

        self.conflictRow.addWidget(self.keepMineButton)

        self.loadTheirsButton = QPushButton(self.conflictFrame)
        self.loadTheirsButton.setObjectName(u"loadTheirsButton")

        self.conflictRow.addWidget(self.loadTheirsButton)


        self.mainLayout.addWidget(self.conflictFrame)

        self.signedLabel = QLabel(encounterEditor)
        self.signedLabel.setObjectName(u"signedLabel")
        self.signedLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.signedLabel)

        self.scrollArea = QScrollArea(encounterEditor)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.columnsRow = QHBoxLayout(self.scrollContents)
        self.columnsRow.setSpacing(10)
        self.columnsRow.setObjectName(u"columnsRow")
        self.columnsRow.setContentsMargins(0, 0, 4, 0)
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.noteGroup = QGroupBox(self.scrollContents)
        self.noteGroup.setObjectName(u"noteGroup")
        self.noteForm = QFormLayout(self.noteGroup)
        self.noteForm.setObjectName(u"noteForm")
        self.noteForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.noteForm.setHorizontalSpacing(10)
        self.noteForm.setVerticalSpacing(6)
        self.chiefComplaintLabel = QLabel(self.noteGroup)
        self.chiefComplaintLabel.setObjectName(u"chiefComplaintLabel")

        self.noteForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.chiefComplaintLabel)

        self.chiefComplaintEdit = QLineEdit(self.noteGroup)
        self.chiefComplaintEdit.setObjectName(u"chiefComplaintEdit")

        self.noteForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.chiefComplaintEdit)

        self.historyLabel = QLabel(self.noteGroup)
        self.historyLabel.setObjectName(u"historyLabel")
        self.historyLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.noteForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.historyLabel)

        self.historyEdit = QPlainTextEdit(self.noteGroup)
        self.historyEdit.setObjectName(u"historyEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(3)
        sizePolicy.setHeightForWidth(self.historyEdit.sizePolicy().hasHeightForWidth())
        self.historyEdit.setSizePolicy(sizePolicy)
        self.historyEdit.setMinimumSize(QSize(0, 100))
        self.historyEdit.setTabChangesFocus(True)

        self.noteForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.historyEdit)

        self.examinationLabel = QLabel(self.noteGroup)
        self.examinationLabel.setObjectName(u"examinationLabel")
        self.examinationLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.noteForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.examinationLabel)

        self.examinationEdit = QPlainTextEdit(self.noteGroup)
        self.examinationEdit.setObjectName(u"examinationEdit")
        sizePolicy.setHeightForWidth(self.examinationEdit.sizePolicy().hasHeightForWidth())
        self.examinationEdit.setSizePolicy(sizePolicy)
        self.examinationEdit.setMinimumSize(QSize(0, 100))
        self.examinationEdit.setTabChangesFocus(True)

        self.noteForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.examinationEdit)

        self.assessmentLabel = QLabel(self.noteGroup)
        self.assessmentLabel.setObjectName(u"assessmentLabel")
        self.assessmentLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.noteForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.assessmentLabel)

        self.assessmentEdit = QPlainTextEdit(self.noteGroup)
        self.assessmentEdit.setObjectName(u"assessmentEdit")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(2)
        sizePolicy1.setHeightForWidth(self.assessmentEdit.sizePolicy().hasHeightForWidth())
        self.assessmentEdit.setSizePolicy(sizePolicy1)
        self.assessmentEdit.setMinimumSize(QSize(0, 64))
        self.assessmentEdit.setTabChangesFocus(True)

        self.noteForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.assessmentEdit)

        self.planLabel = QLabel(self.noteGroup)
        self.planLabel.setObjectName(u"planLabel")
        self.planLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.noteForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.planLabel)

        self.planEdit = QPlainTextEdit(self.noteGroup)
        self.planEdit.setObjectName(u"planEdit")
        sizePolicy1.setHeightForWidth(self.planEdit.sizePolicy().hasHeightForWidth())
        self.planEdit.setSizePolicy(sizePolicy1)
        self.planEdit.setMinimumSize(QSize(0, 64))
        self.planEdit.setTabChangesFocus(True)

        self.noteForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.planEdit)

        self.notesLabel = QLabel(self.noteGroup)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.noteForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.noteGroup)
        self.notesEdit.setObjectName(u"notesEdit")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(1)
        sizePolicy2.setHeightForWidth(self.notesEdit.sizePolicy().hasHeightForWidth())
        self.notesEdit.setSizePolicy(sizePolicy2)
        self.notesEdit.setMinimumSize(QSize(0, 52))
        self.notesEdit.setTabChangesFocus(True)

        self.noteForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.leftColumn.addWidget(self.noteGroup)


        self.columnsRow.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.addendaGroup = QGroupBox(self.scrollContents)
        self.addendaGroup.setObjectName(u"addendaGroup")
        self.addendaLayout = QVBoxLayout(self.addendaGroup)
        self.addendaLayout.setObjectName(u"addendaLayout")
        self.addendaView = QTextBrowser(self.addendaGroup)
        self.addendaView.setObjectName(u"addendaView")
        sizePolicy3 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy3.setHorizontalStretch(0)
        sizePolicy3.setVerticalStretch(2)
        sizePolicy3.setHeightForWidth(self.addendaView.sizePolicy().hasHeightForWidth())
        self.addendaView.setSizePolicy(sizePolicy3)
        self.addendaView.setMinimumSize(QSize(0, 110))
        self.addendaView.setTabChangesFocus(True)
        self.addendaView.setOpenLinks(False)

        self.addendaLayout.addWidget(self.addendaView)

        self.addendumRow = QHBoxLayout()
        self.addendumRow.setObjectName(u"addendumRow")
        self.addAddendumButton = QPushButton(self.addendaGroup)
        self.addAddendumButton.setObjectName(u"addAddendumButton")

        self.addendumRow.addWidget(self.addAddendumButton)

        self.addendumSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addendumRow.addItem(self.addendumSpacer)


        self.addendaLayout.addLayout(self.addendumRow)


        self.rightColumn.addWidget(self.addendaGroup)

        self.vitalsGroup = QGroupBox(self.scrollContents)
        self.vitalsGroup.setObjectName(u"vitalsGroup")
        self.vitalsLayout = QVBoxLayout(self.vitalsGroup)
        self.vitalsLayout.setObjectName(u"vitalsLayout")
        self.vitalsEntry = QWidget(self.vitalsGroup)
        self.vitalsEntry.setObjectName(u"vitalsEntry")
        self.vitalsEntryLayout = QVBoxLayout(self.vitalsEntry)
        self.vitalsEntryLayout.setObjectName(u"vitalsEntryLayout")
        self.vitalsEntryLayout.setContentsMargins(0, 0, 0, 0)
        self.vitalsGrid = QGridLayout()
        self.vitalsGrid.setObjectName(u"vitalsGrid")
        self.vitalsGrid.setHorizontalSpacing(6)
        self.vitalsGrid.setVerticalSpacing(4)
        self.temperatureLabel = QLabel(self.vitalsEntry)
        self.temperatureLabel.setObjectName(u"temperatureLabel")

        self.vitalsGrid.addWidget(self.temperatureLabel, 0, 0, 1, 1)

        self.temperatureEdit = QLineEdit(self.vitalsEntry)
        self.temperatureEdit.setObjectName(u"temperatureEdit")
        self.temperatureEdit.setMaximumSize(QSize(90, 16777215))

        self.vitalsGrid.addWidget(self.temperatureEdit, 0, 1, 1, 1)

        self.temperatureUnit = QLabel(self.vitalsEntry)
        self.temperatureUnit.setObjectName(u"temperatureUnit")

        self.vitalsGrid.addWidget(self.temperatureUnit, 0, 2, 1, 1)

        self.pulseLabel = QLabel(self.vitalsEntry)
        self.pulseLabel.setObjectName(u"pulseLabel")

        self.vitalsGrid.addWidget(self.pulseLabel, 0, 3, 1, 1)

        self.pulseEdit = QLineEdit(self.vitalsEntry)
        self.pulseEdit.setObjectName(u"pulseEdit")
        self.pulseEdit.setMaximumSize(QSize(90, 16777215))

        self.vitalsGrid.addWidget(self.pulseEdit, 0, 4, 1, 1)

        self.pulseUnit = QLabel(self.vitalsEntry)
        self.pulseUnit.setObjectName(u"pulseUnit")

        self.vitalsGrid.addWidget(self.pulseUnit, 0, 5, 1, 1)

        self.respiratoryLabel = QLabel(self.vitalsEntry)
        self.respiratoryLabel.setObjectName(u"respiratoryLabel")

        self.vitalsGrid.addWidget(self.respiratoryLabel, 1, 0, 1, 1)

        self.respiratoryEdit = QLineEdit(self.vitalsEntry)
        self.respiratoryEdit.setObjectName(u"respiratoryEdit")
        self.respiratoryEdit.setMaximumSize(QSize(90, 16777215))

        self.vitalsGrid.addWidget(self.respiratoryEdit, 1, 1, 1, 1)

        self.respiratoryUnit = QLabel(self.vitalsEntry)
        self.respiratoryUnit.setObjectName(u"respiratoryUnit")

        self.vitalsGrid.addWidget(self.respiratoryUnit, 1, 2, 1, 1)

        self.spo2Label = QLabel(self.vitalsEntry)
        self.spo2Label.setObjectName(u"spo2Label")

        self.vitalsGrid.addWidget(self.spo2Label, 1, 3, 1, 1)

        self.spo2Edit = QLineEdit(self.vitalsEntry)
        self.spo2Edit.setObjectName(u"spo2Edit")
        self.spo2Edit.setMaximumSize(QSize(90, 16777215))

        self.vitalsGrid.addWidget(self.spo2Edit, 1, 4, 1, 1)

        self.spo2Unit = QLabel(self.vitalsEntry)
        self.spo2Unit.setObjectName(u"spo2Unit")

        self.vitalsGrid.addWidget(self.spo2Unit, 1, 5, 1, 1)

        self.weightLabel = QLabel(self.vitalsEntry)
        self.weightLabel.setObjectName(u"weightLabel")

        self.vitalsGrid.addWidget(self.weightLabel, 2, 0, 1, 1)

        self.weightEdit = QLineEdit(self.vitalsEntry)
        self.weightEdit.setObjectName(u"weightEdit")
        self.weightEdit.setMaximumSize(QSize(90, 16777215))

        self.vitalsGrid.addWidget(self.weightEdit, 2, 1, 1, 1)

        self.weightUnit = QLabel(self.vitalsEntry)
        self.weightUnit.setObjectName(u"weightUnit")

        self.vitalsGrid.addWidget(self.weightUnit, 2, 2, 1, 1)

        self.heightLabel = QLabel(self.vitalsEntry)
        self.heightLabel.setObjectName(u"heightLabel")

        self.vitalsGrid.addWidget(self.heightLabel, 2, 3, 1, 1)

        self.heightEdit = QLineEdit(self.vitalsEntry)
        self.heightEdit.setObjectName(u"heightEdit")
        self.heightEdit.setMaximumSize(QSize(90, 16777215))

        self.vitalsGrid.addWidget(self.heightEdit, 2, 4, 1, 1)

        self.heightUnit = QLabel(self.vitalsEntry)
        self.heightUnit.setObjectName(u"heightUnit")

        self.vitalsGrid.addWidget(self.heightUnit, 2, 5, 1, 1)

        self.bpLabel = QLabel(self.vitalsEntry)
        self.bpLabel.setObjectName(u"bpLabel")

        self.vitalsGrid.addWidget(self.bpLabel, 3, 0, 1, 1)

        self.bpRow = QHBoxLayout()
        self.bpRow.setSpacing(4)
        self.bpRow.setObjectName(u"bpRow")
        self.systolicEdit = QLineEdit(self.vitalsEntry)
        self.systolicEdit.setObjectName(u"systolicEdit")
        self.systolicEdit.setMaximumSize(QSize(60, 16777215))

        self.bpRow.addWidget(self.systolicEdit)

        self.bpSlash = QLabel(self.vitalsEntry)
        self.bpSlash.setObjectName(u"bpSlash")

        self.bpRow.addWidget(self.bpSlash)

        self.diastolicEdit = QLineEdit(self.vitalsEntry)
        self.diastolicEdit.setObjectName(u"diastolicEdit")
        self.diastolicEdit.setMaximumSize(QSize(60, 16777215))

        self.bpRow.addWidget(self.diastolicEdit)

        self.bpUnit = QLabel(self.vitalsEntry)
        self.bpUnit.setObjectName(u"bpUnit")

        self.bpRow.addWidget(self.bpUnit)


        self.vitalsGrid.addLayout(self.bpRow, 3, 1, 1, 2)

        self.bmiCaption = QLabel(self.vitalsEntry)
        self.bmiCaption.setObjectName(u"bmiCaption")

        self.vitalsGrid.addWidget(self.bmiCaption, 3, 3, 1, 1)

        self.bmiValue = QLabel(self.vitalsEntry)
        self.bmiValue.setObjectName(u"bmiValue")

        self.vitalsGrid.addWidget(self.bmiValue, 3, 4, 1, 2)

        self.vitalsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.vitalsGrid.addItem(self.vitalsSpacer, 0, 6, 1, 1)


        self.vitalsEntryLayout.addLayout(self.vitalsGrid)

        self.vitalsError = QLabel(self.vitalsEntry)
        self.vitalsError.setObjectName(u"vitalsError")
        self.vitalsError.setWordWrap(True)

        self.vitalsEntryLayout.addWidget(self.vitalsError)

        self.vitalsButtonRow = QHBoxLayout()
        self.vitalsButtonRow.setObjectName(u"vitalsButtonRow")
        self.recordVitalsButton = QPushButton(self.vitalsEntry)
        self.recordVitalsButton.setObjectName(u"recordVitalsButton")

        self.vitalsButtonRow.addWidget(self.recordVitalsButton)

        self.vitalsButtonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.vitalsButtonRow.addItem(self.vitalsButtonSpacer)


        self.vitalsEntryLayout.addLayout(self.vitalsButtonRow)


        self.vitalsLayout.addWidget(self.vitalsEntry)

        self.vitalsTree = QTreeWidget(self.vitalsGroup)
        self.vitalsTree.setObjectName(u"vitalsTree")
        sizePolicy4 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy4.setHorizontalStretch(0)
        sizePolicy4.setVerticalStretch(1)
        sizePolicy4.setHeightForWidth(self.vitalsTree.sizePolicy().hasHeightForWidth())
        self.vitalsTree.setSizePolicy(sizePolicy4)
        self.vitalsTree.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.vitalsTree.setMinimumSize(QSize(0, 84))
        self.vitalsTree.setAlternatingRowColors(True)
        self.vitalsTree.setRootIsDecorated(False)
        self.vitalsTree.setWordWrap(True)
        self.vitalsTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.vitalsTree.setTabKeyNavigation(False)
        self.vitalsTree.header().setStretchLastSection(True)

        self.vitalsLayout.addWidget(self.vitalsTree)


        self.rightColumn.addWidget(self.vitalsGroup)

        self.diagnosesGroup = QGroupBox(self.scrollContents)
        self.diagnosesGroup.setObjectName(u"diagnosesGroup")
        self.diagnosesLayout = QVBoxLayout(self.diagnosesGroup)
        self.diagnosesLayout.setObjectName(u"diagnosesLayout")
        self.diagnosisEntry = QWidget(self.diagnosesGroup)
        self.diagnosisEntry.setObjectName(u"diagnosisEntry")
        self.diagnosisEntryLayout = QVBoxLayout(self.diagnosisEntry)
        self.diagnosisEntryLayout.setObjectName(u"diagnosisEntryLayout")
        self.diagnosisEntryLayout.setContentsMargins(0, 0, 0, 0)
        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchLabel = QLabel(self.diagnosisEntry)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchRow.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(self.diagnosisEntry)
        self.searchEdit.setObjectName(u"searchEdit")

        self.searchRow.addWidget(self.searchEdit)


        self.diagnosisEntryLayout.addLayout(self.searchRow)

        self.resultsList = QListWidget(self.diagnosisEntry)
        self.resultsList.setObjectName(u"resultsList")
        self.resultsList.setMinimumSize(QSize(0, 80))
        self.resultsList.setMaximumSize(QSize(16777215, 120))
        self.resultsList.setWordWrap(True)
        self.resultsList.setTabKeyNavigation(False)

        self.diagnosisEntryLayout.addWidget(self.resultsList)

        self.addDiagnosisRow = QHBoxLayout()
        self.addDiagnosisRow.setObjectName(u"addDiagnosisRow")
        self.addPrimaryButton = QPushButton(self.diagnosisEntry)
        self.addPrimaryButton.setObjectName(u"addPrimaryButton")

        self.addDiagnosisRow.addWidget(self.addPrimaryButton)

        self.addSecondaryButton = QPushButton(self.diagnosisEntry)
        self.addSecondaryButton.setObjectName(u"addSecondaryButton")

        self.addDiagnosisRow.addWidget(self.addSecondaryButton)

        self.addDiagnosisSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addDiagnosisRow.addItem(self.addDiagnosisSpacer)


        self.diagnosisEntryLayout.addLayout(self.addDiagnosisRow)


        self.diagnosesLayout.addWidget(self.diagnosisEntry)

        self.diagnosesTree = QTreeWidget(self.diagnosesGroup)
        self.diagnosesTree.setObjectName(u"diagnosesTree")
        sizePolicy4.setHeightForWidth(self.diagnosesTree.sizePolicy().hasHeightForWidth())
        self.diagnosesTree.setSizePolicy(sizePolicy4)
        self.diagnosesTree.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.diagnosesTree.setMinimumSize(QSize(0, 72))
        self.diagnosesTree.setRootIsDecorated(False)
        self.diagnosesTree.setWordWrap(True)
        self.diagnosesTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.diagnosesTree.setTabKeyNavigation(False)
        self.diagnosesTree.header().setStretchLastSection(False)

        self.diagnosesLayout.addWidget(self.diagnosesTree)

        self.diagnosisActions = QWidget(self.diagnosesGroup)
        self.diagnosisActions.setObjectName(u"diagnosisActions")
        self.diagnosisActionsRow = QHBoxLayout(self.diagnosisActions)
        self.diagnosisActionsRow.setObjectName(u"diagnosisActionsRow")
        self.diagnosisActionsRow.setContentsMargins(0, 0, 0, 0)
        self.makePrimaryButton = QPushButton(self.diagnosisActions)
        self.makePrimaryButton.setObjectName(u"makePrimaryButton")

        self.diagnosisActionsRow.addWidget(self.makePrimaryButton)

        self.removeDiagnosisButton = QPushButton(self.diagnosisActions)
        self.removeDiagnosisButton.setObjectName(u"removeDiagnosisButton")

        self.diagnosisActionsRow.addWidget(self.removeDiagnosisButton)

        self.diagnosisActionsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.diagnosisActionsRow.addItem(self.diagnosisActionsSpacer)


        self.diagnosesLayout.addWidget(self.diagnosisActions)

        self.diagnosesError = QLabel(self.diagnosesGroup)
        self.diagnosesError.setObjectName(u"diagnosesError")
        self.diagnosesError.setWordWrap(True)

        self.diagnosesLayout.addWidget(self.diagnosesError)


        self.rightColumn.addWidget(self.diagnosesGroup)


        self.columnsRow.addLayout(self.rightColumn)

        self.columnsRow.setStretch(0, 1)
        self.columnsRow.setStretch(1, 1)
        self.scrollArea.setWidget(self.scrollContents)

        self.mainLayout.addWidget(self.scrollArea)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.orderLabsButton = QPushButton(encounterEditor)
        self.orderLabsButton.setObjectName(u"orderLabsButton")

        self.buttonRow.addWidget(self.orderLabsButton)

        self.prescribeButton = QPushButton(encounterEditor)
        self.prescribeButton.setObjectName(u"prescribeButton")

        self.buttonRow.addWidget(self.prescribeButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.signButton = QPushButton(encounterEditor)
        self.signButton.setObjectName(u"signButton")

        self.buttonRow.addWidget(self.signButton)

        self.closeButton = QPushButton(encounterEditor)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.chiefComplaintLabel.setBuddy(self.chiefComplaintEdit)
        self.historyLabel.setBuddy(self.historyEdit)
        self.examinationLabel.setBuddy(self.examinationEdit)
        self.assessmentLabel.setBuddy(self.assessmentEdit)
        self.planLabel.setBuddy(self.planEdit)
        self.notesLabel.setBuddy(self.notesEdit)
        self.temperatureLabel.setBuddy(self.temperatureEdit)
        self.pulseLabel.setBuddy(self.pulseEdit)
        self.respiratoryLabel.setBuddy(self.respiratoryEdit)
        self.spo2Label.setBuddy(self.spo2Edit)
        self.weightLabel.setBuddy(self.weightEdit)
        self.heightLabel.setBuddy(self.heightEdit)
        self.bpLabel.setBuddy(self.systolicEdit)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.chiefComplaintEdit, self.historyEdit)
        QWidget.setTabOrder(self.historyEdit, self.examinationEdit)
        QWidget.setTabOrder(self.examinationEdit, self.assessmentEdit)
        QWidget.setTabOrder(self.assessmentEdit, self.planEdit)
        QWidget.setTabOrder(self.planEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.addendaView)
        QWidget.setTabOrder(self.addendaView, self.addAddendumButton)
        QWidget.setTabOrder(self.addAddendumButton, self.temperatureEdit)
        QWidget.setTabOrder(self.temperatureEdit, self.pulseEdit)
        QWidget.setTabOrder(self.pulseEdit, self.respiratoryEdit)
        QWidget.setTabOrder(self.respiratoryEdit, self.spo2Edit)
        QWidget.setTabOrder(self.spo2Edit, self.weightEdit)
        QWidget.setTabOrder(self.weightEdit, self.heightEdit)
        QWidget.setTabOrder(self.heightEdit, self.systolicEdit)
        QWidget.setTabOrder(self.systolicEdit, self.diastolicEdit)
        QWidget.setTabOrder(self.diastolicEdit, self.recordVitalsButton)
        QWidget.setTabOrder(self.recordVitalsButton, self.vitalsTree)
        QWidget.setTabOrder(self.vitalsTree, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.resultsList)
        QWidget.setTabOrder(self.resultsList, self.addPrimaryButton)
        QWidget.setTabOrder(self.addPrimaryButton, self.addSecondaryButton)
        QWidget.setTabOrder(self.addSecondaryButton, self.diagnosesTree)
        QWidget.setTabOrder(self.diagnosesTree, self.makePrimaryButton)
        QWidget.setTabOrder(self.makePrimaryButton, self.removeDiagnosisButton)
        QWidget.setTabOrder(self.removeDiagnosisButton, self.orderLabsButton)
        QWidget.setTabOrder(self.orderLabsButton, self.prescribeButton)
        QWidget.setTabOrder(self.prescribeButton, self.signButton)
        QWidget.setTabOrder(self.signButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.keepMineButton)
        QWidget.setTabOrder(self.keepMineButton, self.loadTheirsButton)

        self.retranslateUi(encounterEditor)

        QMetaObject.connectSlotsByName(encounterEditor)
    # setupUi

    def retranslateUi(self, encounterEditor):
        encounterEditor.setWindowTitle(QCoreApplication.translate("EncounterEditor", u"Encounter", None))
        self.patientLabel.setText(QCoreApplication.translate("EncounterEditor", u"Loading\u2026", None))
        self.detailsLabel.setText("")
        self.statusBadge.setText("")
        self.saveStateLabel.setText("")
#if QT_CONFIG(accessibility)
        self.saveStateLabel.setAccessibleName(QCoreApplication.translate("EncounterEditor", u"Save state", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setText("")
        self.conflictLabel.setText("")
        self.keepMineButton.setText(QCoreApplication.translate("EncounterEditor", u"Save &mine over it", None))
#if QT_CONFIG(tooltip)
        self.keepMineButton.setToolTip(QCoreApplication.translate("EncounterEditor", u"Your text replaces what was saved from the other window", None))
#endif // QT_CONFIG(tooltip)
        self.loadTheirsButton.setText(QCoreApplication.translate("EncounterEditor", u"Load the saved &version", None))
#if QT_CONFIG(tooltip)
        self.loadTheirsButton.setToolTip(QCoreApplication.translate("EncounterEditor", u"Show what was saved; what you typed here since is dropped", None))
#endif // QT_CONFIG(tooltip)
        self.signedLabel.setText("")
        self.noteGroup.setTitle(QCoreApplication.translate("EncounterEditor", u"Consultation note", None))
        self.chiefComplaintLabel.setText(QCoreApplication.translate("EncounterEditor", u"&Chief complaint", None))
        self.chiefComplaintEdit.setPlaceholderText(QCoreApplication.translate("EncounterEditor", u"Why the patient came, in their words", None))
        self.historyLabel.setText(QCoreApplication.translate("EncounterEditor", u"&History", None))
        self.historyEdit.setPlaceholderText(QCoreApplication.translate("EncounterEditor", u"Onset, course, what makes it better or worse; relevant past history", None))
        self.examinationLabel.setText(QCoreApplication.translate("EncounterEditor", u"E&xamination", None))
        self.examinationEdit.setPlaceholderText(QCoreApplication.translate("EncounterEditor", u"General appearance, systems examined, findings", None))
        self.assessmentLabel.setText(QCoreApplication.translate("EncounterEditor", u"&Assessment", None))
        self.assessmentEdit.setPlaceholderText(QCoreApplication.translate("EncounterEditor", u"Working diagnosis and differential", None))
        self.planLabel.setText(QCoreApplication.translate("EncounterEditor", u"&Plan", None))
        self.planEdit.setPlaceholderText(QCoreApplication.translate("EncounterEditor", u"Investigations, treatment, advice, follow-up", None))
        self.notesLabel.setText(QCoreApplication.translate("EncounterEditor", u"&Notes", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("EncounterEditor", u"Anything else", None))
        self.addendaGroup.setTitle(QCoreApplication.translate("EncounterEditor", u"Addenda", None))
#if QT_CONFIG(accessibility)
        self.addendaView.setAccessibleName(QCoreApplication.translate("EncounterEditor", u"Addenda", None))
#endif // QT_CONFIG(accessibility)
        self.addAddendumButton.setText(QCoreApplication.translate("EncounterEditor", u"Add addend&um\u2026", None))
#if QT_CONFIG(tooltip)
        self.addAddendumButton.setToolTip(QCoreApplication.translate("EncounterEditor", u"A signed, timestamped correction shown under the note", None))
#endif // QT_CONFIG(tooltip)
        self.vitalsGroup.setTitle(QCoreApplication.translate("EncounterEditor", u"Vital signs", None))
        self.temperatureLabel.setText(QCoreApplication.translate("EncounterEditor", u"&Temperature", None))
        self.temperatureUnit.setText(QCoreApplication.translate("EncounterEditor", u"\u00b0C", None))
        self.pulseLabel.setText(QCoreApplication.translate("EncounterEditor", u"Pulse", None))
        self.pulseUnit.setText(QCoreApplication.translate("EncounterEditor", u"/min", None))
        self.respiratoryLabel.setText(QCoreApplication.translate("EncounterEditor", u"Respiratory rate", None))
        self.respiratoryUnit.setText(QCoreApplication.translate("EncounterEditor", u"/min", None))
        self.spo2Label.setText(QCoreApplication.translate("EncounterEditor", u"SpO\u2082", None))
        self.spo2Unit.setText(QCoreApplication.translate("EncounterEditor", u"%", None))
        self.weightLabel.setText(QCoreApplication.translate("EncounterEditor", u"Weight", None))
        self.weightUnit.setText(QCoreApplication.translate("EncounterEditor", u"kg", None))
        self.heightLabel.setText(QCoreApplication.translate("EncounterEditor", u"Height", None))
        self.heightUnit.setText(QCoreApplication.translate("EncounterEditor", u"cm", None))
        self.bpLabel.setText(QCoreApplication.translate("EncounterEditor", u"Blood pressure", None))
#if QT_CONFIG(accessibility)
        self.systolicEdit.setAccessibleName(QCoreApplication.translate("EncounterEditor", u"Systolic blood pressure", None))
#endif // QT_CONFIG(accessibility)
        self.bpSlash.setText(QCoreApplication.translate("EncounterEditor", u"/", None))
#if QT_CONFIG(accessibility)
        self.diastolicEdit.setAccessibleName(QCoreApplication.translate("EncounterEditor", u"Diastolic blood pressure", None))
#endif // QT_CONFIG(accessibility)
        self.bpUnit.setText(QCoreApplication.translate("EncounterEditor", u"mmHg", None))
        self.bmiCaption.setText(QCoreApplication.translate("EncounterEditor", u"BMI", None))
        self.bmiValue.setText(QCoreApplication.translate("EncounterEditor", u"\u2014", None))
#if QT_CONFIG(tooltip)
        self.bmiValue.setToolTip(QCoreApplication.translate("EncounterEditor", u"Body mass index, computed from weight and height", None))
#endif // QT_CONFIG(tooltip)
        self.vitalsError.setText("")
        self.recordVitalsButton.setText(QCoreApplication.translate("EncounterEditor", u"&Record vitals", None))
#if QT_CONFIG(tooltip)
        self.recordVitalsButton.setToolTip(QCoreApplication.translate("EncounterEditor", u"Save these measurements with the time now", None))
#endif // QT_CONFIG(tooltip)
        ___qtreewidgetitem = self.vitalsTree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("EncounterEditor", u"Flags", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("EncounterEditor", u"Measurements", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("EncounterEditor", u"Time", None))
#if QT_CONFIG(accessibility)
        self.vitalsTree.setAccessibleName(QCoreApplication.translate("EncounterEditor", u"Recorded vital signs", None))
#endif // QT_CONFIG(accessibility)
        self.diagnosesGroup.setTitle(QCoreApplication.translate("EncounterEditor", u"Diagnoses (ICD-10)", None))
        self.searchLabel.setText(QCoreApplication.translate("EncounterEditor", u"&Diagnosis", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("EncounterEditor", u"Search ICD-10 by code or words, e.g. J45 or asthma", None))
#if QT_CONFIG(accessibility)
        self.resultsList.setAccessibleName(QCoreApplication.translate("EncounterEditor", u"ICD-10 codes found", None))
#endif // QT_CONFIG(accessibility)
        self.addPrimaryButton.setText(QCoreApplication.translate("EncounterEditor", u"Add as pr&imary", None))
#if QT_CONFIG(tooltip)
        self.addPrimaryButton.setToolTip(QCoreApplication.translate("EncounterEditor", u"The main reason for this consultation; there is exactly one", None))
#endif // QT_CONFIG(tooltip)
        self.addSecondaryButton.setText(QCoreApplication.translate("EncounterEditor", u"Add as sec&ondary", None))
        ___qtreewidgetitem1 = self.diagnosesTree.headerItem()
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("EncounterEditor", u"Role", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("EncounterEditor", u"Description", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("EncounterEditor", u"Code", None))
#if QT_CONFIG(accessibility)
        self.diagnosesTree.setAccessibleName(QCoreApplication.translate("EncounterEditor", u"Diagnoses of this encounter", None))
#endif // QT_CONFIG(accessibility)
        self.makePrimaryButton.setText(QCoreApplication.translate("EncounterEditor", u"Ma&ke primary", None))
#if QT_CONFIG(tooltip)
        self.makePrimaryButton.setToolTip(QCoreApplication.translate("EncounterEditor", u"The chosen diagnosis becomes the primary one; the current primary becomes secondary", None))
#endif // QT_CONFIG(tooltip)
        self.removeDiagnosisButton.setText(QCoreApplication.translate("EncounterEditor", u"Re&move", None))
        self.diagnosesError.setText("")
        self.orderLabsButton.setText(QCoreApplication.translate("EncounterEditor", u"Order &labs\u2026", None))
        self.prescribeButton.setText(QCoreApplication.translate("EncounterEditor", u"Prescri&be\u2026", None))
        self.signButton.setText(QCoreApplication.translate("EncounterEditor", u"Si&gn\u2026", None))
#if QT_CONFIG(tooltip)
        self.signButton.setToolTip(QCoreApplication.translate("EncounterEditor", u"Sign the note: it cannot be changed afterwards; corrections become addenda", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("EncounterEditor", u"Clos&e", None))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("EncounterEditor", u"Save and go back", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

