# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'planning_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_PlanningTab(object):
    def setupUi(self, PlanningTab):
        if not PlanningTab.objectName():
            PlanningTab.setObjectName(u"PlanningTab")
        PlanningTab.resize(1000, 600)
        self.mainLayout = QVBoxLayout(PlanningTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.navigationLayout = QHBoxLayout()
        self.navigationLayout.setObjectName(u"navigationLayout")
        self.previousButton = QPushButton(PlanningTab)
        self.previousButton.setObjectName(u"previousButton")

        self.navigationLayout.addWidget(self.previousButton)

        self.todayButton = QPushButton(PlanningTab)
        self.todayButton.setObjectName(u"todayButton")

        self.navigationLayout.addWidget(self.todayButton)

        self.nextButton = QPushButton(PlanningTab)
        self.nextButton.setObjectName(u"nextButton")

        self.navigationLayout.addWidget(self.nextButton)

        self.navigationGap = QSpacerItem(24, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.navigationLayout.addItem(self.navigationGap)

        self.weekLabel = QLabel(PlanningTab)
        self.weekLabel.setObjectName(u"weekLabel")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.weekLabel.setFont(font)

        self.navigationLayout.addWidget(self.weekLabel)

        self.navigationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.navigationLayout.addItem(self.navigationSpacer)

        self.countLabel = QLabel(PlanningTab)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setStyleSheet(u"color: #666666;")

        self.navigationLayout.addWidget(self.countLabel)


        self.mainLayout.addLayout(self.navigationLayout)

        self.stack = QStackedWidget(PlanningTab)
        self.stack.setObjectName(u"stack")
        self.slotTable = QTableView()
        self.slotTable.setObjectName(u"slotTable")
        self.stack.addWidget(self.slotTable)
        self.emptyLabel = QLabel()
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setStyleSheet(u"color: #666666; font-size: 14pt;")
        self.stack.addWidget(self.emptyLabel)

        self.mainLayout.addWidget(self.stack)


        self.retranslateUi(PlanningTab)

        QMetaObject.connectSlotsByName(PlanningTab)
    # setupUi

    def retranslateUi(self, PlanningTab):
        self.previousButton.setText(QCoreApplication.translate("PlanningTab", u"\u25c0 Semaine &pr\u00e9c\u00e9dente", None))
        self.todayButton.setText(QCoreApplication.translate("PlanningTab", u"&Aujourd'hui", None))
        self.nextButton.setText(QCoreApplication.translate("PlanningTab", u"Semaine &suivante \u25b6", None))
        self.emptyLabel.setText(QCoreApplication.translate("PlanningTab", u"Aucune s\u00e9ance planifi\u00e9e cette semaine.", None))
        pass
    # retranslateUi

