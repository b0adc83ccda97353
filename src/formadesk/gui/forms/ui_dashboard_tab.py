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
from PySide6.QtWidgets import (QApplication, QFrame, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QListWidget, QListWidgetItem,
    QSizePolicy, QSplitter, QStackedWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_DashboardTab(object):
    def setupUi(self, DashboardTab):
        if not DashboardTab.objectName():
            DashboardTab.setObjectName(u"DashboardTab")
        DashboardTab.resize(1000, 640)
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


        self.mainLayout.addLayout(self.cardsLayout)

        self.listsSplitter = QSplitter(DashboardTab)
        self.listsSplitter.setObjectName(u"listsSplitter")
        self.listsSplitter.setOrientation(Qt.Orientation.Horizontal)
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
        self.underGroup = QGroupBox(self.listsSplitter)
        self.underGroup.setObjectName(u"underGroup")
        self.underLayout = QVBoxLayout(self.underGroup)
        self.underLayout.setObjectName(u"underLayout")
        self.underList = QListWidget(self.underGroup)
        self.underList.setObjectName(u"underList")
        self.underList.setWordWrap(True)

        self.underLayout.addWidget(self.underList)

        self.listsSplitter.addWidget(self.underGroup)

        self.mainLayout.addWidget(self.listsSplitter)

        self.mainLayout.setStretch(1, 1)

        self.retranslateUi(DashboardTab)

        QMetaObject.connectSlotsByName(DashboardTab)
    # setupUi

    def retranslateUi(self, DashboardTab):
        self.learnersCaption.setText(QCoreApplication.translate("DashboardTab", u"Apprenants", None))
        self.coursesCaption.setText(QCoreApplication.translate("DashboardTab", u"Formations actives", None))
        self.sessionsCaption.setText(QCoreApplication.translate("DashboardTab", u"Sessions de l'ann\u00e9e", None))
        self.enrollmentsCaption.setText(QCoreApplication.translate("DashboardTab", u"Inscriptions de l'ann\u00e9e", None))
        self.upcomingGroup.setTitle(QCoreApplication.translate("DashboardTab", u"Sessions des 30 prochains jours", None))
        self.upcomingEmpty.setText(QCoreApplication.translate("DashboardTab", u"Aucune session ne commence dans les 30 prochains jours.", None))
        self.underGroup.setTitle(QCoreApplication.translate("DashboardTab", u"Sessions sous le minimum d'inscrits", None))
        pass
    # retranslateUi

