# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaint_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from formadesk.gui.widgets.party_search import PartySearchField

class Ui_ComplaintDialog(object):
    def setupUi(self, ComplaintDialog):
        if not ComplaintDialog.objectName():
            ComplaintDialog.setObjectName(u"ComplaintDialog")
        ComplaintDialog.resize(1040, 660)
        self.mainLayout = QVBoxLayout(ComplaintDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.receiptGroup = QGroupBox(ComplaintDialog)
        self.receiptGroup.setObjectName(u"receiptGroup")
        self.receiptLayout = QFormLayout(self.receiptGroup)
        self.receiptLayout.setObjectName(u"receiptLayout")
        self.receiptLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.receivedLabel = QLabel(self.receiptGroup)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.receiptLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.receivedLabel)

        self.receivedEdit = QDateEdit(self.receiptGroup)
        self.receivedEdit.setObjectName(u"receivedEdit")
        self.receivedEdit.setCalendarPopup(True)

        self.receiptLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.receivedEdit)

        self.channelLabel = QLabel(self.receiptGroup)
        self.channelLabel.setObjectName(u"channelLabel")

        self.receiptLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(self.receiptGroup)
        self.channelCombo.setObjectName(u"channelCombo")

        self.receiptLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.authorLabel = QLabel(self.receiptGroup)
        self.authorLabel.setObjectName(u"authorLabel")

        self.receiptLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.authorLabel)

        self.authorEdit = QLineEdit(self.receiptGroup)
        self.authorEdit.setObjectName(u"authorEdit")

        self.receiptLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.authorEdit)

        self.learnerLabel = QLabel(self.receiptGroup)
        self.learnerLabel.setObjectName(u"learnerLabel")

        self.receiptLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.learnerLabel)

        self.learnerEdit = QLineEdit(self.receiptGroup)
        self.learnerEdit.setObjectName(u"learnerEdit")

        self.receiptLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.learnerEdit)

        self.clientLabel = QLabel(self.receiptGroup)
        self.clientLabel.setObjectName(u"clientLabel")

        self.receiptLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.clientLabel)

        self.clientEdit = PartySearchField(self.receiptGroup)
        self.clientEdit.setObjectName(u"clientEdit")

        self.receiptLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.clientEdit)

        self.contactLabel = QLabel(self.receiptGroup)
        self.contactLabel.setObjectName(u"contactLabel")

        self.receiptLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactCombo = QComboBox(self.receiptGroup)
        self.contactCombo.setObjectName(u"contactCombo")

        self.receiptLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.contactCombo)

        self.sessionLabel = QLabel(self.receiptGroup)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.receiptLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.sessionLabel)

        self.sessionCombo = QComboBox(self.receiptGroup)
        self.sessionCombo.setObjectName(u"sessionCombo")

        self.receiptLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.sessionCombo)

        self.trainerLabel = QLabel(self.receiptGroup)
        self.trainerLabel.setObjectName(u"trainerLabel")

        self.receiptLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.trainerLabel)

        self.trainerCombo = QComboBox(self.receiptGroup)
        self.trainerCombo.setObjectName(u"trainerCombo")

        self.receiptLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.trainerCombo)

        self.subjectLabel = QLabel(self.receiptGroup)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.receiptLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectEdit = QLineEdit(self.receiptGroup)
        self.subjectEdit.setObjectName(u"subjectEdit")

        self.receiptLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.subjectEdit)

        self.descriptionLabel = QLabel(self.receiptGroup)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.receiptLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(self.receiptGroup)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMinimumSize(QSize(0, 90))

        self.receiptLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.columnsLayout.addWidget(self.receiptGroup)

        self.rightLayout = QVBoxLayout()
        self.rightLayout.setObjectName(u"rightLayout")
        self.stepsGroup = QGroupBox(ComplaintDialog)
        self.stepsGroup.setObjectName(u"stepsGroup")
        self.stepsLayout = QFormLayout(self.stepsGroup)
        self.stepsLayout.setObjectName(u"stepsLayout")
        self.stepsLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.ackByLabel = QLabel(self.stepsGroup)
        self.ackByLabel.setObjectName(u"ackByLabel")

        self.stepsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ackByLabel)

        self.ackLayout = QHBoxLayout()
        self.ackLayout.setObjectName(u"ackLayout")
        self.ackByEdit = QDateEdit(self.stepsGroup)
        self.ackByEdit.setObjectName(u"ackByEdit")
        self.ackByEdit.setCalendarPopup(True)

        self.ackLayout.addWidget(self.ackByEdit)

        self.ackCheck = QCheckBox(self.stepsGroup)
        self.ackCheck.setObjectName(u"ackCheck")

        self.ackLayout.addWidget(self.ackCheck)

        self.ackEdit = QDateEdit(self.stepsGroup)
        self.ackEdit.setObjectName(u"ackEdit")
        self.ackEdit.setCalendarPopup(True)

        self.ackLayout.addWidget(self.ackEdit)

        self.ackLayoutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ackLayout.addItem(self.ackLayoutSpacer)


        self.stepsLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.ackLayout)

        self.answerByLabel = QLabel(self.stepsGroup)
        self.answerByLabel.setObjectName(u"answerByLabel")

        self.stepsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.answerByLabel)

        self.answerLayout = QHBoxLayout()
        self.answerLayout.setObjectName(u"answerLayout")
        self.answerByEdit = QDateEdit(self.stepsGroup)
        self.answerByEdit.setObjectName(u"answerByEdit")
        self.answerByEdit.setCalendarPopup(True)

        self.answerLayout.addWidget(self.answerByEdit)

        self.answerCheck = QCheckBox(self.stepsGroup)
        self.answerCheck.setObjectName(u"answerCheck")

        self.answerLayout.addWidget(self.answerCheck)

        self.answerEdit = QDateEdit(self.stepsGroup)
        self.answerEdit.setObjectName(u"answerEdit")
        self.answerEdit.setCalendarPopup(True)

        self.answerLayout.addWidget(self.answerEdit)

        self.answerLayoutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.answerLayout.addItem(self.answerLayoutSpacer)


        self.stepsLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.answerLayout)

        self.analysisLabel = QLabel(self.stepsGroup)
        self.analysisLabel.setObjectName(u"analysisLabel")

        self.stepsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.analysisLabel)

        self.analysisEdit = QPlainTextEdit(self.stepsGroup)
        self.analysisEdit.setObjectName(u"analysisEdit")
        self.analysisEdit.setTabChangesFocus(True)
        self.analysisEdit.setMinimumSize(QSize(0, 50))

        self.stepsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.analysisEdit)

        self.answerTextLabel = QLabel(self.stepsGroup)
        self.answerTextLabel.setObjectName(u"answerTextLabel")

        self.stepsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.answerTextLabel)

        self.answerTextEdit = QPlainTextEdit(self.stepsGroup)
        self.answerTextEdit.setObjectName(u"answerTextEdit")
        self.answerTextEdit.setTabChangesFocus(True)
        self.answerTextEdit.setMinimumSize(QSize(0, 60))

        self.stepsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.answerTextEdit)

        self.closeLabel = QLabel(self.stepsGroup)
        self.closeLabel.setObjectName(u"closeLabel")

        self.stepsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.closeLabel)

        self.closeLayout = QHBoxLayout()
        self.closeLayout.setObjectName(u"closeLayout")
        self.closeCheck = QCheckBox(self.stepsGroup)
        self.closeCheck.setObjectName(u"closeCheck")

        self.closeLayout.addWidget(self.closeCheck)

        self.closeEdit = QDateEdit(self.stepsGroup)
        self.closeEdit.setObjectName(u"closeEdit")
        self.closeEdit.setCalendarPopup(True)

        self.closeLayout.addWidget(self.closeEdit)

        self.closeLayoutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.closeLayout.addItem(self.closeLayoutSpacer)


        self.stepsLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.closeLayout)


        self.rightLayout.addWidget(self.stepsGroup)

        self.followGroup = QGroupBox(ComplaintDialog)
        self.followGroup.setObjectName(u"followGroup")
        self.followLayout = QVBoxLayout(self.followGroup)
        self.followLayout.setObjectName(u"followLayout")
        self.taskList = QListWidget(self.followGroup)
        self.taskList.setObjectName(u"taskList")
        self.taskList.setMaximumSize(QSize(16777215, 60))

        self.followLayout.addWidget(self.taskList)

        self.actionList = QListWidget(self.followGroup)
        self.actionList.setObjectName(u"actionList")

        self.followLayout.addWidget(self.actionList)

        self.actionButtons = QHBoxLayout()
        self.actionButtons.setObjectName(u"actionButtons")
        self.newActionButton = QPushButton(self.followGroup)
        self.newActionButton.setObjectName(u"newActionButton")

        self.actionButtons.addWidget(self.newActionButton)

        self.openActionButton = QPushButton(self.followGroup)
        self.openActionButton.setObjectName(u"openActionButton")

        self.actionButtons.addWidget(self.openActionButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionButtons.addItem(self.actionSpacer)


        self.followLayout.addLayout(self.actionButtons)


        self.rightLayout.addWidget(self.followGroup)


        self.columnsLayout.addLayout(self.rightLayout)


        self.mainLayout.addLayout(self.columnsLayout)

        self.errorLabel = QLabel(ComplaintDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c0392b;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ComplaintDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.receivedLabel.setBuddy(self.receivedEdit)
        self.channelLabel.setBuddy(self.channelCombo)
        self.authorLabel.setBuddy(self.authorEdit)
        self.learnerLabel.setBuddy(self.learnerEdit)
        self.clientLabel.setBuddy(self.clientEdit)
        self.contactLabel.setBuddy(self.contactCombo)
        self.sessionLabel.setBuddy(self.sessionCombo)
        self.trainerLabel.setBuddy(self.trainerCombo)
        self.subjectLabel.setBuddy(self.subjectEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.ackByLabel.setBuddy(self.ackByEdit)
        self.answerByLabel.setBuddy(self.answerByEdit)
        self.analysisLabel.setBuddy(self.analysisEdit)
        self.answerTextLabel.setBuddy(self.answerTextEdit)
        self.closeLabel.setBuddy(self.closeCheck)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.receivedEdit, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.authorEdit)
        QWidget.setTabOrder(self.authorEdit, self.learnerEdit)
        QWidget.setTabOrder(self.learnerEdit, self.clientEdit)
        QWidget.setTabOrder(self.clientEdit, self.contactCombo)
        QWidget.setTabOrder(self.contactCombo, self.sessionCombo)
        QWidget.setTabOrder(self.sessionCombo, self.trainerCombo)
        QWidget.setTabOrder(self.trainerCombo, self.subjectEdit)
        QWidget.setTabOrder(self.subjectEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.ackByEdit)
        QWidget.setTabOrder(self.ackByEdit, self.ackCheck)
        QWidget.setTabOrder(self.ackCheck, self.ackEdit)
        QWidget.setTabOrder(self.ackEdit, self.answerByEdit)
        QWidget.setTabOrder(self.answerByEdit, self.answerCheck)
        QWidget.setTabOrder(self.answerCheck, self.answerEdit)
        QWidget.setTabOrder(self.answerEdit, self.analysisEdit)
        QWidget.setTabOrder(self.analysisEdit, self.answerTextEdit)
        QWidget.setTabOrder(self.answerTextEdit, self.closeCheck)
        QWidget.setTabOrder(self.closeCheck, self.closeEdit)

        self.retranslateUi(ComplaintDialog)

        QMetaObject.connectSlotsByName(ComplaintDialog)
    # setupUi

    def retranslateUi(self, ComplaintDialog):
        ComplaintDialog.setWindowTitle(QCoreApplication.translate("ComplaintDialog", u"R\u00e9clamation", None))
        self.receiptGroup.setTitle(QCoreApplication.translate("ComplaintDialog", u"R\u00e9ception", None))
        self.receivedLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Re\u00e7ue &le :", None))
        self.receivedEdit.setDisplayFormat(QCoreApplication.translate("ComplaintDialog", u"dd/MM/yyyy", None))
        self.channelLabel.setText(QCoreApplication.translate("ComplaintDialog", u"&Par :", None))
        self.authorLabel.setText(QCoreApplication.translate("ComplaintDialog", u"&De la part de :", None))
        self.authorEdit.setPlaceholderText(QCoreApplication.translate("ComplaintDialog", u"Nom de la personne ou de la structure", None))
        self.learnerLabel.setText(QCoreApplication.translate("ComplaintDialog", u"&Apprenant :", None))
        self.learnerEdit.setPlaceholderText(QCoreApplication.translate("ComplaintDialog", u"Rechercher un apprenant (nom, pr\u00e9nom)\u2026", None))
        self.clientLabel.setText(QCoreApplication.translate("ComplaintDialog", u"C&lient :", None))
        self.contactLabel.setText(QCoreApplication.translate("ComplaintDialog", u"C&ontact :", None))
        self.sessionLabel.setText(QCoreApplication.translate("ComplaintDialog", u"&Session :", None))
        self.trainerLabel.setText(QCoreApplication.translate("ComplaintDialog", u"&Formateur concern\u00e9 :", None))
        self.subjectLabel.setText(QCoreApplication.translate("ComplaintDialog", u"O&bjet :", None))
        self.subjectEdit.setPlaceholderText(QCoreApplication.translate("ComplaintDialog", u"En quelques mots : ce qui est reproch\u00e9", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ComplaintDialog", u"D&escription :", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("ComplaintDialog", u"Les faits rapport\u00e9s, tels que re\u00e7us", None))
        self.stepsGroup.setTitle(QCoreApplication.translate("ComplaintDialog", u"Traitement", None))
        self.ackByLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Accus\u00e9 de r\u00e9ception &avant le :", None))
        self.ackByEdit.setDisplayFormat(QCoreApplication.translate("ComplaintDialog", u"dd/MM/yyyy", None))
        self.ackCheck.setText(QCoreApplication.translate("ComplaintDialog", u"envoy\u00e9 le", None))
        self.ackEdit.setDisplayFormat(QCoreApplication.translate("ComplaintDialog", u"dd/MM/yyyy", None))
        self.answerByLabel.setText(QCoreApplication.translate("ComplaintDialog", u"R\u00e9&ponse avant le :", None))
        self.answerByEdit.setDisplayFormat(QCoreApplication.translate("ComplaintDialog", u"dd/MM/yyyy", None))
        self.answerCheck.setText(QCoreApplication.translate("ComplaintDialog", u"envoy\u00e9e le", None))
        self.answerEdit.setDisplayFormat(QCoreApplication.translate("ComplaintDialog", u"dd/MM/yyyy", None))
        self.analysisLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Anal&yse :", None))
        self.analysisEdit.setPlaceholderText(QCoreApplication.translate("ComplaintDialog", u"Causes, v\u00e9rifications faites", None))
        self.answerTextLabel.setText(QCoreApplication.translate("ComplaintDialog", u"R\u00e9ponse apport\u00e9e :", None))
        self.answerTextEdit.setPlaceholderText(QCoreApplication.translate("ComplaintDialog", u"Ce qui a \u00e9t\u00e9 r\u00e9pondu \u00e0 la personne", None))
        self.closeLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Cl\u00f4ture :", None))
        self.closeCheck.setText(QCoreApplication.translate("ComplaintDialog", u"cl\u00f4tur\u00e9e le", None))
        self.closeEdit.setDisplayFormat(QCoreApplication.translate("ComplaintDialog", u"dd/MM/yyyy", None))
        self.followGroup.setTitle(QCoreApplication.translate("ComplaintDialog", u"T\u00e2ches et actions d'am\u00e9lioration", None))
        self.newActionButton.setText(QCoreApplication.translate("ComplaintDialog", u"&Nouvelle action\u2026", None))
        self.openActionButton.setText(QCoreApplication.translate("ComplaintDialog", u"&Ouvrir l'action\u2026", None))
    # retranslateUi

