# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'session_dialog.ui'
##
## Created by: Qt User Interface Compiler
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTableWidget,
    QTableWidgetItem, QTimeEdit, QVBoxLayout, QWidget)

from formadesk.gui.widgets.party_search import PartySearchField

class Ui_SessionDialog(object):
    def setupUi(self, SessionDialog):
        if not SessionDialog.objectName():
            SessionDialog.setObjectName(u"SessionDialog")
        SessionDialog.resize(900, 720)
        SessionDialog.setLocale(QLocale(QLocale.French, QLocale.France))
        self.mainLayout = QVBoxLayout(SessionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formsLayout = QHBoxLayout()
        self.formsLayout.setSpacing(18)
        self.formsLayout.setObjectName(u"formsLayout")
        self.generalLayout = QFormLayout()
        self.generalLayout.setObjectName(u"generalLayout")
        self.generalLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.courseLabel = QLabel(SessionDialog)
        self.courseLabel.setObjectName(u"courseLabel")

        self.generalLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.courseLabel)

        self.courseCombo = QComboBox(SessionDialog)
        self.courseCombo.setObjectName(u"courseCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.courseCombo.sizePolicy().hasHeightForWidth())
        self.courseCombo.setSizePolicy(sizePolicy)
        self.courseCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.courseCombo.setMinimumContentsLength(30)

        self.generalLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.courseCombo)

        self.codeLabel = QLabel(SessionDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.generalLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(SessionDialog)
        self.codeEdit.setObjectName(u"codeEdit")

        self.generalLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.datesLabel = QLabel(SessionDialog)
        self.datesLabel.setObjectName(u"datesLabel")

        self.generalLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.datesLabel)

        self.datesLayout = QHBoxLayout()
        self.datesLayout.setObjectName(u"datesLayout")
        self.startDate = QDateEdit(SessionDialog)
        self.startDate.setObjectName(u"startDate")
        self.startDate.setCalendarPopup(True)

        self.datesLayout.addWidget(self.startDate)

        self.toLabel = QLabel(SessionDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.datesLayout.addWidget(self.toLabel)

        self.endDate = QDateEdit(SessionDialog)
        self.endDate.setObjectName(u"endDate")
        self.endDate.setCalendarPopup(True)

        self.datesLayout.addWidget(self.endDate)

        self.datesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.datesLayout.addItem(self.datesSpacer)


        self.generalLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.datesLayout)

        self.statusLabel = QLabel(SessionDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.generalLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(SessionDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.generalLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.kindLabel = QLabel(SessionDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.generalLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(SessionDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.generalLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.clientLabel = QLabel(SessionDialog)
        self.clientLabel.setObjectName(u"clientLabel")

        self.generalLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.clientLabel)

        self.clientField = PartySearchField(SessionDialog)
        self.clientField.setObjectName(u"clientField")

        self.generalLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.clientField)

        self.placesLabel = QLabel(SessionDialog)
        self.placesLabel.setObjectName(u"placesLabel")

        self.generalLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.placesLabel)

        self.placesLayout = QHBoxLayout()
        self.placesLayout.setObjectName(u"placesLayout")
        self.minSpin = QSpinBox(SessionDialog)
        self.minSpin.setObjectName(u"minSpin")
        self.minSpin.setMaximum(500)

        self.placesLayout.addWidget(self.minSpin)

        self.maxLabel = QLabel(SessionDialog)
        self.maxLabel.setObjectName(u"maxLabel")

        self.placesLayout.addWidget(self.maxLabel)

        self.maxSpin = QSpinBox(SessionDialog)
        self.maxSpin.setObjectName(u"maxSpin")
        self.maxSpin.setMinimum(1)
        self.maxSpin.setMaximum(500)

        self.placesLayout.addWidget(self.maxSpin)

        self.placesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.placesLayout.addItem(self.placesSpacer)


        self.generalLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.placesLayout)

        self.modalityLabel = QLabel(SessionDialog)
        self.modalityLabel.setObjectName(u"modalityLabel")

        self.generalLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.modalityLabel)

        self.modalityCombo = QComboBox(SessionDialog)
        self.modalityCombo.setObjectName(u"modalityCombo")

        self.generalLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.modalityCombo)

        self.priceLabel = QLabel(SessionDialog)
        self.priceLabel.setObjectName(u"priceLabel")

        self.generalLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.priceLabel)

        self.priceEdit = QLineEdit(SessionDialog)
        self.priceEdit.setObjectName(u"priceEdit")

        self.generalLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.priceEdit)

        self.subcontractorLabel = QLabel(SessionDialog)
        self.subcontractorLabel.setObjectName(u"subcontractorLabel")

        self.generalLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.subcontractorLabel)

        self.subcontractorEdit = QLineEdit(SessionDialog)
        self.subcontractorEdit.setObjectName(u"subcontractorEdit")
        self.subcontractorEdit.setMaxLength(200)

        self.generalLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.subcontractorEdit)


        self.formsLayout.addLayout(self.generalLayout)

        self.practicalLayout = QFormLayout()
        self.practicalLayout.setObjectName(u"practicalLayout")
        self.practicalLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.placeLabel = QLabel(SessionDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.practicalLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(SessionDialog)
        self.placeEdit.setObjectName(u"placeEdit")

        self.practicalLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.accessLabel = QLabel(SessionDialog)
        self.accessLabel.setObjectName(u"accessLabel")

        self.practicalLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.accessLabel)

        self.accessEdit = QPlainTextEdit(SessionDialog)
        self.accessEdit.setObjectName(u"accessEdit")
        self.accessEdit.setMaximumSize(QSize(16777215, 72))

        self.practicalLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.accessEdit)

        self.bringLabel = QLabel(SessionDialog)
        self.bringLabel.setObjectName(u"bringLabel")

        self.practicalLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.bringLabel)

        self.bringEdit = QPlainTextEdit(SessionDialog)
        self.bringEdit.setObjectName(u"bringEdit")
        self.bringEdit.setMaximumSize(QSize(16777215, 72))

        self.practicalLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.bringEdit)

        self.notesLabel = QLabel(SessionDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.practicalLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(SessionDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 72))

        self.practicalLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.formsLayout.addLayout(self.practicalLayout)


        self.mainLayout.addLayout(self.formsLayout)

        self.slotsGroup = QGroupBox(SessionDialog)
        self.slotsGroup.setObjectName(u"slotsGroup")
        self.slotsLayout = QVBoxLayout(self.slotsGroup)
        self.slotsLayout.setObjectName(u"slotsLayout")
        self.weekdaysLayout = QHBoxLayout()
        self.weekdaysLayout.setObjectName(u"weekdaysLayout")
        self.weekdaysLabel = QLabel(self.slotsGroup)
        self.weekdaysLabel.setObjectName(u"weekdaysLabel")

        self.weekdaysLayout.addWidget(self.weekdaysLabel)

        self.mondayCheck = QCheckBox(self.slotsGroup)
        self.mondayCheck.setObjectName(u"mondayCheck")
        self.mondayCheck.setChecked(True)

        self.weekdaysLayout.addWidget(self.mondayCheck)

        self.tuesdayCheck = QCheckBox(self.slotsGroup)
        self.tuesdayCheck.setObjectName(u"tuesdayCheck")
        self.tuesdayCheck.setChecked(True)

        self.weekdaysLayout.addWidget(self.tuesdayCheck)

        self.wednesdayCheck = QCheckBox(self.slotsGroup)
        self.wednesdayCheck.setObjectName(u"wednesdayCheck")
        self.wednesdayCheck.setChecked(True)

        self.weekdaysLayout.addWidget(self.wednesdayCheck)

        self.thursdayCheck = QCheckBox(self.slotsGroup)
        self.thursdayCheck.setObjectName(u"thursdayCheck")
        self.thursdayCheck.setChecked(True)

        self.weekdaysLayout.addWidget(self.thursdayCheck)

        self.fridayCheck = QCheckBox(self.slotsGroup)
        self.fridayCheck.setObjectName(u"fridayCheck")
        self.fridayCheck.setChecked(True)

        self.weekdaysLayout.addWidget(self.fridayCheck)

        self.weekdaysSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.weekdaysLayout.addItem(self.weekdaysSpacer)


        self.slotsLayout.addLayout(self.weekdaysLayout)

        self.timesLayout = QHBoxLayout()
        self.timesLayout.setObjectName(u"timesLayout")
        self.morningCheck = QCheckBox(self.slotsGroup)
        self.morningCheck.setObjectName(u"morningCheck")
        self.morningCheck.setChecked(True)

        self.timesLayout.addWidget(self.morningCheck)

        self.morningStart = QTimeEdit(self.slotsGroup)
        self.morningStart.setObjectName(u"morningStart")
        self.morningStart.setTime(QTime(9, 0, 0))

        self.timesLayout.addWidget(self.morningStart)

        self.morningDash = QLabel(self.slotsGroup)
        self.morningDash.setObjectName(u"morningDash")

        self.timesLayout.addWidget(self.morningDash)

        self.morningEnd = QTimeEdit(self.slotsGroup)
        self.morningEnd.setObjectName(u"morningEnd")
        self.morningEnd.setTime(QTime(12, 30, 0))

        self.timesLayout.addWidget(self.morningEnd)

        self.timesGap = QSpacerItem(16, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.timesLayout.addItem(self.timesGap)

        self.afternoonCheck = QCheckBox(self.slotsGroup)
        self.afternoonCheck.setObjectName(u"afternoonCheck")
        self.afternoonCheck.setChecked(True)

        self.timesLayout.addWidget(self.afternoonCheck)

        self.afternoonStart = QTimeEdit(self.slotsGroup)
        self.afternoonStart.setObjectName(u"afternoonStart")
        self.afternoonStart.setTime(QTime(13, 30, 0))

        self.timesLayout.addWidget(self.afternoonStart)

        self.afternoonDash = QLabel(self.slotsGroup)
        self.afternoonDash.setObjectName(u"afternoonDash")

        self.timesLayout.addWidget(self.afternoonDash)

        self.afternoonEnd = QTimeEdit(self.slotsGroup)
        self.afternoonEnd.setObjectName(u"afternoonEnd")
        self.afternoonEnd.setTime(QTime(17, 0, 0))

        self.timesLayout.addWidget(self.afternoonEnd)

        self.timesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timesLayout.addItem(self.timesSpacer)

        self.generateButton = QPushButton(self.slotsGroup)
        self.generateButton.setObjectName(u"generateButton")

        self.timesLayout.addWidget(self.generateButton)


        self.slotsLayout.addLayout(self.timesLayout)

        self.slotTable = QTableWidget(self.slotsGroup)
        if (self.slotTable.columnCount() < 4):
            self.slotTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.slotTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.slotTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.slotTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.slotTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.slotTable.setObjectName(u"slotTable")
        self.slotTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.slotTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.slotTable.horizontalHeader().setStretchLastSection(True)
        self.slotTable.verticalHeader().setVisible(False)

        self.slotsLayout.addWidget(self.slotTable)

        self.slotButtonsLayout = QHBoxLayout()
        self.slotButtonsLayout.setObjectName(u"slotButtonsLayout")
        self.addSlotButton = QPushButton(self.slotsGroup)
        self.addSlotButton.setObjectName(u"addSlotButton")

        self.slotButtonsLayout.addWidget(self.addSlotButton)

        self.removeSlotButton = QPushButton(self.slotsGroup)
        self.removeSlotButton.setObjectName(u"removeSlotButton")

        self.slotButtonsLayout.addWidget(self.removeSlotButton)

        self.slotButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.slotButtonsLayout.addItem(self.slotButtonsSpacer)

        self.hoursLabel = QLabel(self.slotsGroup)
        self.hoursLabel.setObjectName(u"hoursLabel")
        self.hoursLabel.setText(u"Heures planifi\u00e9es : 0 h")

        self.slotButtonsLayout.addWidget(self.hoursLabel)


        self.slotsLayout.addLayout(self.slotButtonsLayout)


        self.mainLayout.addWidget(self.slotsGroup)

        self.errorLabel = QLabel(SessionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c0392b;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SessionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.courseLabel.setBuddy(self.courseCombo)
        self.codeLabel.setBuddy(self.codeEdit)
        self.datesLabel.setBuddy(self.startDate)
        self.statusLabel.setBuddy(self.statusCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.clientLabel.setBuddy(self.clientField)
        self.placesLabel.setBuddy(self.minSpin)
        self.modalityLabel.setBuddy(self.modalityCombo)
        self.priceLabel.setBuddy(self.priceEdit)
        self.subcontractorLabel.setBuddy(self.subcontractorEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.accessLabel.setBuddy(self.accessEdit)
        self.bringLabel.setBuddy(self.bringEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.courseCombo, self.codeEdit)
        QWidget.setTabOrder(self.codeEdit, self.startDate)
        QWidget.setTabOrder(self.startDate, self.endDate)
        QWidget.setTabOrder(self.endDate, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.clientField)
        QWidget.setTabOrder(self.clientField, self.minSpin)
        QWidget.setTabOrder(self.minSpin, self.maxSpin)
        QWidget.setTabOrder(self.maxSpin, self.modalityCombo)
        QWidget.setTabOrder(self.modalityCombo, self.priceEdit)
        QWidget.setTabOrder(self.priceEdit, self.subcontractorEdit)
        QWidget.setTabOrder(self.subcontractorEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.accessEdit)
        QWidget.setTabOrder(self.accessEdit, self.bringEdit)
        QWidget.setTabOrder(self.bringEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.generateButton)
        QWidget.setTabOrder(self.generateButton, self.slotTable)

        self.retranslateUi(SessionDialog)

        QMetaObject.connectSlotsByName(SessionDialog)
    # setupUi

    def retranslateUi(self, SessionDialog):
        SessionDialog.setWindowTitle(QCoreApplication.translate("SessionDialog", u"Session", None))
        self.courseLabel.setText(QCoreApplication.translate("SessionDialog", u"&Formation :", None))
        self.codeLabel.setText(QCoreApplication.translate("SessionDialog", u"&Code :", None))
#if QT_CONFIG(tooltip)
        self.codeEdit.setToolTip(QCoreApplication.translate("SessionDialog", u"Propos\u00e9 automatiquement ; vous pouvez le modifier.", None))
#endif // QT_CONFIG(tooltip)
        self.datesLabel.setText(QCoreApplication.translate("SessionDialog", u"&Dates : du", None))
        self.startDate.setDisplayFormat(QCoreApplication.translate("SessionDialog", u"dd/MM/yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("SessionDialog", u"au", None))
        self.endDate.setDisplayFormat(QCoreApplication.translate("SessionDialog", u"dd/MM/yyyy", None))
        self.statusLabel.setText(QCoreApplication.translate("SessionDialog", u"&Statut :", None))
        self.kindLabel.setText(QCoreApplication.translate("SessionDialog", u"&Type :", None))
        self.clientLabel.setText(QCoreApplication.translate("SessionDialog", u"C&lient (intra) :", None))
        self.placesLabel.setText(QCoreApplication.translate("SessionDialog", u"&Places : min.", None))
        self.maxLabel.setText(QCoreApplication.translate("SessionDialog", u"max.", None))
        self.modalityLabel.setText(QCoreApplication.translate("SessionDialog", u"&Modalit\u00e9 :", None))
        self.priceLabel.setText(QCoreApplication.translate("SessionDialog", u"P&rix (\u20ac) :", None))
#if QT_CONFIG(tooltip)
        self.priceEdit.setToolTip(QCoreApplication.translate("SessionDialog", u"Laissez vide pour appliquer le prix de la formation.", None))
#endif // QT_CONFIG(tooltip)
        self.subcontractorLabel.setText(QCoreApplication.translate("SessionDialog", u"So&us-trait\u00e9e \u00e0 :", None))
        self.subcontractorEdit.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"organisme de formation (vide si l'office l'anime)", None))
#if QT_CONFIG(tooltip)
        self.subcontractorEdit.setToolTip(QCoreApplication.translate("SessionDialog", u"Nom de l'organisme de formation \u00e0 qui la session est confi\u00e9e (sous-traitance, cadre G du BPF). Laissez vide si l'office anime la session lui-m\u00eame.", None))
#endif // QT_CONFIG(tooltip)
        self.placeLabel.setText(QCoreApplication.translate("SessionDialog", u"L&ieu :", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"ex. Centre de formation, 12 rue des Lilas, Lyon", None))
        self.accessLabel.setText(QCoreApplication.translate("SessionDialog", u"&Acc\u00e8s :", None))
        self.accessEdit.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"Transports, parking, \u00e9tage, code d'entr\u00e9e\u2026", None))
        self.bringLabel.setText(QCoreApplication.translate("SessionDialog", u"\u00c0 a&pporter :", None))
        self.bringEdit.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"ex. ordinateur portable, pi\u00e8ce d'identit\u00e9", None))
        self.notesLabel.setText(QCoreApplication.translate("SessionDialog", u"&Notes :", None))
        self.slotsGroup.setTitle(QCoreApplication.translate("SessionDialog", u"S\u00e9ances (demi-journ\u00e9es)", None))
        self.weekdaysLabel.setText(QCoreApplication.translate("SessionDialog", u"Jours :", None))
        self.mondayCheck.setText(QCoreApplication.translate("SessionDialog", u"lundi", None))
        self.tuesdayCheck.setText(QCoreApplication.translate("SessionDialog", u"mardi", None))
        self.wednesdayCheck.setText(QCoreApplication.translate("SessionDialog", u"mercredi", None))
        self.thursdayCheck.setText(QCoreApplication.translate("SessionDialog", u"jeudi", None))
        self.fridayCheck.setText(QCoreApplication.translate("SessionDialog", u"vendredi", None))
        self.morningCheck.setText(QCoreApplication.translate("SessionDialog", u"Matin", None))
        self.morningStart.setDisplayFormat(QCoreApplication.translate("SessionDialog", u"HH:mm", None))
        self.morningDash.setText(QCoreApplication.translate("SessionDialog", u"\u00e0", None))
        self.morningEnd.setDisplayFormat(QCoreApplication.translate("SessionDialog", u"HH:mm", None))
        self.afternoonCheck.setText(QCoreApplication.translate("SessionDialog", u"Apr\u00e8s-midi", None))
        self.afternoonStart.setDisplayFormat(QCoreApplication.translate("SessionDialog", u"HH:mm", None))
        self.afternoonDash.setText(QCoreApplication.translate("SessionDialog", u"\u00e0", None))
        self.afternoonEnd.setDisplayFormat(QCoreApplication.translate("SessionDialog", u"HH:mm", None))
        self.generateButton.setText(QCoreApplication.translate("SessionDialog", u"&G\u00e9n\u00e9rer les demi-journ\u00e9es", None))
#if QT_CONFIG(tooltip)
        self.generateButton.setToolTip(QCoreApplication.translate("SessionDialog", u"Remplace les s\u00e9ances par une demi-journ\u00e9e par jour coch\u00e9, du d\u00e9but \u00e0 la fin de la session (jours f\u00e9ri\u00e9s exclus).", None))
#endif // QT_CONFIG(tooltip)
        ___qtablewidgetitem = self.slotTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SessionDialog", u"Date", None))
        ___qtablewidgetitem1 = self.slotTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SessionDialog", u"D\u00e9but", None))
        ___qtablewidgetitem2 = self.slotTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SessionDialog", u"Fin", None))
        ___qtablewidgetitem3 = self.slotTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SessionDialog", u"Salle", None))
        self.addSlotButton.setText(QCoreApplication.translate("SessionDialog", u"&Ajouter une s\u00e9ance", None))
        self.removeSlotButton.setText(QCoreApplication.translate("SessionDialog", u"Supprimer la s\u00e9a&nce", None))
    # retranslateUi

