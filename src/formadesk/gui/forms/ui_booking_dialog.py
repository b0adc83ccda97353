# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'booking_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QSplitter,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_BookingDialog(object):
    def setupUi(self, BookingDialog):
        if not BookingDialog.objectName():
            BookingDialog.setObjectName(u"BookingDialog")
        BookingDialog.resize(1000, 660)
        self.mainLayout = QVBoxLayout(BookingDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.sessionLabel = QLabel(BookingDialog)
        self.sessionLabel.setObjectName(u"sessionLabel")
        self.sessionLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.sessionLabel)

        self.splitter = QSplitter(BookingDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.slotsGroup = QGroupBox(self.splitter)
        self.slotsGroup.setObjectName(u"slotsGroup")
        self.slotsLayout = QVBoxLayout(self.slotsGroup)
        self.slotsLayout.setObjectName(u"slotsLayout")
        self.slotTable = QTableWidget(self.slotsGroup)
        self.slotTable.setObjectName(u"slotTable")

        self.slotsLayout.addWidget(self.slotTable)

        self.slotButtons = QHBoxLayout()
        self.slotButtons.setObjectName(u"slotButtons")
        self.allButton = QPushButton(self.slotsGroup)
        self.allButton.setObjectName(u"allButton")

        self.slotButtons.addWidget(self.allButton)

        self.noneButton = QPushButton(self.slotsGroup)
        self.noneButton.setObjectName(u"noneButton")

        self.slotButtons.addWidget(self.noneButton)

        self.slotSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.slotButtons.addItem(self.slotSpacer)


        self.slotsLayout.addLayout(self.slotButtons)

        self.splitter.addWidget(self.slotsGroup)
        self.actionsPanel = QWidget(self.splitter)
        self.actionsPanel.setObjectName(u"actionsPanel")
        self.actionsLayout = QVBoxLayout(self.actionsPanel)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsLayout.setContentsMargins(0, 0, 0, 0)
        self.roomGroup = QGroupBox(self.actionsPanel)
        self.roomGroup.setObjectName(u"roomGroup")
        self.roomLayout = QVBoxLayout(self.roomGroup)
        self.roomLayout.setObjectName(u"roomLayout")
        self.roomCombo = QComboBox(self.roomGroup)
        self.roomCombo.setObjectName(u"roomCombo")

        self.roomLayout.addWidget(self.roomCombo)

        self.roomButtons = QHBoxLayout()
        self.roomButtons.setObjectName(u"roomButtons")
        self.bookRoomButton = QPushButton(self.roomGroup)
        self.bookRoomButton.setObjectName(u"bookRoomButton")

        self.roomButtons.addWidget(self.bookRoomButton)

        self.freeRoomButton = QPushButton(self.roomGroup)
        self.freeRoomButton.setObjectName(u"freeRoomButton")

        self.roomButtons.addWidget(self.freeRoomButton)

        self.roomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.roomButtons.addItem(self.roomSpacer)


        self.roomLayout.addLayout(self.roomButtons)


        self.actionsLayout.addWidget(self.roomGroup)

        self.trainerGroup = QGroupBox(self.actionsPanel)
        self.trainerGroup.setObjectName(u"trainerGroup")
        self.trainerLayout = QVBoxLayout(self.trainerGroup)
        self.trainerLayout.setObjectName(u"trainerLayout")
        self.trainerList = QListWidget(self.trainerGroup)
        self.trainerList.setObjectName(u"trainerList")

        self.trainerLayout.addWidget(self.trainerList)

        self.trainerButtons = QHBoxLayout()
        self.trainerButtons.setObjectName(u"trainerButtons")
        self.assignButton = QPushButton(self.trainerGroup)
        self.assignButton.setObjectName(u"assignButton")

        self.trainerButtons.addWidget(self.assignButton)

        self.trainerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.trainerButtons.addItem(self.trainerSpacer)


        self.trainerLayout.addLayout(self.trainerButtons)


        self.actionsLayout.addWidget(self.trainerGroup)

        self.equipmentGroup = QGroupBox(self.actionsPanel)
        self.equipmentGroup.setObjectName(u"equipmentGroup")
        self.equipmentLayout = QVBoxLayout(self.equipmentGroup)
        self.equipmentLayout.setObjectName(u"equipmentLayout")
        self.equipmentCombo = QComboBox(self.equipmentGroup)
        self.equipmentCombo.setObjectName(u"equipmentCombo")

        self.equipmentLayout.addWidget(self.equipmentCombo)

        self.equipmentButtons = QHBoxLayout()
        self.equipmentButtons.setObjectName(u"equipmentButtons")
        self.quantityLabel = QLabel(self.equipmentGroup)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.equipmentButtons.addWidget(self.quantityLabel)

        self.quantitySpin = QSpinBox(self.equipmentGroup)
        self.quantitySpin.setObjectName(u"quantitySpin")
        self.quantitySpin.setMinimum(1)
        self.quantitySpin.setMaximum(9999)

        self.equipmentButtons.addWidget(self.quantitySpin)

        self.bookEquipmentButton = QPushButton(self.equipmentGroup)
        self.bookEquipmentButton.setObjectName(u"bookEquipmentButton")

        self.equipmentButtons.addWidget(self.bookEquipmentButton)

        self.releaseEquipmentButton = QPushButton(self.equipmentGroup)
        self.releaseEquipmentButton.setObjectName(u"releaseEquipmentButton")

        self.equipmentButtons.addWidget(self.releaseEquipmentButton)

        self.equipmentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.equipmentButtons.addItem(self.equipmentSpacer)


        self.equipmentLayout.addLayout(self.equipmentButtons)


        self.actionsLayout.addWidget(self.equipmentGroup)

        self.splitter.addWidget(self.actionsPanel)

        self.mainLayout.addWidget(self.splitter)

        self.messageLabel = QLabel(BookingDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(BookingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.quantityLabel.setBuddy(self.quantitySpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.slotTable, self.allButton)
        QWidget.setTabOrder(self.allButton, self.noneButton)
        QWidget.setTabOrder(self.noneButton, self.roomCombo)
        QWidget.setTabOrder(self.roomCombo, self.bookRoomButton)
        QWidget.setTabOrder(self.bookRoomButton, self.freeRoomButton)
        QWidget.setTabOrder(self.freeRoomButton, self.trainerList)
        QWidget.setTabOrder(self.trainerList, self.assignButton)
        QWidget.setTabOrder(self.assignButton, self.equipmentCombo)
        QWidget.setTabOrder(self.equipmentCombo, self.quantitySpin)
        QWidget.setTabOrder(self.quantitySpin, self.bookEquipmentButton)
        QWidget.setTabOrder(self.bookEquipmentButton, self.releaseEquipmentButton)

        self.retranslateUi(BookingDialog)

        QMetaObject.connectSlotsByName(BookingDialog)
    # setupUi

    def retranslateUi(self, BookingDialog):
        BookingDialog.setWindowTitle(QCoreApplication.translate("BookingDialog", u"R\u00e9server", None))
        self.slotsGroup.setTitle(QCoreApplication.translate("BookingDialog", u"Cr\u00e9neaux concern\u00e9s", None))
        self.allButton.setText(QCoreApplication.translate("BookingDialog", u"&Toute la session", None))
        self.noneButton.setText(QCoreApplication.translate("BookingDialog", u"Aucu&n cr\u00e9neau", None))
        self.roomGroup.setTitle(QCoreApplication.translate("BookingDialog", u"Salle", None))
        self.bookRoomButton.setText(QCoreApplication.translate("BookingDialog", u"&R\u00e9server la salle", None))
        self.freeRoomButton.setText(QCoreApplication.translate("BookingDialog", u"&Lib\u00e9rer la salle", None))
        self.trainerGroup.setTitle(QCoreApplication.translate("BookingDialog", u"Formateurs", None))
        self.assignButton.setText(QCoreApplication.translate("BookingDialog", u"&Affecter les formateurs coch\u00e9s", None))
        self.equipmentGroup.setTitle(QCoreApplication.translate("BookingDialog", u"Mat\u00e9riel, licences, supports", None))
        self.quantityLabel.setText(QCoreApplication.translate("BookingDialog", u"&Quantit\u00e9 :", None))
        self.bookEquipmentButton.setText(QCoreApplication.translate("BookingDialog", u"R\u00e9ser&ver ce mat\u00e9riel", None))
        self.releaseEquipmentButton.setText(QCoreApplication.translate("BookingDialog", u"Rendre ce &mat\u00e9riel", None))
    # retranslateUi

