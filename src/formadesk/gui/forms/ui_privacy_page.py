# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'privacy_page.ui'
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
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_PrivacyPage(object):
    def setupUi(self, PrivacyPage):
        if not PrivacyPage.objectName():
            PrivacyPage.setObjectName(u"PrivacyPage")
        PrivacyPage.resize(1100, 680)
        self.mainLayout = QVBoxLayout(PrivacyPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.policyLayout = QHBoxLayout()
        self.policyLayout.setObjectName(u"policyLayout")
        self.policyLabel = QLabel(PrivacyPage)
        self.policyLabel.setObjectName(u"policyLabel")
        self.policyLabel.setWordWrap(True)
        self.policyLabel.setStyleSheet(u"color: #444444;")

        self.policyLayout.addWidget(self.policyLabel)

        self.settingsButton = QPushButton(PrivacyPage)
        self.settingsButton.setObjectName(u"settingsButton")

        self.policyLayout.addWidget(self.settingsButton)

        self.policyLayout.setStretch(0, 1)

        self.mainLayout.addLayout(self.policyLayout)

        self.splitter = QSplitter(PrivacyPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.reviewPanel = QWidget(self.splitter)
        self.reviewPanel.setObjectName(u"reviewPanel")
        self.reviewLayout = QVBoxLayout(self.reviewPanel)
        self.reviewLayout.setObjectName(u"reviewLayout")
        self.reviewLayout.setContentsMargins(0, 0, 0, 0)
        self.reviewHeaderLayout = QHBoxLayout()
        self.reviewHeaderLayout.setObjectName(u"reviewHeaderLayout")
        self.reviewTitle = QLabel(self.reviewPanel)
        self.reviewTitle.setObjectName(u"reviewTitle")
        self.reviewTitle.setStyleSheet(u"font-weight: bold;")

        self.reviewHeaderLayout.addWidget(self.reviewTitle)

        self.reviewHeaderSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reviewHeaderLayout.addItem(self.reviewHeaderSpacer)

        self.countLabel = QLabel(self.reviewPanel)
        self.countLabel.setObjectName(u"countLabel")

        self.reviewHeaderLayout.addWidget(self.countLabel)


        self.reviewLayout.addLayout(self.reviewHeaderLayout)

        self.reviewTable = QTableView(self.reviewPanel)
        self.reviewTable.setObjectName(u"reviewTable")

        self.reviewLayout.addWidget(self.reviewTable)

        self.reviewButtonsLayout = QHBoxLayout()
        self.reviewButtonsLayout.setObjectName(u"reviewButtonsLayout")
        self.selectAllButton = QPushButton(self.reviewPanel)
        self.selectAllButton.setObjectName(u"selectAllButton")

        self.reviewButtonsLayout.addWidget(self.selectAllButton)

        self.reviewButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reviewButtonsLayout.addItem(self.reviewButtonsSpacer)

        self.anonymiseButton = QPushButton(self.reviewPanel)
        self.anonymiseButton.setObjectName(u"anonymiseButton")

        self.reviewButtonsLayout.addWidget(self.anonymiseButton)


        self.reviewLayout.addLayout(self.reviewButtonsLayout)

        self.messageLabel = QLabel(self.reviewPanel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.reviewLayout.addWidget(self.messageLabel)

        self.splitter.addWidget(self.reviewPanel)
        self.logPanel = QWidget(self.splitter)
        self.logPanel.setObjectName(u"logPanel")
        self.logLayout = QVBoxLayout(self.logPanel)
        self.logLayout.setObjectName(u"logLayout")
        self.logLayout.setContentsMargins(0, 0, 0, 0)
        self.logHeaderLayout = QHBoxLayout()
        self.logHeaderLayout.setObjectName(u"logHeaderLayout")
        self.logTitle = QLabel(self.logPanel)
        self.logTitle.setObjectName(u"logTitle")
        self.logTitle.setStyleSheet(u"font-weight: bold;")

        self.logHeaderLayout.addWidget(self.logTitle)

        self.logHeaderSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logHeaderLayout.addItem(self.logHeaderSpacer)

        self.logFilterLabel = QLabel(self.logPanel)
        self.logFilterLabel.setObjectName(u"logFilterLabel")

        self.logHeaderLayout.addWidget(self.logFilterLabel)

        self.logFilterCombo = QComboBox(self.logPanel)
        self.logFilterCombo.setObjectName(u"logFilterCombo")

        self.logHeaderLayout.addWidget(self.logFilterCombo)


        self.logLayout.addLayout(self.logHeaderLayout)

        self.logTable = QTableView(self.logPanel)
        self.logTable.setObjectName(u"logTable")

        self.logLayout.addWidget(self.logTable)

        self.splitter.addWidget(self.logPanel)

        self.mainLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.logFilterLabel.setBuddy(self.logFilterCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PrivacyPage)

        QMetaObject.connectSlotsByName(PrivacyPage)
    # setupUi

    def retranslateUi(self, PrivacyPage):
        PrivacyPage.setWindowTitle(QCoreApplication.translate("PrivacyPage", u"Donn\u00e9es personnelles", None))
        self.policyLabel.setText("")
#if QT_CONFIG(tooltip)
        self.settingsButton.setToolTip(QCoreApplication.translate("PrivacyPage", u"Param\u00e8tres \u203a Conservation : dur\u00e9es de conservation et documents gard\u00e9s ou supprim\u00e9s \u00e0 l'anonymisation", None))
#endif // QT_CONFIG(tooltip)
        self.settingsButton.setText(QCoreApplication.translate("PrivacyPage", u"&Dur\u00e9es de conservation\u2026", None))
        self.reviewTitle.setText(QCoreApplication.translate("PrivacyPage", u"\u00c0 examiner : stagiaires dont la dur\u00e9e de conservation est pass\u00e9e", None))
        self.countLabel.setText("")
#if QT_CONFIG(tooltip)
        self.reviewTable.setToolTip(QCoreApplication.translate("PrivacyPage", u"S\u00e9lectionnez une ou plusieurs personnes (Ctrl ou Maj pour en prendre plusieurs), puis \u00ab Anonymiser\u2026 \u00bb", None))
#endif // QT_CONFIG(tooltip)
        self.selectAllButton.setText(QCoreApplication.translate("PrivacyPage", u"&Tout s\u00e9lectionner", None))
        self.anonymiseButton.setText(QCoreApplication.translate("PrivacyPage", u"&Anonymiser\u2026", None))
        self.logTitle.setText(QCoreApplication.translate("PrivacyPage", u"Journal de conformit\u00e9 : archivages, r\u00e9ouvertures, anonymisations, exports", None))
        self.logFilterLabel.setText(QCoreApplication.translate("PrivacyPage", u"&Afficher :", None))
    # retranslateUi

