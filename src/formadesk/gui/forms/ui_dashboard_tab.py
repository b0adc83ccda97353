# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QStackedWidget, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_DashboardTab(object):
    def setupUi(self, DashboardTab):
        if not DashboardTab.objectName():
            DashboardTab.setObjectName(u"DashboardTab")
        DashboardTab.resize(1260, 720)
        DashboardTab.setStyleSheet(u"QFrame[card=\"true\"] { background: #f4f6f8; border: 1px solid #d0d7de; border-radius: 6px; }\n"
"QFrame[card=\"true\"] QLabel { border: none; background: transparent; }")
        self.mainLayout = QVBoxLayout(DashboardTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.cardsLayout = QHBoxLayout()
        self.cardsLayout.setSpacing(12)
        self.cardsLayout.setObjectName(u"cardsLayout")
        self.learnersCard = QFrame(DashboardTab)
        self.learnersCard.setObjectName(u"learnersCard")
        self.learnersCard.setProperty(u"card", True)
        self.learnersCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.learnersCardLayout = QVBoxLayout(self.learnersCard)
        self.learnersCardLayout.setSpacing(2)
        self.learnersCardLayout.setObjectName(u"learnersCardLayout")
        self.learnersValue = QLabel(self.learnersCard)
        self.learnersValue.setObjectName(u"learnersValue")
        font = QFont()
        font.setPointSize(22)
        font.setBold(True)
        self.learnersValue.setFont(font)
        self.learnersValue.setText(u"0")

        self.learnersCardLayout.addWidget(self.learnersValue)

        self.learnersCaption = QLabel(self.learnersCard)
        self.learnersCaption.setObjectName(u"learnersCaption")

        self.learnersCardLayout.addWidget(self.learnersCaption)


        self.cardsLayout.addWidget(self.learnersCard)

        self.coursesCard = QFrame(DashboardTab)
        self.coursesCard.setObjectName(u"coursesCard")
        self.coursesCard.setProperty(u"card", True)
        self.coursesCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.coursesCardLayout = QVBoxLayout(self.coursesCard)
        self.coursesCardLayout.setSpacing(2)
        self.coursesCardLayout.setObjectName(u"coursesCardLayout")
        self.coursesValue = QLabel(self.coursesCard)
        self.coursesValue.setObjectName(u"coursesValue")
        self.coursesValue.setFont(font)
        self.coursesValue.setText(u"0")

        self.coursesCardLayout.addWidget(self.coursesValue)

        self.coursesCaption = QLabel(self.coursesCard)
        self.coursesCaption.setObjectName(u"coursesCaption")

        self.coursesCardLayout.addWidget(self.coursesCaption)


        self.cardsLayout.addWidget(self.coursesCard)

        self.sessionsCard = QFrame(DashboardTab)
        self.sessionsCard.setObjectName(u"sessionsCard")
        self.sessionsCard.setProperty(u"card", True)
        self.sessionsCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.sessionsCardLayout = QVBoxLayout(self.sessionsCard)
        self.sessionsCardLayout.setSpacing(2)
        self.sessionsCardLayout.setObjectName(u"sessionsCardLayout")
        self.sessionsValue = QLabel(self.sessionsCard)
        self.sessionsValue.setObjectName(u"sessionsValue")
        self.sessionsValue.setFont(font)
        self.sessionsValue.setText(u"0")

        self.sessionsCardLayout.addWidget(self.sessionsValue)

        self.sessionsCaption = QLabel(self.sessionsCard)
        self.sessionsCaption.setObjectName(u"sessionsCaption")

        self.sessionsCardLayout.addWidget(self.sessionsCaption)


        self.cardsLayout.addWidget(self.sessionsCard)

        self.enrollmentsCard = QFrame(DashboardTab)
        self.enrollmentsCard.setObjectName(u"enrollmentsCard")
        self.enrollmentsCard.setProperty(u"card", True)
        self.enrollmentsCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.enrollmentsCardLayout = QVBoxLayout(self.enrollmentsCard)
        self.enrollmentsCardLayout.setSpacing(2)
        self.enrollmentsCardLayout.setObjectName(u"enrollmentsCardLayout")
        self.enrollmentsValue = QLabel(self.enrollmentsCard)
        self.enrollmentsValue.setObjectName(u"enrollmentsValue")
        self.enrollmentsValue.setFont(font)
        self.enrollmentsValue.setText(u"0")

        self.enrollmentsCardLayout.addWidget(self.enrollmentsValue)

        self.enrollmentsCaption = QLabel(self.enrollmentsCard)
        self.enrollmentsCaption.setObjectName(u"enrollmentsCaption")

        self.enrollmentsCardLayout.addWidget(self.enrollmentsCaption)


        self.cardsLayout.addWidget(self.enrollmentsCard)

        self.overdueCard = QFrame(DashboardTab)
        self.overdueCard.setObjectName(u"overdueCard")
        self.overdueCard.setProperty(u"card", True)
        self.overdueCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.overdueCardLayout = QVBoxLayout(self.overdueCard)
        self.overdueCardLayout.setSpacing(2)
        self.overdueCardLayout.setObjectName(u"overdueCardLayout")
        self.overdueValue = QLabel(self.overdueCard)
        self.overdueValue.setObjectName(u"overdueValue")
        self.overdueValue.setFont(font)
        self.overdueValue.setText(u"0")

        self.overdueCardLayout.addWidget(self.overdueValue)

        self.overdueCaption = QLabel(self.overdueCard)
        self.overdueCaption.setObjectName(u"overdueCaption")

        self.overdueCardLayout.addWidget(self.overdueCaption)


        self.cardsLayout.addWidget(self.overdueCard)


        self.mainLayout.addLayout(self.cardsLayout)

        self.mainSplitter = QSplitter(DashboardTab)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.mainSplitter.setChildrenCollapsible(False)
        self.alertsGroup = QGroupBox(self.mainSplitter)
        self.alertsGroup.setObjectName(u"alertsGroup")
        self.alertsLayout = QVBoxLayout(self.alertsGroup)
        self.alertsLayout.setObjectName(u"alertsLayout")
        self.alertsList = QListWidget(self.alertsGroup)
        self.alertsList.setObjectName(u"alertsList")
        self.alertsList.setWordWrap(True)
        self.alertsList.setSpacing(2)

        self.alertsLayout.addWidget(self.alertsList)

        self.mainSplitter.addWidget(self.alertsGroup)
        self.pagesTabs = QTabWidget(self.mainSplitter)
        self.pagesTabs.setObjectName(u"pagesTabs")
        self.todayPage = QWidget()
        self.todayPage.setObjectName(u"todayPage")
        self.todayLayout = QVBoxLayout(self.todayPage)
        self.todayLayout.setObjectName(u"todayLayout")
        self.pagesTabs.addTab(self.todayPage, "")
        self.sessionsPage = QWidget()
        self.sessionsPage.setObjectName(u"sessionsPage")
        self.sessionsLayout = QVBoxLayout(self.sessionsPage)
        self.sessionsLayout.setObjectName(u"sessionsLayout")
        self.listsSplitter = QSplitter(self.sessionsPage)
        self.listsSplitter.setObjectName(u"listsSplitter")
        self.listsSplitter.setOrientation(Qt.Orientation.Vertical)
        self.listsSplitter.setChildrenCollapsible(False)
        self.upcomingGroup = QGroupBox(self.listsSplitter)
        self.upcomingGroup.setObjectName(u"upcomingGroup")
        self.upcomingLayout = QVBoxLayout(self.upcomingGroup)
        self.upcomingLayout.setObjectName(u"upcomingLayout")
        self.upcomingStack = QStackedWidget(self.upcomingGroup)
        self.upcomingStack.setObjectName(u"upcomingStack")
        self.upcomingTable = QTableView()
        self.upcomingTable.setObjectName(u"upcomingTable")
        self.upcomingStack.addWidget(self.upcomingTable)
        self.upcomingEmpty = QLabel()
        self.upcomingEmpty.setObjectName(u"upcomingEmpty")
        self.upcomingEmpty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.upcomingEmpty.setWordWrap(True)
        self.upcomingStack.addWidget(self.upcomingEmpty)

        self.upcomingLayout.addWidget(self.upcomingStack)

        self.listsSplitter.addWidget(self.upcomingGroup)
        self.bottomSplitter = QSplitter(self.listsSplitter)
        self.bottomSplitter.setObjectName(u"bottomSplitter")
        self.bottomSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.bottomSplitter.setChildrenCollapsible(False)
        self.underGroup = QGroupBox(self.bottomSplitter)
        self.underGroup.setObjectName(u"underGroup")
        self.underLayout = QVBoxLayout(self.underGroup)
        self.underLayout.setObjectName(u"underLayout")
        self.underList = QListWidget(self.underGroup)
        self.underList.setObjectName(u"underList")
        self.underList.setWordWrap(True)

        self.underLayout.addWidget(self.underList)

        self.bottomSplitter.addWidget(self.underGroup)
        self.listsSplitter.addWidget(self.bottomSplitter)

        self.sessionsLayout.addWidget(self.listsSplitter)

        self.pagesTabs.addTab(self.sessionsPage, "")
        self.chartsPage = QWidget()
        self.chartsPage.setObjectName(u"chartsPage")
        self.chartsPageLayout = QVBoxLayout(self.chartsPage)
        self.chartsPageLayout.setObjectName(u"chartsPageLayout")
        self.chartsArea = QWidget(self.chartsPage)
        self.chartsArea.setObjectName(u"chartsArea")
        self.chartsGrid = QGridLayout(self.chartsArea)
        self.chartsGrid.setSpacing(8)
        self.chartsGrid.setObjectName(u"chartsGrid")
        self.chartsGrid.setContentsMargins(0, 0, 0, 0)

        self.chartsPageLayout.addWidget(self.chartsArea)

        self.chartsButtons = QHBoxLayout()
        self.chartsButtons.setObjectName(u"chartsButtons")
        self.chartsHint = QLabel(self.chartsPage)
        self.chartsHint.setObjectName(u"chartsHint")

        self.chartsButtons.addWidget(self.chartsHint)

        self.chartsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chartsButtons.addItem(self.chartsSpacer)

        self.exportButton = QPushButton(self.chartsPage)
        self.exportButton.setObjectName(u"exportButton")

        self.chartsButtons.addWidget(self.exportButton)

        self.printButton = QPushButton(self.chartsPage)
        self.printButton.setObjectName(u"printButton")

        self.chartsButtons.addWidget(self.printButton)


        self.chartsPageLayout.addLayout(self.chartsButtons)

        self.pagesTabs.addTab(self.chartsPage, "")
        self.mainSplitter.addWidget(self.pagesTabs)

        self.mainLayout.addWidget(self.mainSplitter)

        self.mainLayout.setStretch(1, 1)

        self.retranslateUi(DashboardTab)

        self.pagesTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(DashboardTab)
    # setupUi

    def retranslateUi(self, DashboardTab):
        self.learnersCaption.setText(QCoreApplication.translate("DashboardTab", u"Apprenants", None))
        self.coursesCaption.setText(QCoreApplication.translate("DashboardTab", u"Formations actives", None))
        self.sessionsCaption.setText(QCoreApplication.translate("DashboardTab", u"Sessions de l'ann\u00e9e", None))
        self.enrollmentsCaption.setText(QCoreApplication.translate("DashboardTab", u"Inscriptions de l'ann\u00e9e", None))
        self.overdueCaption.setText(QCoreApplication.translate("DashboardTab", u"Impay\u00e9s \u00e9chus", None))
        self.alertsGroup.setTitle(QCoreApplication.translate("DashboardTab", u"\u00c0 traiter", None))
#if QT_CONFIG(tooltip)
        self.alertsList.setToolTip(QCoreApplication.translate("DashboardTab", u"Cliquez sur une ligne pour ouvrir la liste \u00ab \u00c0 faire \u00bb correspondante.", None))
#endif // QT_CONFIG(tooltip)
        self.pagesTabs.setTabText(self.pagesTabs.indexOf(self.todayPage), QCoreApplication.translate("DashboardTab", u"Aujourd'hui", None))
        self.upcomingGroup.setTitle(QCoreApplication.translate("DashboardTab", u"Sessions des 6 prochaines semaines", None))
        self.upcomingEmpty.setText(QCoreApplication.translate("DashboardTab", u"Aucune session ne commence dans les 6 prochaines semaines.", None))
        self.underGroup.setTitle(QCoreApplication.translate("DashboardTab", u"Sessions sous le minimum d'inscrits", None))
        self.pagesTabs.setTabText(self.pagesTabs.indexOf(self.sessionsPage), QCoreApplication.translate("DashboardTab", u"Sessions \u00e0 venir", None))
        self.chartsHint.setText(QCoreApplication.translate("DashboardTab", u"Douze derniers mois. Clic droit sur un graphique pour l'exporter ou l'imprimer seul.", None))
        self.exportButton.setText(QCoreApplication.translate("DashboardTab", u"Exporter en image\u2026", None))
        self.printButton.setText(QCoreApplication.translate("DashboardTab", u"Imprimer\u2026", None))
        self.pagesTabs.setTabText(self.pagesTabs.indexOf(self.chartsPage), QCoreApplication.translate("DashboardTab", u"Indicateurs", None))
        pass
    # retranslateUi

