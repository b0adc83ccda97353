# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaints_page.ui'
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
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_ComplaintsPage(object):
    def setupUi(self, ComplaintsPage):
        if not ComplaintsPage.objectName():
            ComplaintsPage.setObjectName(u"ComplaintsPage")
        ComplaintsPage.resize(1100, 600)
        self.mainLayout = QVBoxLayout(ComplaintsPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.stateLabel = QLabel(ComplaintsPage)
        self.stateLabel.setObjectName(u"stateLabel")

        self.filterLayout.addWidget(self.stateLabel)

        self.stateCombo = QComboBox(ComplaintsPage)
        self.stateCombo.setObjectName(u"stateCombo")

        self.filterLayout.addWidget(self.stateCombo)

        self.yearLabel = QLabel(ComplaintsPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.filterLayout.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(ComplaintsPage)
        self.yearCombo.setObjectName(u"yearCombo")

        self.filterLayout.addWidget(self.yearCombo)

        self.sessionLabel = QLabel(ComplaintsPage)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.filterLayout.addWidget(self.sessionLabel)

        self.sessionCombo = QComboBox(ComplaintsPage)
        self.sessionCombo.setObjectName(u"sessionCombo")

        self.filterLayout.addWidget(self.sessionCombo)

        self.searchEdit = QLineEdit(ComplaintsPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.countsLabel = QLabel(ComplaintsPage)
        self.countsLabel.setObjectName(u"countsLabel")

        self.filterLayout.addWidget(self.countsLabel)


        self.mainLayout.addLayout(self.filterLayout)

        self.complaintTable = QTableView(ComplaintsPage)
        self.complaintTable.setObjectName(u"complaintTable")

        self.mainLayout.addWidget(self.complaintTable)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.newButton = QPushButton(ComplaintsPage)
        self.newButton.setObjectName(u"newButton")

        self.buttonLayout.addWidget(self.newButton)

        self.editButton = QPushButton(ComplaintsPage)
        self.editButton.setObjectName(u"editButton")

        self.buttonLayout.addWidget(self.editButton)

        self.letterButton = QPushButton(ComplaintsPage)
        self.letterButton.setObjectName(u"letterButton")

        self.buttonLayout.addWidget(self.letterButton)

        self.actionButton = QPushButton(ComplaintsPage)
        self.actionButton.setObjectName(u"actionButton")

        self.buttonLayout.addWidget(self.actionButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.exportButton = QPushButton(ComplaintsPage)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonLayout.addWidget(self.exportButton)

        self.deleteButton = QPushButton(ComplaintsPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonLayout.addWidget(self.deleteButton)


        self.mainLayout.addLayout(self.buttonLayout)

        self.messageLabel = QLabel(ComplaintsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setOpenExternalLinks(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

        self.mainLayout.addWidget(self.messageLabel)


        self.retranslateUi(ComplaintsPage)

        QMetaObject.connectSlotsByName(ComplaintsPage)
    # setupUi

    def retranslateUi(self, ComplaintsPage):
        ComplaintsPage.setWindowTitle(QCoreApplication.translate("ComplaintsPage", u"R\u00e9clamations", None))
        self.stateLabel.setText(QCoreApplication.translate("ComplaintsPage", u"Afficher :", None))
        self.yearLabel.setText(QCoreApplication.translate("ComplaintsPage", u"Ann\u00e9e :", None))
        self.sessionLabel.setText(QCoreApplication.translate("ComplaintsPage", u"Session :", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ComplaintsPage", u"Rechercher (nom, objet)\u2026", None))
        self.countsLabel.setText("")
        self.newButton.setText(QCoreApplication.translate("ComplaintsPage", u"&Nouvelle r\u00e9clamation\u2026", None))
        self.editButton.setText(QCoreApplication.translate("ComplaintsPage", u"&Modifier\u2026", None))
        self.letterButton.setText(QCoreApplication.translate("ComplaintsPage", u"&Courriers (PDF / Word)", None))
        self.actionButton.setText(QCoreApplication.translate("ComplaintsPage", u"Nouvelle &action\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("ComplaintsPage", u"&Exporter le registre (Excel / PDF)\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("ComplaintsPage", u"&Supprimer", None))
    # retranslateUi

