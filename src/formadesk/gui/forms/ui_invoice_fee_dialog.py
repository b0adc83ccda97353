# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'invoice_fee_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_InvoiceFeeDialog(object):
    def setupUi(self, InvoiceFeeDialog):
        if not InvoiceFeeDialog.objectName():
            InvoiceFeeDialog.setObjectName(u"InvoiceFeeDialog")
        InvoiceFeeDialog.resize(620, 320)
        self.mainLayout = QVBoxLayout(InvoiceFeeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(InvoiceFeeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.sessionLabel = QLabel(InvoiceFeeDialog)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sessionLabel)

        self.sessionCombo = QComboBox(InvoiceFeeDialog)
        self.sessionCombo.setObjectName(u"sessionCombo")
        self.sessionCombo.setEditable(True)
        self.sessionCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sessionCombo)

        self.enrollmentLabel = QLabel(InvoiceFeeDialog)
        self.enrollmentLabel.setObjectName(u"enrollmentLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.enrollmentLabel)

        self.enrollmentCombo = QComboBox(InvoiceFeeDialog)
        self.enrollmentCombo.setObjectName(u"enrollmentCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.enrollmentCombo)

        self.enrollmentHint = QLabel(InvoiceFeeDialog)
        self.enrollmentHint.setObjectName(u"enrollmentHint")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.enrollmentHint.sizePolicy().hasHeightForWidth())
        self.enrollmentHint.setSizePolicy(sizePolicy)
        self.enrollmentHint.setStyleSheet(u"color: #666666;")
        self.enrollmentHint.setWordWrap(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.enrollmentHint)

        self.amountLabel = QLabel(InvoiceFeeDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountEdit = QLineEdit(InvoiceFeeDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.dateLabel = QLabel(InvoiceFeeDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.issueDate = QDateEdit(InvoiceFeeDialog)
        self.issueDate.setObjectName(u"issueDate")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.issueDate.sizePolicy().hasHeightForWidth())
        self.issueDate.setSizePolicy(sizePolicy1)
        self.issueDate.setCalendarPopup(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.issueDate)


        self.mainLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.errorLabel = QLabel(InvoiceFeeDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c0392b;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(InvoiceFeeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.sessionLabel.setBuddy(self.sessionCombo)
        self.enrollmentLabel.setBuddy(self.enrollmentCombo)
        self.amountLabel.setBuddy(self.amountEdit)
        self.dateLabel.setBuddy(self.issueDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InvoiceFeeDialog)

        QMetaObject.connectSlotsByName(InvoiceFeeDialog)
    # setupUi

    def retranslateUi(self, InvoiceFeeDialog):
        InvoiceFeeDialog.setWindowTitle(QCoreApplication.translate("InvoiceFeeDialog", u"Facturer un d\u00e9dit", None))
        self.introLabel.setText(QCoreApplication.translate("InvoiceFeeDialog", u"Un d\u00e9dit (annulation tardive) se facture sur une facture \u00e0 part, au client de l'inscription annul\u00e9e ; il n'est jamais pris en charge par un financeur.", None))
        self.sessionLabel.setText(QCoreApplication.translate("InvoiceFeeDialog", u"&Session :", None))
        self.enrollmentLabel.setText(QCoreApplication.translate("InvoiceFeeDialog", u"&Inscription annul\u00e9e :", None))
        self.amountLabel.setText(QCoreApplication.translate("InvoiceFeeDialog", u"&Montant du d\u00e9dit :", None))
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("InvoiceFeeDialog", u"ex. 207,00 \u20ac", None))
        self.dateLabel.setText(QCoreApplication.translate("InvoiceFeeDialog", u"&Date de la facture :", None))
        self.issueDate.setDisplayFormat(QCoreApplication.translate("InvoiceFeeDialog", u"dd/MM/yyyy", None))
    # retranslateUi

