# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organisation_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_OrganisationDialog(object):
    def setupUi(self, OrganisationDialog):
        if not OrganisationDialog.objectName():
            OrganisationDialog.setObjectName(u"OrganisationDialog")
        OrganisationDialog.resize(720, 520)
        self.mainLayout = QVBoxLayout(OrganisationDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(OrganisationDialog)
        self.tabs.setObjectName(u"tabs")
        self.identityPage = QWidget()
        self.identityPage.setObjectName(u"identityPage")
        self.identityPageLayout = QVBoxLayout(self.identityPage)
        self.identityPageLayout.setObjectName(u"identityPageLayout")
        self.identityLayout = QFormLayout()
        self.identityLayout.setObjectName(u"identityLayout")
        self.nameLabel = QLabel(self.identityPage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.identityLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.identityPage)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.identityLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.legalFormLabel = QLabel(self.identityPage)
        self.legalFormLabel.setObjectName(u"legalFormLabel")

        self.identityLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.legalFormLabel)

        self.legalFormEdit = QLineEdit(self.identityPage)
        self.legalFormEdit.setObjectName(u"legalFormEdit")
        self.legalFormEdit.setMaxLength(60)

        self.identityLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.legalFormEdit)

        self.addressLabel = QLabel(self.identityPage)
        self.addressLabel.setObjectName(u"addressLabel")

        self.identityLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.identityPage)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(300)

        self.identityLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.cityLabel = QLabel(self.identityPage)
        self.cityLabel.setObjectName(u"cityLabel")

        self.identityLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.cityLayout = QHBoxLayout()
        self.cityLayout.setObjectName(u"cityLayout")
        self.postalCodeEdit = QLineEdit(self.identityPage)
        self.postalCodeEdit.setObjectName(u"postalCodeEdit")
        self.postalCodeEdit.setMaximumSize(QSize(80, 16777215))
        self.postalCodeEdit.setMaxLength(10)

        self.cityLayout.addWidget(self.postalCodeEdit)

        self.cityEdit = QLineEdit(self.identityPage)
        self.cityEdit.setObjectName(u"cityEdit")
        self.cityEdit.setMaxLength(100)

        self.cityLayout.addWidget(self.cityEdit)


        self.identityLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.cityLayout)

        self.phoneLabel = QLabel(self.identityPage)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.identityLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.identityPage)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(30)

        self.identityLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(self.identityPage)
        self.emailLabel.setObjectName(u"emailLabel")

        self.identityLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.identityPage)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.identityLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.websiteLabel = QLabel(self.identityPage)
        self.websiteLabel.setObjectName(u"websiteLabel")

        self.identityLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.websiteLabel)

        self.websiteEdit = QLineEdit(self.identityPage)
        self.websiteEdit.setObjectName(u"websiteEdit")
        self.websiteEdit.setMaxLength(200)

        self.identityLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.websiteEdit)


        self.identityPageLayout.addLayout(self.identityLayout)

        self.identitySpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.identityPageLayout.addItem(self.identitySpacer)

        self.tabs.addTab(self.identityPage, "")
        self.adminPage = QWidget()
        self.adminPage.setObjectName(u"adminPage")
        self.adminLayout = QVBoxLayout(self.adminPage)
        self.adminLayout.setObjectName(u"adminLayout")
        self.legalLayout = QFormLayout()
        self.legalLayout.setObjectName(u"legalLayout")
        self.siretLabel = QLabel(self.adminPage)
        self.siretLabel.setObjectName(u"siretLabel")

        self.legalLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.siretLabel)

        self.siretEdit = QLineEdit(self.adminPage)
        self.siretEdit.setObjectName(u"siretEdit")
        self.siretEdit.setMaxLength(20)

        self.legalLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.siretEdit)

        self.ndaLabel = QLabel(self.adminPage)
        self.ndaLabel.setObjectName(u"ndaLabel")

        self.legalLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ndaLabel)

        self.ndaEdit = QLineEdit(self.adminPage)
        self.ndaEdit.setObjectName(u"ndaEdit")
        self.ndaEdit.setMaxLength(20)

        self.legalLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ndaEdit)

        self.ndaRegionLabel = QLabel(self.adminPage)
        self.ndaRegionLabel.setObjectName(u"ndaRegionLabel")

        self.legalLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ndaRegionLabel)

        self.ndaRegionEdit = QLineEdit(self.adminPage)
        self.ndaRegionEdit.setObjectName(u"ndaRegionEdit")
        self.ndaRegionEdit.setMaxLength(60)

        self.legalLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ndaRegionEdit)

        self.qualiopiLabel = QLabel(self.adminPage)
        self.qualiopiLabel.setObjectName(u"qualiopiLabel")

        self.legalLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.qualiopiLabel)

        self.qualiopiEdit = QLineEdit(self.adminPage)
        self.qualiopiEdit.setObjectName(u"qualiopiEdit")
        self.qualiopiEdit.setMaxLength(100)

        self.legalLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.qualiopiEdit)

        self.vatExemptCheck = QCheckBox(self.adminPage)
        self.vatExemptCheck.setObjectName(u"vatExemptCheck")

        self.legalLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.vatExemptCheck)

        self.vatNumberLabel = QLabel(self.adminPage)
        self.vatNumberLabel.setObjectName(u"vatNumberLabel")

        self.legalLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.vatNumberLabel)

        self.vatNumberEdit = QLineEdit(self.adminPage)
        self.vatNumberEdit.setObjectName(u"vatNumberEdit")
        self.vatNumberEdit.setMaxLength(20)

        self.legalLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.vatNumberEdit)


        self.adminLayout.addLayout(self.legalLayout)

        self.signatoryBox = QGroupBox(self.adminPage)
        self.signatoryBox.setObjectName(u"signatoryBox")
        self.signatoryLayout = QFormLayout(self.signatoryBox)
        self.signatoryLayout.setObjectName(u"signatoryLayout")
        self.signatoryNameLabel = QLabel(self.signatoryBox)
        self.signatoryNameLabel.setObjectName(u"signatoryNameLabel")

        self.signatoryLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.signatoryNameLabel)

        self.signatoryNameEdit = QLineEdit(self.signatoryBox)
        self.signatoryNameEdit.setObjectName(u"signatoryNameEdit")
        self.signatoryNameEdit.setMaxLength(200)

        self.signatoryLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.signatoryNameEdit)

        self.signatoryTitleLabel = QLabel(self.signatoryBox)
        self.signatoryTitleLabel.setObjectName(u"signatoryTitleLabel")

        self.signatoryLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signatoryTitleLabel)

        self.signatoryTitleEdit = QLineEdit(self.signatoryBox)
        self.signatoryTitleEdit.setObjectName(u"signatoryTitleEdit")
        self.signatoryTitleEdit.setMaxLength(200)

        self.signatoryLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signatoryTitleEdit)


        self.adminLayout.addWidget(self.signatoryBox)

        self.referentBox = QGroupBox(self.adminPage)
        self.referentBox.setObjectName(u"referentBox")
        self.referentLayout = QFormLayout(self.referentBox)
        self.referentLayout.setObjectName(u"referentLayout")
        self.referentNameLabel = QLabel(self.referentBox)
        self.referentNameLabel.setObjectName(u"referentNameLabel")

        self.referentLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.referentNameLabel)

        self.referentNameEdit = QLineEdit(self.referentBox)
        self.referentNameEdit.setObjectName(u"referentNameEdit")
        self.referentNameEdit.setMaxLength(200)

        self.referentLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.referentNameEdit)

        self.referentEmailLabel = QLabel(self.referentBox)
        self.referentEmailLabel.setObjectName(u"referentEmailLabel")

        self.referentLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.referentEmailLabel)

        self.referentEmailEdit = QLineEdit(self.referentBox)
        self.referentEmailEdit.setObjectName(u"referentEmailEdit")
        self.referentEmailEdit.setMaxLength(200)

        self.referentLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.referentEmailEdit)

        self.referentPhoneLabel = QLabel(self.referentBox)
        self.referentPhoneLabel.setObjectName(u"referentPhoneLabel")

        self.referentLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.referentPhoneLabel)

        self.referentPhoneEdit = QLineEdit(self.referentBox)
        self.referentPhoneEdit.setObjectName(u"referentPhoneEdit")
        self.referentPhoneEdit.setMaxLength(30)

        self.referentLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.referentPhoneEdit)


        self.adminLayout.addWidget(self.referentBox)

        self.adminSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.adminLayout.addItem(self.adminSpacer)

        self.tabs.addTab(self.adminPage, "")
        self.documentsPage = QWidget()
        self.documentsPage.setObjectName(u"documentsPage")
        self.documentsLayout = QVBoxLayout(self.documentsPage)
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.logoBox = QGroupBox(self.documentsPage)
        self.logoBox.setObjectName(u"logoBox")
        self.logoLayout = QHBoxLayout(self.logoBox)
        self.logoLayout.setObjectName(u"logoLayout")
        self.logoPreview = QLabel(self.logoBox)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setMinimumSize(QSize(240, 100))
        self.logoPreview.setMaximumSize(QSize(240, 100))
        self.logoPreview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logoPreview.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.logoLayout.addWidget(self.logoPreview)

        self.logoButtons = QVBoxLayout()
        self.logoButtons.setObjectName(u"logoButtons")
        self.chooseLogoButton = QPushButton(self.logoBox)
        self.chooseLogoButton.setObjectName(u"chooseLogoButton")

        self.logoButtons.addWidget(self.chooseLogoButton)

        self.removeLogoButton = QPushButton(self.logoBox)
        self.removeLogoButton.setObjectName(u"removeLogoButton")

        self.logoButtons.addWidget(self.removeLogoButton)

        self.logoNameLabel = QLabel(self.logoBox)
        self.logoNameLabel.setObjectName(u"logoNameLabel")
        self.logoNameLabel.setWordWrap(True)
        self.logoNameLabel.setStyleSheet(u"color: #666666;")

        self.logoButtons.addWidget(self.logoNameLabel)

        self.logoSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.logoButtons.addItem(self.logoSpacer)


        self.logoLayout.addLayout(self.logoButtons)

        self.logoHSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logoLayout.addItem(self.logoHSpacer)


        self.documentsLayout.addWidget(self.logoBox)

        self.settingsLayout = QFormLayout()
        self.settingsLayout.setObjectName(u"settingsLayout")
        self.patternLabel = QLabel(self.documentsPage)
        self.patternLabel.setObjectName(u"patternLabel")

        self.settingsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.patternLabel)

        self.sessionCodePatternEdit = QLineEdit(self.documentsPage)
        self.sessionCodePatternEdit.setObjectName(u"sessionCodePatternEdit")
        self.sessionCodePatternEdit.setMaxLength(60)

        self.settingsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sessionCodePatternEdit)

        self.patternHint = QLabel(self.documentsPage)
        self.patternHint.setObjectName(u"patternHint")
        self.patternHint.setWordWrap(True)
        self.patternHint.setStyleSheet(u"color: #666666;")

        self.settingsLayout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.patternHint)

        self.documentsDirLabel = QLabel(self.documentsPage)
        self.documentsDirLabel.setObjectName(u"documentsDirLabel")

        self.settingsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.documentsDirLabel)

        self.documentsDirLayout = QHBoxLayout()
        self.documentsDirLayout.setObjectName(u"documentsDirLayout")
        self.documentsDirEdit = QLineEdit(self.documentsPage)
        self.documentsDirEdit.setObjectName(u"documentsDirEdit")
        self.documentsDirEdit.setMaxLength(500)

        self.documentsDirLayout.addWidget(self.documentsDirEdit)

        self.browseDirButton = QPushButton(self.documentsPage)
        self.browseDirButton.setObjectName(u"browseDirButton")

        self.documentsDirLayout.addWidget(self.browseDirButton)


        self.settingsLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.documentsDirLayout)

        self.documentsDirHint = QLabel(self.documentsPage)
        self.documentsDirHint.setObjectName(u"documentsDirHint")
        self.documentsDirHint.setWordWrap(True)
        self.documentsDirHint.setStyleSheet(u"color: #666666;")

        self.settingsLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.documentsDirHint)

        self.invoicePatternLabel = QLabel(self.documentsPage)
        self.invoicePatternLabel.setObjectName(u"invoicePatternLabel")

        self.settingsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.invoicePatternLabel)

        self.invoicePatternEdit = QLineEdit(self.documentsPage)
        self.invoicePatternEdit.setObjectName(u"invoicePatternEdit")
        self.invoicePatternEdit.setMaxLength(60)

        self.settingsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.invoicePatternEdit)

        self.quotePatternLabel = QLabel(self.documentsPage)
        self.quotePatternLabel.setObjectName(u"quotePatternLabel")

        self.settingsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.quotePatternLabel)

        self.quotePatternEdit = QLineEdit(self.documentsPage)
        self.quotePatternEdit.setObjectName(u"quotePatternEdit")
        self.quotePatternEdit.setMaxLength(60)

        self.settingsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.quotePatternEdit)

        self.numbersHint = QLabel(self.documentsPage)
        self.numbersHint.setObjectName(u"numbersHint")
        self.numbersHint.setWordWrap(True)
        self.numbersHint.setStyleSheet(u"color: #666666;")

        self.settingsLayout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.numbersHint)

        self.bringDefaultLabel = QLabel(self.documentsPage)
        self.bringDefaultLabel.setObjectName(u"bringDefaultLabel")

        self.settingsLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.bringDefaultLabel)

        self.bringDefaultEdit = QPlainTextEdit(self.documentsPage)
        self.bringDefaultEdit.setObjectName(u"bringDefaultEdit")
        self.bringDefaultEdit.setMaximumSize(QSize(16777215, 70))
        self.bringDefaultEdit.setTabChangesFocus(True)

        self.settingsLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.bringDefaultEdit)

        self.bringDefaultHint = QLabel(self.documentsPage)
        self.bringDefaultHint.setObjectName(u"bringDefaultHint")
        self.bringDefaultHint.setWordWrap(True)
        self.bringDefaultHint.setStyleSheet(u"color: #666666;")

        self.settingsLayout.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.bringDefaultHint)


        self.documentsLayout.addLayout(self.settingsLayout)

        self.documentsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.documentsLayout.addItem(self.documentsSpacer)

        self.tabs.addTab(self.documentsPage, "")

        self.mainLayout.addWidget(self.tabs)

        self.errorLabel = QLabel(OrganisationDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #a93226; font-weight: bold;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(OrganisationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.legalFormLabel.setBuddy(self.legalFormEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.cityLabel.setBuddy(self.postalCodeEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.websiteLabel.setBuddy(self.websiteEdit)
        self.siretLabel.setBuddy(self.siretEdit)
        self.ndaLabel.setBuddy(self.ndaEdit)
        self.ndaRegionLabel.setBuddy(self.ndaRegionEdit)
        self.qualiopiLabel.setBuddy(self.qualiopiEdit)
        self.vatNumberLabel.setBuddy(self.vatNumberEdit)
        self.signatoryNameLabel.setBuddy(self.signatoryNameEdit)
        self.signatoryTitleLabel.setBuddy(self.signatoryTitleEdit)
        self.referentNameLabel.setBuddy(self.referentNameEdit)
        self.referentEmailLabel.setBuddy(self.referentEmailEdit)
        self.referentPhoneLabel.setBuddy(self.referentPhoneEdit)
        self.patternLabel.setBuddy(self.sessionCodePatternEdit)
        self.documentsDirLabel.setBuddy(self.documentsDirEdit)
        self.invoicePatternLabel.setBuddy(self.invoicePatternEdit)
        self.quotePatternLabel.setBuddy(self.quotePatternEdit)
        self.bringDefaultLabel.setBuddy(self.bringDefaultEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OrganisationDialog)
        self.buttonBox.accepted.connect(OrganisationDialog.accept)
        self.buttonBox.rejected.connect(OrganisationDialog.reject)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(OrganisationDialog)
    # setupUi

    def retranslateUi(self, OrganisationDialog):
        OrganisationDialog.setWindowTitle(QCoreApplication.translate("OrganisationDialog", u"Param\u00e8tres de l'organisme", None))
        self.nameLabel.setText(QCoreApplication.translate("OrganisationDialog", u"&Nom de l'organisme :", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"obligatoire", None))
        self.legalFormLabel.setText(QCoreApplication.translate("OrganisationDialog", u"&Forme juridique :", None))
        self.legalFormEdit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"SARL, SAS, association\u2026", None))
        self.addressLabel.setText(QCoreApplication.translate("OrganisationDialog", u"&Adresse :", None))
        self.cityLabel.setText(QCoreApplication.translate("OrganisationDialog", u"Code postal, &ville :", None))
        self.phoneLabel.setText(QCoreApplication.translate("OrganisationDialog", u"&T\u00e9l\u00e9phone :", None))
        self.emailLabel.setText(QCoreApplication.translate("OrganisationDialog", u"&E-mail :", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"contact@exemple.fr", None))
        self.websiteLabel.setText(QCoreApplication.translate("OrganisationDialog", u"Site &web :", None))
        self.websiteEdit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"https://www.exemple.fr", None))
        self.tabs.setTabText(self.tabs.indexOf(self.identityPage), QCoreApplication.translate("OrganisationDialog", u"Identit\u00e9", None))
        self.siretLabel.setText(QCoreApplication.translate("OrganisationDialog", u"&SIRET :", None))
        self.siretEdit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"14 chiffres", None))
        self.ndaLabel.setText(QCoreApplication.translate("OrganisationDialog", u"N\u00b0 de &d\u00e9claration d'activit\u00e9 (NDA) :", None))
        self.ndaEdit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"11 chiffres", None))
        self.ndaRegionLabel.setText(QCoreApplication.translate("OrganisationDialog", u"Enregistr\u00e9 aupr\u00e8s de la &r\u00e9gion :", None))
        self.ndaRegionEdit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"Auvergne-Rh\u00f4ne-Alpes", None))
        self.qualiopiLabel.setText(QCoreApplication.translate("OrganisationDialog", u"Certificat &Qualiopi :", None))
        self.qualiopiEdit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"num\u00e9ro et organisme certificateur", None))
        self.vatExemptCheck.setText(QCoreApplication.translate("OrganisationDialog", u"Exon\u00e9r\u00e9 de TVA (article 261-4-4\u00b0 a du CGI)", None))
        self.vatNumberLabel.setText(QCoreApplication.translate("OrganisationDialog", u"N\u00b0 de TVA &intracommunautaire :", None))
        self.vatNumberEdit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"FR00 123456789", None))
        self.signatoryBox.setTitle(QCoreApplication.translate("OrganisationDialog", u"Signataire des documents", None))
        self.signatoryNameLabel.setText(QCoreApplication.translate("OrganisationDialog", u"No&m :", None))
        self.signatoryTitleLabel.setText(QCoreApplication.translate("OrganisationDialog", u"Qua&lit\u00e9 :", None))
        self.signatoryTitleEdit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"G\u00e9rante, directeur\u2026", None))
        self.referentBox.setTitle(QCoreApplication.translate("OrganisationDialog", u"R\u00e9f\u00e9rent handicap", None))
        self.referentNameLabel.setText(QCoreApplication.translate("OrganisationDialog", u"Nom :", None))
        self.referentEmailLabel.setText(QCoreApplication.translate("OrganisationDialog", u"E-mail :", None))
        self.referentPhoneLabel.setText(QCoreApplication.translate("OrganisationDialog", u"T\u00e9l\u00e9phone :", None))
        self.tabs.setTabText(self.tabs.indexOf(self.adminPage), QCoreApplication.translate("OrganisationDialog", u"Administratif", None))
        self.logoBox.setTitle(QCoreApplication.translate("OrganisationDialog", u"Logo (en-t\u00eate des documents)", None))
        self.chooseLogoButton.setText(QCoreApplication.translate("OrganisationDialog", u"&Choisir une image\u2026", None))
        self.removeLogoButton.setText(QCoreApplication.translate("OrganisationDialog", u"&Retirer le logo", None))
        self.logoNameLabel.setText("")
        self.patternLabel.setText(QCoreApplication.translate("OrganisationDialog", u"Mod\u00e8le de &code de session :", None))
        self.patternHint.setText(QCoreApplication.translate("OrganisationDialog", u"\u00c9crivez le mod\u00e8le avec les mots Ann\u00e9e, Mois, Formation et Num\u00e9ro.", None))
        self.documentsDirLabel.setText(QCoreApplication.translate("OrganisationDialog", u"&Dossier des documents :", None))
        self.documentsDirEdit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"Documents/Formadesk", None))
        self.browseDirButton.setText(QCoreApplication.translate("OrganisationDialog", u"&Parcourir\u2026", None))
        self.documentsDirHint.setText(QCoreApplication.translate("OrganisationDialog", u"Les documents g\u00e9n\u00e9r\u00e9s y sont rang\u00e9s par ann\u00e9e puis par session. Laissez vide pour utiliser Documents/Formadesk.", None))
        self.invoicePatternLabel.setText(QCoreApplication.translate("OrganisationDialog", u"Num\u00e9ro de &facture :", None))
        self.quotePatternLabel.setText(QCoreApplication.translate("OrganisationDialog", u"Num\u00e9ro de d&evis :", None))
        self.numbersHint.setText("")
        self.bringDefaultLabel.setText(QCoreApplication.translate("OrganisationDialog", u"\u00c0 &apporter (par d\u00e9faut) :", None))
        self.bringDefaultHint.setText(QCoreApplication.translate("OrganisationDialog", u"Imprim\u00e9 sur les convocations quand la session ne dit pas quoi apporter. Une ligne par \u00e9l\u00e9ment.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.documentsPage), QCoreApplication.translate("OrganisationDialog", u"Documents", None))
    # retranslateUi

