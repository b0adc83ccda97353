# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'learner_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_LearnerDialog(object):
    def setupUi(self, LearnerDialog):
        if not LearnerDialog.objectName():
            LearnerDialog.setObjectName(u"LearnerDialog")
        LearnerDialog.resize(860, 440)
        self.mainLayout = QVBoxLayout(LearnerDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.identityBox = QGroupBox(LearnerDialog)
        self.identityBox.setObjectName(u"identityBox")
        self.identityLayout = QFormLayout(self.identityBox)
        self.identityLayout.setObjectName(u"identityLayout")
        self.civilityLabel = QLabel(self.identityBox)
        self.civilityLabel.setObjectName(u"civilityLabel")

        self.identityLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.civilityLabel)

        self.civilityCombo = QComboBox(self.identityBox)
        self.civilityCombo.setObjectName(u"civilityCombo")

        self.identityLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.civilityCombo)

        self.lastNameLabel = QLabel(self.identityBox)
        self.lastNameLabel.setObjectName(u"lastNameLabel")

        self.identityLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lastNameLabel)

        self.lastNameEdit = QLineEdit(self.identityBox)
        self.lastNameEdit.setObjectName(u"lastNameEdit")
        self.lastNameEdit.setMaxLength(100)

        self.identityLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lastNameEdit)

        self.firstNameLabel = QLabel(self.identityBox)
        self.firstNameLabel.setObjectName(u"firstNameLabel")

        self.identityLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.firstNameLabel)

        self.firstNameEdit = QLineEdit(self.identityBox)
        self.firstNameEdit.setObjectName(u"firstNameEdit")
        self.firstNameEdit.setMaxLength(100)

        self.identityLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.firstNameEdit)

        self.birthNameLabel = QLabel(self.identityBox)
        self.birthNameLabel.setObjectName(u"birthNameLabel")

        self.identityLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.birthNameLabel)

        self.birthNameEdit = QLineEdit(self.identityBox)
        self.birthNameEdit.setObjectName(u"birthNameEdit")
        self.birthNameEdit.setMaxLength(100)

        self.identityLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.birthNameEdit)

        self.birthDateLabel = QLabel(self.identityBox)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.identityLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.birthDateLabel)

        self.birthDateEdit = QLineEdit(self.identityBox)
        self.birthDateEdit.setObjectName(u"birthDateEdit")
        self.birthDateEdit.setMaximumSize(QSize(130, 16777215))

        self.identityLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.birthDateEdit)

        self.emailLabel = QLabel(self.identityBox)
        self.emailLabel.setObjectName(u"emailLabel")

        self.identityLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.identityBox)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.identityLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneLabel = QLabel(self.identityBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.identityLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.identityBox)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(30)

        self.identityLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.addressLabel = QLabel(self.identityBox)
        self.addressLabel.setObjectName(u"addressLabel")

        self.identityLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.identityBox)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(300)

        self.identityLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.cityLabel = QLabel(self.identityBox)
        self.cityLabel.setObjectName(u"cityLabel")

        self.identityLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.cityLayout = QHBoxLayout()
        self.cityLayout.setObjectName(u"cityLayout")
        self.postalCodeEdit = QLineEdit(self.identityBox)
        self.postalCodeEdit.setObjectName(u"postalCodeEdit")
        self.postalCodeEdit.setMaximumSize(QSize(80, 16777215))
        self.postalCodeEdit.setMaxLength(10)

        self.cityLayout.addWidget(self.postalCodeEdit)

        self.cityEdit = QLineEdit(self.identityBox)
        self.cityEdit.setObjectName(u"cityEdit")
        self.cityEdit.setMaxLength(100)

        self.cityLayout.addWidget(self.cityEdit)


        self.identityLayout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.cityLayout)


        self.columnsLayout.addWidget(self.identityBox)

        self.rightLayout = QVBoxLayout()
        self.rightLayout.setObjectName(u"rightLayout")
        self.situationBox = QGroupBox(LearnerDialog)
        self.situationBox.setObjectName(u"situationBox")
        self.situationLayout = QFormLayout(self.situationBox)
        self.situationLayout.setObjectName(u"situationLayout")
        self.statusLabel = QLabel(self.situationBox)
        self.statusLabel.setObjectName(u"statusLabel")

        self.situationLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.situationBox)
        self.statusCombo.setObjectName(u"statusCombo")

        self.situationLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.employerLabel = QLabel(self.situationBox)
        self.employerLabel.setObjectName(u"employerLabel")

        self.situationLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.employerLabel)

        self.employerEdit = QLineEdit(self.situationBox)
        self.employerEdit.setObjectName(u"employerEdit")
        self.employerEdit.setMaxLength(200)

        self.situationLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.employerEdit)

        self.employerSiretLabel = QLabel(self.situationBox)
        self.employerSiretLabel.setObjectName(u"employerSiretLabel")

        self.situationLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.employerSiretLabel)

        self.employerSiretEdit = QLineEdit(self.situationBox)
        self.employerSiretEdit.setObjectName(u"employerSiretEdit")
        self.employerSiretEdit.setMaxLength(20)

        self.situationLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.employerSiretEdit)

        self.jobTitleLabel = QLabel(self.situationBox)
        self.jobTitleLabel.setObjectName(u"jobTitleLabel")

        self.situationLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.jobTitleLabel)

        self.jobTitleEdit = QLineEdit(self.situationBox)
        self.jobTitleEdit.setObjectName(u"jobTitleEdit")
        self.jobTitleEdit.setMaxLength(200)

        self.situationLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.jobTitleEdit)


        self.rightLayout.addWidget(self.situationBox)

        self.accessibilityBox = QGroupBox(LearnerDialog)
        self.accessibilityBox.setObjectName(u"accessibilityBox")
        self.accessibilityLayout = QVBoxLayout(self.accessibilityBox)
        self.accessibilityLayout.setObjectName(u"accessibilityLayout")
        self.accessibilityLabel = QLabel(self.accessibilityBox)
        self.accessibilityLabel.setObjectName(u"accessibilityLabel")

        self.accessibilityLayout.addWidget(self.accessibilityLabel)

        self.accessibilityEdit = QPlainTextEdit(self.accessibilityBox)
        self.accessibilityEdit.setObjectName(u"accessibilityEdit")
        self.accessibilityEdit.setMaximumSize(QSize(16777215, 80))
        self.accessibilityEdit.setTabChangesFocus(True)

        self.accessibilityLayout.addWidget(self.accessibilityEdit)

        self.accessibleRoomCheck = QCheckBox(self.accessibilityBox)
        self.accessibleRoomCheck.setObjectName(u"accessibleRoomCheck")

        self.accessibilityLayout.addWidget(self.accessibleRoomCheck)


        self.rightLayout.addWidget(self.accessibilityBox)

        self.notesBox = QGroupBox(LearnerDialog)
        self.notesBox.setObjectName(u"notesBox")
        self.notesLayout = QVBoxLayout(self.notesBox)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesEdit = QPlainTextEdit(self.notesBox)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.notesLayout.addWidget(self.notesEdit)


        self.rightLayout.addWidget(self.notesBox)


        self.columnsLayout.addLayout(self.rightLayout)


        self.mainLayout.addLayout(self.columnsLayout)

        self.errorLabel = QLabel(LearnerDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #a93226; font-weight: bold;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(LearnerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.civilityLabel.setBuddy(self.civilityCombo)
        self.lastNameLabel.setBuddy(self.lastNameEdit)
        self.firstNameLabel.setBuddy(self.firstNameEdit)
        self.birthNameLabel.setBuddy(self.birthNameEdit)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.cityLabel.setBuddy(self.postalCodeEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.employerLabel.setBuddy(self.employerEdit)
        self.employerSiretLabel.setBuddy(self.employerSiretEdit)
        self.jobTitleLabel.setBuddy(self.jobTitleEdit)
        self.accessibilityLabel.setBuddy(self.accessibilityEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.civilityCombo, self.lastNameEdit)
        QWidget.setTabOrder(self.lastNameEdit, self.firstNameEdit)
        QWidget.setTabOrder(self.firstNameEdit, self.birthNameEdit)
        QWidget.setTabOrder(self.birthNameEdit, self.birthDateEdit)
        QWidget.setTabOrder(self.birthDateEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.postalCodeEdit)
        QWidget.setTabOrder(self.postalCodeEdit, self.cityEdit)
        QWidget.setTabOrder(self.cityEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.employerEdit)
        QWidget.setTabOrder(self.employerEdit, self.employerSiretEdit)
        QWidget.setTabOrder(self.employerSiretEdit, self.jobTitleEdit)
        QWidget.setTabOrder(self.jobTitleEdit, self.accessibilityEdit)
        QWidget.setTabOrder(self.accessibilityEdit, self.accessibleRoomCheck)
        QWidget.setTabOrder(self.accessibleRoomCheck, self.notesEdit)

        self.retranslateUi(LearnerDialog)
        self.buttonBox.accepted.connect(LearnerDialog.accept)
        self.buttonBox.rejected.connect(LearnerDialog.reject)

        QMetaObject.connectSlotsByName(LearnerDialog)
    # setupUi

    def retranslateUi(self, LearnerDialog):
        LearnerDialog.setWindowTitle(QCoreApplication.translate("LearnerDialog", u"Apprenant", None))
        self.identityBox.setTitle(QCoreApplication.translate("LearnerDialog", u"Identit\u00e9 et coordonn\u00e9es", None))
        self.civilityLabel.setText(QCoreApplication.translate("LearnerDialog", u"&Civilit\u00e9 :", None))
        self.lastNameLabel.setText(QCoreApplication.translate("LearnerDialog", u"&Nom :", None))
        self.lastNameEdit.setPlaceholderText(QCoreApplication.translate("LearnerDialog", u"obligatoire", None))
        self.firstNameLabel.setText(QCoreApplication.translate("LearnerDialog", u"&Pr\u00e9nom :", None))
        self.firstNameEdit.setPlaceholderText(QCoreApplication.translate("LearnerDialog", u"obligatoire", None))
        self.birthNameLabel.setText(QCoreApplication.translate("LearnerDialog", u"Nom de &naissance :", None))
        self.birthNameEdit.setPlaceholderText(QCoreApplication.translate("LearnerDialog", u"s'il diff\u00e8re du nom d'usage", None))
        self.birthDateLabel.setText(QCoreApplication.translate("LearnerDialog", u"Date de naissance :", None))
#if QT_CONFIG(tooltip)
        self.birthDateEdit.setToolTip(QCoreApplication.translate("LearnerDialog", u"Saisissez la date sous la forme JJ/MM/AAAA ; laissez vide si elle n'est pas connue.", None))
#endif // QT_CONFIG(tooltip)
        self.birthDateEdit.setPlaceholderText(QCoreApplication.translate("LearnerDialog", u"JJ/MM/AAAA", None))
        self.emailLabel.setText(QCoreApplication.translate("LearnerDialog", u"&E-mail :", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("LearnerDialog", u"prenom.nom@exemple.fr", None))
        self.phoneLabel.setText(QCoreApplication.translate("LearnerDialog", u"&T\u00e9l\u00e9phone :", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("LearnerDialog", u"06 12 34 56 78", None))
        self.addressLabel.setText(QCoreApplication.translate("LearnerDialog", u"&Adresse :", None))
        self.cityLabel.setText(QCoreApplication.translate("LearnerDialog", u"Code postal, &ville :", None))
        self.situationBox.setTitle(QCoreApplication.translate("LearnerDialog", u"Situation professionnelle", None))
        self.statusLabel.setText(QCoreApplication.translate("LearnerDialog", u"&Statut :", None))
        self.employerLabel.setText(QCoreApplication.translate("LearnerDialog", u"E&mployeur :", None))
        self.employerSiretLabel.setText(QCoreApplication.translate("LearnerDialog", u"SIRET de l'employeur :", None))
        self.employerSiretEdit.setPlaceholderText(QCoreApplication.translate("LearnerDialog", u"14 chiffres", None))
        self.jobTitleLabel.setText(QCoreApplication.translate("LearnerDialog", u"&Fonction :", None))
        self.accessibilityBox.setTitle(QCoreApplication.translate("LearnerDialog", u"Accessibilit\u00e9", None))
        self.accessibilityLabel.setText(QCoreApplication.translate("LearnerDialog", u"Besoins d'a&daptation (handicap, am\u00e9nagements) :", None))
        self.accessibleRoomCheck.setText(QCoreApplication.translate("LearnerDialog", u"A besoin d'une salle accessible (&PMR)", None))
        self.notesBox.setTitle(QCoreApplication.translate("LearnerDialog", u"N&otes", None))
    # retranslateUi

