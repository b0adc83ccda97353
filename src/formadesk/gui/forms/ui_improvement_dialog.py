# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'improvement_dialog.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ImprovementDialog(object):
    def setupUi(self, ImprovementDialog):
        if not ImprovementDialog.objectName():
            ImprovementDialog.setObjectName(u"ImprovementDialog")
        ImprovementDialog.resize(640, 600)
        self.mainLayout = QVBoxLayout(ImprovementDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.titleLabel = QLabel(ImprovementDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(ImprovementDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.originLabel = QLabel(ImprovementDialog)
        self.originLabel.setObjectName(u"originLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.originLabel)

        self.originCombo = QComboBox(ImprovementDialog)
        self.originCombo.setObjectName(u"originCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.originCombo)

        self.complaintLabel = QLabel(ImprovementDialog)
        self.complaintLabel.setObjectName(u"complaintLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.complaintLabel)

        self.complaintCombo = QComboBox(ImprovementDialog)
        self.complaintCombo.setObjectName(u"complaintCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.complaintCombo)

        self.incidentLabel = QLabel(ImprovementDialog)
        self.incidentLabel.setObjectName(u"incidentLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.incidentLabel)

        self.incidentCombo = QComboBox(ImprovementDialog)
        self.incidentCombo.setObjectName(u"incidentCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.incidentCombo)

        self.sessionLabel = QLabel(ImprovementDialog)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sessionLabel)

        self.sessionCombo = QComboBox(ImprovementDialog)
        self.sessionCombo.setObjectName(u"sessionCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sessionCombo)

        self.descriptionLabel = QLabel(ImprovementDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(ImprovementDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMinimumSize(QSize(0, 60))

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.ownerLabel = QLabel(ImprovementDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerEdit = QLineEdit(ImprovementDialog)
        self.ownerEdit.setObjectName(u"ownerEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.ownerEdit)

        self.openedLabel = QLabel(ImprovementDialog)
        self.openedLabel.setObjectName(u"openedLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.openedLabel)

        self.datesLayout = QHBoxLayout()
        self.datesLayout.setObjectName(u"datesLayout")
        self.openedEdit = QDateEdit(ImprovementDialog)
        self.openedEdit.setObjectName(u"openedEdit")
        self.openedEdit.setCalendarPopup(True)

        self.datesLayout.addWidget(self.openedEdit)

        self.dueCheck = QCheckBox(ImprovementDialog)
        self.dueCheck.setObjectName(u"dueCheck")

        self.datesLayout.addWidget(self.dueCheck)

        self.dueEdit = QDateEdit(ImprovementDialog)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)

        self.datesLayout.addWidget(self.dueEdit)

        self.datesLayoutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.datesLayout.addItem(self.datesLayoutSpacer)


        self.formLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.datesLayout)

        self.statusLabel = QLabel(ImprovementDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusLayout = QHBoxLayout()
        self.statusLayout.setObjectName(u"statusLayout")
        self.statusCombo = QComboBox(ImprovementDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.statusLayout.addWidget(self.statusCombo)

        self.doneCheck = QCheckBox(ImprovementDialog)
        self.doneCheck.setObjectName(u"doneCheck")

        self.statusLayout.addWidget(self.doneCheck)

        self.doneEdit = QDateEdit(ImprovementDialog)
        self.doneEdit.setObjectName(u"doneEdit")
        self.doneEdit.setCalendarPopup(True)

        self.statusLayout.addWidget(self.doneEdit)

        self.statusLayoutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusLayout.addItem(self.statusLayoutSpacer)


        self.formLayout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.statusLayout)

        self.effectLabel = QLabel(ImprovementDialog)
        self.effectLabel.setObjectName(u"effectLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.effectLabel)

        self.effectEdit = QPlainTextEdit(ImprovementDialog)
        self.effectEdit.setObjectName(u"effectEdit")
        self.effectEdit.setTabChangesFocus(True)
        self.effectEdit.setMinimumSize(QSize(0, 60))

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.effectEdit)

        self.taskLabel = QLabel(ImprovementDialog)
        self.taskLabel.setObjectName(u"taskLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.taskLabel)

        self.taskList = QListWidget(ImprovementDialog)
        self.taskList.setObjectName(u"taskList")
        self.taskList.setMaximumSize(QSize(16777215, 44))

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.taskList)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ImprovementDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c0392b;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ImprovementDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.originLabel.setBuddy(self.originCombo)
        self.complaintLabel.setBuddy(self.complaintCombo)
        self.incidentLabel.setBuddy(self.incidentCombo)
        self.sessionLabel.setBuddy(self.sessionCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.ownerLabel.setBuddy(self.ownerEdit)
        self.openedLabel.setBuddy(self.openedEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.effectLabel.setBuddy(self.effectEdit)
        self.taskLabel.setBuddy(self.taskList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImprovementDialog)

        QMetaObject.connectSlotsByName(ImprovementDialog)
    # setupUi

    def retranslateUi(self, ImprovementDialog):
        ImprovementDialog.setWindowTitle(QCoreApplication.translate("ImprovementDialog", u"Action d'am\u00e9lioration", None))
        self.titleLabel.setText(QCoreApplication.translate("ImprovementDialog", u"&Action :", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("ImprovementDialog", u"Ce qui sera fait, en une phrase", None))
        self.originLabel.setText(QCoreApplication.translate("ImprovementDialog", u"&Origine :", None))
        self.complaintLabel.setText(QCoreApplication.translate("ImprovementDialog", u"&R\u00e9clamation :", None))
        self.incidentLabel.setText(QCoreApplication.translate("ImprovementDialog", u"A&l\u00e9a :", None))
        self.sessionLabel.setText(QCoreApplication.translate("ImprovementDialog", u"&Session :", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ImprovementDialog", u"&Constat :", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("ImprovementDialog", u"Ce qui a \u00e9t\u00e9 constat\u00e9, pourquoi agir", None))
        self.ownerLabel.setText(QCoreApplication.translate("ImprovementDialog", u"&Responsable :", None))
        self.ownerEdit.setPlaceholderText(QCoreApplication.translate("ImprovementDialog", u"Qui porte l'action", None))
        self.openedLabel.setText(QCoreApplication.translate("ImprovementDialog", u"Ou&verte le :", None))
        self.openedEdit.setDisplayFormat(QCoreApplication.translate("ImprovementDialog", u"dd/MM/yyyy", None))
        self.dueCheck.setText(QCoreApplication.translate("ImprovementDialog", u"\u00e9ch\u00e9ance le", None))
        self.dueEdit.setDisplayFormat(QCoreApplication.translate("ImprovementDialog", u"dd/MM/yyyy", None))
        self.statusLabel.setText(QCoreApplication.translate("ImprovementDialog", u"S&tatut :", None))
        self.doneCheck.setText(QCoreApplication.translate("ImprovementDialog", u"r\u00e9alis\u00e9e / abandonn\u00e9e le", None))
        self.doneEdit.setDisplayFormat(QCoreApplication.translate("ImprovementDialog", u"dd/MM/yyyy", None))
        self.effectLabel.setText(QCoreApplication.translate("ImprovementDialog", u"&Effet observ\u00e9 :", None))
        self.effectEdit.setPlaceholderText(QCoreApplication.translate("ImprovementDialog", u"Ce qui a chang\u00e9 ensuite (mesur\u00e9, constat\u00e9)", None))
        self.taskLabel.setText(QCoreApplication.translate("ImprovementDialog", u"T\u00e2che :", None))
    # retranslateUi

