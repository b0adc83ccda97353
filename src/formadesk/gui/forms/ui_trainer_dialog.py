# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'trainer_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QRadioButton, QSizePolicy, QTabWidget,
    QVBoxLayout, QWidget)

from formadesk.gui.widgets.periods import PeriodsEditor

class Ui_TrainerDialog(object):
    def setupUi(self, TrainerDialog):
        if not TrainerDialog.objectName():
            TrainerDialog.setObjectName(u"TrainerDialog")
        TrainerDialog.resize(680, 540)
        self.mainLayout = QVBoxLayout(TrainerDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(TrainerDialog)
        self.tabs.setObjectName(u"tabs")
        self.identityPage = QWidget()
        self.identityPage.setObjectName(u"identityPage")
        self.identityLayout = QFormLayout(self.identityPage)
        self.identityLayout.setObjectName(u"identityLayout")
        self.identityLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.civilityLabel = QLabel(self.identityPage)
        self.civilityLabel.setObjectName(u"civilityLabel")

        self.identityLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.civilityLabel)

        self.civilityCombo = QComboBox(self.identityPage)
        self.civilityCombo.setObjectName(u"civilityCombo")

        self.identityLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.civilityCombo)

        self.lastNameLabel = QLabel(self.identityPage)
        self.lastNameLabel.setObjectName(u"lastNameLabel")

        self.identityLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lastNameLabel)

        self.lastNameEdit = QLineEdit(self.identityPage)
        self.lastNameEdit.setObjectName(u"lastNameEdit")
        self.lastNameEdit.setMaxLength(100)

        self.identityLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lastNameEdit)

        self.firstNameLabel = QLabel(self.identityPage)
        self.firstNameLabel.setObjectName(u"firstNameLabel")

        self.identityLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.firstNameLabel)

        self.firstNameEdit = QLineEdit(self.identityPage)
        self.firstNameEdit.setObjectName(u"firstNameEdit")
        self.firstNameEdit.setMaxLength(100)

        self.identityLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.firstNameEdit)

        self.emailLabel = QLabel(self.identityPage)
        self.emailLabel.setObjectName(u"emailLabel")

        self.identityLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.identityPage)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.identityLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneLabel = QLabel(self.identityPage)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.identityLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.identityPage)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.identityLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.statusLabel = QLabel(self.identityPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.identityLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusLayout = QHBoxLayout()
        self.statusLayout.setObjectName(u"statusLayout")
        self.internalRadio = QRadioButton(self.identityPage)
        self.internalRadio.setObjectName(u"internalRadio")
        self.internalRadio.setChecked(True)

        self.statusLayout.addWidget(self.internalRadio)

        self.externalRadio = QRadioButton(self.identityPage)
        self.externalRadio.setObjectName(u"externalRadio")

        self.statusLayout.addWidget(self.externalRadio)


        self.identityLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.statusLayout)

        self.companyLabel = QLabel(self.identityPage)
        self.companyLabel.setObjectName(u"companyLabel")

        self.identityLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.companyLabel)

        self.companyEdit = QLineEdit(self.identityPage)
        self.companyEdit.setObjectName(u"companyEdit")
        self.companyEdit.setMaxLength(200)

        self.identityLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.companyEdit)

        self.siretLabel = QLabel(self.identityPage)
        self.siretLabel.setObjectName(u"siretLabel")

        self.identityLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.siretLabel)

        self.siretEdit = QLineEdit(self.identityPage)
        self.siretEdit.setObjectName(u"siretEdit")
        self.siretEdit.setMaxLength(20)

        self.identityLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.siretEdit)

        self.ndaLabel = QLabel(self.identityPage)
        self.ndaLabel.setObjectName(u"ndaLabel")

        self.identityLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.ndaLabel)

        self.ndaEdit = QLineEdit(self.identityPage)
        self.ndaEdit.setObjectName(u"ndaEdit")
        self.ndaEdit.setMaxLength(20)

        self.identityLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.ndaEdit)

        self.activeCheck = QCheckBox(self.identityPage)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.identityLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.activeCheck)

        self.tabs.addTab(self.identityPage, "")
        self.ratesPage = QWidget()
        self.ratesPage.setObjectName(u"ratesPage")
        self.ratesLayout = QFormLayout(self.ratesPage)
        self.ratesLayout.setObjectName(u"ratesLayout")
        self.ratesLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.hourlyLabel = QLabel(self.ratesPage)
        self.hourlyLabel.setObjectName(u"hourlyLabel")

        self.ratesLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hourlyLabel)

        self.hourlyRateEdit = QLineEdit(self.ratesPage)
        self.hourlyRateEdit.setObjectName(u"hourlyRateEdit")

        self.ratesLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hourlyRateEdit)

        self.dailyLabel = QLabel(self.ratesPage)
        self.dailyLabel.setObjectName(u"dailyLabel")

        self.ratesLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dailyLabel)

        self.dailyRateEdit = QLineEdit(self.ratesPage)
        self.dailyRateEdit.setObjectName(u"dailyRateEdit")

        self.ratesLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dailyRateEdit)

        self.skillsLabel = QLabel(self.ratesPage)
        self.skillsLabel.setObjectName(u"skillsLabel")

        self.ratesLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.skillsLabel)

        self.skillsEdit = QPlainTextEdit(self.ratesPage)
        self.skillsEdit.setObjectName(u"skillsEdit")

        self.ratesLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.skillsEdit)

        self.qualificationsLabel = QLabel(self.ratesPage)
        self.qualificationsLabel.setObjectName(u"qualificationsLabel")

        self.ratesLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.qualificationsLabel)

        self.qualificationsEdit = QPlainTextEdit(self.ratesPage)
        self.qualificationsEdit.setObjectName(u"qualificationsEdit")

        self.ratesLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.qualificationsEdit)

        self.tabs.addTab(self.ratesPage, "")
        self.coursesPage = QWidget()
        self.coursesPage.setObjectName(u"coursesPage")
        self.coursesLayout = QVBoxLayout(self.coursesPage)
        self.coursesLayout.setObjectName(u"coursesLayout")
        self.coursesHint = QLabel(self.coursesPage)
        self.coursesHint.setObjectName(u"coursesHint")
        self.coursesHint.setWordWrap(True)

        self.coursesLayout.addWidget(self.coursesHint)

        self.courseFilterEdit = QLineEdit(self.coursesPage)
        self.courseFilterEdit.setObjectName(u"courseFilterEdit")
        self.courseFilterEdit.setClearButtonEnabled(True)

        self.coursesLayout.addWidget(self.courseFilterEdit)

        self.courseList = QListWidget(self.coursesPage)
        self.courseList.setObjectName(u"courseList")

        self.coursesLayout.addWidget(self.courseList)

        self.tabs.addTab(self.coursesPage, "")
        self.periodsPage = QWidget()
        self.periodsPage.setObjectName(u"periodsPage")
        self.periodsLayout = QVBoxLayout(self.periodsPage)
        self.periodsLayout.setObjectName(u"periodsLayout")
        self.periodsHint = QLabel(self.periodsPage)
        self.periodsHint.setObjectName(u"periodsHint")
        self.periodsHint.setWordWrap(True)

        self.periodsLayout.addWidget(self.periodsHint)

        self.periodsEditor = PeriodsEditor(self.periodsPage)
        self.periodsEditor.setObjectName(u"periodsEditor")

        self.periodsLayout.addWidget(self.periodsEditor)

        self.tabs.addTab(self.periodsPage, "")

        self.mainLayout.addWidget(self.tabs)

        self.errorLabel = QLabel(TrainerDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c0392b;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(TrainerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.civilityLabel.setBuddy(self.civilityCombo)
        self.lastNameLabel.setBuddy(self.lastNameEdit)
        self.firstNameLabel.setBuddy(self.firstNameEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.companyLabel.setBuddy(self.companyEdit)
        self.siretLabel.setBuddy(self.siretEdit)
        self.ndaLabel.setBuddy(self.ndaEdit)
        self.hourlyLabel.setBuddy(self.hourlyRateEdit)
        self.dailyLabel.setBuddy(self.dailyRateEdit)
        self.skillsLabel.setBuddy(self.skillsEdit)
        self.qualificationsLabel.setBuddy(self.qualificationsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.civilityCombo, self.lastNameEdit)
        QWidget.setTabOrder(self.lastNameEdit, self.firstNameEdit)
        QWidget.setTabOrder(self.firstNameEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.internalRadio)
        QWidget.setTabOrder(self.internalRadio, self.externalRadio)
        QWidget.setTabOrder(self.externalRadio, self.companyEdit)
        QWidget.setTabOrder(self.companyEdit, self.siretEdit)
        QWidget.setTabOrder(self.siretEdit, self.ndaEdit)
        QWidget.setTabOrder(self.ndaEdit, self.activeCheck)

        self.retranslateUi(TrainerDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(TrainerDialog)
    # setupUi

    def retranslateUi(self, TrainerDialog):
        TrainerDialog.setWindowTitle(QCoreApplication.translate("TrainerDialog", u"Formateur", None))
        self.civilityLabel.setText(QCoreApplication.translate("TrainerDialog", u"Ci&vilit\u00e9 :", None))
        self.lastNameLabel.setText(QCoreApplication.translate("TrainerDialog", u"&Nom :", None))
        self.firstNameLabel.setText(QCoreApplication.translate("TrainerDialog", u"&Pr\u00e9nom :", None))
        self.emailLabel.setText(QCoreApplication.translate("TrainerDialog", u"&E-mail :", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("TrainerDialog", u"ex. anne.dupre@exemple.fr", None))
        self.phoneLabel.setText(QCoreApplication.translate("TrainerDialog", u"&T\u00e9l\u00e9phone :", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("TrainerDialog", u"ex. 06 12 34 56 78", None))
        self.statusLabel.setText(QCoreApplication.translate("TrainerDialog", u"Statut :", None))
        self.internalRadio.setText(QCoreApplication.translate("TrainerDialog", u"&Interne (salari\u00e9 de l'organisme)", None))
        self.externalRadio.setText(QCoreApplication.translate("TrainerDialog", u"E&xterne (ind\u00e9pendant, sous-traitant)", None))
        self.companyLabel.setText(QCoreApplication.translate("TrainerDialog", u"&Soci\u00e9t\u00e9 :", None))
        self.companyEdit.setPlaceholderText(QCoreApplication.translate("TrainerDialog", u"raison sociale du formateur externe", None))
        self.siretLabel.setText(QCoreApplication.translate("TrainerDialog", u"SI&RET :", None))
        self.siretEdit.setPlaceholderText(QCoreApplication.translate("TrainerDialog", u"14 chiffres", None))
        self.ndaLabel.setText(QCoreApplication.translate("TrainerDialog", u"N\u00b0 &d\u00e9claration d'activit\u00e9 :", None))
        self.ndaEdit.setPlaceholderText(QCoreApplication.translate("TrainerDialog", u"NDA du formateur externe, 11 chiffres", None))
        self.activeCheck.setText(QCoreApplication.translate("TrainerDialog", u"Formateur acti&f (propos\u00e9 au planning)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.identityPage), QCoreApplication.translate("TrainerDialog", u"Identit\u00e9", None))
        self.hourlyLabel.setText(QCoreApplication.translate("TrainerDialog", u"Tarif &horaire (\u20ac HT) :", None))
        self.hourlyRateEdit.setPlaceholderText(QCoreApplication.translate("TrainerDialog", u"ex. 60,00", None))
        self.dailyLabel.setText(QCoreApplication.translate("TrainerDialog", u"Tarif &journalier (\u20ac HT) :", None))
        self.dailyRateEdit.setPlaceholderText(QCoreApplication.translate("TrainerDialog", u"ex. 450,00", None))
        self.skillsLabel.setText(QCoreApplication.translate("TrainerDialog", u"&Comp\u00e9tences :", None))
        self.skillsEdit.setPlaceholderText(QCoreApplication.translate("TrainerDialog", u"ex. bureautique, Excel avanc\u00e9, Power BI", None))
        self.qualificationsLabel.setText(QCoreApplication.translate("TrainerDialog", u"&Qualifications :", None))
        self.qualificationsEdit.setPlaceholderText(QCoreApplication.translate("TrainerDialog", u"ex. dipl\u00f4mes, certifications, habilitations (dates)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.ratesPage), QCoreApplication.translate("TrainerDialog", u"Tarifs et comp\u00e9tences", None))
        self.coursesHint.setText(QCoreApplication.translate("TrainerDialog", u"Cochez les formations que ce formateur est habilit\u00e9 \u00e0 animer.", None))
        self.courseFilterEdit.setPlaceholderText(QCoreApplication.translate("TrainerDialog", u"Filtrer les formations (code ou intitul\u00e9)\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.coursesPage), QCoreApplication.translate("TrainerDialog", u"Formations", None))
        self.periodsHint.setText(QCoreApplication.translate("TrainerDialog", u"P\u00e9riodes o\u00f9 le formateur ne peut pas intervenir (cong\u00e9s, autres missions\u2026).", None))
        self.tabs.setTabText(self.tabs.indexOf(self.periodsPage), QCoreApplication.translate("TrainerDialog", u"Indisponibilit\u00e9s", None))
    # retranslateUi

