# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'activity_page.ui'
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
from PySide6.QtWidgets import (QApplication, QDateEdit, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ActivityPage(object):
    def setupUi(self, ActivityPage):
        if not ActivityPage.objectName():
            ActivityPage.setObjectName(u"ActivityPage")
        ActivityPage.resize(1200, 760)
        self.mainLayout = QVBoxLayout(ActivityPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.startLabel = QLabel(ActivityPage)
        self.startLabel.setObjectName(u"startLabel")

        self.periodLayout.addWidget(self.startLabel)

        self.startEdit = QDateEdit(ActivityPage)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)

        self.periodLayout.addWidget(self.startEdit)

        self.endLabel = QLabel(ActivityPage)
        self.endLabel.setObjectName(u"endLabel")

        self.periodLayout.addWidget(self.endLabel)

        self.endEdit = QDateEdit(ActivityPage)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setCalendarPopup(True)

        self.periodLayout.addWidget(self.endEdit)

        self.thisYearButton = QPushButton(ActivityPage)
        self.thisYearButton.setObjectName(u"thisYearButton")

        self.periodLayout.addWidget(self.thisYearButton)

        self.lastYearButton = QPushButton(ActivityPage)
        self.lastYearButton.setObjectName(u"lastYearButton")

        self.periodLayout.addWidget(self.lastYearButton)

        self.last12Button = QPushButton(ActivityPage)
        self.last12Button.setObjectName(u"last12Button")

        self.periodLayout.addWidget(self.last12Button)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)

        self.pdfButton = QPushButton(ActivityPage)
        self.pdfButton.setObjectName(u"pdfButton")

        self.periodLayout.addWidget(self.pdfButton)

        self.excelButton = QPushButton(ActivityPage)
        self.excelButton.setObjectName(u"excelButton")

        self.periodLayout.addWidget(self.excelButton)


        self.mainLayout.addLayout(self.periodLayout)

        self.periodProblemLabel = QLabel(ActivityPage)
        self.periodProblemLabel.setObjectName(u"periodProblemLabel")
        self.periodProblemLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.periodProblemLabel)

        self.summaryLabel = QLabel(ActivityPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.activitySplitter = QSplitter(ActivityPage)
        self.activitySplitter.setObjectName(u"activitySplitter")
        self.activitySplitter.setOrientation(Qt.Orientation.Horizontal)
        self.activitySplitter.setChildrenCollapsible(False)
        self.tablesWidget = QWidget(self.activitySplitter)
        self.tablesWidget.setObjectName(u"tablesWidget")
        self.tablesWidget.setMinimumSize(QSize(360, 0))
        self.tablesLayout = QVBoxLayout(self.tablesWidget)
        self.tablesLayout.setObjectName(u"tablesLayout")
        self.tablesLayout.setContentsMargins(0, 0, 0, 0)
        self.figuresTable = QTableWidget(self.tablesWidget)
        self.figuresTable.setObjectName(u"figuresTable")

        self.tablesLayout.addWidget(self.figuresTable)

        self.revenueTable = QTableWidget(self.tablesWidget)
        self.revenueTable.setObjectName(u"revenueTable")

        self.tablesLayout.addWidget(self.revenueTable)

        self.causesLabel = QLabel(self.tablesWidget)
        self.causesLabel.setObjectName(u"causesLabel")
        self.causesLabel.setWordWrap(True)

        self.tablesLayout.addWidget(self.causesLabel)

        self.activitySplitter.addWidget(self.tablesWidget)
        self.chartsArea = QWidget(self.activitySplitter)
        self.chartsArea.setObjectName(u"chartsArea")
        self.chartsGrid = QGridLayout(self.chartsArea)
        self.chartsGrid.setObjectName(u"chartsGrid")
        self.chartsGrid.setContentsMargins(0, 0, 0, 0)
        self.activitySplitter.addWidget(self.chartsArea)

        self.mainLayout.addWidget(self.activitySplitter)

        self.messageLabel = QLabel(ActivityPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setTextFormat(Qt.TextFormat.RichText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.mainLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ActivityPage)

        QMetaObject.connectSlotsByName(ActivityPage)
    # setupUi

    def retranslateUi(self, ActivityPage):
        self.startLabel.setText(QCoreApplication.translate("ActivityPage", u"&Du", None))
        self.startEdit.setDisplayFormat(QCoreApplication.translate("ActivityPage", u"dd/MM/yyyy", None))
        self.endLabel.setText(QCoreApplication.translate("ActivityPage", u"a&u", None))
        self.endEdit.setDisplayFormat(QCoreApplication.translate("ActivityPage", u"dd/MM/yyyy", None))
        self.thisYearButton.setText(QCoreApplication.translate("ActivityPage", u"Cette &ann\u00e9e", None))
        self.lastYearButton.setText(QCoreApplication.translate("ActivityPage", u"L'an &dernier", None))
        self.last12Button.setText(QCoreApplication.translate("ActivityPage", u"&12 derniers mois", None))
        self.pdfButton.setText(QCoreApplication.translate("ActivityPage", u"&PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.pdfButton.setToolTip(QCoreApplication.translate("ActivityPage", u"Le rapport d'activit\u00e9 en PDF, avec ses graphiques", None))
#endif // QT_CONFIG(tooltip)
        self.excelButton.setText(QCoreApplication.translate("ActivityPage", u"&Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.excelButton.setToolTip(QCoreApplication.translate("ActivityPage", u"Le rapport d'activit\u00e9 en classeur Excel : tableaux et graphiques", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

