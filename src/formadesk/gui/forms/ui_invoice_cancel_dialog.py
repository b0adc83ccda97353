# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'invoice_cancel_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_InvoiceCancelDialog(object):
    def setupUi(self, InvoiceCancelDialog):
        if not InvoiceCancelDialog.objectName():
            InvoiceCancelDialog.setObjectName(u"InvoiceCancelDialog")
        InvoiceCancelDialog.resize(520, 300)
        self.mainLayout = QVBoxLayout(InvoiceCancelDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(InvoiceCancelDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.warningLabel = QLabel(InvoiceCancelDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setStyleSheet(u"background: #fde9c8; padding: 6px;")

        self.mainLayout.addWidget(self.warningLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.reasonLabel = QLabel(InvoiceCancelDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(InvoiceCancelDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(500)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.dateLabel = QLabel(InvoiceCancelDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.creditDate = QDateEdit(InvoiceCancelDialog)
        self.creditDate.setObjectName(u"creditDate")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.creditDate.sizePolicy().hasHeightForWidth())
        self.creditDate.setSizePolicy(sizePolicy)
        self.creditDate.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.creditDate)


        self.mainLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.errorLabel = QLabel(InvoiceCancelDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c0392b;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(InvoiceCancelDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.dateLabel.setBuddy(self.creditDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InvoiceCancelDialog)

        QMetaObject.connectSlotsByName(InvoiceCancelDialog)
    # setupUi

    def retranslateUi(self, InvoiceCancelDialog):
        InvoiceCancelDialog.setWindowTitle(QCoreApplication.translate("InvoiceCancelDialog", u"Annuler la facture par un avoir", None))
        self.reasonLabel.setText(QCoreApplication.translate("InvoiceCancelDialog", u"&Motif :", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("InvoiceCancelDialog", u"ex. Erreur sur le nombre d'heures r\u00e9alis\u00e9es", None))
        self.dateLabel.setText(QCoreApplication.translate("InvoiceCancelDialog", u"&Date de l'avoir :", None))
        self.creditDate.setDisplayFormat(QCoreApplication.translate("InvoiceCancelDialog", u"dd/MM/yyyy", None))
    # retranslateUi

