# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'survey_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_SurveysPage(object):
    def setupUi(self, SurveysPage):
        if not SurveysPage.objectName():
            SurveysPage.setObjectName(u"SurveysPage")
        SurveysPage.resize(1100, 640)
        self.mainLayout = QVBoxLayout(SurveysPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.periodLabel = QLabel(SurveysPage)
        self.periodLabel.setObjectName(u"periodLabel")

        self.filterLayout.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(SurveysPage)
        self.periodCombo.setObjectName(u"periodCombo")

        self.filterLayout.addWidget(self.periodCombo)

        self.searchEdit = QLineEdit(SurveysPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.totalsLabel = QLabel(SurveysPage)
        self.totalsLabel.setObjectName(u"totalsLabel")

        self.filterLayout.addWidget(self.totalsLabel)


        self.mainLayout.addLayout(self.filterLayout)

        self.splitter = QSplitter(SurveysPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.sessionTable = QTableView(self.splitter)
        self.sessionTable.setObjectName(u"sessionTable")
        self.splitter.addWidget(self.sessionTable)
        self.respondentsPane = QWidget(self.splitter)
        self.respondentsPane.setObjectName(u"respondentsPane")
        self.respondentsLayout = QVBoxLayout(self.respondentsPane)
        self.respondentsLayout.setObjectName(u"respondentsLayout")
        self.respondentsLayout.setContentsMargins(0, 0, 0, 0)
        self.sessionLabel = QLabel(self.respondentsPane)
        self.sessionLabel.setObjectName(u"sessionLabel")
        self.sessionLabel.setWordWrap(True)
        self.sessionLabel.setTextFormat(Qt.TextFormat.RichText)

        self.respondentsLayout.addWidget(self.sessionLabel)

        self.respondentTable = QTableView(self.respondentsPane)
        self.respondentTable.setObjectName(u"respondentTable")

        self.respondentsLayout.addWidget(self.respondentTable)

        self.splitter.addWidget(self.respondentsPane)

        self.mainLayout.addWidget(self.splitter)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.sendButton = QPushButton(SurveysPage)
        self.sendButton.setObjectName(u"sendButton")

        self.buttonLayout.addWidget(self.sendButton)

        self.importButton = QPushButton(SurveysPage)
        self.importButton.setObjectName(u"importButton")

        self.buttonLayout.addWidget(self.importButton)

        self.paperButton = QPushButton(SurveysPage)
        self.paperButton.setObjectName(u"paperButton")

        self.buttonLayout.addWidget(self.paperButton)

        self.remindButton = QPushButton(SurveysPage)
        self.remindButton.setObjectName(u"remindButton")

        self.buttonLayout.addWidget(self.remindButton)

        self.sheetButton = QPushButton(SurveysPage)
        self.sheetButton.setObjectName(u"sheetButton")

        self.buttonLayout.addWidget(self.sheetButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.resultsButton = QPushButton(SurveysPage)
        self.resultsButton.setObjectName(u"resultsButton")

        self.buttonLayout.addWidget(self.resultsButton)

        self.editorButton = QPushButton(SurveysPage)
        self.editorButton.setObjectName(u"editorButton")

        self.buttonLayout.addWidget(self.editorButton)


        self.mainLayout.addLayout(self.buttonLayout)

        self.messageLabel = QLabel(SurveysPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.TextFormat.RichText)
        self.messageLabel.setOpenExternalLinks(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.dropLabel = QLabel(SurveysPage)
        self.dropLabel.setObjectName(u"dropLabel")
        self.dropLabel.setStyleSheet(u"color: #5a6270;")

        self.mainLayout.addWidget(self.dropLabel)


        self.retranslateUi(SurveysPage)

        QMetaObject.connectSlotsByName(SurveysPage)
    # setupUi

    def retranslateUi(self, SurveysPage):
        SurveysPage.setWindowTitle(QCoreApplication.translate("SurveysPage", u"Satisfaction", None))
        self.periodLabel.setText(QCoreApplication.translate("SurveysPage", u"Sessions termin\u00e9es :", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("SurveysPage", u"Rechercher (code, formation)\u2026", None))
        self.totalsLabel.setText("")
        self.sessionLabel.setText(QCoreApplication.translate("SurveysPage", u"Choisissez une session pour voir ses r\u00e9pondants.", None))
        self.sendButton.setText(QCoreApplication.translate("SurveysPage", u"&Envoyer les questionnaires\u2026", None))
        self.importButton.setText(QCoreApplication.translate("SurveysPage", u"&Importer les r\u00e9ponses\u2026", None))
        self.paperButton.setText(QCoreApplication.translate("SurveysPage", u"Saisir des r\u00e9ponses &papier\u2026", None))
        self.remindButton.setText(QCoreApplication.translate("SurveysPage", u"&Relancer\u2026", None))
        self.sheetButton.setText(QCoreApplication.translate("SurveysPage", u"&Tableur\u2026", None))
        self.resultsButton.setText(QCoreApplication.translate("SurveysPage", u"R\u00e9su&ltats\u2026", None))
        self.editorButton.setText(QCoreApplication.translate("SurveysPage", u"&Questionnaires\u2026", None))
        self.messageLabel.setText("")
        self.dropLabel.setText(QCoreApplication.translate("SurveysPage", u"Astuce : d\u00e9posez ici les PDF remplis (ou un dossier) pour les importer.", None))
    # retranslateUi

