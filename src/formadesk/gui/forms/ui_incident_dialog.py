# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'incident_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_IncidentDialog(object):
    def setupUi(self, IncidentDialog):
        if not IncidentDialog.objectName():
            IncidentDialog.setObjectName(u"IncidentDialog")
        IncidentDialog.resize(860, 640)
        self.mainLayout = QVBoxLayout(IncidentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.kindLabel = QLabel(IncidentDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(IncidentDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.resourceLabel = QLabel(IncidentDialog)
        self.resourceLabel.setObjectName(u"resourceLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.resourceLabel)

        self.resourceCombo = QComboBox(IncidentDialog)
        self.resourceCombo.setObjectName(u"resourceCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.resourceCombo)

        self.periodLabel = QLabel(IncidentDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.startEdit = QDateTimeEdit(IncidentDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)

        self.periodLayout.addWidget(self.startEdit)

        self.untilLabel = QLabel(IncidentDialog)
        self.untilLabel.setObjectName(u"untilLabel")

        self.periodLayout.addWidget(self.untilLabel)

        self.endEdit = QDateTimeEdit(IncidentDialog)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setCalendarPopup(True)

        self.periodLayout.addWidget(self.endEdit)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.periodLayout)

        self.descriptionLabel = QLabel(IncidentDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QLineEdit(IncidentDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.actionsLabel = QLabel(IncidentDialog)
        self.actionsLabel.setObjectName(u"actionsLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.actionsLabel)

        self.actionsEdit = QPlainTextEdit(IncidentDialog)
        self.actionsEdit.setObjectName(u"actionsEdit")
        self.actionsEdit.setMaximumSize(QSize(16777215, 70))

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.actionsEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.affectedGroup = QGroupBox(IncidentDialog)
        self.affectedGroup.setObjectName(u"affectedGroup")
        self.affectedLayout = QVBoxLayout(self.affectedGroup)
        self.affectedLayout.setObjectName(u"affectedLayout")
        self.affectedLabel = QLabel(self.affectedGroup)
        self.affectedLabel.setObjectName(u"affectedLabel")
        self.affectedLabel.setWordWrap(True)

        self.affectedLayout.addWidget(self.affectedLabel)

        self.affectedSplitter = QSplitter(self.affectedGroup)
        self.affectedSplitter.setObjectName(u"affectedSplitter")
        self.affectedSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.affectedSplitter.setChildrenCollapsible(False)
        self.affectedTable = QTableView(self.affectedSplitter)
        self.affectedTable.setObjectName(u"affectedTable")
        self.affectedSplitter.addWidget(self.affectedTable)
        self.replacementPanel = QWidget(self.affectedSplitter)
        self.replacementPanel.setObjectName(u"replacementPanel")
        self.replacementLayout = QVBoxLayout(self.replacementPanel)
        self.replacementLayout.setObjectName(u"replacementLayout")
        self.replacementLayout.setContentsMargins(0, 0, 0, 0)
        self.replacementLabel = QLabel(self.replacementPanel)
        self.replacementLabel.setObjectName(u"replacementLabel")
        self.replacementLabel.setWordWrap(True)

        self.replacementLayout.addWidget(self.replacementLabel)

        self.replacementList = QListWidget(self.replacementPanel)
        self.replacementList.setObjectName(u"replacementList")

        self.replacementLayout.addWidget(self.replacementList)

        self.replaceButton = QPushButton(self.replacementPanel)
        self.replaceButton.setObjectName(u"replaceButton")

        self.replacementLayout.addWidget(self.replaceButton)

        self.affectedSplitter.addWidget(self.replacementPanel)

        self.affectedLayout.addWidget(self.affectedSplitter)

        self.messageLabel = QLabel(self.affectedGroup)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.affectedLayout.addWidget(self.messageLabel)


        self.mainLayout.addWidget(self.affectedGroup)

        self.errorLabel = QLabel(IncidentDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c0392b;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(IncidentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.resourceLabel.setBuddy(self.resourceCombo)
        self.periodLabel.setBuddy(self.startEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.actionsLabel.setBuddy(self.actionsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.resourceCombo)
        QWidget.setTabOrder(self.resourceCombo, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.actionsEdit)
        QWidget.setTabOrder(self.actionsEdit, self.affectedTable)
        QWidget.setTabOrder(self.affectedTable, self.replacementList)
        QWidget.setTabOrder(self.replacementList, self.replaceButton)

        self.retranslateUi(IncidentDialog)

        QMetaObject.connectSlotsByName(IncidentDialog)
    # setupUi

    def retranslateUi(self, IncidentDialog):
        IncidentDialog.setWindowTitle(QCoreApplication.translate("IncidentDialog", u"D\u00e9clarer un al\u00e9a", None))
        self.kindLabel.setText(QCoreApplication.translate("IncidentDialog", u"&Type d'al\u00e9a :", None))
        self.resourceLabel.setText(QCoreApplication.translate("IncidentDialog", u"&Ressource :", None))
        self.periodLabel.setText(QCoreApplication.translate("IncidentDialog", u"&P\u00e9riode : du", None))
        self.startEdit.setDisplayFormat(QCoreApplication.translate("IncidentDialog", u"ddd dd/MM/yyyy HH:mm", None))
        self.untilLabel.setText(QCoreApplication.translate("IncidentDialog", u"au", None))
        self.endEdit.setDisplayFormat(QCoreApplication.translate("IncidentDialog", u"ddd dd/MM/yyyy HH:mm", None))
        self.descriptionLabel.setText(QCoreApplication.translate("IncidentDialog", u"&Description :", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"ex. d\u00e9g\u00e2t des eaux, vid\u00e9oprojecteur en panne, formatrice malade", None))
        self.actionsLabel.setText(QCoreApplication.translate("IncidentDialog", u"&Actions :", None))
        self.actionsEdit.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"ex. appeler le propri\u00e9taire, r\u00e9server une autre salle, pr\u00e9venir les apprenants", None))
        self.affectedGroup.setTitle(QCoreApplication.translate("IncidentDialog", u"Cr\u00e9neaux touch\u00e9s", None))
        self.replacementLabel.setText(QCoreApplication.translate("IncidentDialog", u"Remplacements possibles :", None))
        self.replaceButton.setText(QCoreApplication.translate("IncidentDialog", u"Rem&placer sur ce cr\u00e9neau", None))
    # retranslateUi

