# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'journal_page.ui'
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
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_JournalPage(object):
    def setupUi(self, JournalPage):
        if not JournalPage.objectName():
            JournalPage.setObjectName(u"JournalPage")
        JournalPage.resize(1100, 700)
        self.mainLayout = QVBoxLayout(JournalPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filtersLayout = QHBoxLayout()
        self.filtersLayout.setObjectName(u"filtersLayout")
        self.searchEdit = QLineEdit(JournalPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filtersLayout.addWidget(self.searchEdit)

        self.channelCombo = QComboBox(JournalPage)
        self.channelCombo.setObjectName(u"channelCombo")

        self.filtersLayout.addWidget(self.channelCombo)

        self.periodCombo = QComboBox(JournalPage)
        self.periodCombo.setObjectName(u"periodCombo")

        self.filtersLayout.addWidget(self.periodCombo)

        self.pendingCheck = QCheckBox(JournalPage)
        self.pendingCheck.setObjectName(u"pendingCheck")

        self.filtersLayout.addWidget(self.pendingCheck)

        self.countLabel = QLabel(JournalPage)
        self.countLabel.setObjectName(u"countLabel")

        self.filtersLayout.addWidget(self.countLabel)


        self.mainLayout.addLayout(self.filtersLayout)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.newButton = QPushButton(JournalPage)
        self.newButton.setObjectName(u"newButton")

        self.buttonsLayout.addWidget(self.newButton)

        self.editButton = QPushButton(JournalPage)
        self.editButton.setObjectName(u"editButton")

        self.buttonsLayout.addWidget(self.editButton)

        self.doneButton = QPushButton(JournalPage)
        self.doneButton.setObjectName(u"doneButton")

        self.buttonsLayout.addWidget(self.doneButton)

        self.deleteButton = QPushButton(JournalPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonsLayout.addWidget(self.deleteButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)


        self.mainLayout.addLayout(self.buttonsLayout)

        self.splitter = QSplitter(JournalPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.journalView = QTableView(self.splitter)
        self.journalView.setObjectName(u"journalView")
        self.splitter.addWidget(self.journalView)
        self.detailPane = QWidget(self.splitter)
        self.detailPane.setObjectName(u"detailPane")
        self.detailLayout = QHBoxLayout(self.detailPane)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.detailText = QTextBrowser(self.detailPane)
        self.detailText.setObjectName(u"detailText")
        self.detailText.setOpenLinks(False)

        self.detailLayout.addWidget(self.detailText)

        self.filesLayout = QVBoxLayout()
        self.filesLayout.setObjectName(u"filesLayout")
        self.filesLabel = QLabel(self.detailPane)
        self.filesLabel.setObjectName(u"filesLabel")

        self.filesLayout.addWidget(self.filesLabel)

        self.filesList = QListWidget(self.detailPane)
        self.filesList.setObjectName(u"filesList")
        self.filesList.setMaximumSize(QSize(320, 16777215))

        self.filesLayout.addWidget(self.filesList)

        self.openFileButton = QPushButton(self.detailPane)
        self.openFileButton.setObjectName(u"openFileButton")

        self.filesLayout.addWidget(self.openFileButton)


        self.detailLayout.addLayout(self.filesLayout)

        self.splitter.addWidget(self.detailPane)

        self.mainLayout.addWidget(self.splitter)

        QWidget.setTabOrder(self.searchEdit, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.periodCombo)
        QWidget.setTabOrder(self.periodCombo, self.pendingCheck)
        QWidget.setTabOrder(self.pendingCheck, self.newButton)
        QWidget.setTabOrder(self.newButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.doneButton)
        QWidget.setTabOrder(self.doneButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.journalView)
        QWidget.setTabOrder(self.journalView, self.detailText)
        QWidget.setTabOrder(self.detailText, self.filesList)
        QWidget.setTabOrder(self.filesList, self.openFileButton)

        self.retranslateUi(JournalPage)

        QMetaObject.connectSlotsByName(JournalPage)
    # setupUi

    def retranslateUi(self, JournalPage):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("JournalPage", u"Rechercher : nom, objet, texte\u2026", None))
        self.pendingCheck.setText(QCoreApplication.translate("JournalPage", u"Relances \u00e0 &faire", None))
#if QT_CONFIG(tooltip)
        self.pendingCheck.setToolTip(QCoreApplication.translate("JournalPage", u"Seulement les \u00e9changes dont la relance n'est pas faite, les plus urgentes d'abord", None))
#endif // QT_CONFIG(tooltip)
        self.newButton.setText(QCoreApplication.translate("JournalPage", u"&Nouvel \u00e9change\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("JournalPage", u"Noter un appel, un e-mail, une visite ou un courrier (Ctrl+J depuis n'importe o\u00f9)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("JournalPage", u"&Modifier\u2026", None))
        self.doneButton.setText(QCoreApplication.translate("JournalPage", u"Marquer la relance fai&te", None))
        self.deleteButton.setText(QCoreApplication.translate("JournalPage", u"&Supprimer", None))
        self.filesLabel.setText(QCoreApplication.translate("JournalPage", u"Pi\u00e8ces jointes", None))
        self.openFileButton.setText(QCoreApplication.translate("JournalPage", u"&Ouvrir la pi\u00e8ce jointe", None))
        pass
    # retranslateUi

