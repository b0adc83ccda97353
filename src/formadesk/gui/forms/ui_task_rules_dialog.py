# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'task_rules_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHeaderView,
    QLabel, QSizePolicy, QSpinBox, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_TaskRulesDialog(object):
    def setupUi(self, TaskRulesDialog):
        if not TaskRulesDialog.objectName():
            TaskRulesDialog.setObjectName(u"TaskRulesDialog")
        TaskRulesDialog.resize(900, 640)
        self.mainLayout = QVBoxLayout(TaskRulesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(TaskRulesDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.rulesTable = QTableWidget(TaskRulesDialog)
        if (self.rulesTable.columnCount() < 3):
            self.rulesTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.rulesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.rulesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.rulesTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.rulesTable.setObjectName(u"rulesTable")
        self.rulesTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.rulesTable.setWordWrap(True)
        self.rulesTable.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.rulesTable)

        self.timingGroup = QGroupBox(TaskRulesDialog)
        self.timingGroup.setObjectName(u"timingGroup")
        self.timingLayout = QFormLayout(self.timingGroup)
        self.timingLayout.setObjectName(u"timingLayout")
        self.leadLabel = QLabel(self.timingGroup)
        self.leadLabel.setObjectName(u"leadLabel")

        self.timingLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.leadLabel)

        self.leadSpin = QSpinBox(self.timingGroup)
        self.leadSpin.setObjectName(u"leadSpin")
        self.leadSpin.setMaximum(999)

        self.timingLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.leadSpin)

        self.lookbackLabel = QLabel(self.timingGroup)
        self.lookbackLabel.setObjectName(u"lookbackLabel")

        self.timingLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lookbackLabel)

        self.lookbackSpin = QSpinBox(self.timingGroup)
        self.lookbackSpin.setObjectName(u"lookbackSpin")
        self.lookbackSpin.setMaximum(9999)

        self.timingLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lookbackSpin)


        self.mainLayout.addWidget(self.timingGroup)

        self.errorLabel = QLabel(TaskRulesDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c0392b;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(TaskRulesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.leadLabel.setBuddy(self.leadSpin)
        self.lookbackLabel.setBuddy(self.lookbackSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TaskRulesDialog)

        QMetaObject.connectSlotsByName(TaskRulesDialog)
    # setupUi

    def retranslateUi(self, TaskRulesDialog):
        TaskRulesDialog.setWindowTitle(QCoreApplication.translate("TaskRulesDialog", u"T\u00e2ches automatiques", None))
        self.introLabel.setText(QCoreApplication.translate("TaskRulesDialog", u"Formadesk regarde les donn\u00e9es et propose ces t\u00e2ches de lui-m\u00eame ; chacune dispara\u00eet d\u00e8s que la cause est corrig\u00e9e. D\u00e9cochez celles dont vous ne voulez pas.", None))
        ___qtablewidgetitem = self.rulesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("TaskRulesDialog", u"T\u00e2che", None))
        ___qtablewidgetitem1 = self.rulesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("TaskRulesDialog", u"R\u00e9glage", None))
        ___qtablewidgetitem2 = self.rulesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("TaskRulesDialog", u"Quand elle appara\u00eet", None))
        self.timingGroup.setTitle(QCoreApplication.translate("TaskRulesDialog", u"Pour toutes les t\u00e2ches", None))
        self.leadLabel.setText(QCoreApplication.translate("TaskRulesDialog", u"&Montrer une t\u00e2che :", None))
        self.leadSpin.setSuffix(QCoreApplication.translate("TaskRulesDialog", u" jours avant son \u00e9ch\u00e9ance", None))
        self.lookbackLabel.setText(QCoreApplication.translate("TaskRulesDialog", u"&Suivre les sessions termin\u00e9es :", None))
        self.lookbackSpin.setSuffix(QCoreApplication.translate("TaskRulesDialog", u" jours apr\u00e8s leur fin", None))
    # retranslateUi

