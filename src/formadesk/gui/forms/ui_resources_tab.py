# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'resources_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
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
        self.roomsBar = QHBoxLayout()
        self.roomsBar.setObjectName(u"roomsBar")
        self.newRoomButton = QPushButton(self.roomsPage)
        self.newRoomButton.setObjectName(u"newRoomButton")

        self.roomsBar.addWidget(self.newRoomButton)

        self.editRoomButton = QPushButton(self.roomsPage)
        self.editRoomButton.setObjectName(u"editRoomButton")

        self.roomsBar.addWidget(self.editRoomButton)

        self.roomsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.roomsBar.addItem(self.roomsSpacer)


        self.roomsLayout.addLayout(self.roomsBar)

        self.roomTable = QTableView(self.roomsPage)
        self.roomTable.setObjectName(u"roomTable")

        self.roomsLayout.addWidget(self.roomTable)

        self.resourceTabs.addTab(self.roomsPage, "")
        self.equipmentPage = QWidget()
        self.equipmentPage.setObjectName(u"equipmentPage")
        self.equipmentLayout = QVBoxLayout(self.equipmentPage)
        self.equipmentLayout.setObjectName(u"equipmentLayout")
        self.equipmentBar = QHBoxLayout()
        self.equipmentBar.setObjectName(u"equipmentBar")
        self.newEquipmentButton = QPushButton(self.equipmentPage)
        self.newEquipmentButton.setObjectName(u"newEquipmentButton")

        self.equipmentBar.addWidget(self.newEquipmentButton)

        self.editEquipmentButton = QPushButton(self.equipmentPage)
        self.editEquipmentButton.setObjectName(u"editEquipmentButton")

        self.equipmentBar.addWidget(self.editEquipmentButton)

        self.equipmentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.equipmentBar.addItem(self.equipmentSpacer)


        self.equipmentLayout.addLayout(self.equipmentBar)

        self.equipmentTable = QTableView(self.equipmentPage)
        self.equipmentTable.setObjectName(u"equipmentTable")

        self.equipmentLayout.addWidget(self.equipmentTable)

        self.resourceTabs.addTab(self.equipmentPage, "")
        self.trainersPage = QWidget()
        self.trainersPage.setObjectName(u"trainersPage")
        self.trainersLayout = QVBoxLayout(self.trainersPage)
        self.trainersLayout.setObjectName(u"trainersLayout")
        self.trainersBar = QHBoxLayout()
        self.trainersBar.setObjectName(u"trainersBar")
        self.newTrainerButton = QPushButton(self.trainersPage)
        self.newTrainerButton.setObjectName(u"newTrainerButton")

        self.trainersBar.addWidget(self.newTrainerButton)

        self.editTrainerButton = QPushButton(self.trainersPage)
        self.editTrainerButton.setObjectName(u"editTrainerButton")

        self.trainersBar.addWidget(self.editTrainerButton)

        self.trainersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.trainersBar.addItem(self.trainersSpacer)


        self.trainersLayout.addLayout(self.trainersBar)

        self.trainerTable = QTableView(self.trainersPage)
        self.trainerTable.setObjectName(u"trainerTable")

        self.trainersLayout.addWidget(self.trainerTable)

        self.resourceTabs.addTab(self.trainersPage, "")
        self.incidentsPage = QWidget()
        self.incidentsPage.setObjectName(u"incidentsPage")
        self.incidentsLayout = QVBoxLayout(self.incidentsPage)
        self.incidentsLayout.setObjectName(u"incidentsLayout")
        self.incidentsBar = QHBoxLayout()
        self.incidentsBar.setObjectName(u"incidentsBar")
        self.declareButton = QPushButton(self.incidentsPage)
        self.declareButton.setObjectName(u"declareButton")

        self.incidentsBar.addWidget(self.declareButton)

        self.resolveButton = QPushButton(self.incidentsPage)
        self.resolveButton.setObjectName(u"resolveButton")

        self.incidentsBar.addWidget(self.resolveButton)

        self.incidentsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.incidentsBar.addItem(self.incidentsSpacer)

        self.openOnlyCheck = QCheckBox(self.incidentsPage)
        self.openOnlyCheck.setObjectName(u"openOnlyCheck")

        self.incidentsBar.addWidget(self.openOnlyCheck)


        self.incidentsLayout.addLayout(self.incidentsBar)

        self.incidentSplitter = QSplitter(self.incidentsPage)
        self.incidentSplitter.setObjectName(u"incidentSplitter")
        self.incidentSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.incidentSplitter.setChildrenCollapsible(False)
        self.incidentTable = QTableView(self.incidentSplitter)
        self.incidentTable.setObjectName(u"incidentTable")
        self.incidentSplitter.addWidget(self.incidentTable)
        self.incidentDetailGroup = QGroupBox(self.incidentSplitter)
        self.incidentDetailGroup.setObjectName(u"incidentDetailGroup")
        self.incidentDetailLayout = QVBoxLayout(self.incidentDetailGroup)
        self.incidentDetailLayout.setObjectName(u"incidentDetailLayout")
        self.incidentDetailLabel = QLabel(self.incidentDetailGroup)
        self.incidentDetailLabel.setObjectName(u"incidentDetailLabel")
        self.incidentDetailLabel.setWordWrap(True)
        self.incidentDetailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.incidentDetailLayout.addWidget(self.incidentDetailLabel)

        self.tasksLabel = QLabel(self.incidentDetailGroup)
        self.tasksLabel.setObjectName(u"tasksLabel")

        self.incidentDetailLayout.addWidget(self.tasksLabel)

        self.taskList = QListWidget(self.incidentDetailGroup)
        self.taskList.setObjectName(u"taskList")
        self.taskList.setWordWrap(True)

        self.incidentDetailLayout.addWidget(self.taskList)

        self.incidentSplitter.addWidget(self.incidentDetailGroup)

        self.incidentsLayout.addWidget(self.incidentSplitter)

        self.resourceTabs.addTab(self.incidentsPage, "")
        self.juriesPage = QWidget()
        self.juriesPage.setObjectName(u"juriesPage")
        self.juriesLayout = QVBoxLayout(self.juriesPage)
        self.juriesLayout.setObjectName(u"juriesLayout")
        self.juriesBar = QHBoxLayout()
        self.juriesBar.setObjectName(u"juriesBar")
        self.newJuryButton = QPushButton(self.juriesPage)
        self.newJuryButton.setObjectName(u"newJuryButton")

        self.juriesBar.addWidget(self.newJuryButton)

        self.editJuryButton = QPushButton(self.juriesPage)
        self.editJuryButton.setObjectName(u"editJuryButton")

        self.juriesBar.addWidget(self.editJuryButton)

        self.juriesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.juriesBar.addItem(self.juriesSpacer)


        self.juriesLayout.addLayout(self.juriesBar)

        self.juryTable = QTableView(self.juriesPage)
        self.juryTable.setObjectName(u"juryTable")

        self.juriesLayout.addWidget(self.juryTable)

        self.resourceTabs.addTab(self.juriesPage, "")

        self.mainLayout.addWidget(self.resourceTabs)


        self.retranslateUi(ResourcesTab)

        self.resourceTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ResourcesTab)
    # setupUi

    def retranslateUi(self, ResourcesTab):
        self.noteLabel.setText(QCoreApplication.translate("ResourcesTab", u"Pour r\u00e9server une salle, des formateurs ou du mat\u00e9riel pour une session : onglet Sessions, bouton \u00ab R\u00e9server\u2026 \u00bb sous les s\u00e9ances.", None))
        self.newRoomButton.setText(QCoreApplication.translate("ResourcesTab", u"&Nouvelle salle\u2026", None))
        self.editRoomButton.setText(QCoreApplication.translate("ResourcesTab", u"&Modifier\u2026", None))
        self.resourceTabs.setTabText(self.resourceTabs.indexOf(self.roomsPage), QCoreApplication.translate("ResourcesTab", u"Salles", None))
        self.newEquipmentButton.setText(QCoreApplication.translate("ResourcesTab", u"&Nouveau mat\u00e9riel\u2026", None))
        self.editEquipmentButton.setText(QCoreApplication.translate("ResourcesTab", u"&Modifier\u2026", None))
        self.resourceTabs.setTabText(self.resourceTabs.indexOf(self.equipmentPage), QCoreApplication.translate("ResourcesTab", u"Mat\u00e9riel", None))
        self.newTrainerButton.setText(QCoreApplication.translate("ResourcesTab", u"&Nouveau formateur\u2026", None))
        self.editTrainerButton.setText(QCoreApplication.translate("ResourcesTab", u"&Modifier\u2026", None))
        self.resourceTabs.setTabText(self.resourceTabs.indexOf(self.trainersPage), QCoreApplication.translate("ResourcesTab", u"Formateurs", None))
        self.declareButton.setText(QCoreApplication.translate("ResourcesTab", u"&D\u00e9clarer un al\u00e9a\u2026", None))
#if QT_CONFIG(tooltip)
        self.declareButton.setToolTip(QCoreApplication.translate("ResourcesTab", u"Salle indisponible, mat\u00e9riel en panne, formateur absent : voir les s\u00e9ances touch\u00e9es et les remplacer", None))
#endif // QT_CONFIG(tooltip)
        self.resolveButton.setText(QCoreApplication.translate("ResourcesTab", u"&R\u00e9soudre\u2026", None))
        self.openOnlyCheck.setText(QCoreApplication.translate("ResourcesTab", u"Al\u00e9as en &cours seulement", None))
        self.incidentDetailGroup.setTitle(QCoreApplication.translate("ResourcesTab", u"Suivi de l'al\u00e9a", None))
        self.tasksLabel.setText(QCoreApplication.translate("ResourcesTab", u"T\u00e2ches de suivi :", None))
        self.resourceTabs.setTabText(self.resourceTabs.indexOf(self.incidentsPage), QCoreApplication.translate("ResourcesTab", u"Al\u00e9as", None))
        self.newJuryButton.setText(QCoreApplication.translate("ResourcesTab", u"&Nouveau jury\u2026", None))
        self.editJuryButton.setText(QCoreApplication.translate("ResourcesTab", u"&Modifier\u2026", None))
        self.resourceTabs.setTabText(self.resourceTabs.indexOf(self.juriesPage), QCoreApplication.translate("ResourcesTab", u"Jurys", None))
        pass
    # retranslateUi

