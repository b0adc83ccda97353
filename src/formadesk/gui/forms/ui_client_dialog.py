# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ClientDialog(object):
    def setupUi(self, ClientDialog):
        if not ClientDialog.objectName():
            ClientDialog.setObjectName(u"ClientDialog")
        ClientDialog.resize(820, 500)
        self.mainLayout = QVBoxLayout(ClientDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(ClientDialog)
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

        self.vatLabel = QLabel(self.generalPage)
        self.vatLabel.setObjectName(u"vatLabel")

        self.generalLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.vatLabel)

        self.vatEdit = QLineEdit(self.generalPage)
        self.vatEdit.setObjectName(u"vatEdit")

        self.generalLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.vatEdit)

        self.emailLabel = QLabel(self.generalPage)
        self.emailLabel.setObjectName(u"emailLabel")

        self.generalLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.generalPage)
        self.emailEdit.setObjectName(u"emailEdit")

        self.generalLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneLabel = QLabel(self.generalPage)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.generalLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.generalPage)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.generalLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

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

        self.siteAddressLabel = QLabel(self.addressPage)
        self.siteAddressLabel.setObjectName(u"siteAddressLabel")

        self.addressLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.siteAddressLabel)

        self.siteAddressEdit = QLineEdit(self.addressPage)
        self.siteAddressEdit.setObjectName(u"siteAddressEdit")

        self.addressLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.siteAddressEdit)

        self.sitePostalCodeLabel = QLabel(self.addressPage)
        self.sitePostalCodeLabel.setObjectName(u"sitePostalCodeLabel")

        self.addressLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sitePostalCodeLabel)

        self.sitePostalCodeEdit = QLineEdit(self.addressPage)
        self.sitePostalCodeEdit.setObjectName(u"sitePostalCodeEdit")

        self.addressLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sitePostalCodeEdit)

        self.siteCityLabel = QLabel(self.addressPage)
        self.siteCityLabel.setObjectName(u"siteCityLabel")

        self.addressLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.siteCityLabel)

        self.siteCityEdit = QLineEdit(self.addressPage)
        self.siteCityEdit.setObjectName(u"siteCityEdit")

        self.addressLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.siteCityEdit)

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
        self.notesPage = QWidget()
        self.notesPage.setObjectName(u"notesPage")
        self.notesLayout = QVBoxLayout(self.notesPage)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesEdit = QPlainTextEdit(self.notesPage)
        self.notesEdit.setObjectName(u"notesEdit")

        self.notesLayout.addWidget(self.notesEdit)

        self.tabs.addTab(self.notesPage, "")

        self.mainLayout.addWidget(self.tabs)

        self.errorLabel = QLabel(ClientDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c0392b;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ClientDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.siretLabel.setBuddy(self.siretEdit)
        self.vatLabel.setBuddy(self.vatEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.postalCodeLabel.setBuddy(self.postalCodeEdit)
        self.cityLabel.setBuddy(self.cityEdit)
        self.siteAddressLabel.setBuddy(self.siteAddressEdit)
        self.sitePostalCodeLabel.setBuddy(self.sitePostalCodeEdit)
        self.siteCityLabel.setBuddy(self.siteCityEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ClientDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ClientDialog)
    # setupUi

    def retranslateUi(self, ClientDialog):
        ClientDialog.setWindowTitle(QCoreApplication.translate("ClientDialog", u"Client", None))
        self.kindLabel.setText(QCoreApplication.translate("ClientDialog", u"&Type :", None))
        self.nameLabel.setText(QCoreApplication.translate("ClientDialog", u"&Nom :", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ClientDialog", u"ex. Boulangerie Martin", None))
        self.siretLabel.setText(QCoreApplication.translate("ClientDialog", u"&SIRET :", None))
        self.siretEdit.setPlaceholderText(QCoreApplication.translate("ClientDialog", u"14 chiffres, obligatoire pour une entreprise", None))
        self.vatLabel.setText(QCoreApplication.translate("ClientDialog", u"N\u00b0 de &TVA :", None))
        self.vatEdit.setPlaceholderText(QCoreApplication.translate("ClientDialog", u"ex. FR12345678901", None))
        self.emailLabel.setText(QCoreApplication.translate("ClientDialog", u"&Courriel :", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("ClientDialog", u"ex. compta@boulangerie-martin.fr", None))
        self.phoneLabel.setText(QCoreApplication.translate("ClientDialog", u"T&\u00e9l\u00e9phone :", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("ClientDialog", u"ex. 04 78 12 34 56", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalPage), QCoreApplication.translate("ClientDialog", u"G\u00e9n\u00e9ral", None))
        self.addressLabel.setText(QCoreApplication.translate("ClientDialog", u"&Adresse de facturation :", None))
        self.postalCodeLabel.setText(QCoreApplication.translate("ClientDialog", u"Code &postal :", None))
        self.cityLabel.setText(QCoreApplication.translate("ClientDialog", u"&Ville :", None))
        self.siteAddressLabel.setText(QCoreApplication.translate("ClientDialog", u"Adresse du &site de formation :", None))
        self.siteAddressEdit.setPlaceholderText(QCoreApplication.translate("ClientDialog", u"si diff\u00e9rente de l'adresse de facturation", None))
        self.sitePostalCodeLabel.setText(QCoreApplication.translate("ClientDialog", u"Code postal du si&te :", None))
        self.siteCityLabel.setText(QCoreApplication.translate("ClientDialog", u"Ville du s&ite :", None))
        self.tabs.setTabText(self.tabs.indexOf(self.addressPage), QCoreApplication.translate("ClientDialog", u"Adresses", None))
        ___qtablewidgetitem = self.contactsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ClientDialog", u"Civilit\u00e9", None))
        ___qtablewidgetitem1 = self.contactsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ClientDialog", u"Nom", None))
        ___qtablewidgetitem2 = self.contactsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ClientDialog", u"Pr\u00e9nom", None))
        ___qtablewidgetitem3 = self.contactsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ClientDialog", u"Fonction", None))
        ___qtablewidgetitem4 = self.contactsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ClientDialog", u"Courriel", None))
        ___qtablewidgetitem5 = self.contactsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ClientDialog", u"T\u00e9l\u00e9phone", None))
#if QT_CONFIG(tooltip)
        self.contactsTable.setToolTip(QCoreApplication.translate("ClientDialog", u"Double-cliquez une case pour la modifier. Le nom est obligatoire.", None))
#endif // QT_CONFIG(tooltip)
        self.addContactButton.setText(QCoreApplication.translate("ClientDialog", u"&Ajouter un contact", None))
        self.removeContactButton.setText(QCoreApplication.translate("ClientDialog", u"&Retirer le contact", None))
        self.tabs.setTabText(self.tabs.indexOf(self.contactsPage), QCoreApplication.translate("ClientDialog", u"Contacts", None))
        self.tabs.setTabText(self.tabs.indexOf(self.notesPage), QCoreApplication.translate("ClientDialog", u"Notes", None))
    # retranslateUi

