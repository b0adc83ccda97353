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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QSizePolicy,
    QVBoxLayout, QWidget)

from formadesk.gui.widgets.party_search import PartySearchField

class Ui_EnrollDialog(object):
    def setupUi(self, EnrollDialog):
        if not EnrollDialog.objectName():
            EnrollDialog.setObjectName(u"EnrollDialog")
        EnrollDialog.resize(620, 600)
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
        self.searchEdit = QLineEdit(self.learnerGroup)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.learnerLayout.addWidget(self.searchEdit)

        self.learnerList = QListWidget(self.learnerGroup)
        self.learnerList.setObjectName(u"learnerList")
        self.learnerList.setAlternatingRowColors(True)

        self.learnerLayout.addWidget(self.learnerList)

        self.resultLabel = QLabel(self.learnerGroup)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setStyleSheet(u"color: #666666;")

        self.learnerLayout.addWidget(self.resultLabel)


        self.mainLayout.addWidget(self.learnerGroup)

        self.detailsLayout = QFormLayout()
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.statusLabel = QLabel(EnrollDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.detailsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(EnrollDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.detailsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.clientLabel = QLabel(EnrollDialog)
        self.clientLabel.setObjectName(u"clientLabel")

        self.detailsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.clientLabel)

        self.clientField = PartySearchField(EnrollDialog)
        self.clientField.setObjectName(u"clientField")

        self.detailsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.clientField)

        self.funderLabel = QLabel(EnrollDialog)
        self.funderLabel.setObjectName(u"funderLabel")

        self.detailsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.funderLabel)

        self.funderField = PartySearchField(EnrollDialog)
        self.funderField.setObjectName(u"funderField")

        self.detailsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.funderField)

        self.schemeLabel = QLabel(EnrollDialog)
        self.schemeLabel.setObjectName(u"schemeLabel")

        self.detailsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.schemeLabel)

        self.schemeCombo = QComboBox(EnrollDialog)
        self.schemeCombo.setObjectName(u"schemeCombo")

        self.detailsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.schemeCombo)

        self.priceLabel = QLabel(EnrollDialog)
        self.priceLabel.setObjectName(u"priceLabel")

        self.detailsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.priceLabel)

        self.priceEdit = QLineEdit(EnrollDialog)
        self.priceEdit.setObjectName(u"priceEdit")

        self.detailsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.priceEdit)


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
        self.funderLabel.setBuddy(self.funderField)
        self.schemeLabel.setBuddy(self.schemeCombo)
        self.priceLabel.setBuddy(self.priceEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.learnerList)
        QWidget.setTabOrder(self.learnerList, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.clientField)
        QWidget.setTabOrder(self.clientField, self.funderField)
        QWidget.setTabOrder(self.funderField, self.schemeCombo)
        QWidget.setTabOrder(self.schemeCombo, self.priceEdit)

        self.retranslateUi(EnrollDialog)

        QMetaObject.connectSlotsByName(EnrollDialog)
    # setupUi

    def retranslateUi(self, EnrollDialog):
        EnrollDialog.setWindowTitle(QCoreApplication.translate("EnrollDialog", u"Inscrire un apprenant", None))
        self.learnerGroup.setTitle(QCoreApplication.translate("EnrollDialog", u"Apprenant", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("EnrollDialog", u"Rechercher : nom, pr\u00e9nom, e-mail, ville, employeur\u2026", None))
        self.statusLabel.setText(QCoreApplication.translate("EnrollDialog", u"&Statut :", None))
        self.clientLabel.setText(QCoreApplication.translate("EnrollDialog", u"&Client :", None))
        self.funderLabel.setText(QCoreApplication.translate("EnrollDialog", u"&Financeur :", None))
        self.schemeLabel.setText(QCoreApplication.translate("EnrollDialog", u"&Dispositif :", None))
        self.priceLabel.setText(QCoreApplication.translate("EnrollDialog", u"&Prix (\u20ac) :", None))
    # retranslateUi

