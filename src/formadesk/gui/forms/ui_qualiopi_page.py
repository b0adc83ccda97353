# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'qualiopi_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_QualiopiPage(object):
    def setupUi(self, QualiopiPage):
        if not QualiopiPage.objectName():
            QualiopiPage.setObjectName(u"QualiopiPage")
        QualiopiPage.resize(1100, 720)
        self.mainLayout = QVBoxLayout(QualiopiPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.startLabel = QLabel(QualiopiPage)
        self.startLabel.setObjectName(u"startLabel")

        self.periodLayout.addWidget(self.startLabel)

        self.startEdit = QDateEdit(QualiopiPage)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)

        self.periodLayout.addWidget(self.startEdit)

        self.endLabel = QLabel(QualiopiPage)
        self.endLabel.setObjectName(u"endLabel")

        self.periodLayout.addWidget(self.endLabel)

        self.endEdit = QDateEdit(QualiopiPage)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setCalendarPopup(True)

        self.periodLayout.addWidget(self.endEdit)

        self.last12Button = QPushButton(QualiopiPage)
        self.last12Button.setObjectName(u"last12Button")

        self.periodLayout.addWidget(self.last12Button)

        self.lastYearButton = QPushButton(QualiopiPage)
        self.lastYearButton.setObjectName(u"lastYearButton")

        self.periodLayout.addWidget(self.lastYearButton)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)

        self.publishButton = QPushButton(QualiopiPage)
        self.publishButton.setObjectName(u"publishButton")

        self.periodLayout.addWidget(self.publishButton)

        self.excelButton = QPushButton(QualiopiPage)
        self.excelButton.setObjectName(u"excelButton")

        self.periodLayout.addWidget(self.excelButton)

        self.packButton = QPushButton(QualiopiPage)
        self.packButton.setObjectName(u"packButton")

        self.periodLayout.addWidget(self.packButton)


        self.mainLayout.addLayout(self.periodLayout)

        self.periodProblemLabel = QLabel(QualiopiPage)
        self.periodProblemLabel.setObjectName(u"periodProblemLabel")
        self.periodProblemLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.periodProblemLabel)

        self.summaryLabel = QLabel(QualiopiPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.overallBox = QGroupBox(QualiopiPage)
        self.overallBox.setObjectName(u"overallBox")
        self.overallBoxLayout = QVBoxLayout(self.overallBox)
        self.overallBoxLayout.setObjectName(u"overallBoxLayout")
        self.overallTable = QTableWidget(self.overallBox)
        self.overallTable.setObjectName(u"overallTable")
        self.overallTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overallTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.overallTable.setAlternatingRowColors(True)

        self.overallBoxLayout.addWidget(self.overallTable)

        self.causesLabel = QLabel(self.overallBox)
        self.causesLabel.setObjectName(u"causesLabel")
        self.causesLabel.setWordWrap(True)

        self.overallBoxLayout.addWidget(self.causesLabel)


        self.mainLayout.addWidget(self.overallBox)

        self.coursesBox = QGroupBox(QualiopiPage)
        self.coursesBox.setObjectName(u"coursesBox")
        self.coursesBoxLayout = QVBoxLayout(self.coursesBox)
        self.coursesBoxLayout.setObjectName(u"coursesBoxLayout")
        self.coursesTable = QTableWidget(self.coursesBox)
        self.coursesTable.setObjectName(u"coursesTable")
        self.coursesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.coursesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.coursesTable.setAlternatingRowColors(True)

        self.coursesBoxLayout.addWidget(self.coursesTable)


        self.mainLayout.addWidget(self.coursesBox)

        self.certBox = QGroupBox(QualiopiPage)
        self.certBox.setObjectName(u"certBox")
        self.certBoxLayout = QVBoxLayout(self.certBox)
        self.certBoxLayout.setObjectName(u"certBoxLayout")
        self.certTable = QTableWidget(self.certBox)
        self.certTable.setObjectName(u"certTable")
        self.certTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.certTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.certTable.setAlternatingRowColors(True)

        self.certBoxLayout.addWidget(self.certTable)

        self.certEmptyLabel = QLabel(self.certBox)
        self.certEmptyLabel.setObjectName(u"certEmptyLabel")
        self.certEmptyLabel.setWordWrap(True)

        self.certBoxLayout.addWidget(self.certEmptyLabel)


        self.mainLayout.addWidget(self.certBox)

        self.messageLabel = QLabel(QualiopiPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.TextFormat.RichText)
        self.messageLabel.setOpenExternalLinks(False)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

        self.mainLayout.addWidget(self.messageLabel)

        self.mainLayout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.last12Button)
        QWidget.setTabOrder(self.last12Button, self.lastYearButton)
        QWidget.setTabOrder(self.lastYearButton, self.publishButton)
        QWidget.setTabOrder(self.publishButton, self.excelButton)
        QWidget.setTabOrder(self.excelButton, self.packButton)

        self.retranslateUi(QualiopiPage)

        QMetaObject.connectSlotsByName(QualiopiPage)
    # setupUi

    def retranslateUi(self, QualiopiPage):
        QualiopiPage.setWindowTitle(QCoreApplication.translate("QualiopiPage", u"Qualiopi", None))
        self.startLabel.setText(QCoreApplication.translate("QualiopiPage", u"Sessions termin\u00e9es du", None))
        self.startEdit.setDisplayFormat(QCoreApplication.translate("QualiopiPage", u"dd/MM/yyyy", None))
#if QT_CONFIG(tooltip)
        self.startEdit.setToolTip(QCoreApplication.translate("QualiopiPage", u"Premier jour de la p\u00e9riode : les sessions dont le dernier jour tombe dans la p\u00e9riode sont compt\u00e9es.", None))
#endif // QT_CONFIG(tooltip)
        self.endLabel.setText(QCoreApplication.translate("QualiopiPage", u"au", None))
        self.endEdit.setDisplayFormat(QCoreApplication.translate("QualiopiPage", u"dd/MM/yyyy", None))
#if QT_CONFIG(tooltip)
        self.endEdit.setToolTip(QCoreApplication.translate("QualiopiPage", u"Dernier jour de la p\u00e9riode.", None))
#endif // QT_CONFIG(tooltip)
        self.last12Button.setText(QCoreApplication.translate("QualiopiPage", u"&12 derniers mois", None))
#if QT_CONFIG(tooltip)
        self.last12Button.setToolTip(QCoreApplication.translate("QualiopiPage", u"Les douze mois qui se terminent aujourd'hui.", None))
#endif // QT_CONFIG(tooltip)
        self.lastYearButton.setText(QCoreApplication.translate("QualiopiPage", u"Ann\u00e9e &derni\u00e8re", None))
#if QT_CONFIG(tooltip)
        self.lastYearButton.setToolTip(QCoreApplication.translate("QualiopiPage", u"L'ann\u00e9e civile pr\u00e9c\u00e9dente, du 1er janvier au 31 d\u00e9cembre.", None))
#endif // QT_CONFIG(tooltip)
        self.publishButton.setText(QCoreApplication.translate("QualiopiPage", u"&Publier (PDF)\u2026", None))
#if QT_CONFIG(tooltip)
        self.publishButton.setToolTip(QCoreApplication.translate("QualiopiPage", u"Enregistrer les r\u00e9sultats en PDF, \u00e0 publier sur votre site (indicateur 2).", None))
#endif // QT_CONFIG(tooltip)
        self.excelButton.setText(QCoreApplication.translate("QualiopiPage", u"E&xcel\u2026", None))
#if QT_CONFIG(tooltip)
        self.excelButton.setToolTip(QCoreApplication.translate("QualiopiPage", u"Enregistrer les r\u00e9sultats dans un classeur Excel.", None))
#endif // QT_CONFIG(tooltip)
        self.packButton.setText(QCoreApplication.translate("QualiopiPage", u"Constituer le dossier d'&audit\u2026", None))
#if QT_CONFIG(tooltip)
        self.packButton.setToolTip(QCoreApplication.translate("QualiopiPage", u"R\u00e9unir dans un dossier (et une archive .zip) les preuves de la p\u00e9riode, indicateur par indicateur, avec un index de ce qui manque.", None))
#endif // QT_CONFIG(tooltip)
        self.periodProblemLabel.setText("")
        self.summaryLabel.setText("")
        self.overallBox.setTitle(QCoreApplication.translate("QualiopiPage", u"Indicateur 2 \u2014 r\u00e9sultats d'ensemble", None))
#if QT_CONFIG(tooltip)
        self.overallTable.setToolTip(QCoreApplication.translate("QualiopiPage", u"Les taux publi\u00e9s ; \u00ab \u2014 \u00bb : aucune donn\u00e9e pour calculer le taux.", None))
#endif // QT_CONFIG(tooltip)
        self.causesLabel.setText("")
        self.coursesBox.setTitle(QCoreApplication.translate("QualiopiPage", u"Indicateur 2 \u2014 r\u00e9sultats par formation", None))
#if QT_CONFIG(tooltip)
        self.coursesTable.setToolTip(QCoreApplication.translate("QualiopiPage", u"Les r\u00e9sultats de chaque formation ayant une session termin\u00e9e sur la p\u00e9riode.", None))
#endif // QT_CONFIG(tooltip)
        self.certBox.setTitle(QCoreApplication.translate("QualiopiPage", u"Indicateur 3 \u2014 taux de r\u00e9ussite aux certifications", None))
#if QT_CONFIG(tooltip)
        self.certTable.setToolTip(QCoreApplication.translate("QualiopiPage", u"Les formations certifiantes (code RNCP/RS ou objectif BPF) : candidats pr\u00e9sent\u00e9s au jury et admis.", None))
#endif // QT_CONFIG(tooltip)
        self.certEmptyLabel.setText("")
        self.messageLabel.setText("")
    # retranslateUi

