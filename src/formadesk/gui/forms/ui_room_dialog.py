# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'room_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QTableWidgetItem,
    QTimeEdit, QVBoxLayout, QWidget)

from formadesk.gui.widgets.checklists import QuantityTable
from formadesk.gui.widgets.periods import PeriodsEditor

class Ui_RoomDialog(object):
    def setupUi(self, RoomDialog):
        if not RoomDialog.objectName():
            RoomDialog.setObjectName(u"RoomDialog")
        RoomDialog.resize(640, 500)
        self.mainLayout = QVBoxLayout(RoomDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(RoomDialog)
        self.tabs.setObjectName(u"tabs")
        self.generalPage = QWidget()
        self.generalPage.setObjectName(u"generalPage")
        self.generalLayout = QFormLayout(self.generalPage)
        self.generalLayout.setObjectName(u"generalLayout")
        self.generalLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(self.generalPage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.generalLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.generalPage)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.generalLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.siteLabel = QLabel(self.generalPage)
        self.siteLabel.setObjectName(u"siteLabel")

        self.generalLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.siteLabel)

        self.siteEdit = QLineEdit(self.generalPage)
        self.siteEdit.setObjectName(u"siteEdit")
        self.siteEdit.setMaxLength(200)

        self.generalLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.siteEdit)

        self.addressLabel = QLabel(self.generalPage)
        self.addressLabel.setObjectName(u"addressLabel")

        self.generalLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.generalPage)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(300)

        self.generalLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.capacityLabel = QLabel(self.generalPage)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.generalLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacitySpin = QSpinBox(self.generalPage)
        self.capacitySpin.setObjectName(u"capacitySpin")
        self.capacitySpin.setMaximum(999)
        self.capacitySpin.setValue(12)

        self.generalLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.capacitySpin)

        self.accessibleCheck = QCheckBox(self.generalPage)
        self.accessibleCheck.setObjectName(u"accessibleCheck")
        self.accessibleCheck.setChecked(True)

        self.generalLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.accessibleCheck)

        self.hoursCheck = QCheckBox(self.generalPage)
        self.hoursCheck.setObjectName(u"hoursCheck")

        self.generalLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.hoursCheck)

        self.hoursLayout = QHBoxLayout()
        self.hoursLayout.setObjectName(u"hoursLayout")
        self.opensLabel = QLabel(self.generalPage)
        self.opensLabel.setObjectName(u"opensLabel")

        self.hoursLayout.addWidget(self.opensLabel)

        self.opensEdit = QTimeEdit(self.generalPage)
        self.opensEdit.setObjectName(u"opensEdit")
        self.opensEdit.setTime(QTime(8, 0, 0))

        self.hoursLayout.addWidget(self.opensEdit)

        self.closesLabel = QLabel(self.generalPage)
        self.closesLabel.setObjectName(u"closesLabel")

        self.hoursLayout.addWidget(self.closesLabel)

        self.closesEdit = QTimeEdit(self.generalPage)
        self.closesEdit.setObjectName(u"closesEdit")
        self.closesEdit.setTime(QTime(18, 0, 0))

        self.hoursLayout.addWidget(self.closesEdit)

        self.hoursSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hoursLayout.addItem(self.hoursSpacer)


        self.generalLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.hoursLayout)

        self.notesLabel = QLabel(self.generalPage)
        self.notesLabel.setObjectName(u"notesLabel")

        self.generalLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.generalPage)
        self.notesEdit.setObjectName(u"notesEdit")

        self.generalLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.activeCheck = QCheckBox(self.generalPage)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.generalLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.activeCheck)

        self.tabs.addTab(self.generalPage, "")
        self.equipmentPage = QWidget()
        self.equipmentPage.setObjectName(u"equipmentPage")
        self.equipmentLayout = QVBoxLayout(self.equipmentPage)
        self.equipmentLayout.setObjectName(u"equipmentLayout")
        self.equipmentHint = QLabel(self.equipmentPage)
        self.equipmentHint.setObjectName(u"equipmentHint")
        self.equipmentHint.setWordWrap(True)

        self.equipmentLayout.addWidget(self.equipmentHint)

        self.equipmentTable = QuantityTable(self.equipmentPage)
        self.equipmentTable.setObjectName(u"equipmentTable")

        self.equipmentLayout.addWidget(self.equipmentTable)

        self.tabs.addTab(self.equipmentPage, "")
        self.periodsPage = QWidget()
        self.periodsPage.setObjectName(u"periodsPage")
        self.periodsLayout = QVBoxLayout(self.periodsPage)
        self.periodsLayout.setObjectName(u"periodsLayout")
        self.periodsHint = QLabel(self.periodsPage)
        self.periodsHint.setObjectName(u"periodsHint")
        self.periodsHint.setWordWrap(True)

        self.periodsLayout.addWidget(self.periodsHint)

        self.periodsEditor = PeriodsEditor(self.periodsPage)
        self.periodsEditor.setObjectName(u"periodsEditor")

        self.periodsLayout.addWidget(self.periodsEditor)

        self.tabs.addTab(self.periodsPage, "")

        self.mainLayout.addWidget(self.tabs)

        self.errorLabel = QLabel(RoomDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c0392b;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(RoomDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.siteLabel.setBuddy(self.siteEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.capacityLabel.setBuddy(self.capacitySpin)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.siteEdit)
        QWidget.setTabOrder(self.siteEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.capacitySpin)
        QWidget.setTabOrder(self.capacitySpin, self.accessibleCheck)
        QWidget.setTabOrder(self.accessibleCheck, self.hoursCheck)
        QWidget.setTabOrder(self.hoursCheck, self.opensEdit)
        QWidget.setTabOrder(self.opensEdit, self.closesEdit)
        QWidget.setTabOrder(self.closesEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.activeCheck)

        self.retranslateUi(RoomDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(RoomDialog)
    # setupUi

    def retranslateUi(self, RoomDialog):
        RoomDialog.setWindowTitle(QCoreApplication.translate("RoomDialog", u"Salle", None))
        self.nameLabel.setText(QCoreApplication.translate("RoomDialog", u"&Nom :", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("RoomDialog", u"ex. Salle Rh\u00f4ne", None))
        self.siteLabel.setText(QCoreApplication.translate("RoomDialog", u"&Site :", None))
        self.siteEdit.setPlaceholderText(QCoreApplication.translate("RoomDialog", u"ex. Lyon Part-Dieu", None))
        self.addressLabel.setText(QCoreApplication.translate("RoomDialog", u"&Adresse :", None))
        self.capacityLabel.setText(QCoreApplication.translate("RoomDialog", u"&Capacit\u00e9 :", None))
        self.capacitySpin.setSuffix(QCoreApplication.translate("RoomDialog", u" places", None))
        self.accessibleCheck.setText(QCoreApplication.translate("RoomDialog", u"Accessible aux personnes \u00e0 mobilit\u00e9 &r\u00e9duite (PMR)", None))
        self.hoursCheck.setText(QCoreApplication.translate("RoomDialog", u"&Horaires d'ouverture :", None))
        self.opensLabel.setText(QCoreApplication.translate("RoomDialog", u"de", None))
        self.opensEdit.setDisplayFormat(QCoreApplication.translate("RoomDialog", u"HH:mm", None))
        self.closesLabel.setText(QCoreApplication.translate("RoomDialog", u"\u00e0", None))
        self.closesEdit.setDisplayFormat(QCoreApplication.translate("RoomDialog", u"HH:mm", None))
        self.notesLabel.setText(QCoreApplication.translate("RoomDialog", u"N&otes :", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("RoomDialog", u"ex. code de la porte, cl\u00e9 \u00e0 l'accueil", None))
        self.activeCheck.setText(QCoreApplication.translate("RoomDialog", u"Salle acti&ve (propos\u00e9e au planning)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalPage), QCoreApplication.translate("RoomDialog", u"G\u00e9n\u00e9ral", None))
        self.equipmentHint.setText(QCoreApplication.translate("RoomDialog", u"Cochez le mat\u00e9riel install\u00e9 \u00e0 demeure dans la salle et indiquez combien.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.equipmentPage), QCoreApplication.translate("RoomDialog", u"Mat\u00e9riel install\u00e9", None))
        self.periodsHint.setText(QCoreApplication.translate("RoomDialog", u"P\u00e9riodes o\u00f9 la salle ne peut pas \u00eatre r\u00e9serv\u00e9e (travaux, maintenance\u2026).", None))
        self.tabs.setTabText(self.tabs.indexOf(self.periodsPage), QCoreApplication.translate("RoomDialog", u"Indisponibilit\u00e9s", None))
    # retranslateUi

