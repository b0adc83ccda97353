# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'resources_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QHeaderView, QLabel, QSizePolicy,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_ResourcesTab(object):
    def setupUi(self, ResourcesTab):
        if not ResourcesTab.objectName():
            ResourcesTab.setObjectName(u"ResourcesTab")
        ResourcesTab.resize(1000, 600)
        self.mainLayout = QVBoxLayout(ResourcesTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.noteLabel = QLabel(ResourcesTab)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setStyleSheet(u"color: #555555; background: #eef4fb; border: 1px solid #c9dcf0; border-radius: 4px; padding: 6px;")

        self.mainLayout.addWidget(self.noteLabel)

        self.resourceTabs = QTabWidget(ResourcesTab)
        self.resourceTabs.setObjectName(u"resourceTabs")
        self.roomsPage = QWidget()
        self.roomsPage.setObjectName(u"roomsPage")
        self.roomsLayout = QVBoxLayout(self.roomsPage)
        self.roomsLayout.setObjectName(u"roomsLayout")
        self.roomTable = QTableView(self.roomsPage)
        self.roomTable.setObjectName(u"roomTable")

        self.roomsLayout.addWidget(self.roomTable)

        self.resourceTabs.addTab(self.roomsPage, "")
        self.equipmentPage = QWidget()
        self.equipmentPage.setObjectName(u"equipmentPage")
        self.equipmentLayout = QVBoxLayout(self.equipmentPage)
        self.equipmentLayout.setObjectName(u"equipmentLayout")
        self.equipmentTable = QTableView(self.equipmentPage)
        self.equipmentTable.setObjectName(u"equipmentTable")

        self.equipmentLayout.addWidget(self.equipmentTable)

        self.resourceTabs.addTab(self.equipmentPage, "")
        self.trainersPage = QWidget()
        self.trainersPage.setObjectName(u"trainersPage")
        self.trainersLayout = QVBoxLayout(self.trainersPage)
        self.trainersLayout.setObjectName(u"trainersLayout")
        self.trainerTable = QTableView(self.trainersPage)
        self.trainerTable.setObjectName(u"trainerTable")

        self.trainersLayout.addWidget(self.trainerTable)

        self.resourceTabs.addTab(self.trainersPage, "")

        self.mainLayout.addWidget(self.resourceTabs)


        self.retranslateUi(ResourcesTab)

        self.resourceTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ResourcesTab)
    # setupUi

    def retranslateUi(self, ResourcesTab):
        self.noteLabel.setText(QCoreApplication.translate("ResourcesTab", u"Consultation seule pour l'instant : la r\u00e9servation des salles, du mat\u00e9riel et des formateurs se fera depuis le planning.", None))
        self.resourceTabs.setTabText(self.resourceTabs.indexOf(self.roomsPage), QCoreApplication.translate("ResourcesTab", u"Salles", None))
        self.resourceTabs.setTabText(self.resourceTabs.indexOf(self.equipmentPage), QCoreApplication.translate("ResourcesTab", u"Mat\u00e9riel", None))
        self.resourceTabs.setTabText(self.resourceTabs.indexOf(self.trainersPage), QCoreApplication.translate("ResourcesTab", u"Formateurs", None))
        pass
    # retranslateUi

