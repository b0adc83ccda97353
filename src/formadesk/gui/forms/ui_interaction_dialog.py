# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'interaction_dialog.ui'
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
    QDateEdit, QDateTimeEdit, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from formadesk.gui.widgets.exchange_who import ExchangeWhoField

class Ui_InteractionDialog(object):
    def setupUi(self, InteractionDialog):
        if not InteractionDialog.objectName():
            InteractionDialog.setObjectName(u"InteractionDialog")
        InteractionDialog.resize(760, 620)
        InteractionDialog.setAcceptDrops(True)
        self.mainLayout = QVBoxLayout(InteractionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hintLabel = QLabel(InteractionDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setStyleSheet(u"color: #555555;")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.happenedLabel = QLabel(InteractionDialog)
        self.happenedLabel.setObjectName(u"happenedLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.happenedLabel)

        self.whenLayout = QHBoxLayout()
        self.whenLayout.setObjectName(u"whenLayout")
        self.happenedEdit = QDateTimeEdit(InteractionDialog)
        self.happenedEdit.setObjectName(u"happenedEdit")
        self.happenedEdit.setCalendarPopup(True)

        self.whenLayout.addWidget(self.happenedEdit)

        self.channelLabel = QLabel(InteractionDialog)
        self.channelLabel.setObjectName(u"channelLabel")

        self.whenLayout.addWidget(self.channelLabel)

        self.channelCombo = QComboBox(InteractionDialog)
        self.channelCombo.setObjectName(u"channelCombo")

        self.whenLayout.addWidget(self.channelCombo)

        self.directionLabel = QLabel(InteractionDialog)
        self.directionLabel.setObjectName(u"directionLabel")

        self.whenLayout.addWidget(self.directionLabel)

        self.directionCombo = QComboBox(InteractionDialog)
        self.directionCombo.setObjectName(u"directionCombo")

        self.whenLayout.addWidget(self.directionCombo)

        self.whenSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.whenLayout.addItem(self.whenSpacer)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.whenLayout)

        self.whoLabel = QLabel(InteractionDialog)
        self.whoLabel.setObjectName(u"whoLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.whoLabel)

        self.whoLayout = QHBoxLayout()
        self.whoLayout.setObjectName(u"whoLayout")
        self.whoEdit = ExchangeWhoField(InteractionDialog)
        self.whoEdit.setObjectName(u"whoEdit")

        self.whoLayout.addWidget(self.whoEdit)

        self.whoKindLabel = QLabel(InteractionDialog)
        self.whoKindLabel.setObjectName(u"whoKindLabel")
        self.whoKindLabel.setStyleSheet(u"color: #555555;")

        self.whoLayout.addWidget(self.whoKindLabel)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.whoLayout)

        self.sessionLabel = QLabel(InteractionDialog)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sessionLabel)

        self.sessionCombo = QComboBox(InteractionDialog)
        self.sessionCombo.setObjectName(u"sessionCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.sessionCombo.sizePolicy().hasHeightForWidth())
        self.sessionCombo.setSizePolicy(sizePolicy)
        self.sessionCombo.setMaxVisibleItems(20)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sessionCombo)

        self.subjectLabel = QLabel(InteractionDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectEdit = QLineEdit(InteractionDialog)
        self.subjectEdit.setObjectName(u"subjectEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.subjectEdit)

        self.notesLabel = QLabel(InteractionDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(InteractionDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.followUpLabel = QLabel(InteractionDialog)
        self.followUpLabel.setObjectName(u"followUpLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.followUpLabel)

        self.followUpLayout = QHBoxLayout()
        self.followUpLayout.setObjectName(u"followUpLayout")
        self.followUpCheck = QCheckBox(InteractionDialog)
        self.followUpCheck.setObjectName(u"followUpCheck")

        self.followUpLayout.addWidget(self.followUpCheck)

        self.followUpEdit = QDateEdit(InteractionDialog)
        self.followUpEdit.setObjectName(u"followUpEdit")
        self.followUpEdit.setCalendarPopup(True)

        self.followUpLayout.addWidget(self.followUpEdit)

        self.weekButton = QPushButton(InteractionDialog)
        self.weekButton.setObjectName(u"weekButton")

        self.followUpLayout.addWidget(self.weekButton)

        self.twoWeeksButton = QPushButton(InteractionDialog)
        self.twoWeeksButton.setObjectName(u"twoWeeksButton")

        self.followUpLayout.addWidget(self.twoWeeksButton)

        self.monthButton = QPushButton(InteractionDialog)
        self.monthButton.setObjectName(u"monthButton")

        self.followUpLayout.addWidget(self.monthButton)

        self.followUpSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.followUpLayout.addItem(self.followUpSpacer)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.followUpLayout)

        self.attachmentsLabel = QLabel(InteractionDialog)
        self.attachmentsLabel.setObjectName(u"attachmentsLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.attachmentsLabel)

        self.attachmentsLayout = QHBoxLayout()
        self.attachmentsLayout.setObjectName(u"attachmentsLayout")
        self.attachmentsList = QListWidget(InteractionDialog)
        self.attachmentsList.setObjectName(u"attachmentsList")
        self.attachmentsList.setMaximumSize(QSize(16777215, 96))

        self.attachmentsLayout.addWidget(self.attachmentsList)

        self.attachmentButtons = QVBoxLayout()
        self.attachmentButtons.setObjectName(u"attachmentButtons")
        self.addFileButton = QPushButton(InteractionDialog)
        self.addFileButton.setObjectName(u"addFileButton")

        self.attachmentButtons.addWidget(self.addFileButton)

        self.openFileButton = QPushButton(InteractionDialog)
        self.openFileButton.setObjectName(u"openFileButton")

        self.attachmentButtons.addWidget(self.openFileButton)

        self.removeFileButton = QPushButton(InteractionDialog)
        self.removeFileButton.setObjectName(u"removeFileButton")

        self.attachmentButtons.addWidget(self.removeFileButton)


        self.attachmentsLayout.addLayout(self.attachmentButtons)


        self.formLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.attachmentsLayout)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(InteractionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c0392b;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(InteractionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.happenedLabel.setBuddy(self.happenedEdit)
        self.channelLabel.setBuddy(self.channelCombo)
        self.directionLabel.setBuddy(self.directionCombo)
        self.whoLabel.setBuddy(self.whoEdit)
        self.sessionLabel.setBuddy(self.sessionCombo)
        self.subjectLabel.setBuddy(self.subjectEdit)
        self.notesLabel.setBuddy(self.notesEdit)
        self.attachmentsLabel.setBuddy(self.attachmentsList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.whoEdit, self.subjectEdit)
        QWidget.setTabOrder(self.subjectEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.happenedEdit)
        QWidget.setTabOrder(self.happenedEdit, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.directionCombo)
        QWidget.setTabOrder(self.directionCombo, self.sessionCombo)
        QWidget.setTabOrder(self.sessionCombo, self.followUpCheck)
        QWidget.setTabOrder(self.followUpCheck, self.followUpEdit)
        QWidget.setTabOrder(self.followUpEdit, self.weekButton)
        QWidget.setTabOrder(self.weekButton, self.twoWeeksButton)
        QWidget.setTabOrder(self.twoWeeksButton, self.monthButton)
        QWidget.setTabOrder(self.monthButton, self.attachmentsList)
        QWidget.setTabOrder(self.attachmentsList, self.addFileButton)
        QWidget.setTabOrder(self.addFileButton, self.openFileButton)
        QWidget.setTabOrder(self.openFileButton, self.removeFileButton)

        self.retranslateUi(InteractionDialog)

        QMetaObject.connectSlotsByName(InteractionDialog)
    # setupUi

    def retranslateUi(self, InteractionDialog):
        InteractionDialog.setWindowTitle(QCoreApplication.translate("InteractionDialog", u"Noter un \u00e9change", None))
        self.hintLabel.setText(QCoreApplication.translate("InteractionDialog", u"Glissez ici un e-mail (.eml, .msg) ou un fichier : l'exp\u00e9diteur, la date et l'objet d'un e-mail sont repris. Ctrl+Entr\u00e9e enregistre.", None))
        self.happenedLabel.setText(QCoreApplication.translate("InteractionDialog", u"&Quand :", None))
        self.happenedEdit.setDisplayFormat(QCoreApplication.translate("InteractionDialog", u"dd/MM/yyyy HH:mm", None))
        self.channelLabel.setText(QCoreApplication.translate("InteractionDialog", u"&Canal :", None))
        self.directionLabel.setText(QCoreApplication.translate("InteractionDialog", u"S&ens :", None))
        self.whoLabel.setText(QCoreApplication.translate("InteractionDialog", u"&Avec qui :", None))
        self.sessionLabel.setText(QCoreApplication.translate("InteractionDialog", u"Se&ssion :", None))
        self.subjectLabel.setText(QCoreApplication.translate("InteractionDialog", u"&Objet :", None))
        self.subjectEdit.setPlaceholderText(QCoreApplication.translate("InteractionDialog", u"Demande de devis, report d'inscription, attestation manquante\u2026", None))
        self.notesLabel.setText(QCoreApplication.translate("InteractionDialog", u"&Texte :", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("InteractionDialog", u"Ce qui a \u00e9t\u00e9 dit ou demand\u00e9, ce qui a \u00e9t\u00e9 promis.", None))
        self.followUpLabel.setText(QCoreApplication.translate("InteractionDialog", u"Relance :", None))
        self.followUpCheck.setText(QCoreApplication.translate("InteractionDialog", u"&Relancer le", None))
        self.followUpEdit.setDisplayFormat(QCoreApplication.translate("InteractionDialog", u"dd/MM/yyyy", None))
        self.weekButton.setText(QCoreApplication.translate("InteractionDialog", u"+1 semaine", None))
        self.twoWeeksButton.setText(QCoreApplication.translate("InteractionDialog", u"+2 semaines", None))
        self.monthButton.setText(QCoreApplication.translate("InteractionDialog", u"+1 mois", None))
        self.attachmentsLabel.setText(QCoreApplication.translate("InteractionDialog", u"&Pi\u00e8ces jointes :", None))
        self.addFileButton.setText(QCoreApplication.translate("InteractionDialog", u"A&jouter un fichier\u2026", None))
        self.openFileButton.setText(QCoreApplication.translate("InteractionDialog", u"O&uvrir", None))
        self.removeFileButton.setText(QCoreApplication.translate("InteractionDialog", u"Re&tirer", None))
    # retranslateUi

