# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'enrollment_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from formadesk.gui.widgets.party_search import PartySearchField

class Ui_EnrollmentDialog(object):
    def setupUi(self, EnrollmentDialog):
        if not EnrollmentDialog.objectName():
            EnrollmentDialog.setObjectName(u"EnrollmentDialog")
        EnrollmentDialog.resize(1180, 640)
        self.mainLayout = QVBoxLayout(EnrollmentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(EnrollmentDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setStyleSheet(u"font-weight: bold;")
        self.headerLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headerLabel)

        self.detailsLayout = QFormLayout()
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.clientLabel = QLabel(EnrollmentDialog)
        self.clientLabel.setObjectName(u"clientLabel")

        self.detailsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.clientLabel)

        self.clientField = PartySearchField(EnrollmentDialog)
        self.clientField.setObjectName(u"clientField")

        self.detailsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.clientField)

        self.priceLabel = QLabel(EnrollmentDialog)
        self.priceLabel.setObjectName(u"priceLabel")

        self.detailsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.priceLabel)

        self.moneyLayout = QHBoxLayout()
        self.moneyLayout.setObjectName(u"moneyLayout")
        self.priceEdit = QLineEdit(EnrollmentDialog)
        self.priceEdit.setObjectName(u"priceEdit")

        self.moneyLayout.addWidget(self.priceEdit)

        self.discountLabel = QLabel(EnrollmentDialog)
        self.discountLabel.setObjectName(u"discountLabel")

        self.moneyLayout.addWidget(self.discountLabel)

        self.discountEdit = QLineEdit(EnrollmentDialog)
        self.discountEdit.setObjectName(u"discountEdit")

        self.moneyLayout.addWidget(self.discountEdit)


        self.detailsLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.moneyLayout)

        self.schemeLabel = QLabel(EnrollmentDialog)
        self.schemeLabel.setObjectName(u"schemeLabel")

        self.detailsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.schemeLabel)

        self.schemeCombo = QComboBox(EnrollmentDialog)
        self.schemeCombo.setObjectName(u"schemeCombo")

        self.detailsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.schemeCombo)

        self.statusLabel = QLabel(EnrollmentDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.detailsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(EnrollmentDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.detailsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.prescriberLabel = QLabel(EnrollmentDialog)
        self.prescriberLabel.setObjectName(u"prescriberLabel")

        self.detailsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.prescriberLabel)

        self.prescriberEdit = QLineEdit(EnrollmentDialog)
        self.prescriberEdit.setObjectName(u"prescriberEdit")

        self.detailsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.prescriberEdit)

        self.notesLabel = QLabel(EnrollmentDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.detailsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(EnrollmentDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 60))

        self.detailsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addLayout(self.detailsLayout)

        self.fundingGroup = QGroupBox(EnrollmentDialog)
        self.fundingGroup.setObjectName(u"fundingGroup")
        self.fundingLayout = QVBoxLayout(self.fundingGroup)
        self.fundingLayout.setObjectName(u"fundingLayout")
        self.fundingTable = QTableWidget(self.fundingGroup)
        self.fundingTable.setObjectName(u"fundingTable")
        self.fundingTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fundingTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.fundingLayout.addWidget(self.fundingTable)

        self.fundingButtons = QHBoxLayout()
        self.fundingButtons.setObjectName(u"fundingButtons")
        self.addFundingButton = QPushButton(self.fundingGroup)
        self.addFundingButton.setObjectName(u"addFundingButton")

        self.fundingButtons.addWidget(self.addFundingButton)

        self.removeFundingButton = QPushButton(self.fundingGroup)
        self.removeFundingButton.setObjectName(u"removeFundingButton")

        self.fundingButtons.addWidget(self.removeFundingButton)

        self.fundingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fundingButtons.addItem(self.fundingSpacer)

        self.restLabel = QLabel(self.fundingGroup)
        self.restLabel.setObjectName(u"restLabel")
        self.restLabel.setStyleSheet(u"font-weight: bold;")

        self.fundingButtons.addWidget(self.restLabel)


        self.fundingLayout.addLayout(self.fundingButtons)


        self.mainLayout.addWidget(self.fundingGroup)

        self.errorLabel = QLabel(EnrollmentDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c0392b;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(EnrollmentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.clientLabel.setBuddy(self.clientField)
        self.priceLabel.setBuddy(self.priceEdit)
        self.discountLabel.setBuddy(self.discountEdit)
        self.schemeLabel.setBuddy(self.schemeCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.prescriberLabel.setBuddy(self.prescriberEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EnrollmentDialog)

        QMetaObject.connectSlotsByName(EnrollmentDialog)
    # setupUi

    def retranslateUi(self, EnrollmentDialog):
        EnrollmentDialog.setWindowTitle(QCoreApplication.translate("EnrollmentDialog", u"Modifier l'inscription", None))
        self.clientLabel.setText(QCoreApplication.translate("EnrollmentDialog", u"&Client :", None))
        self.priceLabel.setText(QCoreApplication.translate("EnrollmentDialog", u"&Prix (\u20ac) :", None))
        self.discountLabel.setText(QCoreApplication.translate("EnrollmentDialog", u"&Remise (\u20ac) :", None))
        self.schemeLabel.setText(QCoreApplication.translate("EnrollmentDialog", u"&Dispositif :", None))
        self.statusLabel.setText(QCoreApplication.translate("EnrollmentDialog", u"&Statut :", None))
        self.prescriberLabel.setText(QCoreApplication.translate("EnrollmentDialog", u"P&rescripteur :", None))
        self.notesLabel.setText(QCoreApplication.translate("EnrollmentDialog", u"&Notes :", None))
        self.fundingGroup.setTitle(QCoreApplication.translate("EnrollmentDialog", u"Financements (montant en euros, ou part du prix remise d\u00e9duite : \u00ab 60 % \u00bb)", None))
        self.addFundingButton.setText(QCoreApplication.translate("EnrollmentDialog", u"&Ajouter un financement", None))
        self.removeFundingButton.setText(QCoreApplication.translate("EnrollmentDialog", u"Re&tirer le financement", None))
    # retranslateUi

