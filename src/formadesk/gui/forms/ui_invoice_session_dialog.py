# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'invoice_session_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_InvoiceSessionDialog(object):
    def setupUi(self, InvoiceSessionDialog):
        if not InvoiceSessionDialog.objectName():
            InvoiceSessionDialog.setObjectName(u"InvoiceSessionDialog")
        InvoiceSessionDialog.resize(820, 520)
        self.mainLayout = QVBoxLayout(InvoiceSessionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(InvoiceSessionDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.searchEdit = QLineEdit(InvoiceSessionDialog)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.mainLayout.addWidget(self.searchEdit)

        self.sessionTable = QTableView(InvoiceSessionDialog)
        self.sessionTable.setObjectName(u"sessionTable")

        self.mainLayout.addWidget(self.sessionTable)

        self.showInvoicedCheck = QCheckBox(InvoiceSessionDialog)
        self.showInvoicedCheck.setObjectName(u"showInvoicedCheck")

        self.mainLayout.addWidget(self.showInvoicedCheck)

        self.dateLayout = QHBoxLayout()
        self.dateLayout.setObjectName(u"dateLayout")
        self.dateLabel = QLabel(InvoiceSessionDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.dateLayout.addWidget(self.dateLabel)

        self.issueDate = QDateEdit(InvoiceSessionDialog)
        self.issueDate.setObjectName(u"issueDate")
        self.issueDate.setCalendarPopup(True)

        self.dateLayout.addWidget(self.issueDate)

        self.dateHintLabel = QLabel(InvoiceSessionDialog)
        self.dateHintLabel.setObjectName(u"dateHintLabel")
        self.dateHintLabel.setStyleSheet(u"color: #666666;")
        self.dateHintLabel.setWordWrap(True)

        self.dateLayout.addWidget(self.dateHintLabel)

        self.dateLayout.setStretch(2, 1)

        self.mainLayout.addLayout(self.dateLayout)

        self.errorLabel = QLabel(InvoiceSessionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c0392b;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(InvoiceSessionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.issueDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InvoiceSessionDialog)

        QMetaObject.connectSlotsByName(InvoiceSessionDialog)
    # setupUi

    def retranslateUi(self, InvoiceSessionDialog):
        InvoiceSessionDialog.setWindowTitle(QCoreApplication.translate("InvoiceSessionDialog", u"Facturer une session", None))
        self.introLabel.setText(QCoreApplication.translate("InvoiceSessionDialog", u"Choisissez une session commenc\u00e9e ou termin\u00e9e. Les financeurs en subrogation sont factur\u00e9s de leur part sur les heures r\u00e9alis\u00e9es (session termin\u00e9e), les clients du reste, les particuliers de leur propre inscription.", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("InvoiceSessionDialog", u"Rechercher une session (code, formation)\u2026", None))
        self.showInvoicedCheck.setText(QCoreApplication.translate("InvoiceSessionDialog", u"Afficher aussi les sessions &d\u00e9j\u00e0 factur\u00e9es", None))
        self.dateLabel.setText(QCoreApplication.translate("InvoiceSessionDialog", u"&Date des factures :", None))
        self.issueDate.setDisplayFormat(QCoreApplication.translate("InvoiceSessionDialog", u"dd/MM/yyyy", None))
        self.dateHintLabel.setText(QCoreApplication.translate("InvoiceSessionDialog", u"Les num\u00e9ros suivent l'ordre des dates : pas de date ant\u00e9rieure \u00e0 la derni\u00e8re facture.", None))
    # retranslateUi

