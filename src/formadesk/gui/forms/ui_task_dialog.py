# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'task_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from formadesk.gui.dialogs.task_who import TaskWhoField

class Ui_TaskDialog(object):
    def setupUi(self, TaskDialog):
        if not TaskDialog.objectName():
            TaskDialog.setObjectName(u"TaskDialog")
        TaskDialog.resize(580, 420)
        self.mainLayout = QVBoxLayout(TaskDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.titleLabel = QLabel(TaskDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(TaskDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.dueLabel = QLabel(TaskDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueLayout = QHBoxLayout()
        self.dueLayout.setObjectName(u"dueLayout")
        self.dueEdit = QDateEdit(TaskDialog)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)

        self.dueLayout.addWidget(self.dueEdit)

        self.priorityLabel = QLabel(TaskDialog)
        self.priorityLabel.setObjectName(u"priorityLabel")

        self.dueLayout.addWidget(self.priorityLabel)

        self.priorityCombo = QComboBox(TaskDialog)
        self.priorityCombo.setObjectName(u"priorityCombo")

        self.dueLayout.addWidget(self.priorityCombo)

        self.dueSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dueLayout.addItem(self.dueSpacer)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.dueLayout)

        self.sessionLabel = QLabel(TaskDialog)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sessionLabel)

        self.sessionCombo = QComboBox(TaskDialog)
        self.sessionCombo.setObjectName(u"sessionCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sessionCombo)

        self.whoLabel = QLabel(TaskDialog)
        self.whoLabel.setObjectName(u"whoLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.whoLabel)

        self.whoLayout = QHBoxLayout()
        self.whoLayout.setObjectName(u"whoLayout")
        self.whoEdit = TaskWhoField(TaskDialog)
        self.whoEdit.setObjectName(u"whoEdit")

        self.whoLayout.addWidget(self.whoEdit)

        self.whoKindLabel = QLabel(TaskDialog)
        self.whoKindLabel.setObjectName(u"whoKindLabel")
        self.whoKindLabel.setStyleSheet(u"color: #666;")

        self.whoLayout.addWidget(self.whoKindLabel)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.whoLayout)

        self.notesLabel = QLabel(TaskDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(TaskDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(TaskDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c0392b;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(TaskDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.dueLabel.setBuddy(self.dueEdit)
        self.priorityLabel.setBuddy(self.priorityCombo)
        self.sessionLabel.setBuddy(self.sessionCombo)
        self.whoLabel.setBuddy(self.whoEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.dueEdit)
        QWidget.setTabOrder(self.dueEdit, self.priorityCombo)
        QWidget.setTabOrder(self.priorityCombo, self.sessionCombo)
        QWidget.setTabOrder(self.sessionCombo, self.whoEdit)
        QWidget.setTabOrder(self.whoEdit, self.notesEdit)

        self.retranslateUi(TaskDialog)

        QMetaObject.connectSlotsByName(TaskDialog)
    # setupUi

    def retranslateUi(self, TaskDialog):
        TaskDialog.setWindowTitle(QCoreApplication.translate("TaskDialog", u"Nouvelle t\u00e2che", None))
        self.titleLabel.setText(QCoreApplication.translate("TaskDialog", u"\u00c0 &faire :", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("TaskDialog", u"ex. Rappeler Mme Martin pour le devis de mars", None))
        self.dueLabel.setText(QCoreApplication.translate("TaskDialog", u"\u00c9c&h\u00e9ance :", None))
        self.dueEdit.setDisplayFormat(QCoreApplication.translate("TaskDialog", u"dd/MM/yyyy", None))
        self.priorityLabel.setText(QCoreApplication.translate("TaskDialog", u"&Priorit\u00e9 :", None))
        self.sessionLabel.setText(QCoreApplication.translate("TaskDialog", u"&Session :", None))
#if QT_CONFIG(tooltip)
        self.sessionCombo.setToolTip(QCoreApplication.translate("TaskDialog", u"Tapez une partie du code ou de l'intitul\u00e9 pour trouver la session", None))
#endif // QT_CONFIG(tooltip)
        self.whoLabel.setText(QCoreApplication.translate("TaskDialog", u"&Concerne :", None))
        self.notesLabel.setText(QCoreApplication.translate("TaskDialog", u"&Notes :", None))
    # retranslateUi

