# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bpf_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSplitter, QVBoxLayout, QWidget)

class Ui_BpfPage(object):
    def setupUi(self, BpfPage):
        if not BpfPage.objectName():
            BpfPage.setObjectName(u"BpfPage")
        BpfPage.resize(1200, 760)
        self.mainLayout = QVBoxLayout(BpfPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.yearLabel = QLabel(BpfPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.headerLayout.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(BpfPage)
        self.yearCombo.setObjectName(u"yearCombo")

        self.headerLayout.addWidget(self.yearCombo)

        self.periodLabel = QLabel(BpfPage)
        self.periodLabel.setObjectName(u"periodLabel")

        self.headerLayout.addWidget(self.periodLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.startLabel = QLabel(BpfPage)
        self.startLabel.setObjectName(u"startLabel")

        self.headerLayout.addWidget(self.startLabel)

        self.startEdit = QLineEdit(BpfPage)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setMaximumSize(QSize(80, 16777215))

        self.headerLayout.addWidget(self.startEdit)

        self.startButton = QPushButton(BpfPage)
        self.startButton.setObjectName(u"startButton")

        self.headerLayout.addWidget(self.startButton)


        self.mainLayout.addLayout(self.headerLayout)

        self.startErrorLabel = QLabel(BpfPage)
        self.startErrorLabel.setObjectName(u"startErrorLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.startErrorLabel.sizePolicy().hasHeightForWidth())
        self.startErrorLabel.setSizePolicy(sizePolicy)
        self.startErrorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.startErrorLabel)

        self.splitter = QSplitter(BpfPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.boxesArea = QScrollArea(self.splitter)
        self.boxesArea.setObjectName(u"boxesArea")
        self.boxesArea.setWidgetResizable(True)
        self.boxesContents = QWidget()
        self.boxesContents.setObjectName(u"boxesContents")
        self.sectionsLayout = QVBoxLayout(self.boxesContents)
        self.sectionsLayout.setObjectName(u"sectionsLayout")
        self.identityLabel = QLabel(self.boxesContents)
        self.identityLabel.setObjectName(u"identityLabel")
        self.identityLabel.setWordWrap(True)

        self.sectionsLayout.addWidget(self.identityLabel)

        self.clickHintLabel = QLabel(self.boxesContents)
        self.clickHintLabel.setObjectName(u"clickHintLabel")
        self.clickHintLabel.setWordWrap(True)

        self.sectionsLayout.addWidget(self.clickHintLabel)

        self.boxesArea.setWidget(self.boxesContents)
        self.splitter.addWidget(self.boxesArea)
        self.missingBox = QGroupBox(self.splitter)
        self.missingBox.setObjectName(u"missingBox")
        self.missingLayout = QVBoxLayout(self.missingBox)
        self.missingLayout.setObjectName(u"missingLayout")
        self.missingHintLabel = QLabel(self.missingBox)
        self.missingHintLabel.setObjectName(u"missingHintLabel")
        self.missingHintLabel.setWordWrap(True)

        self.missingLayout.addWidget(self.missingHintLabel)

        self.missingList = QListWidget(self.missingBox)
        self.missingList.setObjectName(u"missingList")
        self.missingList.setWordWrap(True)
        self.missingList.setAlternatingRowColors(True)

        self.missingLayout.addWidget(self.missingList)

        self.fixLayout = QHBoxLayout()
        self.fixLayout.setObjectName(u"fixLayout")
        self.fixSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fixLayout.addItem(self.fixSpacer)

        self.fixButton = QPushButton(self.missingBox)
        self.fixButton.setObjectName(u"fixButton")

        self.fixLayout.addWidget(self.fixButton)


        self.missingLayout.addLayout(self.fixLayout)

        self.splitter.addWidget(self.missingBox)

        self.mainLayout.addWidget(self.splitter)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.statusLabel = QLabel(BpfPage)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy1)
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setOpenExternalLinks(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.bottomLayout.addWidget(self.statusLabel)

        self.exportLabel = QLabel(BpfPage)
        self.exportLabel.setObjectName(u"exportLabel")

        self.bottomLayout.addWidget(self.exportLabel)

        self.pdfButton = QPushButton(BpfPage)
        self.pdfButton.setObjectName(u"pdfButton")

        self.bottomLayout.addWidget(self.pdfButton)

        self.xlsxButton = QPushButton(BpfPage)
        self.xlsxButton.setObjectName(u"xlsxButton")

        self.bottomLayout.addWidget(self.xlsxButton)

        self.jsonButton = QPushButton(BpfPage)
        self.jsonButton.setObjectName(u"jsonButton")

        self.bottomLayout.addWidget(self.jsonButton)


        self.mainLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
        self.startLabel.setBuddy(self.startEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearCombo, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.startButton)
        QWidget.setTabOrder(self.startButton, self.boxesArea)
        QWidget.setTabOrder(self.boxesArea, self.missingList)
        QWidget.setTabOrder(self.missingList, self.fixButton)
        QWidget.setTabOrder(self.fixButton, self.pdfButton)
        QWidget.setTabOrder(self.pdfButton, self.xlsxButton)
        QWidget.setTabOrder(self.xlsxButton, self.jsonButton)

        self.retranslateUi(BpfPage)

        QMetaObject.connectSlotsByName(BpfPage)
    # setupUi

    def retranslateUi(self, BpfPage):
        BpfPage.setWindowTitle(QCoreApplication.translate("BpfPage", u"Bilan p\u00e9dagogique et financier", None))
        self.yearLabel.setText(QCoreApplication.translate("BpfPage", u"E&xercice :", None))
#if QT_CONFIG(tooltip)
        self.yearCombo.setToolTip(QCoreApplication.translate("BpfPage", u"L'exercice comptable dont le BPF est calcul\u00e9 (par d\u00e9faut le dernier exercice clos).", None))
#endif // QT_CONFIG(tooltip)
        self.periodLabel.setText("")
        self.startLabel.setText(QCoreApplication.translate("BpfPage", u"&D\u00e9but de l'exercice (JJ/MM) :", None))
        self.startEdit.setPlaceholderText(QCoreApplication.translate("BpfPage", u"01/01", None))
#if QT_CONFIG(tooltip)
        self.startEdit.setToolTip(QCoreApplication.translate("BpfPage", u"Premier jour de l'exercice comptable de l'office, jour/mois (01/01 pour une ann\u00e9e civile).", None))
#endif // QT_CONFIG(tooltip)
        self.startButton.setText(QCoreApplication.translate("BpfPage", u"&Appliquer", None))
        self.startErrorLabel.setStyleSheet(QCoreApplication.translate("BpfPage", u"color: #c0392b;", None))
        self.startErrorLabel.setText("")
        self.identityLabel.setText("")
        self.clickHintLabel.setText(QCoreApplication.translate("BpfPage", u"Cliquez sur une ligne pour voir les inscriptions, factures, demi-journ\u00e9es ou d\u00e9penses qui font son chiffre.", None))
        self.clickHintLabel.setStyleSheet(QCoreApplication.translate("BpfPage", u"color: #555555;", None))
        self.missingBox.setTitle(QCoreApplication.translate("BpfPage", u"\u00c0 v\u00e9rifier avant de d\u00e9clarer", None))
        self.missingHintLabel.setText(QCoreApplication.translate("BpfPage", u"Donn\u00e9es manquantes ou douteuses de l'exercice. Double-cliquez sur une ligne (ou \u00ab Corriger\u2026 \u00bb) pour ouvrir ce qui la corrige.", None))
        self.fixButton.setText(QCoreApplication.translate("BpfPage", u"&Corriger\u2026", None))
        self.statusLabel.setText("")
        self.exportLabel.setText(QCoreApplication.translate("BpfPage", u"Enregistrer le BPF :", None))
        self.pdfButton.setText(QCoreApplication.translate("BpfPage", u"&PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.pdfButton.setToolTip(QCoreApplication.translate("BpfPage", u"Le BPF pr\u00e9sent\u00e9 comme le cerfa 10443, avec ses conventions de calcul.", None))
#endif // QT_CONFIG(tooltip)
        self.xlsxButton.setText(QCoreApplication.translate("BpfPage", u"&Excel\u2026", None))
        self.jsonButton.setText(QCoreApplication.translate("BpfPage", u"&JSON\u2026", None))
#if QT_CONFIG(tooltip)
        self.jsonButton.setToolTip(QCoreApplication.translate("BpfPage", u"Les chiffres du BPF pour un autre logiciel.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

