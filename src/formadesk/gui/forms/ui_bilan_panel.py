# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bilan_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_BilanPanel(object):
    def setupUi(self, BilanPanel):
        if not BilanPanel.objectName():
            BilanPanel.setObjectName(u"BilanPanel")
        BilanPanel.resize(900, 420)
        self.mainLayout = QVBoxLayout(BilanPanel)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(4, 4, 4, 4)
        self.bilanSplitter = QSplitter(BilanPanel)
        self.bilanSplitter.setObjectName(u"bilanSplitter")
        self.bilanSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.bilanSplitter.setChildrenCollapsible(False)
        self.summaryView = QTextBrowser(self.bilanSplitter)
        self.summaryView.setObjectName(u"summaryView")
        self.summaryView.setOpenLinks(False)
        self.bilanSplitter.addWidget(self.summaryView)
        self.sideWidget = QWidget(self.bilanSplitter)
        self.sideWidget.setObjectName(u"sideWidget")
        self.sideLayout = QVBoxLayout(self.sideWidget)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sideLayout.setContentsMargins(0, 0, 0, 0)
        self.remarksGroup = QGroupBox(self.sideWidget)
        self.remarksGroup.setObjectName(u"remarksGroup")
        self.remarksLayout = QVBoxLayout(self.remarksGroup)
        self.remarksLayout.setObjectName(u"remarksLayout")
        self.remarksEdit = QPlainTextEdit(self.remarksGroup)
        self.remarksEdit.setObjectName(u"remarksEdit")

        self.remarksLayout.addWidget(self.remarksEdit)

        self.remarksButtons = QHBoxLayout()
        self.remarksButtons.setObjectName(u"remarksButtons")
        self.remarksState = QLabel(self.remarksGroup)
        self.remarksState.setObjectName(u"remarksState")
        self.remarksState.setStyleSheet(u"color: #57606a;")

        self.remarksButtons.addWidget(self.remarksState)

        self.remarksSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.remarksButtons.addItem(self.remarksSpacer)

        self.saveRemarksButton = QPushButton(self.remarksGroup)
        self.saveRemarksButton.setObjectName(u"saveRemarksButton")

        self.remarksButtons.addWidget(self.saveRemarksButton)


        self.remarksLayout.addLayout(self.remarksButtons)


        self.sideLayout.addWidget(self.remarksGroup)

        self.costsGroup = QGroupBox(self.sideWidget)
        self.costsGroup.setObjectName(u"costsGroup")
        self.costsLayout = QVBoxLayout(self.costsGroup)
        self.costsLayout.setObjectName(u"costsLayout")
        self.costTable = QTableView(self.costsGroup)
        self.costTable.setObjectName(u"costTable")
        self.costTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.costTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.costsLayout.addWidget(self.costTable)

        self.costButtons = QHBoxLayout()
        self.costButtons.setObjectName(u"costButtons")
        self.costTotalLabel = QLabel(self.costsGroup)
        self.costTotalLabel.setObjectName(u"costTotalLabel")

        self.costButtons.addWidget(self.costTotalLabel)

        self.costSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.costButtons.addItem(self.costSpacer)

        self.addCostButton = QPushButton(self.costsGroup)
        self.addCostButton.setObjectName(u"addCostButton")

        self.costButtons.addWidget(self.addCostButton)

        self.editCostButton = QPushButton(self.costsGroup)
        self.editCostButton.setObjectName(u"editCostButton")

        self.costButtons.addWidget(self.editCostButton)

        self.deleteCostButton = QPushButton(self.costsGroup)
        self.deleteCostButton.setObjectName(u"deleteCostButton")

        self.costButtons.addWidget(self.deleteCostButton)


        self.costsLayout.addLayout(self.costButtons)


        self.sideLayout.addWidget(self.costsGroup)

        self.bilanSplitter.addWidget(self.sideWidget)

        self.mainLayout.addWidget(self.bilanSplitter)

        self.bilanButtons = QHBoxLayout()
        self.bilanButtons.setObjectName(u"bilanButtons")
        self.bilanState = QLabel(BilanPanel)
        self.bilanState.setObjectName(u"bilanState")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.bilanState.sizePolicy().hasHeightForWidth())
        self.bilanState.setSizePolicy(sizePolicy)

        self.bilanButtons.addWidget(self.bilanState)

        self.bilanSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bilanButtons.addItem(self.bilanSpacer)

        self.pdfButton = QPushButton(BilanPanel)
        self.pdfButton.setObjectName(u"pdfButton")

        self.bilanButtons.addWidget(self.pdfButton)

        self.wordButton = QPushButton(BilanPanel)
        self.wordButton.setObjectName(u"wordButton")

        self.bilanButtons.addWidget(self.wordButton)


        self.mainLayout.addLayout(self.bilanButtons)


        self.retranslateUi(BilanPanel)

        QMetaObject.connectSlotsByName(BilanPanel)
    # setupUi

    def retranslateUi(self, BilanPanel):
#if QT_CONFIG(tooltip)
        self.summaryView.setToolTip(QCoreApplication.translate("BilanPanel", u"Les chiffres du bilan, tels qu'ils seront imprim\u00e9s", None))
#endif // QT_CONFIG(tooltip)
        self.remarksGroup.setTitle(QCoreApplication.translate("BilanPanel", u"Remarques du formateur", None))
        self.remarksEdit.setPlaceholderText(QCoreApplication.translate("BilanPanel", u"D\u00e9roulement, groupe, points \u00e0 am\u00e9liorer\u2026 (imprim\u00e9 sur le bilan)", None))
        self.saveRemarksButton.setText(QCoreApplication.translate("BilanPanel", u"&Enregistrer", None))
#if QT_CONFIG(tooltip)
        self.saveRemarksButton.setToolTip(QCoreApplication.translate("BilanPanel", u"Enregistrer les remarques du formateur (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.costsGroup.setTitle(QCoreApplication.translate("BilanPanel", u"Co\u00fbts de la session", None))
        self.addCostButton.setText(QCoreApplication.translate("BilanPanel", u"&Ajouter\u2026", None))
        self.editCostButton.setText(QCoreApplication.translate("BilanPanel", u"&Modifier\u2026", None))
        self.deleteCostButton.setText(QCoreApplication.translate("BilanPanel", u"&Supprimer", None))
        self.pdfButton.setText(QCoreApplication.translate("BilanPanel", u"Bilan &PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.pdfButton.setToolTip(QCoreApplication.translate("BilanPanel", u"Produire le bilan de la session en PDF, dans le dossier de la session", None))
#endif // QT_CONFIG(tooltip)
        self.wordButton.setText(QCoreApplication.translate("BilanPanel", u"Bilan &Word\u2026", None))
#if QT_CONFIG(tooltip)
        self.wordButton.setToolTip(QCoreApplication.translate("BilanPanel", u"Produire le bilan de la session en Word (modifiable), dans le dossier de la session", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

