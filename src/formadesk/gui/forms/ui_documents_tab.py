# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'documents_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QStackedWidget, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_DocumentsTab(object):
    def setupUi(self, DocumentsTab):
        if not DocumentsTab.objectName():
            DocumentsTab.setObjectName(u"DocumentsTab")
        DocumentsTab.resize(1200, 680)
        self.mainLayout = QVBoxLayout(DocumentsTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.subTabs = QTabWidget(DocumentsTab)
        self.subTabs.setObjectName(u"subTabs")
        self.documentsPage = QWidget()
        self.documentsPage.setObjectName(u"documentsPage")
        self.documentsLayout = QVBoxLayout(self.documentsPage)
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.filterBar = QHBoxLayout()
        self.filterBar.setObjectName(u"filterBar")
        self.searchEdit = QLineEdit(self.documentsPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(220, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.filterBar.addWidget(self.searchEdit)

        self.kindCombo = QComboBox(self.documentsPage)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterBar.addWidget(self.kindCombo)

        self.statusCombo = QComboBox(self.documentsPage)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterBar.addWidget(self.statusCombo)

        self.sessionCombo = QComboBox(self.documentsPage)
        self.sessionCombo.setObjectName(u"sessionCombo")
        self.sessionCombo.setMinimumSize(QSize(260, 0))
        self.sessionCombo.setMaximumSize(QSize(460, 16777215))
        self.sessionCombo.setEditable(True)
        self.sessionCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.filterBar.addWidget(self.sessionCombo)

        self.countLabel = QLabel(self.documentsPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setStyleSheet(u"color: #666666;")

        self.filterBar.addWidget(self.countLabel)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterBar.addItem(self.filterSpacer)

        self.generateButton = QPushButton(self.documentsPage)
        self.generateButton.setObjectName(u"generateButton")

        self.filterBar.addWidget(self.generateButton)


        self.documentsLayout.addLayout(self.filterBar)

        self.stack = QStackedWidget(self.documentsPage)
        self.stack.setObjectName(u"stack")
        self.documentTable = QTableView()
        self.documentTable.setObjectName(u"documentTable")
        self.stack.addWidget(self.documentTable)
        self.emptyLabel = QLabel()
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setStyleSheet(u"color: #666666; font-size: 13pt;")
        self.stack.addWidget(self.emptyLabel)

        self.documentsLayout.addWidget(self.stack)

        self.actionBar = QHBoxLayout()
        self.actionBar.setObjectName(u"actionBar")
        self.openButton = QPushButton(self.documentsPage)
        self.openButton.setObjectName(u"openButton")

        self.actionBar.addWidget(self.openButton)

        self.previewButton = QPushButton(self.documentsPage)
        self.previewButton.setObjectName(u"previewButton")

        self.actionBar.addWidget(self.previewButton)

        self.printButton = QPushButton(self.documentsPage)
        self.printButton.setObjectName(u"printButton")

        self.actionBar.addWidget(self.printButton)

        self.folderButton = QPushButton(self.documentsPage)
        self.folderButton.setObjectName(u"folderButton")

        self.actionBar.addWidget(self.folderButton)

        self.actionSeparator = QFrame(self.documentsPage)
        self.actionSeparator.setObjectName(u"actionSeparator")
        self.actionSeparator.setFrameShape(QFrame.Shape.VLine)
        self.actionSeparator.setFrameShadow(QFrame.Shadow.Sunken)

        self.actionBar.addWidget(self.actionSeparator)

        self.sentButton = QPushButton(self.documentsPage)
        self.sentButton.setObjectName(u"sentButton")

        self.actionBar.addWidget(self.sentButton)

        self.signedButton = QPushButton(self.documentsPage)
        self.signedButton.setObjectName(u"signedButton")

        self.actionBar.addWidget(self.signedButton)

        self.emailButton = QPushButton(self.documentsPage)
        self.emailButton.setObjectName(u"emailButton")

        self.actionBar.addWidget(self.emailButton)

        self.regenerateButton = QPushButton(self.documentsPage)
        self.regenerateButton.setObjectName(u"regenerateButton")

        self.actionBar.addWidget(self.regenerateButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionBar.addItem(self.actionSpacer)


        self.documentsLayout.addLayout(self.actionBar)

        self.subTabs.addTab(self.documentsPage, "")
        self.invoicesPage = QWidget()
        self.invoicesPage.setObjectName(u"invoicesPage")
        self.invoicesLayout = QVBoxLayout(self.invoicesPage)
        self.invoicesLayout.setObjectName(u"invoicesLayout")
        self.invoicesLayout.setContentsMargins(0, 0, 0, 0)
        self.subTabs.addTab(self.invoicesPage, "")
        self.templatesPage = QWidget()
        self.templatesPage.setObjectName(u"templatesPage")
        self.templatesLayout = QVBoxLayout(self.templatesPage)
        self.templatesLayout.setObjectName(u"templatesLayout")
        self.templatesNote = QLabel(self.templatesPage)
        self.templatesNote.setObjectName(u"templatesNote")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.templatesNote.sizePolicy().hasHeightForWidth())
        self.templatesNote.setSizePolicy(sizePolicy)
        self.templatesNote.setWordWrap(True)
        self.templatesNote.setStyleSheet(u"color: #555555; background: #eef4fb; border: 1px solid #c9dcf0; border-radius: 4px; padding: 6px;")

        self.templatesLayout.addWidget(self.templatesNote)

        self.templatesSplitter = QSplitter(self.templatesPage)
        self.templatesSplitter.setObjectName(u"templatesSplitter")
        self.templatesSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.templatesSplitter.setChildrenCollapsible(False)
        self.templatesPane = QWidget(self.templatesSplitter)
        self.templatesPane.setObjectName(u"templatesPane")
        self.templatesPaneLayout = QVBoxLayout(self.templatesPane)
        self.templatesPaneLayout.setObjectName(u"templatesPaneLayout")
        self.templatesPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.templateTable = QTableView(self.templatesPane)
        self.templateTable.setObjectName(u"templateTable")

        self.templatesPaneLayout.addWidget(self.templateTable)

        self.templateButtons = QGridLayout()
        self.templateButtons.setObjectName(u"templateButtons")
        self.customizeButton = QPushButton(self.templatesPane)
        self.customizeButton.setObjectName(u"customizeButton")

        self.templateButtons.addWidget(self.customizeButton, 0, 0, 1, 1)

        self.resetButton = QPushButton(self.templatesPane)
        self.resetButton.setObjectName(u"resetButton")

        self.templateButtons.addWidget(self.resetButton, 0, 1, 1, 1)

        self.checkButton = QPushButton(self.templatesPane)
        self.checkButton.setObjectName(u"checkButton")

        self.templateButtons.addWidget(self.checkButton, 1, 0, 1, 1)

        self.templatesFolderButton = QPushButton(self.templatesPane)
        self.templatesFolderButton.setObjectName(u"templatesFolderButton")

        self.templateButtons.addWidget(self.templatesFolderButton, 1, 1, 1, 1)


        self.templatesPaneLayout.addLayout(self.templateButtons)

        self.templatesSplitter.addWidget(self.templatesPane)
        self.fieldsGroup = QGroupBox(self.templatesSplitter)
        self.fieldsGroup.setObjectName(u"fieldsGroup")
        self.fieldsLayout = QVBoxLayout(self.fieldsGroup)
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldSearchEdit = QLineEdit(self.fieldsGroup)
        self.fieldSearchEdit.setObjectName(u"fieldSearchEdit")
        self.fieldSearchEdit.setClearButtonEnabled(True)

        self.fieldsLayout.addWidget(self.fieldSearchEdit)

        self.fieldTable = QTableView(self.fieldsGroup)
        self.fieldTable.setObjectName(u"fieldTable")

        self.fieldsLayout.addWidget(self.fieldTable)

        self.fieldsBar = QHBoxLayout()
        self.fieldsBar.setObjectName(u"fieldsBar")
        self.copyFieldButton = QPushButton(self.fieldsGroup)
        self.copyFieldButton.setObjectName(u"copyFieldButton")

        self.fieldsBar.addWidget(self.copyFieldButton)

        self.fieldsHint = QLabel(self.fieldsGroup)
        self.fieldsHint.setObjectName(u"fieldsHint")
        self.fieldsHint.setWordWrap(True)
        self.fieldsHint.setStyleSheet(u"color: #666666;")

        self.fieldsBar.addWidget(self.fieldsHint)


        self.fieldsLayout.addLayout(self.fieldsBar)

        self.templatesSplitter.addWidget(self.fieldsGroup)

        self.templatesLayout.addWidget(self.templatesSplitter)

        self.subTabs.addTab(self.templatesPage, "")

        self.mainLayout.addWidget(self.subTabs)


        self.retranslateUi(DocumentsTab)

        self.subTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(DocumentsTab)
    # setupUi

    def retranslateUi(self, DocumentsTab):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("DocumentsTab", u"Filtrer (destinataire, fichier\u2026)", None))
#if QT_CONFIG(tooltip)
        self.kindCombo.setToolTip(QCoreApplication.translate("DocumentsTab", u"Type de document", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("DocumentsTab", u"Statut", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.sessionCombo.setToolTip(QCoreApplication.translate("DocumentsTab", u"Session (tapez une partie du code ou de l'intitul\u00e9)", None))
#endif // QT_CONFIG(tooltip)
        self.generateButton.setText(QCoreApplication.translate("DocumentsTab", u"&Produire des documents\u2026", None))
#if QT_CONFIG(tooltip)
        self.generateButton.setToolTip(QCoreApplication.translate("DocumentsTab", u"Convocations, attestations, feuilles d'\u00e9margement\u2026 pour une session, en un lot", None))
#endif // QT_CONFIG(tooltip)
        self.emptyLabel.setText(QCoreApplication.translate("DocumentsTab", u"Aucun document produit pour l'instant.\n"
"Cliquez sur \u00ab Produire des documents\u2026 \u00bb pour pr\u00e9parer les convocations, attestations ou feuilles d'une session.", None))
        self.openButton.setText(QCoreApplication.translate("DocumentsTab", u"&Ouvrir", None))
        self.previewButton.setText(QCoreApplication.translate("DocumentsTab", u"&Aper\u00e7u", None))
        self.printButton.setText(QCoreApplication.translate("DocumentsTab", u"&Imprimer\u2026", None))
        self.folderButton.setText(QCoreApplication.translate("DocumentsTab", u"Ouvrir le &dossier", None))
        self.sentButton.setText(QCoreApplication.translate("DocumentsTab", u"Marquer &envoy\u00e9", None))
        self.signedButton.setText(QCoreApplication.translate("DocumentsTab", u"Marquer &sign\u00e9 re\u00e7u", None))
        self.emailButton.setText(QCoreApplication.translate("DocumentsTab", u"Pr\u00e9parer un &e-mail\u2026", None))
#if QT_CONFIG(tooltip)
        self.emailButton.setToolTip(QCoreApplication.translate("DocumentsTab", u"Un brouillon de courriel avec le document en pi\u00e8ce jointe, adress\u00e9 \u00e0 son destinataire, s'ouvre dans votre messagerie", None))
#endif // QT_CONFIG(tooltip)
        self.regenerateButton.setText(QCoreApplication.translate("DocumentsTab", u"&R\u00e9g\u00e9n\u00e9rer", None))
#if QT_CONFIG(tooltip)
        self.regenerateButton.setToolTip(QCoreApplication.translate("DocumentsTab", u"Produire une nouvelle version de ce document (les versions pr\u00e9c\u00e9dentes sont gard\u00e9es)", None))
#endif // QT_CONFIG(tooltip)
        self.subTabs.setTabText(self.subTabs.indexOf(self.documentsPage), QCoreApplication.translate("DocumentsTab", u"Documents", None))
        self.subTabs.setTabText(self.subTabs.indexOf(self.invoicesPage), QCoreApplication.translate("DocumentsTab", u"Factures", None))
        self.templatesNote.setText(QCoreApplication.translate("DocumentsTab", u"Les documents Word sont produits \u00e0 partir de mod\u00e8les. \u00ab Personnaliser \u00bb copie le mod\u00e8le fourni dans le dossier des mod\u00e8les de l'organisme et l'ouvre : modifiez-le dans Word ou LibreOffice, enregistrez, il sera utilis\u00e9 d\u00e8s la prochaine production.", None))
        self.customizeButton.setText(QCoreApplication.translate("DocumentsTab", u"&Personnaliser", None))
#if QT_CONFIG(tooltip)
        self.customizeButton.setToolTip(QCoreApplication.translate("DocumentsTab", u"Copier le mod\u00e8le fourni dans le dossier des mod\u00e8les (si ce n'est d\u00e9j\u00e0 fait) et l'ouvrir", None))
#endif // QT_CONFIG(tooltip)
        self.resetButton.setText(QCoreApplication.translate("DocumentsTab", u"&Revenir au mod\u00e8le fourni", None))
        self.checkButton.setText(QCoreApplication.translate("DocumentsTab", u"&V\u00e9rifier le mod\u00e8le", None))
#if QT_CONFIG(tooltip)
        self.checkButton.setToolTip(QCoreApplication.translate("DocumentsTab", u"Chercher dans le mod\u00e8le un champ inconnu ou une balise mal \u00e9crite", None))
#endif // QT_CONFIG(tooltip)
        self.templatesFolderButton.setText(QCoreApplication.translate("DocumentsTab", u"Ouvrir le dossier des &mod\u00e8les", None))
        self.fieldsGroup.setTitle(QCoreApplication.translate("DocumentsTab", u"Champs disponibles", None))
        self.fieldSearchEdit.setPlaceholderText(QCoreApplication.translate("DocumentsTab", u"Chercher un champ (nom, description)\u2026", None))
        self.copyFieldButton.setText(QCoreApplication.translate("DocumentsTab", u"&Copier le champ", None))
        self.fieldsHint.setText(QCoreApplication.translate("DocumentsTab", u"Double-cliquez sur un champ pour le copier, puis collez-le dans le mod\u00e8le Word.", None))
        self.subTabs.setTabText(self.subTabs.indexOf(self.templatesPage), QCoreApplication.translate("DocumentsTab", u"Mod\u00e8les Word", None))
        pass
    # retranslateUi

