# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'invoice_reminders_dialog.ui'
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
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_InvoiceRemindersDialog(object):
    def setupUi(self, InvoiceRemindersDialog):
        if not InvoiceRemindersDialog.objectName():
            InvoiceRemindersDialog.setObjectName(u"InvoiceRemindersDialog")
        InvoiceRemindersDialog.resize(860, 460)
        self.mainLayout = QVBoxLayout(InvoiceRemindersDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(InvoiceRemindersDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.scopeLayout = QHBoxLayout()
        self.scopeLayout.setObjectName(u"scopeLayout")
        self.scopeLabel = QLabel(InvoiceRemindersDialog)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.scopeLayout.addWidget(self.scopeLabel)

        self.scopeCombo = QComboBox(InvoiceRemindersDialog)
        self.scopeCombo.setObjectName(u"scopeCombo")
        self.scopeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.scopeLayout.addWidget(self.scopeCombo)

        self.scopeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scopeLayout.addItem(self.scopeSpacer)


        self.mainLayout.addLayout(self.scopeLayout)

        self.overdueTable = QTableView(InvoiceRemindersDialog)
        self.overdueTable.setObjectName(u"overdueTable")

        self.mainLayout.addWidget(self.overdueTable)

        self.countLabel = QLabel(InvoiceRemindersDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.countLabel)

        self.errorLabel = QLabel(InvoiceRemindersDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c0392b;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(InvoiceRemindersDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.scopeLabel.setBuddy(self.scopeCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InvoiceRemindersDialog)

        QMetaObject.connectSlotsByName(InvoiceRemindersDialog)
    # setupUi

    def retranslateUi(self, InvoiceRemindersDialog):
        InvoiceRemindersDialog.setWindowTitle(QCoreApplication.translate("InvoiceRemindersDialog", u"Relances de paiement", None))
        self.introLabel.setText(QCoreApplication.translate("InvoiceRemindersDialog", u"Une lettre de relance par client et par session, reprenant toutes ses factures \u00e9chues non pay\u00e9es. Les lettres sont rang\u00e9es dans le dossier de chaque session.", None))
        self.scopeLabel.setText(QCoreApplication.translate("InvoiceRemindersDialog", u"&Relancer :", None))
    # retranslateUi

