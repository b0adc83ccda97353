# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'documents_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QTableView, QVBoxLayout, QWidget)

class Ui_DocumentsTab(object):
    def setupUi(self, DocumentsTab):
        if not DocumentsTab.objectName():
            DocumentsTab.setObjectName(u"DocumentsTab")
        DocumentsTab.resize(1000, 600)
        self.mainLayout = QVBoxLayout(DocumentsTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.searchEdit = QLineEdit(DocumentsTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(260, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.toolbarLayout.addWidget(self.searchEdit)

        self.countLabel = QLabel(DocumentsTab)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setStyleSheet(u"color: #666666;")

        self.toolbarLayout.addWidget(self.countLabel)

        self.toolbarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)

        self.openButton = QPushButton(DocumentsTab)
        self.openButton.setObjectName(u"openButton")

        self.toolbarLayout.addWidget(self.openButton)

        self.folderButton = QPushButton(DocumentsTab)
        self.folderButton.setObjectName(u"folderButton")

        self.toolbarLayout.addWidget(self.folderButton)


        self.mainLayout.addLayout(self.toolbarLayout)

        self.stack = QStackedWidget(DocumentsTab)
        self.stack.setObjectName(u"stack")
        self.documentTable = QTableView()
        self.documentTable.setObjectName(u"documentTable")
        self.stack.addWidget(self.documentTable)
        self.emptyLabel = QLabel()
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setStyleSheet(u"color: #666666; font-size: 13pt;")
        self.stack.addWidget(self.emptyLabel)

        self.mainLayout.addWidget(self.stack)


        self.retranslateUi(DocumentsTab)

        QMetaObject.connectSlotsByName(DocumentsTab)
    # setupUi

    def retranslateUi(self, DocumentsTab):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("DocumentsTab", u"Filtrer (type, session, apprenant)\u2026", None))
        self.openButton.setText(QCoreApplication.translate("DocumentsTab", u"&Ouvrir", None))
        self.folderButton.setText(QCoreApplication.translate("DocumentsTab", u"Ouvrir le &dossier", None))
        self.emptyLabel.setText(QCoreApplication.translate("DocumentsTab", u"Aucun document g\u00e9n\u00e9r\u00e9 pour l'instant.\n"
"Les convocations se produisent depuis l'onglet Sessions.", None))
        pass
    # retranslateUi

