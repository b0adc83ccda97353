# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'learners_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_LearnersTab(object):
    def setupUi(self, LearnersTab):
        if not LearnersTab.objectName():
            LearnersTab.setObjectName(u"LearnersTab")
        LearnersTab.resize(1200, 700)
        self.mainLayout = QVBoxLayout(LearnersTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(LearnersTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(320, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.statusCombo = QComboBox(LearnersTab)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)

        self.filterSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.countLabel = QLabel(LearnersTab)
        self.countLabel.setObjectName(u"countLabel")

        self.filterLayout.addWidget(self.countLabel)


        self.mainLayout.addLayout(self.filterLayout)

        self.splitter = QSplitter(LearnersTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.learnersView = QTableView(self.splitter)
        self.learnersView.setObjectName(u"learnersView")
        self.learnersView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.learnersView.setAlternatingRowColors(True)
        self.learnersView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.learnersView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.learnersView.setWordWrap(False)
        self.splitter.addWidget(self.learnersView)
        self.learnersView.horizontalHeader().setHighlightSections(False)
        self.learnersView.horizontalHeader().setStretchLastSection(True)
        self.learnersView.verticalHeader().setVisible(False)
        self.dossierPanel = QWidget(self.splitter)
        self.dossierPanel.setObjectName(u"dossierPanel")
        self.dossierPanel.setMinimumSize(QSize(300, 0))
        self.dossierLayout = QVBoxLayout(self.dossierPanel)
        self.dossierLayout.setObjectName(u"dossierLayout")
        self.dossierLayout.setContentsMargins(0, 0, 0, 0)
        self.dossierTitle = QLabel(self.dossierPanel)
        self.dossierTitle.setObjectName(u"dossierTitle")
        self.dossierTitle.setStyleSheet(u"font-size: 15px; font-weight: bold;")

        self.dossierLayout.addWidget(self.dossierTitle)

        self.identityLabel = QLabel(self.dossierPanel)
        self.identityLabel.setObjectName(u"identityLabel")
        self.identityLabel.setTextFormat(Qt.TextFormat.RichText)
        self.identityLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.identityLabel.setWordWrap(True)
        self.identityLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dossierLayout.addWidget(self.identityLabel)

        self.enrollmentsLabel = QLabel(self.dossierPanel)
        self.enrollmentsLabel.setObjectName(u"enrollmentsLabel")
        self.enrollmentsLabel.setStyleSheet(u"font-weight: bold;")

        self.dossierLayout.addWidget(self.enrollmentsLabel)

        self.enrollmentsList = QListWidget(self.dossierPanel)
        self.enrollmentsList.setObjectName(u"enrollmentsList")
        self.enrollmentsList.setAlternatingRowColors(True)
        self.enrollmentsList.setWordWrap(True)

        self.dossierLayout.addWidget(self.enrollmentsList)

        self.dossierLayout.setStretch(3, 1)
        self.splitter.addWidget(self.dossierPanel)

        self.mainLayout.addWidget(self.splitter)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.newButton = QPushButton(LearnersTab)
        self.newButton.setObjectName(u"newButton")

        self.buttonsLayout.addWidget(self.newButton)

        self.editButton = QPushButton(LearnersTab)
        self.editButton.setObjectName(u"editButton")

        self.buttonsLayout.addWidget(self.editButton)

        self.buttonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.importButton = QPushButton(LearnersTab)
        self.importButton.setObjectName(u"importButton")

        self.buttonsLayout.addWidget(self.importButton)

        self.exportButton = QPushButton(LearnersTab)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonsLayout.addWidget(self.exportButton)


        self.mainLayout.addLayout(self.buttonsLayout)

        self.mainLayout.setStretch(1, 1)
        QWidget.setTabOrder(self.searchEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.learnersView)
        QWidget.setTabOrder(self.learnersView, self.newButton)
        QWidget.setTabOrder(self.newButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.enrollmentsList)

        self.retranslateUi(LearnersTab)

        QMetaObject.connectSlotsByName(LearnersTab)
    # setupUi

    def retranslateUi(self, LearnersTab):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("LearnersTab", u"Rechercher par nom, e-mail, t\u00e9l\u00e9phone, ville, employeur\u2026", None))
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("LearnersTab", u"Statut des apprenants \u00e0 afficher", None))
#endif // QT_CONFIG(tooltip)
        self.countLabel.setText("")
        self.dossierTitle.setText(QCoreApplication.translate("LearnersTab", u"Dossier", None))
        self.identityLabel.setText(QCoreApplication.translate("LearnersTab", u"S\u00e9lectionnez un apprenant pour voir son dossier.", None))
        self.enrollmentsLabel.setText(QCoreApplication.translate("LearnersTab", u"Inscriptions", None))
#if QT_CONFIG(tooltip)
        self.enrollmentsList.setToolTip(QCoreApplication.translate("LearnersTab", u"Double-cliquez sur une inscription pour ouvrir la session.", None))
#endif // QT_CONFIG(tooltip)
        self.newButton.setText(QCoreApplication.translate("LearnersTab", u"&Nouveau\u2026", None))
        self.editButton.setText(QCoreApplication.translate("LearnersTab", u"&Modifier\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("LearnersTab", u"Importer des apprenants depuis un classeur Excel ou un fichier CSV", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("LearnersTab", u"&Importer\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("LearnersTab", u"E&xporter (Excel)\u2026", None))
        pass
    # retranslateUi

