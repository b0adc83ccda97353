# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'task_reason_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_TaskReasonDialog(object):
    def setupUi(self, TaskReasonDialog):
        if not TaskReasonDialog.objectName():
            TaskReasonDialog.setObjectName(u"TaskReasonDialog")
        TaskReasonDialog.resize(540, 240)
        self.mainLayout = QVBoxLayout(TaskReasonDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.taskLabel = QLabel(TaskReasonDialog)
        self.taskLabel.setObjectName(u"taskLabel")
        self.taskLabel.setWordWrap(True)
        self.taskLabel.setStyleSheet(u"QLabel { background: #f4f6f8; border: 1px solid #d0d7de; border-radius: 4px; padding: 6px; }")

        self.mainLayout.addWidget(self.taskLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dateLabel = QLabel(TaskReasonDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateRow = QWidget(TaskReasonDialog)
        self.dateRow.setObjectName(u"dateRow")
        self.dateLayout = QHBoxLayout(self.dateRow)
        self.dateLayout.setObjectName(u"dateLayout")
        self.dateLayout.setContentsMargins(0, 0, 0, 0)
        self.dateEdit = QDateEdit(self.dateRow)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.dateLayout.addWidget(self.dateEdit)

        self.weekButton = QPushButton(self.dateRow)
        self.weekButton.setObjectName(u"weekButton")
        self.weekButton.setAutoDefault(False)

        self.dateLayout.addWidget(self.weekButton)

        self.monthButton = QPushButton(self.dateRow)
        self.monthButton.setObjectName(u"monthButton")
        self.monthButton.setAutoDefault(False)

        self.dateLayout.addWidget(self.monthButton)

        self.dateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateLayout.addItem(self.dateSpacer)


        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateRow)

        self.reasonLabel = QLabel(TaskReasonDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(TaskReasonDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.hintLabel = QLabel(TaskReasonDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #5f6b76;")

        self.mainLayout.addWidget(self.hintLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.errorLabel = QLabel(TaskReasonDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c0392b;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(TaskReasonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.reasonEdit)

        self.retranslateUi(TaskReasonDialog)

        QMetaObject.connectSlotsByName(TaskReasonDialog)
    # setupUi

    def retranslateUi(self, TaskReasonDialog):
        TaskReasonDialog.setWindowTitle(QCoreApplication.translate("TaskReasonDialog", u"Reporter la t\u00e2che", None))
        self.dateLabel.setText(QCoreApplication.translate("TaskReasonDialog", u"&Revenir le :", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("TaskReasonDialog", u"dd/MM/yyyy", None))
        self.weekButton.setText(QCoreApplication.translate("TaskReasonDialog", u"+1 semaine", None))
        self.monthButton.setText(QCoreApplication.translate("TaskReasonDialog", u"+1 mois", None))
        self.reasonLabel.setText(QCoreApplication.translate("TaskReasonDialog", u"&Pourquoi :", None))
    # retranslateUi

