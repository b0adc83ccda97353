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
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QVBoxLayout, QWidget)

class Ui_OrganisationDialog(object):
    def setupUi(self, OrganisationDialog):
        if not OrganisationDialog.objectName():
            OrganisationDialog.setObjectName(u"OrganisationDialog")
        OrganisationDialog.resize(820, 600)
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
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.logoBox.sizePolicy().hasHeightForWidth())
        self.logoBox.setSizePolicy(sizePolicy)
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


        self.documentsLayout.addLayout(self.settingsLayout)

        self.documentsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.documentsLayout.addItem(self.documentsSpacer)

        self.tabs.addTab(self.documentsPage, "")
        self.billingPage = QWidget()
        self.billingPage.setObjectName(u"billingPage")
        self.billingPageLayout = QVBoxLayout(self.billingPage)
        self.billingPageLayout.setObjectName(u"billingPageLayout")
        self.bankBox = QGroupBox(self.billingPage)
        self.bankBox.setObjectName(u"bankBox")
        self.bankLayout = QFormLayout(self.bankBox)
        self.bankLayout.setObjectName(u"bankLayout")
        self.ibanLabel = QLabel(self.bankBox)
        self.ibanLabel.setObjectName(u"ibanLabel")

        self.bankLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ibanLabel)

        self.ibanEdit = QLineEdit(self.bankBox)
        self.ibanEdit.setObjectName(u"ibanEdit")

        self.bankLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ibanEdit)

        self.bicLabel = QLabel(self.bankBox)
        self.bicLabel.setObjectName(u"bicLabel")

        self.bankLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.bicLabel)

        self.bicEdit = QLineEdit(self.bankBox)
        self.bicEdit.setObjectName(u"bicEdit")

        self.bankLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.bicEdit)

        self.bankHint = QLabel(self.bankBox)
        self.bankHint.setObjectName(u"bankHint")
        self.bankHint.setWordWrap(True)
        self.bankHint.setStyleSheet(u"color: #666666;")

        self.bankLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.bankHint)


        self.billingPageLayout.addWidget(self.bankBox)

        self.paymentLayout = QFormLayout()
        self.paymentLayout.setObjectName(u"paymentLayout")
        self.paymentDaysLabel = QLabel(self.billingPage)
        self.paymentDaysLabel.setObjectName(u"paymentDaysLabel")

        self.paymentLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.paymentDaysLabel)

        self.paymentDaysSpin = QSpinBox(self.billingPage)
        self.paymentDaysSpin.setObjectName(u"paymentDaysSpin")
        self.paymentDaysSpin.setMaximumSize(QSize(140, 16777215))
        self.paymentDaysSpin.setMinimum(0)
        self.paymentDaysSpin.setMaximum(60)

        self.paymentLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.paymentDaysSpin)

        self.paymentTermsLabel = QLabel(self.billingPage)
        self.paymentTermsLabel.setObjectName(u"paymentTermsLabel")

        self.paymentLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.paymentTermsLabel)

        self.paymentTermsEdit = QPlainTextEdit(self.billingPage)
        self.paymentTermsEdit.setObjectName(u"paymentTermsEdit")
        self.paymentTermsEdit.setMaximumSize(QSize(16777215, 50))
        self.paymentTermsEdit.setTabChangesFocus(True)

        self.paymentLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.paymentTermsEdit)

        self.latePenaltyLabel = QLabel(self.billingPage)
        self.latePenaltyLabel.setObjectName(u"latePenaltyLabel")

        self.paymentLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.latePenaltyLabel)

        self.latePenaltyEdit = QPlainTextEdit(self.billingPage)
        self.latePenaltyEdit.setObjectName(u"latePenaltyEdit")
        self.latePenaltyEdit.setMaximumSize(QSize(16777215, 60))
        self.latePenaltyEdit.setTabChangesFocus(True)

        self.paymentLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.latePenaltyEdit)

        self.cancellationLabel = QLabel(self.billingPage)
        self.cancellationLabel.setObjectName(u"cancellationLabel")

        self.paymentLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.cancellationLabel)

        self.cancellationEdit = QPlainTextEdit(self.billingPage)
        self.cancellationEdit.setObjectName(u"cancellationEdit")
        self.cancellationEdit.setMaximumSize(QSize(16777215, 60))
        self.cancellationEdit.setTabChangesFocus(True)

        self.paymentLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.cancellationEdit)

        self.quoteValidityLabel = QLabel(self.billingPage)
        self.quoteValidityLabel.setObjectName(u"quoteValidityLabel")

        self.paymentLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.quoteValidityLabel)

        self.quoteValiditySpin = QSpinBox(self.billingPage)
        self.quoteValiditySpin.setObjectName(u"quoteValiditySpin")
        self.quoteValiditySpin.setMaximumSize(QSize(140, 16777215))
        self.quoteValiditySpin.setMinimum(1)
        self.quoteValiditySpin.setMaximum(365)

        self.paymentLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.quoteValiditySpin)

        self.invoicePatternLabel = QLabel(self.billingPage)
        self.invoicePatternLabel.setObjectName(u"invoicePatternLabel")

        self.paymentLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.invoicePatternLabel)

        self.invoicePatternEdit = QLineEdit(self.billingPage)
        self.invoicePatternEdit.setObjectName(u"invoicePatternEdit")

        self.paymentLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.invoicePatternEdit)

        self.quotePatternLabel = QLabel(self.billingPage)
        self.quotePatternLabel.setObjectName(u"quotePatternLabel")

        self.paymentLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.quotePatternLabel)

        self.quotePatternEdit = QLineEdit(self.billingPage)
        self.quotePatternEdit.setObjectName(u"quotePatternEdit")

        self.paymentLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.quotePatternEdit)

        self.numbersHint = QLabel(self.billingPage)
        self.numbersHint.setObjectName(u"numbersHint")
        self.numbersHint.setWordWrap(True)
        self.numbersHint.setStyleSheet(u"color: #666666;")

        self.paymentLayout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.numbersHint)


        self.billingPageLayout.addLayout(self.paymentLayout)

        self.billingSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.billingPageLayout.addItem(self.billingSpacer)

        self.tabs.addTab(self.billingPage, "")
        self.textsPage = QWidget()
        self.textsPage.setObjectName(u"textsPage")
        self.textsPageLayout = QVBoxLayout(self.textsPage)
        self.textsPageLayout.setObjectName(u"textsPageLayout")
        self.textsLayout = QFormLayout()
        self.textsLayout.setObjectName(u"textsLayout")
        self.accessDelayLabel = QLabel(self.textsPage)
        self.accessDelayLabel.setObjectName(u"accessDelayLabel")

        self.textsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.accessDelayLabel)

        self.accessDelayEdit = QPlainTextEdit(self.textsPage)
        self.accessDelayEdit.setObjectName(u"accessDelayEdit")
        self.accessDelayEdit.setMaximumSize(QSize(16777215, 50))
        self.accessDelayEdit.setTabChangesFocus(True)

        self.textsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.accessDelayEdit)

        self.accessDelayHint = QLabel(self.textsPage)
        self.accessDelayHint.setObjectName(u"accessDelayHint")
        self.accessDelayHint.setWordWrap(True)
        self.accessDelayHint.setStyleSheet(u"color: #666666;")

        self.textsLayout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.accessDelayHint)

        self.bringDefaultLabel = QLabel(self.textsPage)
        self.bringDefaultLabel.setObjectName(u"bringDefaultLabel")

        self.textsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.bringDefaultLabel)

        self.bringDefaultEdit = QPlainTextEdit(self.textsPage)
        self.bringDefaultEdit.setObjectName(u"bringDefaultEdit")
        self.bringDefaultEdit.setMaximumSize(QSize(16777215, 60))
        self.bringDefaultEdit.setTabChangesFocus(True)

        self.textsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.bringDefaultEdit)

        self.bringDefaultHint = QLabel(self.textsPage)
        self.bringDefaultHint.setObjectName(u"bringDefaultHint")
        self.bringDefaultHint.setWordWrap(True)
        self.bringDefaultHint.setStyleSheet(u"color: #666666;")

        self.textsLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.bringDefaultHint)

        self.internalRulesLabel = QLabel(self.textsPage)
        self.internalRulesLabel.setObjectName(u"internalRulesLabel")

        self.textsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.internalRulesLabel)

        self.internalRulesEdit = QPlainTextEdit(self.textsPage)
        self.internalRulesEdit.setObjectName(u"internalRulesEdit")
        self.internalRulesEdit.setMaximumSize(QSize(16777215, 110))
        self.internalRulesEdit.setTabChangesFocus(True)

        self.textsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.internalRulesEdit)

        self.welcomeBookletLabel = QLabel(self.textsPage)
        self.welcomeBookletLabel.setObjectName(u"welcomeBookletLabel")

        self.textsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.welcomeBookletLabel)

        self.welcomeBookletEdit = QPlainTextEdit(self.textsPage)
        self.welcomeBookletEdit.setObjectName(u"welcomeBookletEdit")
        self.welcomeBookletEdit.setMaximumSize(QSize(16777215, 110))
        self.welcomeBookletEdit.setTabChangesFocus(True)

        self.textsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.welcomeBookletEdit)

        self.rulesHint = QLabel(self.textsPage)
        self.rulesHint.setObjectName(u"rulesHint")
        self.rulesHint.setWordWrap(True)
        self.rulesHint.setStyleSheet(u"color: #666666;")

        self.textsLayout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.rulesHint)


        self.textsPageLayout.addLayout(self.textsLayout)

        self.textsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.textsPageLayout.addItem(self.textsSpacer)

        self.tabs.addTab(self.textsPage, "")
        self.retentionPage = QWidget()
        self.retentionPage.setObjectName(u"retentionPage")
        self.retentionPageLayout = QVBoxLayout(self.retentionPage)
        self.retentionPageLayout.setObjectName(u"retentionPageLayout")
        self.retentionIntro = QLabel(self.retentionPage)
        self.retentionIntro.setObjectName(u"retentionIntro")
        self.retentionIntro.setWordWrap(True)
        self.retentionIntro.setStyleSheet(u"color: #666666;")

        self.retentionPageLayout.addWidget(self.retentionIntro)

        self.retentionLayout = QFormLayout()
        self.retentionLayout.setObjectName(u"retentionLayout")
        self.learnerYearsLabel = QLabel(self.retentionPage)
        self.learnerYearsLabel.setObjectName(u"learnerYearsLabel")

        self.retentionLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.learnerYearsLabel)

        self.learnerYearsSpin = QSpinBox(self.retentionPage)
        self.learnerYearsSpin.setObjectName(u"learnerYearsSpin")
        self.learnerYearsSpin.setMaximumSize(QSize(140, 16777215))
        self.learnerYearsSpin.setMinimum(1)
        self.learnerYearsSpin.setMaximum(30)

        self.retentionLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.learnerYearsSpin)

        self.learnerYearsHint = QLabel(self.retentionPage)
        self.learnerYearsHint.setObjectName(u"learnerYearsHint")
        self.learnerYearsHint.setWordWrap(True)
        self.learnerYearsHint.setStyleSheet(u"color: #666666;")

        self.retentionLayout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.learnerYearsHint)

        self.attendanceYearsLabel = QLabel(self.retentionPage)
        self.attendanceYearsLabel.setObjectName(u"attendanceYearsLabel")

        self.retentionLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.attendanceYearsLabel)

        self.attendanceYearsSpin = QSpinBox(self.retentionPage)
        self.attendanceYearsSpin.setObjectName(u"attendanceYearsSpin")
        self.attendanceYearsSpin.setMaximumSize(QSize(140, 16777215))
        self.attendanceYearsSpin.setMinimum(3)
        self.attendanceYearsSpin.setMaximum(30)

        self.retentionLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.attendanceYearsSpin)

        self.attendanceYearsHint = QLabel(self.retentionPage)
        self.attendanceYearsHint.setObjectName(u"attendanceYearsHint")
        self.attendanceYearsHint.setWordWrap(True)
        self.attendanceYearsHint.setStyleSheet(u"color: #666666;")

        self.retentionLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.attendanceYearsHint)

        self.invoicesYearsLabel = QLabel(self.retentionPage)
        self.invoicesYearsLabel.setObjectName(u"invoicesYearsLabel")

        self.retentionLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.invoicesYearsLabel)

        self.invoicesYearsSpin = QSpinBox(self.retentionPage)
        self.invoicesYearsSpin.setObjectName(u"invoicesYearsSpin")
        self.invoicesYearsSpin.setMaximumSize(QSize(140, 16777215))
        self.invoicesYearsSpin.setMinimum(10)
        self.invoicesYearsSpin.setMaximum(30)

        self.retentionLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.invoicesYearsSpin)

        self.invoicesYearsHint = QLabel(self.retentionPage)
        self.invoicesYearsHint.setObjectName(u"invoicesYearsHint")
        self.invoicesYearsHint.setWordWrap(True)
        self.invoicesYearsHint.setStyleSheet(u"color: #666666;")

        self.retentionLayout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.invoicesYearsHint)


        self.retentionPageLayout.addLayout(self.retentionLayout)

        self.keptDocumentsGroup = QGroupBox(self.retentionPage)
        self.keptDocumentsGroup.setObjectName(u"keptDocumentsGroup")
        self.keptDocumentsGroupLayout = QVBoxLayout(self.keptDocumentsGroup)
        self.keptDocumentsGroupLayout.setObjectName(u"keptDocumentsGroupLayout")
        self.keptDocumentsHint = QLabel(self.keptDocumentsGroup)
        self.keptDocumentsHint.setObjectName(u"keptDocumentsHint")
        self.keptDocumentsHint.setWordWrap(True)
        self.keptDocumentsHint.setStyleSheet(u"color: #666666;")

        self.keptDocumentsGroupLayout.addWidget(self.keptDocumentsHint)

        self.keptDocumentsLayout = QFormLayout()
        self.keptDocumentsLayout.setObjectName(u"keptDocumentsLayout")

        self.keptDocumentsGroupLayout.addLayout(self.keptDocumentsLayout)


        self.retentionPageLayout.addWidget(self.keptDocumentsGroup)

        self.retentionSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.retentionPageLayout.addItem(self.retentionSpacer)

        self.tabs.addTab(self.retentionPage, "")
        self.followUpPage = QWidget()
        self.followUpPage.setObjectName(u"followUpPage")
        self.followUpPageLayout = QVBoxLayout(self.followUpPage)
        self.followUpPageLayout.setObjectName(u"followUpPageLayout")
        self.followUpIntro = QLabel(self.followUpPage)
        self.followUpIntro.setObjectName(u"followUpIntro")
        self.followUpIntro.setWordWrap(True)
        self.followUpIntro.setStyleSheet(u"color: #666666;")

        self.followUpPageLayout.addWidget(self.followUpIntro)

        self.followUpLayout = QFormLayout()
        self.followUpLayout.setObjectName(u"followUpLayout")
        self.resultsReminderLabel = QLabel(self.followUpPage)
        self.resultsReminderLabel.setObjectName(u"resultsReminderLabel")

        self.followUpLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.resultsReminderLabel)

        self.resultsReminderSpin = QSpinBox(self.followUpPage)
        self.resultsReminderSpin.setObjectName(u"resultsReminderSpin")
        self.resultsReminderSpin.setMaximumSize(QSize(140, 16777215))
        self.resultsReminderSpin.setMinimum(1)
        self.resultsReminderSpin.setMaximum(90)

        self.followUpLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.resultsReminderSpin)

        self.resultsReminderHint = QLabel(self.followUpPage)
        self.resultsReminderHint.setObjectName(u"resultsReminderHint")
        self.resultsReminderHint.setWordWrap(True)
        self.resultsReminderHint.setStyleSheet(u"color: #666666;")

        self.followUpLayout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.resultsReminderHint)

        self.complaintAckLabel = QLabel(self.followUpPage)
        self.complaintAckLabel.setObjectName(u"complaintAckLabel")

        self.followUpLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.complaintAckLabel)

        self.complaintAckSpin = QSpinBox(self.followUpPage)
        self.complaintAckSpin.setObjectName(u"complaintAckSpin")
        self.complaintAckSpin.setMaximumSize(QSize(140, 16777215))
        self.complaintAckSpin.setMinimum(1)
        self.complaintAckSpin.setMaximum(30)

        self.followUpLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.complaintAckSpin)

        self.complaintAckHint = QLabel(self.followUpPage)
        self.complaintAckHint.setObjectName(u"complaintAckHint")
        self.complaintAckHint.setWordWrap(True)
        self.complaintAckHint.setStyleSheet(u"color: #666666;")

        self.followUpLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.complaintAckHint)

        self.complaintAnswerLabel = QLabel(self.followUpPage)
        self.complaintAnswerLabel.setObjectName(u"complaintAnswerLabel")

        self.followUpLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.complaintAnswerLabel)

        self.complaintAnswerSpin = QSpinBox(self.followUpPage)
        self.complaintAnswerSpin.setObjectName(u"complaintAnswerSpin")
        self.complaintAnswerSpin.setMaximumSize(QSize(140, 16777215))
        self.complaintAnswerSpin.setMinimum(1)
        self.complaintAnswerSpin.setMaximum(90)

        self.followUpLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.complaintAnswerSpin)

        self.complaintAnswerHint = QLabel(self.followUpPage)
        self.complaintAnswerHint.setObjectName(u"complaintAnswerHint")
        self.complaintAnswerHint.setWordWrap(True)
        self.complaintAnswerHint.setStyleSheet(u"color: #666666;")

        self.followUpLayout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.complaintAnswerHint)


        self.followUpPageLayout.addLayout(self.followUpLayout)

        self.followUpSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.followUpPageLayout.addItem(self.followUpSpacer)

        self.tabs.addTab(self.followUpPage, "")
        self.planningPage = QWidget()
        self.planningPage.setObjectName(u"planningPage")
        self.planningPageLayout = QVBoxLayout(self.planningPage)
        self.planningPageLayout.setObjectName(u"planningPageLayout")
        self.tabs.addTab(self.planningPage, "")

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
        self.ibanLabel.setBuddy(self.ibanEdit)
        self.bicLabel.setBuddy(self.bicEdit)
        self.paymentDaysLabel.setBuddy(self.paymentDaysSpin)
        self.paymentTermsLabel.setBuddy(self.paymentTermsEdit)
        self.latePenaltyLabel.setBuddy(self.latePenaltyEdit)
        self.cancellationLabel.setBuddy(self.cancellationEdit)
        self.quoteValidityLabel.setBuddy(self.quoteValiditySpin)
        self.invoicePatternLabel.setBuddy(self.invoicePatternEdit)
        self.quotePatternLabel.setBuddy(self.quotePatternEdit)
        self.accessDelayLabel.setBuddy(self.accessDelayEdit)
        self.bringDefaultLabel.setBuddy(self.bringDefaultEdit)
        self.internalRulesLabel.setBuddy(self.internalRulesEdit)
        self.welcomeBookletLabel.setBuddy(self.welcomeBookletEdit)
        self.learnerYearsLabel.setBuddy(self.learnerYearsSpin)
        self.attendanceYearsLabel.setBuddy(self.attendanceYearsSpin)
        self.invoicesYearsLabel.setBuddy(self.invoicesYearsSpin)
        self.resultsReminderLabel.setBuddy(self.resultsReminderSpin)
        self.complaintAckLabel.setBuddy(self.complaintAckSpin)
        self.complaintAnswerLabel.setBuddy(self.complaintAnswerSpin)
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
        self.tabs.setTabText(self.tabs.indexOf(self.documentsPage), QCoreApplication.translate("OrganisationDialog", u"Documents", None))
        self.bankBox.setTitle(QCoreApplication.translate("OrganisationDialog", u"Coordonn\u00e9es bancaires (imprim\u00e9es sur les factures et les devis)", None))
        self.ibanLabel.setText(QCoreApplication.translate("OrganisationDialog", u"&IBAN :", None))
        self.ibanEdit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"FR76 3000 6000 0112 3456 7890 189", None))
        self.bicLabel.setText(QCoreApplication.translate("OrganisationDialog", u"&BIC :", None))
        self.bicEdit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"AGRIFRPP", None))
        self.bankHint.setText(QCoreApplication.translate("OrganisationDialog", u"Recopiez-les depuis votre RIB. Tant que l'IBAN manque, Formadesk refuse d'imprimer une facture payable par virement.", None))
        self.paymentDaysLabel.setText(QCoreApplication.translate("OrganisationDialog", u"&D\u00e9lai de paiement :", None))
        self.paymentDaysSpin.setSuffix(QCoreApplication.translate("OrganisationDialog", u" jours", None))
        self.paymentTermsLabel.setText(QCoreApplication.translate("OrganisationDialog", u"&Conditions de paiement :", None))
        self.latePenaltyLabel.setText(QCoreApplication.translate("OrganisationDialog", u"&P\u00e9nalit\u00e9s de retard :", None))
        self.cancellationLabel.setText(QCoreApplication.translate("OrganisationDialog", u"Clause d'&annulation (d\u00e9dit) :", None))
        self.quoteValidityLabel.setText(QCoreApplication.translate("OrganisationDialog", u"&Validit\u00e9 des devis :", None))
        self.quoteValiditySpin.setSuffix(QCoreApplication.translate("OrganisationDialog", u" jours", None))
        self.invoicePatternLabel.setText(QCoreApplication.translate("OrganisationDialog", u"Num\u00e9ro de &facture :", None))
        self.quotePatternLabel.setText(QCoreApplication.translate("OrganisationDialog", u"Num\u00e9ro de d&evis :", None))
        self.numbersHint.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.billingPage), QCoreApplication.translate("OrganisationDialog", u"Facturation", None))
        self.accessDelayLabel.setText(QCoreApplication.translate("OrganisationDialog", u"D\u00e9lai d'a&cc\u00e8s :", None))
        self.accessDelayHint.setText(QCoreApplication.translate("OrganisationDialog", u"Imprim\u00e9 sur les programmes : dans quel d\u00e9lai une personne peut entrer en formation.", None))
        self.bringDefaultLabel.setText(QCoreApplication.translate("OrganisationDialog", u"\u00c0 &apporter (par d\u00e9faut) :", None))
        self.bringDefaultHint.setText(QCoreApplication.translate("OrganisationDialog", u"Imprim\u00e9 sur les convocations quand la session ne dit pas quoi apporter. Une ligne par \u00e9l\u00e9ment.", None))
        self.internalRulesLabel.setText(QCoreApplication.translate("OrganisationDialog", u"&R\u00e8glement int\u00e9rieur :", None))
        self.welcomeBookletLabel.setText(QCoreApplication.translate("OrganisationDialog", u"&Livret d'accueil :", None))
        self.rulesHint.setText(QCoreApplication.translate("OrganisationDialog", u"Joints aux convocations. Laissez vide pour imprimer le texte type de Formadesk.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.textsPage), QCoreApplication.translate("OrganisationDialog", u"Textes des documents", None))
        self.retentionIntro.setText(QCoreApplication.translate("OrganisationDialog", u"Combien d'ann\u00e9es l'organisme garde ses donn\u00e9es et ses pi\u00e8ces, pour les contr\u00f4les et les audits, avant de les supprimer ou de les anonymiser.", None))
        self.learnerYearsLabel.setText(QCoreApplication.translate("OrganisationDialog", u"Donn\u00e9es des &stagiaires :", None))
        self.learnerYearsSpin.setSuffix(QCoreApplication.translate("OrganisationDialog", u" ans", None))
        self.learnerYearsHint.setText(QCoreApplication.translate("OrganisationDialog", u"Coordonn\u00e9es et informations personnelles, compt\u00e9es apr\u00e8s la derni\u00e8re formation suivie ; ensuite le stagiaire est anonymis\u00e9 (RGPD).", None))
        self.attendanceYearsLabel.setText(QCoreApplication.translate("OrganisationDialog", u"&Preuves de r\u00e9alisation :", None))
        self.attendanceYearsSpin.setSuffix(QCoreApplication.translate("OrganisationDialog", u" ans", None))
        self.attendanceYearsHint.setText(QCoreApplication.translate("OrganisationDialog", u"\u00c9margements, certificats de r\u00e9alisation et autres preuves, compt\u00e9s apr\u00e8s l'ann\u00e9e du dernier paiement : au moins 3 ans, 10 ans pour certains cofinancements.", None))
        self.invoicesYearsLabel.setText(QCoreApplication.translate("OrganisationDialog", u"&Factures et comptabilit\u00e9 :", None))
        self.invoicesYearsSpin.setSuffix(QCoreApplication.translate("OrganisationDialog", u" ans", None))
        self.invoicesYearsHint.setText(QCoreApplication.translate("OrganisationDialog", u"Factures, avoirs et pi\u00e8ces comptables : 10 ans au moins (Code de commerce).", None))
        self.keptDocumentsGroup.setTitle(QCoreApplication.translate("OrganisationDialog", u"Documents d'une personne anonymis\u00e9e", None))
        self.keptDocumentsHint.setText(QCoreApplication.translate("OrganisationDialog", u"Quand un stagiaire est anonymis\u00e9, ses documents de chaque cat\u00e9gorie sont gard\u00e9s, ou supprim\u00e9s (fichier et ligne de l'historique). Un document \u00e0 supprimer reste tant que sa dur\u00e9e l\u00e9gale court : preuves de r\u00e9alisation et pi\u00e8ces comptables selon les dur\u00e9es ci-dessus.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.retentionPage), QCoreApplication.translate("OrganisationDialog", u"Conservation", None))
        self.followUpIntro.setText(QCoreApplication.translate("OrganisationDialog", u"Les d\u00e9lais qui cr\u00e9ent des t\u00e2ches de suivi (indicateurs Qualiopi 11 et 31).", None))
        self.resultsReminderLabel.setText(QCoreApplication.translate("OrganisationDialog", u"&Relance des r\u00e9sultats d'\u00e9valuation :", None))
        self.resultsReminderSpin.setSuffix(QCoreApplication.translate("OrganisationDialog", u" jours", None))
        self.resultsReminderHint.setText(QCoreApplication.translate("OrganisationDialog", u"Jours apr\u00e8s le dernier jour d'une session : si des r\u00e9sultats d'\u00e9valuation des acquis manquent encore, une t\u00e2che rappelle de relancer le formateur.", None))
        self.complaintAckLabel.setText(QCoreApplication.translate("OrganisationDialog", u"&Accus\u00e9 de r\u00e9ception d'une r\u00e9clamation :", None))
        self.complaintAckSpin.setSuffix(QCoreApplication.translate("OrganisationDialog", u" jours", None))
        self.complaintAckHint.setText(QCoreApplication.translate("OrganisationDialog", u"Jours apr\u00e8s la r\u00e9ception d'une r\u00e9clamation pour en accuser r\u00e9ception.", None))
        self.complaintAnswerLabel.setText(QCoreApplication.translate("OrganisationDialog", u"R\u00e9&ponse \u00e0 une r\u00e9clamation :", None))
        self.complaintAnswerSpin.setSuffix(QCoreApplication.translate("OrganisationDialog", u" jours", None))
        self.complaintAnswerHint.setText(QCoreApplication.translate("OrganisationDialog", u"Jours apr\u00e8s la r\u00e9ception d'une r\u00e9clamation pour y r\u00e9pondre.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.followUpPage), QCoreApplication.translate("OrganisationDialog", u"Suivi qualit\u00e9", None))
        self.tabs.setTabText(self.tabs.indexOf(self.planningPage), QCoreApplication.translate("OrganisationDialog", u"Planification", None))
    # retranslateUi

