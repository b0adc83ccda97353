# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'clients_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSplitter, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_ClientsTab(object):
    def setupUi(self, ClientsTab):
        if not ClientsTab.objectName():
            ClientsTab.setObjectName(u"ClientsTab")
        ClientsTab.resize(1200, 760)
        self.mainLayout = QVBoxLayout(ClientsTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.viewTabs = QTabWidget(ClientsTab)
        self.viewTabs.setObjectName(u"viewTabs")
        self.clientsPage = QWidget()
        self.clientsPage.setObjectName(u"clientsPage")
        self.clientsLayout = QVBoxLayout(self.clientsPage)
        self.clientsLayout.setObjectName(u"clientsLayout")
        self.clientButtonsLayout = QHBoxLayout()
        self.clientButtonsLayout.setObjectName(u"clientButtonsLayout")
        self.clientSearchEdit = QLineEdit(self.clientsPage)
        self.clientSearchEdit.setObjectName(u"clientSearchEdit")

        self.clientButtonsLayout.addWidget(self.clientSearchEdit)

        self.newClientButton = QPushButton(self.clientsPage)
        self.newClientButton.setObjectName(u"newClientButton")

        self.clientButtonsLayout.addWidget(self.newClientButton)

        self.editClientButton = QPushButton(self.clientsPage)
        self.editClientButton.setObjectName(u"editClientButton")

        self.clientButtonsLayout.addWidget(self.editClientButton)

        self.mergeClientButton = QPushButton(self.clientsPage)
        self.mergeClientButton.setObjectName(u"mergeClientButton")

        self.clientButtonsLayout.addWidget(self.mergeClientButton)

        self.deleteClientButton = QPushButton(self.clientsPage)
        self.deleteClientButton.setObjectName(u"deleteClientButton")

        self.clientButtonsLayout.addWidget(self.deleteClientButton)


        self.clientsLayout.addLayout(self.clientButtonsLayout)

        self.clientSplitter = QSplitter(self.clientsPage)
        self.clientSplitter.setObjectName(u"clientSplitter")
        self.clientSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.clientSplitter.setChildrenCollapsible(False)
        self.clientListPane = QWidget(self.clientSplitter)
        self.clientListPane.setObjectName(u"clientListPane")
        self.clientListLayout = QVBoxLayout(self.clientListPane)
        self.clientListLayout.setObjectName(u"clientListLayout")
        self.clientListLayout.setContentsMargins(0, 0, 0, 0)
        self.clientsView = QTableView(self.clientListPane)
        self.clientsView.setObjectName(u"clientsView")
        self.clientsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.clientsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.clientsView.setAlternatingRowColors(True)
        self.clientsView.setSortingEnabled(True)
        self.clientsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.clientListLayout.addWidget(self.clientsView)

        self.clientCountLabel = QLabel(self.clientListPane)
        self.clientCountLabel.setObjectName(u"clientCountLabel")

        self.clientListLayout.addWidget(self.clientCountLabel)

        self.clientSplitter.addWidget(self.clientListPane)
        self.clientDetail = QWidget(self.clientSplitter)
        self.clientDetail.setObjectName(u"clientDetail")
        self.clientDetailLayout = QVBoxLayout(self.clientDetail)
        self.clientDetailLayout.setObjectName(u"clientDetailLayout")
        self.clientDetailLayout.setContentsMargins(0, 0, 0, 0)
        self.clientTitleLabel = QLabel(self.clientDetail)
        self.clientTitleLabel.setObjectName(u"clientTitleLabel")
        self.clientTitleLabel.setStyleSheet(u"font-size: 14pt; font-weight: bold;")

        self.clientDetailLayout.addWidget(self.clientTitleLabel)

        self.clientInfoLabel = QLabel(self.clientDetail)
        self.clientInfoLabel.setObjectName(u"clientInfoLabel")
        self.clientInfoLabel.setWordWrap(True)
        self.clientInfoLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clientInfoLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.clientDetailLayout.addWidget(self.clientInfoLabel)

        self.clientOpenLabel = QLabel(self.clientDetail)
        self.clientOpenLabel.setObjectName(u"clientOpenLabel")
        self.clientOpenLabel.setStyleSheet(u"font-weight: bold;")

        self.clientDetailLayout.addWidget(self.clientOpenLabel)

        self.clientDetailTabs = QTabWidget(self.clientDetail)
        self.clientDetailTabs.setObjectName(u"clientDetailTabs")
        self.clientContactsPage = QWidget()
        self.clientContactsPage.setObjectName(u"clientContactsPage")
        self.clientContactsLayout = QVBoxLayout(self.clientContactsPage)
        self.clientContactsLayout.setObjectName(u"clientContactsLayout")
        self.clientContactsLayout.setContentsMargins(0, 0, 0, 0)
        self.clientContactsView = QTableView(self.clientContactsPage)
        self.clientContactsView.setObjectName(u"clientContactsView")
        self.clientContactsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.clientContactsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.clientContactsView.setAlternatingRowColors(True)
        self.clientContactsView.setSortingEnabled(True)
        self.clientContactsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.clientContactsLayout.addWidget(self.clientContactsView)

        self.clientDetailTabs.addTab(self.clientContactsPage, "")
        self.clientSessionsPage = QWidget()
        self.clientSessionsPage.setObjectName(u"clientSessionsPage")
        self.clientSessionsLayout = QVBoxLayout(self.clientSessionsPage)
        self.clientSessionsLayout.setObjectName(u"clientSessionsLayout")
        self.clientSessionsLayout.setContentsMargins(0, 0, 0, 0)
        self.clientSessionsView = QTableView(self.clientSessionsPage)
        self.clientSessionsView.setObjectName(u"clientSessionsView")
        self.clientSessionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.clientSessionsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.clientSessionsView.setAlternatingRowColors(True)
        self.clientSessionsView.setSortingEnabled(True)
        self.clientSessionsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.clientSessionsLayout.addWidget(self.clientSessionsView)

        self.clientDetailTabs.addTab(self.clientSessionsPage, "")
        self.clientLearnersPage = QWidget()
        self.clientLearnersPage.setObjectName(u"clientLearnersPage")
        self.clientLearnersLayout = QVBoxLayout(self.clientLearnersPage)
        self.clientLearnersLayout.setObjectName(u"clientLearnersLayout")
        self.clientLearnersLayout.setContentsMargins(0, 0, 0, 0)
        self.clientLearnersView = QTableView(self.clientLearnersPage)
        self.clientLearnersView.setObjectName(u"clientLearnersView")
        self.clientLearnersView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.clientLearnersView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.clientLearnersView.setAlternatingRowColors(True)
        self.clientLearnersView.setSortingEnabled(True)
        self.clientLearnersView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.clientLearnersLayout.addWidget(self.clientLearnersView)

        self.clientDetailTabs.addTab(self.clientLearnersPage, "")
        self.clientQuotesPage = QWidget()
        self.clientQuotesPage.setObjectName(u"clientQuotesPage")
        self.clientQuotesLayout = QVBoxLayout(self.clientQuotesPage)
        self.clientQuotesLayout.setObjectName(u"clientQuotesLayout")
        self.clientQuotesLayout.setContentsMargins(0, 0, 0, 0)
        self.clientQuotesView = QTableView(self.clientQuotesPage)
        self.clientQuotesView.setObjectName(u"clientQuotesView")
        self.clientQuotesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.clientQuotesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.clientQuotesView.setAlternatingRowColors(True)
        self.clientQuotesView.setSortingEnabled(True)
        self.clientQuotesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.clientQuotesLayout.addWidget(self.clientQuotesView)

        self.clientDetailTabs.addTab(self.clientQuotesPage, "")
        self.clientInvoicesPage = QWidget()
        self.clientInvoicesPage.setObjectName(u"clientInvoicesPage")
        self.clientInvoicesLayout = QVBoxLayout(self.clientInvoicesPage)
        self.clientInvoicesLayout.setObjectName(u"clientInvoicesLayout")
        self.clientInvoicesLayout.setContentsMargins(0, 0, 0, 0)
        self.clientInvoicesView = QTableView(self.clientInvoicesPage)
        self.clientInvoicesView.setObjectName(u"clientInvoicesView")
        self.clientInvoicesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.clientInvoicesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.clientInvoicesView.setAlternatingRowColors(True)
        self.clientInvoicesView.setSortingEnabled(True)
        self.clientInvoicesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.clientInvoicesLayout.addWidget(self.clientInvoicesView)

        self.clientDetailTabs.addTab(self.clientInvoicesPage, "")
        self.clientDocumentsPage = QWidget()
        self.clientDocumentsPage.setObjectName(u"clientDocumentsPage")
        self.clientDocumentsLayout = QVBoxLayout(self.clientDocumentsPage)
        self.clientDocumentsLayout.setObjectName(u"clientDocumentsLayout")
        self.clientDocumentsLayout.setContentsMargins(0, 0, 0, 0)
        self.clientDocumentsView = QTableView(self.clientDocumentsPage)
        self.clientDocumentsView.setObjectName(u"clientDocumentsView")
        self.clientDocumentsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.clientDocumentsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.clientDocumentsView.setAlternatingRowColors(True)
        self.clientDocumentsView.setSortingEnabled(True)
        self.clientDocumentsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.clientDocumentsLayout.addWidget(self.clientDocumentsView)

        self.clientDetailTabs.addTab(self.clientDocumentsPage, "")
        self.clientExchangesPage = QWidget()
        self.clientExchangesPage.setObjectName(u"clientExchangesPage")
        self.clientExchangesLayout = QVBoxLayout(self.clientExchangesPage)
        self.clientExchangesLayout.setObjectName(u"clientExchangesLayout")
        self.clientExchangesLayout.setContentsMargins(0, 0, 0, 0)
        self.clientDetailTabs.addTab(self.clientExchangesPage, "")

        self.clientDetailLayout.addWidget(self.clientDetailTabs)

        self.clientSplitter.addWidget(self.clientDetail)

        self.clientsLayout.addWidget(self.clientSplitter)

        self.viewTabs.addTab(self.clientsPage, "")
        self.fundersPage = QWidget()
        self.fundersPage.setObjectName(u"fundersPage")
        self.fundersLayout = QVBoxLayout(self.fundersPage)
        self.fundersLayout.setObjectName(u"fundersLayout")
        self.funderButtonsLayout = QHBoxLayout()
        self.funderButtonsLayout.setObjectName(u"funderButtonsLayout")
        self.funderSearchEdit = QLineEdit(self.fundersPage)
        self.funderSearchEdit.setObjectName(u"funderSearchEdit")

        self.funderButtonsLayout.addWidget(self.funderSearchEdit)

        self.newFunderButton = QPushButton(self.fundersPage)
        self.newFunderButton.setObjectName(u"newFunderButton")

        self.funderButtonsLayout.addWidget(self.newFunderButton)

        self.editFunderButton = QPushButton(self.fundersPage)
        self.editFunderButton.setObjectName(u"editFunderButton")

        self.funderButtonsLayout.addWidget(self.editFunderButton)


        self.fundersLayout.addLayout(self.funderButtonsLayout)

        self.funderSplitter = QSplitter(self.fundersPage)
        self.funderSplitter.setObjectName(u"funderSplitter")
        self.funderSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.funderSplitter.setChildrenCollapsible(False)
        self.funderListPane = QWidget(self.funderSplitter)
        self.funderListPane.setObjectName(u"funderListPane")
        self.funderListLayout = QVBoxLayout(self.funderListPane)
        self.funderListLayout.setObjectName(u"funderListLayout")
        self.funderListLayout.setContentsMargins(0, 0, 0, 0)
        self.fundersView = QTableView(self.funderListPane)
        self.fundersView.setObjectName(u"fundersView")
        self.fundersView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fundersView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fundersView.setAlternatingRowColors(True)
        self.fundersView.setSortingEnabled(True)
        self.fundersView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.funderListLayout.addWidget(self.fundersView)

        self.funderCountLabel = QLabel(self.funderListPane)
        self.funderCountLabel.setObjectName(u"funderCountLabel")

        self.funderListLayout.addWidget(self.funderCountLabel)

        self.funderSplitter.addWidget(self.funderListPane)
        self.funderDetail = QWidget(self.funderSplitter)
        self.funderDetail.setObjectName(u"funderDetail")
        self.funderDetailLayout = QVBoxLayout(self.funderDetail)
        self.funderDetailLayout.setObjectName(u"funderDetailLayout")
        self.funderDetailLayout.setContentsMargins(0, 0, 0, 0)
        self.funderTitleLabel = QLabel(self.funderDetail)
        self.funderTitleLabel.setObjectName(u"funderTitleLabel")
        self.funderTitleLabel.setStyleSheet(u"font-size: 14pt; font-weight: bold;")

        self.funderDetailLayout.addWidget(self.funderTitleLabel)

        self.funderInfoLabel = QLabel(self.funderDetail)
        self.funderInfoLabel.setObjectName(u"funderInfoLabel")
        self.funderInfoLabel.setWordWrap(True)
        self.funderInfoLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.funderInfoLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.funderDetailLayout.addWidget(self.funderInfoLabel)

        self.funderOpenLabel = QLabel(self.funderDetail)
        self.funderOpenLabel.setObjectName(u"funderOpenLabel")
        self.funderOpenLabel.setStyleSheet(u"font-weight: bold;")

        self.funderDetailLayout.addWidget(self.funderOpenLabel)

        self.funderDetailTabs = QTabWidget(self.funderDetail)
        self.funderDetailTabs.setObjectName(u"funderDetailTabs")
        self.funderContactsPage = QWidget()
        self.funderContactsPage.setObjectName(u"funderContactsPage")
        self.funderContactsLayout = QVBoxLayout(self.funderContactsPage)
        self.funderContactsLayout.setObjectName(u"funderContactsLayout")
        self.funderContactsLayout.setContentsMargins(0, 0, 0, 0)
        self.funderContactsView = QTableView(self.funderContactsPage)
        self.funderContactsView.setObjectName(u"funderContactsView")
        self.funderContactsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.funderContactsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.funderContactsView.setAlternatingRowColors(True)
        self.funderContactsView.setSortingEnabled(True)
        self.funderContactsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.funderContactsLayout.addWidget(self.funderContactsView)

        self.funderDetailTabs.addTab(self.funderContactsPage, "")
        self.funderFundedPage = QWidget()
        self.funderFundedPage.setObjectName(u"funderFundedPage")
        self.funderFundedLayout = QVBoxLayout(self.funderFundedPage)
        self.funderFundedLayout.setObjectName(u"funderFundedLayout")
        self.funderFundedLayout.setContentsMargins(0, 0, 0, 0)
        self.funderFundedView = QTableView(self.funderFundedPage)
        self.funderFundedView.setObjectName(u"funderFundedView")
        self.funderFundedView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.funderFundedView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.funderFundedView.setAlternatingRowColors(True)
        self.funderFundedView.setSortingEnabled(True)
        self.funderFundedView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.funderFundedLayout.addWidget(self.funderFundedView)

        self.funderDetailTabs.addTab(self.funderFundedPage, "")
        self.funderInvoicesPage = QWidget()
        self.funderInvoicesPage.setObjectName(u"funderInvoicesPage")
        self.funderInvoicesLayout = QVBoxLayout(self.funderInvoicesPage)
        self.funderInvoicesLayout.setObjectName(u"funderInvoicesLayout")
        self.funderInvoicesLayout.setContentsMargins(0, 0, 0, 0)
        self.funderInvoicesView = QTableView(self.funderInvoicesPage)
        self.funderInvoicesView.setObjectName(u"funderInvoicesView")
        self.funderInvoicesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.funderInvoicesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.funderInvoicesView.setAlternatingRowColors(True)
        self.funderInvoicesView.setSortingEnabled(True)
        self.funderInvoicesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.funderInvoicesLayout.addWidget(self.funderInvoicesView)

        self.funderDetailTabs.addTab(self.funderInvoicesPage, "")

        self.funderDetailLayout.addWidget(self.funderDetailTabs)

        self.funderSplitter.addWidget(self.funderDetail)

        self.fundersLayout.addWidget(self.funderSplitter)

        self.viewTabs.addTab(self.fundersPage, "")

        self.mainLayout.addWidget(self.viewTabs)


        self.retranslateUi(ClientsTab)

        self.viewTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ClientsTab)
    # setupUi

    def retranslateUi(self, ClientsTab):
        self.clientSearchEdit.setPlaceholderText(QCoreApplication.translate("ClientsTab", u"Rechercher par nom, ville, code postal ou SIRET", None))
        self.newClientButton.setText(QCoreApplication.translate("ClientsTab", u"&Nouveau client\u2026", None))
        self.editClientButton.setText(QCoreApplication.translate("ClientsTab", u"&Modifier\u2026", None))
        self.mergeClientButton.setText(QCoreApplication.translate("ClientsTab", u"&Fusionner avec\u2026", None))
        self.deleteClientButton.setText(QCoreApplication.translate("ClientsTab", u"&Supprimer\u2026", None))
#if QT_CONFIG(tooltip)
        self.deleteClientButton.setToolTip(QCoreApplication.translate("ClientsTab", u"Supprimer un client jamais inscrit, ni dans un devis, ni factur\u00e9", None))
#endif // QT_CONFIG(tooltip)
        self.clientTitleLabel.setText("")
        self.clientDetailTabs.setTabText(self.clientDetailTabs.indexOf(self.clientContactsPage), QCoreApplication.translate("ClientsTab", u"Contacts", None))
        self.clientDetailTabs.setTabText(self.clientDetailTabs.indexOf(self.clientSessionsPage), QCoreApplication.translate("ClientsTab", u"Sessions", None))
        self.clientDetailTabs.setTabText(self.clientDetailTabs.indexOf(self.clientLearnersPage), QCoreApplication.translate("ClientsTab", u"Apprenants", None))
        self.clientDetailTabs.setTabText(self.clientDetailTabs.indexOf(self.clientQuotesPage), QCoreApplication.translate("ClientsTab", u"Devis", None))
        self.clientDetailTabs.setTabText(self.clientDetailTabs.indexOf(self.clientInvoicesPage), QCoreApplication.translate("ClientsTab", u"Factures", None))
        self.clientDetailTabs.setTabText(self.clientDetailTabs.indexOf(self.clientDocumentsPage), QCoreApplication.translate("ClientsTab", u"Documents", None))
        self.clientDetailTabs.setTabText(self.clientDetailTabs.indexOf(self.clientExchangesPage), QCoreApplication.translate("ClientsTab", u"\u00c9changes", None))
        self.viewTabs.setTabText(self.viewTabs.indexOf(self.clientsPage), QCoreApplication.translate("ClientsTab", u"Clients", None))
        self.funderSearchEdit.setPlaceholderText(QCoreApplication.translate("ClientsTab", u"Rechercher par nom, ville, code postal ou SIRET", None))
        self.newFunderButton.setText(QCoreApplication.translate("ClientsTab", u"N&ouveau financeur\u2026", None))
        self.editFunderButton.setText(QCoreApplication.translate("ClientsTab", u"Mo&difier\u2026", None))
        self.funderTitleLabel.setText("")
        self.funderDetailTabs.setTabText(self.funderDetailTabs.indexOf(self.funderContactsPage), QCoreApplication.translate("ClientsTab", u"Contacts", None))
        self.funderDetailTabs.setTabText(self.funderDetailTabs.indexOf(self.funderFundedPage), QCoreApplication.translate("ClientsTab", u"Inscriptions financ\u00e9es", None))
        self.funderDetailTabs.setTabText(self.funderDetailTabs.indexOf(self.funderInvoicesPage), QCoreApplication.translate("ClientsTab", u"Factures", None))
        self.viewTabs.setTabText(self.viewTabs.indexOf(self.fundersPage), QCoreApplication.translate("ClientsTab", u"Financeurs", None))
        pass
    # retranslateUi

