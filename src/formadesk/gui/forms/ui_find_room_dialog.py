# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'find_room_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QTableView,
    QTimeEdit, QVBoxLayout, QWidget)

class Ui_FindRoomDialog(object):
    def setupUi(self, FindRoomDialog):
        if not FindRoomDialog.objectName():
            FindRoomDialog.setObjectName(u"FindRoomDialog")
        FindRoomDialog.resize(760, 620)
        self.mainLayout = QVBoxLayout(FindRoomDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.slotLabel = QLabel(FindRoomDialog)
        self.slotLabel.setObjectName(u"slotLabel")
        self.slotLabel.setStyleSheet(u"font-weight: bold;")
        self.slotLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.slotLabel)

        self.pages = QTabWidget(FindRoomDialog)
        self.pages.setObjectName(u"pages")
        self.roomsPage = QWidget()
        self.roomsPage.setObjectName(u"roomsPage")
        self.roomsLayout = QVBoxLayout(self.roomsPage)
        self.roomsLayout.setObjectName(u"roomsLayout")
        self.criteriaLayout = QVBoxLayout()
        self.criteriaLayout.setObjectName(u"criteriaLayout")
        self.whenLayout = QHBoxLayout()
        self.whenLayout.setObjectName(u"whenLayout")
        self.dateLabel = QLabel(self.roomsPage)
        self.dateLabel.setObjectName(u"dateLabel")

        self.whenLayout.addWidget(self.dateLabel)

        self.dateEdit = QDateEdit(self.roomsPage)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.whenLayout.addWidget(self.dateEdit)

        self.fromLabel = QLabel(self.roomsPage)
        self.fromLabel.setObjectName(u"fromLabel")

        self.whenLayout.addWidget(self.fromLabel)

        self.startEdit = QTimeEdit(self.roomsPage)
        self.startEdit.setObjectName(u"startEdit")

        self.whenLayout.addWidget(self.startEdit)

        self.toLabel = QLabel(self.roomsPage)
        self.toLabel.setObjectName(u"toLabel")

        self.whenLayout.addWidget(self.toLabel)

        self.endEdit = QTimeEdit(self.roomsPage)
        self.endEdit.setObjectName(u"endEdit")

        self.whenLayout.addWidget(self.endEdit)

        self.whenSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.whenLayout.addItem(self.whenSpacer)


        self.criteriaLayout.addLayout(self.whenLayout)

        self.needsLayout = QHBoxLayout()
        self.needsLayout.setObjectName(u"needsLayout")
        self.placesLabel = QLabel(self.roomsPage)
        self.placesLabel.setObjectName(u"placesLabel")

        self.needsLayout.addWidget(self.placesLabel)

        self.placesSpin = QSpinBox(self.roomsPage)
        self.placesSpin.setObjectName(u"placesSpin")
        self.placesSpin.setMinimum(1)
        self.placesSpin.setMaximum(500)

        self.needsLayout.addWidget(self.placesSpin)

        self.accessibleCheck = QCheckBox(self.roomsPage)
        self.accessibleCheck.setObjectName(u"accessibleCheck")

        self.needsLayout.addWidget(self.accessibleCheck)

        self.needsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.needsLayout.addItem(self.needsSpacer)


        self.criteriaLayout.addLayout(self.needsLayout)


        self.roomsLayout.addLayout(self.criteriaLayout)

        self.equipmentGroup = QGroupBox(self.roomsPage)
        self.equipmentGroup.setObjectName(u"equipmentGroup")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.equipmentGroup.sizePolicy().hasHeightForWidth())
        self.equipmentGroup.setSizePolicy(sizePolicy)
        self.equipmentLayout = QVBoxLayout(self.equipmentGroup)
        self.equipmentLayout.setObjectName(u"equipmentLayout")
        self.equipmentList = QListWidget(self.equipmentGroup)
        self.equipmentList.setObjectName(u"equipmentList")
        self.equipmentList.setMaximumSize(QSize(16777215, 110))

        self.equipmentLayout.addWidget(self.equipmentList)


        self.roomsLayout.addWidget(self.equipmentGroup)

        self.resultLabel = QLabel(self.roomsPage)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setStyleSheet(u"font-weight: bold;")

        self.roomsLayout.addWidget(self.resultLabel)

        self.roomTable = QTableView(self.roomsPage)
        self.roomTable.setObjectName(u"roomTable")

        self.roomsLayout.addWidget(self.roomTable)

        self.bookLayout = QHBoxLayout()
        self.bookLayout.setObjectName(u"bookLayout")
        self.bookHintLabel = QLabel(self.roomsPage)
        self.bookHintLabel.setObjectName(u"bookHintLabel")
        self.bookHintLabel.setStyleSheet(u"color: #666666;")
        self.bookHintLabel.setWordWrap(True)

        self.bookLayout.addWidget(self.bookHintLabel)

        self.bookButton = QPushButton(self.roomsPage)
        self.bookButton.setObjectName(u"bookButton")

        self.bookLayout.addWidget(self.bookButton)


        self.roomsLayout.addLayout(self.bookLayout)

        self.pages.addTab(self.roomsPage, "")
        self.nextFreePage = QWidget()
        self.nextFreePage.setObjectName(u"nextFreePage")
        self.nextFreeLayout = QVBoxLayout(self.nextFreePage)
        self.nextFreeLayout.setObjectName(u"nextFreeLayout")
        self.nextFreeIntro = QLabel(self.nextFreePage)
        self.nextFreeIntro.setObjectName(u"nextFreeIntro")
        self.nextFreeIntro.setStyleSheet(u"color: #666666;")
        self.nextFreeIntro.setWordWrap(True)

        self.nextFreeLayout.addWidget(self.nextFreeIntro)

        self.nextFreeForm = QFormLayout()
        self.nextFreeForm.setObjectName(u"nextFreeForm")
        self.trainerLabel = QLabel(self.nextFreePage)
        self.trainerLabel.setObjectName(u"trainerLabel")

        self.nextFreeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.trainerLabel)

        self.trainerCombo = QComboBox(self.nextFreePage)
        self.trainerCombo.setObjectName(u"trainerCombo")

        self.nextFreeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.trainerCombo)

        self.roomLabel = QLabel(self.nextFreePage)
        self.roomLabel.setObjectName(u"roomLabel")

        self.nextFreeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roomLabel)

        self.roomCombo = QComboBox(self.nextFreePage)
        self.roomCombo.setObjectName(u"roomCombo")

        self.nextFreeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roomCombo)

        self.afterLabel = QLabel(self.nextFreePage)
        self.afterLabel.setObjectName(u"afterLabel")

        self.nextFreeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.afterLabel)

        self.afterEdit = QDateEdit(self.nextFreePage)
        self.afterEdit.setObjectName(u"afterEdit")
        self.afterEdit.setCalendarPopup(True)

        self.nextFreeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.afterEdit)


        self.nextFreeLayout.addLayout(self.nextFreeForm)

        self.nextFreeButtons = QHBoxLayout()
        self.nextFreeButtons.setObjectName(u"nextFreeButtons")
        self.searchButton = QPushButton(self.nextFreePage)
        self.searchButton.setObjectName(u"searchButton")

        self.nextFreeButtons.addWidget(self.searchButton)

        self.nextFreeSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.nextFreeButtons.addItem(self.nextFreeSpacer)


        self.nextFreeLayout.addLayout(self.nextFreeButtons)

        self.nextFreeLabel = QLabel(self.nextFreePage)
        self.nextFreeLabel.setObjectName(u"nextFreeLabel")
        self.nextFreeLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold; padding: 8px;")
        self.nextFreeLabel.setWordWrap(True)

        self.nextFreeLayout.addWidget(self.nextFreeLabel)

        self.nextFreeVSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.nextFreeLayout.addItem(self.nextFreeVSpacer)

        self.pages.addTab(self.nextFreePage, "")

        self.mainLayout.addWidget(self.pages)

        self.errorLabel = QLabel(FindRoomDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #a93226; background: #fdecea; padding: 6px;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(FindRoomDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.fromLabel.setBuddy(self.startEdit)
        self.toLabel.setBuddy(self.endEdit)
        self.placesLabel.setBuddy(self.placesSpin)
        self.trainerLabel.setBuddy(self.trainerCombo)
        self.roomLabel.setBuddy(self.roomCombo)
        self.afterLabel.setBuddy(self.afterEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FindRoomDialog)

        QMetaObject.connectSlotsByName(FindRoomDialog)
    # setupUi

    def retranslateUi(self, FindRoomDialog):
        FindRoomDialog.setWindowTitle(QCoreApplication.translate("FindRoomDialog", u"Trouver une salle", None))
        self.slotLabel.setText("")
        self.dateLabel.setText(QCoreApplication.translate("FindRoomDialog", u"&Date :", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("FindRoomDialog", u"dd/MM/yyyy", None))
        self.fromLabel.setText(QCoreApplication.translate("FindRoomDialog", u"&de", None))
        self.startEdit.setDisplayFormat(QCoreApplication.translate("FindRoomDialog", u"HH:mm", None))
        self.toLabel.setText(QCoreApplication.translate("FindRoomDialog", u"&\u00e0", None))
        self.endEdit.setDisplayFormat(QCoreApplication.translate("FindRoomDialog", u"HH:mm", None))
        self.placesLabel.setText(QCoreApplication.translate("FindRoomDialog", u"&Places :", None))
        self.accessibleCheck.setText(QCoreApplication.translate("FindRoomDialog", u"A&ccessible aux personnes \u00e0 mobilit\u00e9 r\u00e9duite", None))
        self.equipmentGroup.setTitle(QCoreApplication.translate("FindRoomDialog", u"Mat\u00e9riel install\u00e9 n\u00e9cessaire", None))
        self.resultLabel.setText("")
        self.bookHintLabel.setText("")
        self.bookButton.setText(QCoreApplication.translate("FindRoomDialog", u"&R\u00e9server pour ce cr\u00e9neau", None))
        self.pages.setTabText(self.pages.indexOf(self.roomsPage), QCoreApplication.translate("FindRoomDialog", u"Salles libres", None))
        self.nextFreeIntro.setText(QCoreApplication.translate("FindRoomDialog", u"La premi\u00e8re demi-journ\u00e9e ouvr\u00e9e (matin ou apr\u00e8s-midi) o\u00f9 le formateur et la salle sont libres ensemble.", None))
        self.trainerLabel.setText(QCoreApplication.translate("FindRoomDialog", u"&Formateur :", None))
        self.roomLabel.setText(QCoreApplication.translate("FindRoomDialog", u"&Salle :", None))
        self.afterLabel.setText(QCoreApplication.translate("FindRoomDialog", u"\u00c0 &partir du :", None))
        self.afterEdit.setDisplayFormat(QCoreApplication.translate("FindRoomDialog", u"dd/MM/yyyy", None))
        self.searchButton.setText(QCoreApplication.translate("FindRoomDialog", u"&Chercher", None))
        self.nextFreeLabel.setText("")
        self.pages.setTabText(self.pages.indexOf(self.nextFreePage), QCoreApplication.translate("FindRoomDialog", u"Prochain cr\u00e9neau libre", None))
        self.errorLabel.setText("")
    # retranslateUi

