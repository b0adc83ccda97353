# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'todo_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_TodoTab(object):
    def setupUi(self, TodoTab):
        if not TodoTab.objectName():
            TodoTab.setObjectName(u"TodoTab")
        TodoTab.resize(1100, 640)
        self.mainLayout = QVBoxLayout(TodoTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.sessionLabel = QLabel(TodoTab)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.filterLayout.addWidget(self.sessionLabel)

        self.sessionCombo = QComboBox(TodoTab)
        self.sessionCombo.setObjectName(u"sessionCombo")
        self.sessionCombo.setMinimumSize(QSize(300, 0))

        self.filterLayout.addWidget(self.sessionCombo)

        self.kindLabel = QLabel(TodoTab)
        self.kindLabel.setObjectName(u"kindLabel")

        self.filterLayout.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(TodoTab)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setMinimumSize(QSize(260, 0))

        self.filterLayout.addWidget(self.kindCombo)

        self.closedCheck = QCheckBox(TodoTab)
        self.closedCheck.setObjectName(u"closedCheck")

        self.filterLayout.addWidget(self.closedCheck)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.summaryLabel = QLabel(TodoTab)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)

        self.filterLayout.addWidget(self.summaryLabel)


        self.mainLayout.addLayout(self.filterLayout)

        self.taskTree = QTreeWidget(TodoTab)
        self.taskTree.setObjectName(u"taskTree")
        self.taskTree.setAlternatingRowColors(True)
        self.taskTree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.taskTree.setUniformRowHeights(True)
        self.taskTree.setExpandsOnDoubleClick(False)
        self.taskTree.setAllColumnsShowFocus(True)

        self.mainLayout.addWidget(self.taskTree)

        self.detailLabel = QLabel(TodoTab)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detailLabel.setStyleSheet(u"QLabel { color: #444; padding: 4px 2px; }")

        self.mainLayout.addWidget(self.detailLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.fixButton = QPushButton(TodoTab)
        self.fixButton.setObjectName(u"fixButton")

        self.buttonLayout.addWidget(self.fixButton)

        self.doneButton = QPushButton(TodoTab)
        self.doneButton.setObjectName(u"doneButton")

        self.buttonLayout.addWidget(self.doneButton)

        self.postponeButton = QPushButton(TodoTab)
        self.postponeButton.setObjectName(u"postponeButton")

        self.buttonLayout.addWidget(self.postponeButton)

        self.dismissButton = QPushButton(TodoTab)
        self.dismissButton.setObjectName(u"dismissButton")

        self.buttonLayout.addWidget(self.dismissButton)

        self.reopenButton = QPushButton(TodoTab)
        self.reopenButton.setObjectName(u"reopenButton")

        self.buttonLayout.addWidget(self.reopenButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.newButton = QPushButton(TodoTab)
        self.newButton.setObjectName(u"newButton")

        self.buttonLayout.addWidget(self.newButton)

        self.editButton = QPushButton(TodoTab)
        self.editButton.setObjectName(u"editButton")

        self.buttonLayout.addWidget(self.editButton)

        self.deleteButton = QPushButton(TodoTab)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonLayout.addWidget(self.deleteButton)

        self.rulesButton = QPushButton(TodoTab)
        self.rulesButton.setObjectName(u"rulesButton")

        self.buttonLayout.addWidget(self.rulesButton)


        self.mainLayout.addLayout(self.buttonLayout)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.sessionLabel.setBuddy(self.sessionCombo)
        self.kindLabel.setBuddy(self.kindCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.taskTree, self.fixButton)
        QWidget.setTabOrder(self.fixButton, self.doneButton)
        QWidget.setTabOrder(self.doneButton, self.postponeButton)
        QWidget.setTabOrder(self.postponeButton, self.dismissButton)
        QWidget.setTabOrder(self.dismissButton, self.reopenButton)
        QWidget.setTabOrder(self.reopenButton, self.newButton)
        QWidget.setTabOrder(self.newButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.rulesButton)
        QWidget.setTabOrder(self.rulesButton, self.sessionCombo)
        QWidget.setTabOrder(self.sessionCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.closedCheck)

        self.retranslateUi(TodoTab)

        QMetaObject.connectSlotsByName(TodoTab)
    # setupUi

    def retranslateUi(self, TodoTab):
        self.sessionLabel.setText(QCoreApplication.translate("TodoTab", u"S&ession :", None))
#if QT_CONFIG(tooltip)
        self.sessionCombo.setToolTip(QCoreApplication.translate("TodoTab", u"Tapez une partie du code ou de l'intitul\u00e9 pour trouver la session", None))
#endif // QT_CONFIG(tooltip)
        self.kindLabel.setText(QCoreApplication.translate("TodoTab", u"&Type :", None))
        self.closedCheck.setText(QCoreApplication.translate("TodoTab", u"Affic&her les t\u00e2ches faites ou \u00e9cart\u00e9es", None))
        ___qtreewidgetitem = self.taskTree.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("TodoTab", u"Type", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("TodoTab", u"Concerne", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("TodoTab", u"\u00c0 faire", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("TodoTab", u"Session", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("TodoTab", u"\u00c9ch\u00e9ance", None))
        self.fixButton.setText(QCoreApplication.translate("TodoTab", u"Corriger", None))
        self.doneButton.setText(QCoreApplication.translate("TodoTab", u"Fa&it", None))
        self.postponeButton.setText(QCoreApplication.translate("TodoTab", u"&Reporter\u2026", None))
        self.dismissButton.setText(QCoreApplication.translate("TodoTab", u"\u00c9&carter\u2026", None))
        self.reopenButton.setText(QCoreApplication.translate("TodoTab", u"R&ouvrir", None))
        self.newButton.setText(QCoreApplication.translate("TodoTab", u"&Nouvelle t\u00e2che\u2026", None))
        self.editButton.setText(QCoreApplication.translate("TodoTab", u"&Modifier\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("TodoTab", u"Supprimer", None))
        self.rulesButton.setText(QCoreApplication.translate("TodoTab", u"R\u00e8&gles\u2026", None))
#if QT_CONFIG(tooltip)
        self.rulesButton.setToolTip(QCoreApplication.translate("TodoTab", u"Choisir les t\u00e2ches que Formadesk propose de lui-m\u00eame", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

