# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflicts_dialog.ui'
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
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QTableView, QVBoxLayout, QWidget)

class Ui_ConflictsDialog(object):
    def setupUi(self, ConflictsDialog):
        if not ConflictsDialog.objectName():
            ConflictsDialog.setObjectName(u"ConflictsDialog")
        ConflictsDialog.resize(1000, 600)
        self.mainLayout = QVBoxLayout(ConflictsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.fromLabel = QLabel(ConflictsDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.periodLayout.addWidget(self.fromLabel)

        self.fromEdit = QDateEdit(ConflictsDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.periodLayout.addWidget(self.fromEdit)

        self.toLabel = QLabel(ConflictsDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.periodLayout.addWidget(self.toLabel)

        self.toEdit = QDateEdit(ConflictsDialog)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)

        self.periodLayout.addWidget(self.toEdit)

        self.checkButton = QPushButton(ConflictsDialog)
        self.checkButton.setObjectName(u"checkButton")

        self.periodLayout.addWidget(self.checkButton)

        self.periodSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)

        self.rulesButton = QPushButton(ConflictsDialog)
        self.rulesButton.setObjectName(u"rulesButton")

        self.periodLayout.addWidget(self.rulesButton)


        self.mainLayout.addLayout(self.periodLayout)

        self.summaryLabel = QLabel(ConflictsDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setStyleSheet(u"font-weight: bold;")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.severityLabel = QLabel(ConflictsDialog)
        self.severityLabel.setObjectName(u"severityLabel")

        self.filterLayout.addWidget(self.severityLabel)

        self.severityCombo = QComboBox(ConflictsDialog)
        self.severityCombo.setObjectName(u"severityCombo")

        self.filterLayout.addWidget(self.severityCombo)

        self.kindLabel = QLabel(ConflictsDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.filterLayout.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(ConflictsDialog)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.kindCombo)

        self.filterSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.mainLayout.addLayout(self.filterLayout)

        self.stack = QStackedWidget(ConflictsDialog)
        self.stack.setObjectName(u"stack")
        self.conflictTable = QTableView()
        self.conflictTable.setObjectName(u"conflictTable")
        self.stack.addWidget(self.conflictTable)
        self.emptyLabel = QLabel()
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setStyleSheet(u"color: #2e7d32; font-size: 14pt;")
        self.stack.addWidget(self.emptyLabel)

        self.mainLayout.addWidget(self.stack)

        self.hintLabel = QLabel(ConflictsDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setStyleSheet(u"color: #666666;")

        self.mainLayout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(ConflictsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.severityLabel.setBuddy(self.severityCombo)
        self.kindLabel.setBuddy(self.kindCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConflictsDialog)

        QMetaObject.connectSlotsByName(ConflictsDialog)
    # setupUi

    def retranslateUi(self, ConflictsDialog):
        ConflictsDialog.setWindowTitle(QCoreApplication.translate("ConflictsDialog", u"V\u00e9rifier le planning", None))
        self.fromLabel.setText(QCoreApplication.translate("ConflictsDialog", u"&Du", None))
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("ConflictsDialog", u"dd/MM/yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("ConflictsDialog", u"&au", None))
        self.toEdit.setDisplayFormat(QCoreApplication.translate("ConflictsDialog", u"dd/MM/yyyy", None))
        self.checkButton.setText(QCoreApplication.translate("ConflictsDialog", u"&V\u00e9rifier", None))
        self.rulesButton.setText(QCoreApplication.translate("ConflictsDialog", u"&R\u00e8gles\u2026", None))
        self.summaryLabel.setText("")
        self.severityLabel.setText(QCoreApplication.translate("ConflictsDialog", u"&Gravit\u00e9 :", None))
        self.kindLabel.setText(QCoreApplication.translate("ConflictsDialog", u"&Type :", None))
        self.emptyLabel.setText(QCoreApplication.translate("ConflictsDialog", u"Aucun conflit sur cette p\u00e9riode.", None))
        self.hintLabel.setText(QCoreApplication.translate("ConflictsDialog", u"Double-cliquez sur une ligne pour ouvrir la session.", None))
    # retranslateUi

