# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'procedure_dialog.ui'
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
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ProcedureDialog(object):
    def setupUi(self, ProcedureDialog):
        if not ProcedureDialog.objectName():
            ProcedureDialog.setObjectName(u"ProcedureDialog")
        ProcedureDialog.resize(900, 520)
        self.mainLayout = QVBoxLayout(ProcedureDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(ProcedureDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.tableLayout = QHBoxLayout()
        self.tableLayout.setObjectName(u"tableLayout")
        self.stepTable = QTableWidget(ProcedureDialog)
        if (self.stepTable.columnCount() < 6):
            self.stepTable.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.stepTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.stepTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.stepTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.stepTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.stepTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.stepTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.stepTable.setObjectName(u"stepTable")
        self.stepTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stepTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stepTable.verticalHeader().setVisible(False)

        self.tableLayout.addWidget(self.stepTable)

        self.rowButtons = QVBoxLayout()
        self.rowButtons.setObjectName(u"rowButtons")
        self.addButton = QPushButton(ProcedureDialog)
        self.addButton.setObjectName(u"addButton")

        self.rowButtons.addWidget(self.addButton)

        self.removeButton = QPushButton(ProcedureDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.rowButtons.addWidget(self.removeButton)

        self.upButton = QPushButton(ProcedureDialog)
        self.upButton.setObjectName(u"upButton")

        self.rowButtons.addWidget(self.upButton)

        self.downButton = QPushButton(ProcedureDialog)
        self.downButton.setObjectName(u"downButton")

        self.rowButtons.addWidget(self.downButton)

        self.rowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rowButtons.addItem(self.rowSpacer)


        self.tableLayout.addLayout(self.rowButtons)


        self.mainLayout.addLayout(self.tableLayout)

        self.errorLabel = QLabel(ProcedureDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #a93226; background: #fdecea; padding: 6px;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ProcedureDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(ProcedureDialog)

        QMetaObject.connectSlotsByName(ProcedureDialog)
    # setupUi

    def retranslateUi(self, ProcedureDialog):
        ProcedureDialog.setWindowTitle(QCoreApplication.translate("ProcedureDialog", u"Proc\u00e9dure de session", None))
        self.introLabel.setText(QCoreApplication.translate("ProcedureDialog", u"Les \u00e9tapes que suit chaque session, dans l'ordre. L'\u00e9ch\u00e9ance compte en jours depuis le premier jour (d\u00e9but) ou le dernier jour (fin) de la session : -30 pour un mois avant. Une \u00e9tape se coche d'elle-m\u00eame quand sa preuve existe dans Formadesk, ou \u00e0 la main. Les \u00e9tapes obligatoires doivent \u00eatre faites pour cl\u00f4turer une session.", None))
        ___qtablewidgetitem = self.stepTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ProcedureDialog", u"\u00c9tape", None))
        ___qtablewidgetitem1 = self.stepTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ProcedureDialog", u"Par rapport au", None))
        ___qtablewidgetitem2 = self.stepTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ProcedureDialog", u"Jours", None))
        ___qtablewidgetitem3 = self.stepTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ProcedureDialog", u"Preuve", None))
        ___qtablewidgetitem4 = self.stepTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ProcedureDialog", u"Obligatoire \u00e0 la cl\u00f4ture", None))
        ___qtablewidgetitem5 = self.stepTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ProcedureDialog", u"Active", None))
        self.addButton.setText(QCoreApplication.translate("ProcedureDialog", u"&Ajouter", None))
        self.removeButton.setText(QCoreApplication.translate("ProcedureDialog", u"&Retirer", None))
        self.upButton.setText(QCoreApplication.translate("ProcedureDialog", u"&Monter", None))
        self.downButton.setText(QCoreApplication.translate("ProcedureDialog", u"&Descendre", None))
        self.errorLabel.setText("")
    # retranslateUi

