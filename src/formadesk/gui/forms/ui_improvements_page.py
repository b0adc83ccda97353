# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'improvements_page.ui'
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
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_ImprovementsPage(object):
    def setupUi(self, ImprovementsPage):
        if not ImprovementsPage.objectName():
            ImprovementsPage.setObjectName(u"ImprovementsPage")
        ImprovementsPage.resize(1100, 600)
        self.mainLayout = QVBoxLayout(ImprovementsPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.statusLabel = QLabel(ImprovementsPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(ImprovementsPage)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)

        self.originLabel = QLabel(ImprovementsPage)
        self.originLabel.setObjectName(u"originLabel")

        self.filterLayout.addWidget(self.originLabel)

        self.originCombo = QComboBox(ImprovementsPage)
        self.originCombo.setObjectName(u"originCombo")

        self.filterLayout.addWidget(self.originCombo)

        self.yearLabel = QLabel(ImprovementsPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.filterLayout.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(ImprovementsPage)
        self.yearCombo.setObjectName(u"yearCombo")

        self.filterLayout.addWidget(self.yearCombo)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.countsLabel = QLabel(ImprovementsPage)
        self.countsLabel.setObjectName(u"countsLabel")

        self.filterLayout.addWidget(self.countsLabel)


        self.mainLayout.addLayout(self.filterLayout)

        self.actionTable = QTableView(ImprovementsPage)
        self.actionTable.setObjectName(u"actionTable")

        self.mainLayout.addWidget(self.actionTable)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.newButton = QPushButton(ImprovementsPage)
        self.newButton.setObjectName(u"newButton")

        self.buttonLayout.addWidget(self.newButton)

        self.editButton = QPushButton(ImprovementsPage)
        self.editButton.setObjectName(u"editButton")

        self.buttonLayout.addWidget(self.editButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.exportButton = QPushButton(ImprovementsPage)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonLayout.addWidget(self.exportButton)

        self.deleteButton = QPushButton(ImprovementsPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonLayout.addWidget(self.deleteButton)


        self.mainLayout.addLayout(self.buttonLayout)

        self.messageLabel = QLabel(ImprovementsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setOpenExternalLinks(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

        self.mainLayout.addWidget(self.messageLabel)


        self.retranslateUi(ImprovementsPage)

        QMetaObject.connectSlotsByName(ImprovementsPage)
    # setupUi

    def retranslateUi(self, ImprovementsPage):
        ImprovementsPage.setWindowTitle(QCoreApplication.translate("ImprovementsPage", u"Actions d'am\u00e9lioration", None))
        self.statusLabel.setText(QCoreApplication.translate("ImprovementsPage", u"Afficher :", None))
        self.originLabel.setText(QCoreApplication.translate("ImprovementsPage", u"Origine :", None))
        self.yearLabel.setText(QCoreApplication.translate("ImprovementsPage", u"Ann\u00e9e :", None))
        self.countsLabel.setText("")
        self.newButton.setText(QCoreApplication.translate("ImprovementsPage", u"&Nouvelle action\u2026", None))
        self.editButton.setText(QCoreApplication.translate("ImprovementsPage", u"&Modifier\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("ImprovementsPage", u"&Exporter le registre (Excel / PDF)\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("ImprovementsPage", u"&Supprimer", None))
    # retranslateUi

