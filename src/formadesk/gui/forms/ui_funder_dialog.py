# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'funder_dialog.ui'
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
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_FunderDialog(object):
    def setupUi(self, FunderDialog):
        if not FunderDialog.objectName():
            FunderDialog.setObjectName(u"FunderDialog")
        FunderDialog.resize(820, 500)
        self.mainLayout = QVBoxLayout(FunderDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(FunderDialog)
        self.tabs.setObjectName(u"tabs")
        self.generalPage = QWidget()
        self.generalPage.setObjectName(u"generalPage")
        self.generalLayout = QFormLayout(self.generalPage)
        self.generalLayout.setObjectName(u"generalLayout")
        self.generalLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.kindLabel = QLabel(self.generalPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.generalLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.generalPage)
        self.kindCombo.setObjectName(u"kindCombo")

        self.generalLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.nameLabel = QLabel(self.generalPage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.generalLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.generalPage)
        self.nameEdit.setObjectName(u"nameEdit")

        self.generalLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.siretLabel = QLabel(self.generalPage)
        self.siretLabel.setObjectName(u"siretLabel")

        self.generalLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.siretLabel)

        self.siretEdit = QLineEdit(self.generalPage)
        self.siretEdit.setObjectName(u"siretEdit")

        self.generalLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.siretEdit)

        self.emailLabel = QLabel(self.generalPage)
        self.emailLabel.setObjectName(u"emailLabel")

        self.generalLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.generalPage)
        self.emailEdit.setObjectName(u"emailEdit")

        self.generalLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneLabel = QLabel(self.generalPage)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.generalLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.generalPage)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.generalLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.contactNameLabel = QLabel(self.generalPage)
        self.contactNameLabel.setObjectName(u"contactNameLabel")

        self.generalLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.contactNameLabel)

        self.contactNameEdit = QLineEdit(self.generalPage)
        self.contactNameEdit.setObjectName(u"contactNameEdit")

        self.generalLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.contactNameEdit)

        self.activeLabel = QLabel(self.generalPage)
        self.activeLabel.setObjectName(u"activeLabel")

        self.generalLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.activeLabel)

        self.activeCheck = QCheckBox(self.generalPage)
        self.activeCheck.setObjectName(u"activeCheck")

        self.generalLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.activeCheck)

        self.tabs.addTab(self.generalPage, "")
        self.addressPage = QWidget()
        self.addressPage.setObjectName(u"addressPage")
        self.addressLayout = QFormLayout(self.addressPage)
        self.addressLayout.setObjectName(u"addressLayout")
        self.addressLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.addressLabel = QLabel(self.addressPage)
        self.addressLabel.setObjectName(u"addressLabel")

        self.addressLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.addressPage)
        self.addressEdit.setObjectName(u"addressEdit")

        self.addressLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.postalCodeLabel = QLabel(self.addressPage)
        self.postalCodeLabel.setObjectName(u"postalCodeLabel")

        self.addressLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.postalCodeLabel)

        self.postalCodeEdit = QLineEdit(self.addressPage)
        self.postalCodeEdit.setObjectName(u"postalCodeEdit")

        self.addressLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.postalCodeEdit)

        self.cityLabel = QLabel(self.addressPage)
        self.cityLabel.setObjectName(u"cityLabel")

        self.addressLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.cityEdit = QLineEdit(self.addressPage)
        self.cityEdit.setObjectName(u"cityEdit")

        self.addressLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.cityEdit)

        self.tabs.addTab(self.addressPage, "")
        self.contactsPage = QWidget()
        self.contactsPage.setObjectName(u"contactsPage")
        self.contactsLayout = QVBoxLayout(self.contactsPage)
        self.contactsLayout.setObjectName(u"contactsLayout")
        self.contactsTable = QTableWidget(self.contactsPage)
        if (self.contactsTable.columnCount() < 6):
            self.contactsTable.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.contactsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.contactsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.contactsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.contactsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.contactsTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.contactsTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.contactsTable.setObjectName(u"contactsTable")
        self.contactsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.contactsLayout.addWidget(self.contactsTable)

        self.contactButtons = QHBoxLayout()
        self.contactButtons.setObjectName(u"contactButtons")
        self.addContactButton = QPushButton(self.contactsPage)
        self.addContactButton.setObjectName(u"addContactButton")

        self.contactButtons.addWidget(self.addContactButton)

        self.removeContactButton = QPushButton(self.contactsPage)
        self.removeContactButton.setObjectName(u"removeContactButton")

        self.contactButtons.addWidget(self.removeContactButton)

        self.contactSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contactButtons.addItem(self.contactSpacer)


        self.contactsLayout.addLayout(self.contactButtons)

        self.tabs.addTab(self.contactsPage, "")
        self.requirementsPage = QWidget()
        self.requirementsPage.setObjectName(u"requirementsPage")
        self.requirementsLayout = QFormLayout(self.requirementsPage)
        self.requirementsLayout.setObjectName(u"requirementsLayout")
        self.requirementsLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.requirementsLabel = QLabel(self.requirementsPage)
        self.requirementsLabel.setObjectName(u"requirementsLabel")

        self.requirementsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.requirementsLabel)

        self.requirementsEdit = QPlainTextEdit(self.requirementsPage)
        self.requirementsEdit.setObjectName(u"requirementsEdit")

        self.requirementsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.requirementsEdit)

        self.notesLabel = QLabel(self.requirementsPage)
        self.notesLabel.setObjectName(u"notesLabel")

        self.requirementsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.requirementsPage)
        self.notesEdit.setObjectName(u"notesEdit")

        self.requirementsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.tabs.addTab(self.requirementsPage, "")

        self.mainLayout.addWidget(self.tabs)

        self.errorLabel = QLabel(FunderDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c0392b;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(FunderDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.siretLabel.setBuddy(self.siretEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.contactNameLabel.setBuddy(self.contactNameEdit)
        self.activeLabel.setBuddy(self.activeCheck)
        self.addressLabel.setBuddy(self.addressEdit)
        self.postalCodeLabel.setBuddy(self.postalCodeEdit)
        self.cityLabel.setBuddy(self.cityEdit)
        self.requirementsLabel.setBuddy(self.requirementsEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FunderDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(FunderDialog)
    # setupUi

    def retranslateUi(self, FunderDialog):
        FunderDialog.setWindowTitle(QCoreApplication.translate("FunderDialog", u"Financeur", None))
        self.kindLabel.setText(QCoreApplication.translate("FunderDialog", u"&Type :", None))
        self.nameLabel.setText(QCoreApplication.translate("FunderDialog", u"&Nom :", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("FunderDialog", u"ex. OPCO Atlas", None))
        self.siretLabel.setText(QCoreApplication.translate("FunderDialog", u"&SIRET :", None))
        self.siretEdit.setPlaceholderText(QCoreApplication.translate("FunderDialog", u"facultatif", None))
        self.emailLabel.setText(QCoreApplication.translate("FunderDialog", u"&Courriel :", None))
        self.phoneLabel.setText(QCoreApplication.translate("FunderDialog", u"T&\u00e9l\u00e9phone :", None))
        self.contactNameLabel.setText(QCoreApplication.translate("FunderDialog", u"\u00c0 l'&attention de (factures) :", None))
        self.contactNameEdit.setPlaceholderText(QCoreApplication.translate("FunderDialog", u"ex. Service gestion des prises en charge", None))
        self.activeLabel.setText("")
        self.activeCheck.setText(QCoreApplication.translate("FunderDialog", u"&Actif (propos\u00e9 \u00e0 l'inscription)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalPage), QCoreApplication.translate("FunderDialog", u"G\u00e9n\u00e9ral", None))
        self.addressLabel.setText(QCoreApplication.translate("FunderDialog", u"&Adresse :", None))
        self.postalCodeLabel.setText(QCoreApplication.translate("FunderDialog", u"Code &postal :", None))
        self.cityLabel.setText(QCoreApplication.translate("FunderDialog", u"&Ville :", None))
        self.tabs.setTabText(self.tabs.indexOf(self.addressPage), QCoreApplication.translate("FunderDialog", u"Adresse de facturation", None))
        ___qtablewidgetitem = self.contactsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("FunderDialog", u"Civilit\u00e9", None))
        ___qtablewidgetitem1 = self.contactsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("FunderDialog", u"Nom", None))
        ___qtablewidgetitem2 = self.contactsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("FunderDialog", u"Pr\u00e9nom", None))
        ___qtablewidgetitem3 = self.contactsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("FunderDialog", u"Fonction", None))
        ___qtablewidgetitem4 = self.contactsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("FunderDialog", u"Courriel", None))
        ___qtablewidgetitem5 = self.contactsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("FunderDialog", u"T\u00e9l\u00e9phone", None))
#if QT_CONFIG(tooltip)
        self.contactsTable.setToolTip(QCoreApplication.translate("FunderDialog", u"Double-cliquez une case pour la modifier. Le nom est obligatoire.", None))
#endif // QT_CONFIG(tooltip)
        self.addContactButton.setText(QCoreApplication.translate("FunderDialog", u"&Ajouter un contact", None))
        self.removeContactButton.setText(QCoreApplication.translate("FunderDialog", u"&Retirer le contact", None))
        self.tabs.setTabText(self.tabs.indexOf(self.contactsPage), QCoreApplication.translate("FunderDialog", u"Contacts", None))
        self.requirementsLabel.setText(QCoreApplication.translate("FunderDialog", u"Ce que le financeur &exige :", None))
        self.notesLabel.setText(QCoreApplication.translate("FunderDialog", u"N&otes :", None))
        self.tabs.setTabText(self.tabs.indexOf(self.requirementsPage), QCoreApplication.translate("FunderDialog", u"Exigences et notes", None))
    # retranslateUi

