# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'invoices_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_InvoicesPanel(object):
    def setupUi(self, InvoicesPanel):
        if not InvoicesPanel.objectName():
            InvoicesPanel.setObjectName(u"InvoicesPanel")
        InvoicesPanel.resize(1100, 620)
        self.mainLayout = QVBoxLayout(InvoicesPanel)
        self.mainLayout.setObjectName(u"mainLayout")
        self.issueLayout = QHBoxLayout()
        self.issueLayout.setObjectName(u"issueLayout")
        self.invoiceSessionButton = QPushButton(InvoicesPanel)
        self.invoiceSessionButton.setObjectName(u"invoiceSessionButton")

        self.issueLayout.addWidget(self.invoiceSessionButton)

        self.feeButton = QPushButton(InvoicesPanel)
        self.feeButton.setObjectName(u"feeButton")

        self.issueLayout.addWidget(self.feeButton)

        self.issueSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.issueLayout.addItem(self.issueSpacer)

        self.remindersButton = QPushButton(InvoicesPanel)
        self.remindersButton.setObjectName(u"remindersButton")

        self.issueLayout.addWidget(self.remindersButton)

        self.journalButton = QPushButton(InvoicesPanel)
        self.journalButton.setObjectName(u"journalButton")

        self.issueLayout.addWidget(self.journalButton)


        self.mainLayout.addLayout(self.issueLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(InvoicesPanel)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(260, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.yearCombo = QComboBox(InvoicesPanel)
        self.yearCombo.setObjectName(u"yearCombo")

        self.filterLayout.addWidget(self.yearCombo)

        self.statusCombo = QComboBox(InvoicesPanel)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)

        self.lateOnlyCheck = QCheckBox(InvoicesPanel)
        self.lateOnlyCheck.setObjectName(u"lateOnlyCheck")

        self.filterLayout.addWidget(self.lateOnlyCheck)

        self.countLabel = QLabel(InvoicesPanel)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setStyleSheet(u"color: #666666;")

        self.filterLayout.addWidget(self.countLabel)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.mainLayout.addLayout(self.filterLayout)

        self.stack = QStackedWidget(InvoicesPanel)
        self.stack.setObjectName(u"stack")
        self.invoiceTable = QTableView()
        self.invoiceTable.setObjectName(u"invoiceTable")
        self.stack.addWidget(self.invoiceTable)
        self.emptyLabel = QLabel()
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setStyleSheet(u"color: #666666; font-size: 13pt;")
        self.stack.addWidget(self.emptyLabel)

        self.mainLayout.addWidget(self.stack)

        self.selectionLayout = QHBoxLayout()
        self.selectionLayout.setObjectName(u"selectionLayout")
        self.pdfButton = QPushButton(InvoicesPanel)
        self.pdfButton.setObjectName(u"pdfButton")

        self.selectionLayout.addWidget(self.pdfButton)

        self.wordButton = QPushButton(InvoicesPanel)
        self.wordButton.setObjectName(u"wordButton")

        self.selectionLayout.addWidget(self.wordButton)

        self.paidButton = QPushButton(InvoicesPanel)
        self.paidButton.setObjectName(u"paidButton")

        self.selectionLayout.addWidget(self.paidButton)

        self.cancelButton = QPushButton(InvoicesPanel)
        self.cancelButton.setObjectName(u"cancelButton")

        self.selectionLayout.addWidget(self.cancelButton)

        self.selectionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.selectionLayout.addItem(self.selectionSpacer)

        self.totalsLabel = QLabel(InvoicesPanel)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setTextFormat(Qt.TextFormat.RichText)
        self.totalsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.selectionLayout.addWidget(self.totalsLabel)


        self.mainLayout.addLayout(self.selectionLayout)

        QWidget.setTabOrder(self.invoiceSessionButton, self.feeButton)
        QWidget.setTabOrder(self.feeButton, self.remindersButton)
        QWidget.setTabOrder(self.remindersButton, self.journalButton)
        QWidget.setTabOrder(self.journalButton, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.yearCombo)
        QWidget.setTabOrder(self.yearCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.lateOnlyCheck)
        QWidget.setTabOrder(self.lateOnlyCheck, self.invoiceTable)
        QWidget.setTabOrder(self.invoiceTable, self.pdfButton)
        QWidget.setTabOrder(self.pdfButton, self.wordButton)
        QWidget.setTabOrder(self.wordButton, self.paidButton)
        QWidget.setTabOrder(self.paidButton, self.cancelButton)

        self.retranslateUi(InvoicesPanel)

        QMetaObject.connectSlotsByName(InvoicesPanel)
    # setupUi

    def retranslateUi(self, InvoicesPanel):
        self.invoiceSessionButton.setText(QCoreApplication.translate("InvoicesPanel", u"&Facturer une session\u2026", None))
#if QT_CONFIG(tooltip)
        self.invoiceSessionButton.setToolTip(QCoreApplication.translate("InvoicesPanel", u"\u00c9mettre les factures d'une session termin\u00e9e : part des financeurs en subrogation, reste aux clients", None))
#endif // QT_CONFIG(tooltip)
        self.feeButton.setText(QCoreApplication.translate("InvoicesPanel", u"Facturer un &d\u00e9dit\u2026", None))
#if QT_CONFIG(tooltip)
        self.feeButton.setToolTip(QCoreApplication.translate("InvoicesPanel", u"Facturer l'annulation tardive d'une inscription, sur une facture \u00e0 part", None))
#endif // QT_CONFIG(tooltip)
        self.remindersButton.setText(QCoreApplication.translate("InvoicesPanel", u"&Relances\u2026", None))
#if QT_CONFIG(tooltip)
        self.remindersButton.setToolTip(QCoreApplication.translate("InvoicesPanel", u"Lettres de relance pour les factures \u00e9chues non pay\u00e9es", None))
#endif // QT_CONFIG(tooltip)
        self.journalButton.setText(QCoreApplication.translate("InvoicesPanel", u"&Journal des ventes (Excel)\u2026", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("InvoicesPanel", u"Filtrer (num\u00e9ro, payeur, session)\u2026", None))
#if QT_CONFIG(tooltip)
        self.yearCombo.setToolTip(QCoreApplication.translate("InvoicesPanel", u"Ann\u00e9e d'\u00e9mission", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("InvoicesPanel", u"Statut", None))
#endif // QT_CONFIG(tooltip)
        self.lateOnlyCheck.setText(QCoreApplication.translate("InvoicesPanel", u"En &retard seulement", None))
        self.emptyLabel.setText(QCoreApplication.translate("InvoicesPanel", u"Aucune facture pour l'instant.\n"
"Une session termin\u00e9e se facture avec \u00ab Facturer une session\u2026 \u00bb.", None))
        self.pdfButton.setText(QCoreApplication.translate("InvoicesPanel", u"Produire le &PDF", None))
        self.wordButton.setText(QCoreApplication.translate("InvoicesPanel", u"Produire le &Word", None))
        self.paidButton.setText(QCoreApplication.translate("InvoicesPanel", u"&Marquer pay\u00e9e\u2026", None))
        self.cancelButton.setText(QCoreApplication.translate("InvoicesPanel", u"&Annuler (avoir)\u2026", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("InvoicesPanel", u"Annuler la facture par un avoir, qui prend le num\u00e9ro suivant", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

