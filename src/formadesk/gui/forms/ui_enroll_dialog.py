# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'enroll_dialog.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

from formadesk.gui.widgets.party_search import PartySearchField

class Ui_EnrollDialog(object):
    def setupUi(self, EnrollDialog):
        if not EnrollDialog.objectName():
            EnrollDialog.setObjectName(u"EnrollDialog")
        EnrollDialog.resize(860, 680)
        self.mainLayout = QVBoxLayout(EnrollDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.sessionLabel = QLabel(EnrollDialog)
        self.sessionLabel.setObjectName(u"sessionLabel")
        self.sessionLabel.setStyleSheet(u"font-weight: bold;")
        self.sessionLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.sessionLabel)

        self.learnerGroup = QGroupBox(EnrollDialog)
        self.learnerGroup.setObjectName(u"learnerGroup")
        self.learnerLayout = QVBoxLayout(self.learnerGroup)
        self.learnerLayout.setObjectName(u"learnerLayout")
        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchEdit = QLineEdit(self.learnerGroup)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.newLearnerButton = QPushButton(self.learnerGroup)
        self.newLearnerButton.setObjectName(u"newLearnerButton")
        self.newLearnerButton.setAutoDefault(False)

        self.searchLayout.addWidget(self.newLearnerButton)


        self.learnerLayout.addLayout(self.searchLayout)

        self.learnerList = QListWidget(self.learnerGroup)
        self.learnerList.setObjectName(u"learnerList")
        self.learnerList.setAlternatingRowColors(True)

        self.learnerLayout.addWidget(self.learnerList)

        self.countLayout = QHBoxLayout()
        self.countLayout.setObjectName(u"countLayout")
        self.resultLabel = QLabel(self.learnerGroup)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setStyleSheet(u"color: #666666;")

        self.countLayout.addWidget(self.resultLabel)

        self.selectedLabel = QLabel(self.learnerGroup)
        self.selectedLabel.setObjectName(u"selectedLabel")
        self.selectedLabel.setStyleSheet(u"font-weight: bold;")
        self.selectedLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.selectedLabel.setWordWrap(True)

        self.countLayout.addWidget(self.selectedLabel)


        self.learnerLayout.addLayout(self.countLayout)


        self.mainLayout.addWidget(self.learnerGroup)

        self.detailsLayout = QHBoxLayout()
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.enrolGroup = QGroupBox(EnrollDialog)
        self.enrolGroup.setObjectName(u"enrolGroup")
        self.enrolLayout = QFormLayout(self.enrolGroup)
        self.enrolLayout.setObjectName(u"enrolLayout")
        self.enrolLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.statusLabel = QLabel(self.enrolGroup)
        self.statusLabel.setObjectName(u"statusLabel")

        self.enrolLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.enrolGroup)
        self.statusCombo.setObjectName(u"statusCombo")

        self.enrolLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.clientLabel = QLabel(self.enrolGroup)
        self.clientLabel.setObjectName(u"clientLabel")

        self.enrolLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.clientLabel)

        self.clientField = PartySearchField(self.enrolGroup)
        self.clientField.setObjectName(u"clientField")

        self.enrolLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.clientField)

        self.schemeLabel = QLabel(self.enrolGroup)
        self.schemeLabel.setObjectName(u"schemeLabel")

        self.enrolLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.schemeLabel)

        self.schemeCombo = QComboBox(self.enrolGroup)
        self.schemeCombo.setObjectName(u"schemeCombo")

        self.enrolLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.schemeCombo)

        self.priceLabel = QLabel(self.enrolGroup)
        self.priceLabel.setObjectName(u"priceLabel")

        self.enrolLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.priceLabel)

        self.priceEdit = QLineEdit(self.enrolGroup)
        self.priceEdit.setObjectName(u"priceEdit")

        self.enrolLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.priceEdit)

        self.discountLabel = QLabel(self.enrolGroup)
        self.discountLabel.setObjectName(u"discountLabel")

        self.enrolLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.discountLabel)

        self.discountEdit = QLineEdit(self.enrolGroup)
        self.discountEdit.setObjectName(u"discountEdit")

        self.enrolLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.discountEdit)


        self.detailsLayout.addWidget(self.enrolGroup)

        self.fundingGroup = QGroupBox(EnrollDialog)
        self.fundingGroup.setObjectName(u"fundingGroup")
        self.fundingLayout = QFormLayout(self.fundingGroup)
        self.fundingLayout.setObjectName(u"fundingLayout")
        self.fundingLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.funderLabel = QLabel(self.fundingGroup)
        self.funderLabel.setObjectName(u"funderLabel")

        self.fundingLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.funderLabel)

        self.funderField = PartySearchField(self.fundingGroup)
        self.funderField.setObjectName(u"funderField")

        self.fundingLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.funderField)

        self.amountLabel = QLabel(self.fundingGroup)
        self.amountLabel.setObjectName(u"amountLabel")

        self.fundingLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountEdit = QLineEdit(self.fundingGroup)
        self.amountEdit.setObjectName(u"amountEdit")

        self.fundingLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.agreementLabel = QLabel(self.fundingGroup)
        self.agreementLabel.setObjectName(u"agreementLabel")

        self.fundingLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.agreementLabel)

        self.agreementEdit = QLineEdit(self.fundingGroup)
        self.agreementEdit.setObjectName(u"agreementEdit")

        self.fundingLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.agreementEdit)

        self.fundingStatusLabel = QLabel(self.fundingGroup)
        self.fundingStatusLabel.setObjectName(u"fundingStatusLabel")

        self.fundingLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fundingStatusLabel)

        self.fundingStatusCombo = QComboBox(self.fundingGroup)
        self.fundingStatusCombo.setObjectName(u"fundingStatusCombo")

        self.fundingLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fundingStatusCombo)

        self.subrogationCheck = QCheckBox(self.fundingGroup)
        self.subrogationCheck.setObjectName(u"subrogationCheck")

        self.fundingLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.subrogationCheck)


        self.detailsLayout.addWidget(self.fundingGroup)


        self.mainLayout.addLayout(self.detailsLayout)

        self.errorLabel = QLabel(EnrollDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c0392b;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(EnrollDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusCombo)
        self.clientLabel.setBuddy(self.clientField)
        self.schemeLabel.setBuddy(self.schemeCombo)
        self.priceLabel.setBuddy(self.priceEdit)
        self.discountLabel.setBuddy(self.discountEdit)
        self.funderLabel.setBuddy(self.funderField)
        self.amountLabel.setBuddy(self.amountEdit)
        self.agreementLabel.setBuddy(self.agreementEdit)
        self.fundingStatusLabel.setBuddy(self.fundingStatusCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.newLearnerButton)
        QWidget.setTabOrder(self.newLearnerButton, self.learnerList)
        QWidget.setTabOrder(self.learnerList, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.clientField)
        QWidget.setTabOrder(self.clientField, self.schemeCombo)
        QWidget.setTabOrder(self.schemeCombo, self.priceEdit)
        QWidget.setTabOrder(self.priceEdit, self.discountEdit)
        QWidget.setTabOrder(self.discountEdit, self.funderField)
        QWidget.setTabOrder(self.funderField, self.amountEdit)
        QWidget.setTabOrder(self.amountEdit, self.agreementEdit)
        QWidget.setTabOrder(self.agreementEdit, self.fundingStatusCombo)
        QWidget.setTabOrder(self.fundingStatusCombo, self.subrogationCheck)

        self.retranslateUi(EnrollDialog)

        QMetaObject.connectSlotsByName(EnrollDialog)
    # setupUi

    def retranslateUi(self, EnrollDialog):
        EnrollDialog.setWindowTitle(QCoreApplication.translate("EnrollDialog", u"Inscrire des apprenants", None))
        self.learnerGroup.setTitle(QCoreApplication.translate("EnrollDialog", u"Apprenants : cochez ceux \u00e0 inscrire", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("EnrollDialog", u"Rechercher : nom, pr\u00e9nom, e-mail, ville, employeur\u2026", None))
        self.newLearnerButton.setText(QCoreApplication.translate("EnrollDialog", u"&Nouvel apprenant\u2026", None))
        self.enrolGroup.setTitle(QCoreApplication.translate("EnrollDialog", u"Inscription", None))
        self.statusLabel.setText(QCoreApplication.translate("EnrollDialog", u"&Statut :", None))
        self.clientLabel.setText(QCoreApplication.translate("EnrollDialog", u"&Client :", None))
        self.schemeLabel.setText(QCoreApplication.translate("EnrollDialog", u"&Dispositif :", None))
        self.priceLabel.setText(QCoreApplication.translate("EnrollDialog", u"&Prix (\u20ac) :", None))
        self.discountLabel.setText(QCoreApplication.translate("EnrollDialog", u"&Remise (\u20ac) :", None))
        self.discountEdit.setPlaceholderText(QCoreApplication.translate("EnrollDialog", u"Aucune", None))
        self.fundingGroup.setTitle(QCoreApplication.translate("EnrollDialog", u"Financement", None))
        self.funderLabel.setText(QCoreApplication.translate("EnrollDialog", u"&Financeur :", None))
        self.amountLabel.setText(QCoreApplication.translate("EnrollDialog", u"&Montant pris en charge (\u20ac) :", None))
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("EnrollDialog", u"Vide : tout le prix, remise d\u00e9duite", None))
        self.agreementLabel.setText(QCoreApplication.translate("EnrollDialog", u"&N\u00b0 de prise en charge :", None))
        self.fundingStatusLabel.setText(QCoreApplication.translate("EnrollDialog", u"&Accord du financeur :", None))
        self.subrogationCheck.setText(QCoreApplication.translate("EnrollDialog", u"Su&brogation (le financeur paie directement l'organisme)", None))
    # retranslateUi

