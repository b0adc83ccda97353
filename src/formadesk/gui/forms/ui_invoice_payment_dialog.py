# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'invoice_payment_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_InvoicePaymentDialog(object):
    def setupUi(self, InvoicePaymentDialog):
        if not InvoicePaymentDialog.objectName():
            InvoicePaymentDialog.setObjectName(u"InvoicePaymentDialog")
        InvoicePaymentDialog.resize(460, 220)
        self.mainLayout = QVBoxLayout(InvoicePaymentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(InvoicePaymentDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.paidLabel = QLabel(InvoicePaymentDialog)
        self.paidLabel.setObjectName(u"paidLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.paidLabel)

        self.paidDate = QDateEdit(InvoicePaymentDialog)
        self.paidDate.setObjectName(u"paidDate")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.paidDate.sizePolicy().hasHeightForWidth())
        self.paidDate.setSizePolicy(sizePolicy)
        self.paidDate.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.paidDate)


        self.mainLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.errorLabel = QLabel(InvoicePaymentDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c0392b;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(InvoicePaymentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.paidLabel.setBuddy(self.paidDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InvoicePaymentDialog)

        QMetaObject.connectSlotsByName(InvoicePaymentDialog)
    # setupUi

    def retranslateUi(self, InvoicePaymentDialog):
        InvoicePaymentDialog.setWindowTitle(QCoreApplication.translate("InvoicePaymentDialog", u"Marquer la facture pay\u00e9e", None))
        self.paidLabel.setText(QCoreApplication.translate("InvoicePaymentDialog", u"&Pay\u00e9e le :", None))
        self.paidDate.setDisplayFormat(QCoreApplication.translate("InvoicePaymentDialog", u"dd/MM/yyyy", None))
    # retranslateUi

