# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checklist_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ChecklistPanel(object):
    def setupUi(self, ChecklistPanel):
        if not ChecklistPanel.objectName():
            ChecklistPanel.setObjectName(u"ChecklistPanel")
        ChecklistPanel.resize(380, 420)
        ChecklistPanel.setMinimumSize(QSize(280, 0))
        self.panelLayout = QVBoxLayout(ChecklistPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.checklistGroup = QGroupBox(ChecklistPanel)
        self.checklistGroup.setObjectName(u"checklistGroup")
        self.checklistLayout = QVBoxLayout(self.checklistGroup)
        self.checklistLayout.setObjectName(u"checklistLayout")
        self.progressBar = QProgressBar(self.checklistGroup)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)
        self.progressBar.setFormat(u"%v/%m")

        self.checklistLayout.addWidget(self.progressBar)

        self.stepTable = QTableWidget(self.checklistGroup)
        if (self.stepTable.columnCount() < 3):
            self.stepTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.stepTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.stepTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.stepTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.stepTable.setObjectName(u"stepTable")
        self.stepTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stepTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stepTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stepTable.setWordWrap(False)
        self.stepTable.horizontalHeader().setStretchLastSection(False)
        self.stepTable.verticalHeader().setVisible(False)

        self.checklistLayout.addWidget(self.stepTable)

        self.stateLabel = QLabel(self.checklistGroup)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setWordWrap(True)

        self.checklistLayout.addWidget(self.stateLabel)

        self.checklistButtons = QHBoxLayout()
        self.checklistButtons.setObjectName(u"checklistButtons")
        self.checklistSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.checklistButtons.addItem(self.checklistSpacer)

        self.reopenButton = QPushButton(self.checklistGroup)
        self.reopenButton.setObjectName(u"reopenButton")

        self.checklistButtons.addWidget(self.reopenButton)

        self.closeButton = QPushButton(self.checklistGroup)
        self.closeButton.setObjectName(u"closeButton")

        self.checklistButtons.addWidget(self.closeButton)


        self.checklistLayout.addLayout(self.checklistButtons)


        self.panelLayout.addWidget(self.checklistGroup)


        self.retranslateUi(ChecklistPanel)

        QMetaObject.connectSlotsByName(ChecklistPanel)
    # setupUi

    def retranslateUi(self, ChecklistPanel):
        self.checklistGroup.setTitle(QCoreApplication.translate("ChecklistPanel", u"Suivi de la session", None))
        ___qtablewidgetitem = self.stepTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ChecklistPanel", u"\u00c9ch\u00e9ance", None))
        ___qtablewidgetitem1 = self.stepTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ChecklistPanel", u"\u00c9tape", None))
        ___qtablewidgetitem2 = self.stepTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ChecklistPanel", u"Preuve ou ce qui manque", None))
        self.stateLabel.setText("")
        self.reopenButton.setText(QCoreApplication.translate("ChecklistPanel", u"&Rouvrir", None))
#if QT_CONFIG(tooltip)
        self.reopenButton.setToolTip(QCoreApplication.translate("ChecklistPanel", u"Rouvrir la session cl\u00f4tur\u00e9e pour modifier son suivi", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("ChecklistPanel", u"C&l\u00f4turer la session\u2026", None))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("ChecklistPanel", u"V\u00e9rifier les \u00e9tapes obligatoires et cl\u00f4turer la session termin\u00e9e", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

