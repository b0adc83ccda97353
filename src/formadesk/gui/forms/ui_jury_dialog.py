# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'jury_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableWidget,
    QTableWidgetItem, QTimeEdit, QVBoxLayout, QWidget)

from formadesk.gui.widgets.checklists import QuantityTable

class Ui_JuryDialog(object):
    def setupUi(self, JuryDialog):
        if not JuryDialog.objectName():
            JuryDialog.setObjectName(u"JuryDialog")
        JuryDialog.resize(720, 540)
        self.mainLayout = QVBoxLayout(JuryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(JuryDialog)
        self.tabs.setObjectName(u"tabs")
        self.generalPage = QWidget()
        self.generalPage.setObjectName(u"generalPage")
        self.generalLayout = QFormLayout(self.generalPage)
        self.generalLayout.setObjectName(u"generalLayout")
        self.generalLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.titleLabel = QLabel(self.generalPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.generalLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.generalPage)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(200)

        self.generalLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.courseLabel = QLabel(self.generalPage)
        self.courseLabel.setObjectName(u"courseLabel")

        self.generalLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.courseLabel)

        self.courseCombo = QComboBox(self.generalPage)
        self.courseCombo.setObjectName(u"courseCombo")

        self.generalLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.courseCombo)

        self.dateLabel = QLabel(self.generalPage)
        self.dateLabel.setObjectName(u"dateLabel")

        self.generalLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.whenLayout = QHBoxLayout()
        self.whenLayout.setObjectName(u"whenLayout")
        self.dateEdit = QDateEdit(self.generalPage)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.whenLayout.addWidget(self.dateEdit)

        self.startLabel = QLabel(self.generalPage)
        self.startLabel.setObjectName(u"startLabel")

        self.whenLayout.addWidget(self.startLabel)

        self.startEdit = QTimeEdit(self.generalPage)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setTime(QTime(9, 0, 0))

        self.whenLayout.addWidget(self.startEdit)

        self.endLabel = QLabel(self.generalPage)
        self.endLabel.setObjectName(u"endLabel")

        self.whenLayout.addWidget(self.endLabel)

        self.endEdit = QTimeEdit(self.generalPage)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setTime(QTime(12, 0, 0))

        self.whenLayout.addWidget(self.endEdit)

        self.whenSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.whenLayout.addItem(self.whenSpacer)


        self.generalLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.whenLayout)

        self.roomLabel = QLabel(self.generalPage)
        self.roomLabel.setObjectName(u"roomLabel")

        self.generalLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.roomLabel)

        self.roomCombo = QComboBox(self.generalPage)
        self.roomCombo.setObjectName(u"roomCombo")

        self.generalLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.roomCombo)

        self.documentsLabel = QLabel(self.generalPage)
        self.documentsLabel.setObjectName(u"documentsLabel")

        self.generalLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.documentsLabel)

        self.documentsEdit = QPlainTextEdit(self.generalPage)
        self.documentsEdit.setObjectName(u"documentsEdit")

        self.generalLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.documentsEdit)

        self.notesLabel = QLabel(self.generalPage)
        self.notesLabel.setObjectName(u"notesLabel")

        self.generalLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.generalPage)
        self.notesEdit.setObjectName(u"notesEdit")

        self.generalLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.tabs.addTab(self.generalPage, "")
        self.membersPage = QWidget()
        self.membersPage.setObjectName(u"membersPage")
        self.membersLayout = QVBoxLayout(self.membersPage)
        self.membersLayout.setObjectName(u"membersLayout")
        self.membersLabel = QLabel(self.membersPage)
        self.membersLabel.setObjectName(u"membersLabel")

        self.membersLayout.addWidget(self.membersLabel)

        self.memberList = QListWidget(self.membersPage)
        self.memberList.setObjectName(u"memberList")

        self.membersLayout.addWidget(self.memberList)

        self.externalLabel = QLabel(self.membersPage)
        self.externalLabel.setObjectName(u"externalLabel")

        self.membersLayout.addWidget(self.externalLabel)

        self.externalEdit = QPlainTextEdit(self.membersPage)
        self.externalEdit.setObjectName(u"externalEdit")

        self.membersLayout.addWidget(self.externalEdit)

        self.membersLayout.setStretch(1, 3)
        self.membersLayout.setStretch(3, 1)
        self.tabs.addTab(self.membersPage, "")
        self.candidatesPage = QWidget()
        self.candidatesPage.setObjectName(u"candidatesPage")
        self.candidatesLayout = QHBoxLayout(self.candidatesPage)
        self.candidatesLayout.setObjectName(u"candidatesLayout")
        self.searchLayout = QVBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchEdit = QLineEdit(self.candidatesPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.resultList = QListWidget(self.candidatesPage)
        self.resultList.setObjectName(u"resultList")

        self.searchLayout.addWidget(self.resultList)

        self.addCandidateButton = QPushButton(self.candidatesPage)
        self.addCandidateButton.setObjectName(u"addCandidateButton")

        self.searchLayout.addWidget(self.addCandidateButton)


        self.candidatesLayout.addLayout(self.searchLayout)

        self.chosenLayout = QVBoxLayout()
        self.chosenLayout.setObjectName(u"chosenLayout")
        self.candidatesLabel = QLabel(self.candidatesPage)
        self.candidatesLabel.setObjectName(u"candidatesLabel")

        self.chosenLayout.addWidget(self.candidatesLabel)

        self.candidateTable = QTableWidget(self.candidatesPage)
        if (self.candidateTable.columnCount() < 2):
            self.candidateTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.candidateTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.candidateTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.candidateTable.setObjectName(u"candidateTable")
        self.candidateTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.candidateTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.candidateTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.candidateTable.verticalHeader().setVisible(False)

        self.chosenLayout.addWidget(self.candidateTable)

        self.resultsHint = QLabel(self.candidatesPage)
        self.resultsHint.setObjectName(u"resultsHint")
        self.resultsHint.setWordWrap(True)

        self.chosenLayout.addWidget(self.resultsHint)

        self.removeCandidateButton = QPushButton(self.candidatesPage)
        self.removeCandidateButton.setObjectName(u"removeCandidateButton")

        self.chosenLayout.addWidget(self.removeCandidateButton)


        self.candidatesLayout.addLayout(self.chosenLayout)

        self.candidatesLayout.setStretch(0, 2)
        self.candidatesLayout.setStretch(1, 3)
        self.tabs.addTab(self.candidatesPage, "")
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

        self.mainLayout.addWidget(self.tabs)

        self.errorLabel = QLabel(JuryDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c0392b;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(JuryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.courseLabel.setBuddy(self.courseCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.roomLabel.setBuddy(self.roomCombo)
        self.documentsLabel.setBuddy(self.documentsEdit)
        self.notesLabel.setBuddy(self.notesEdit)
        self.externalLabel.setBuddy(self.externalEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.courseCombo)
        QWidget.setTabOrder(self.courseCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.roomCombo)
        QWidget.setTabOrder(self.roomCombo, self.documentsEdit)
        QWidget.setTabOrder(self.documentsEdit, self.notesEdit)

        self.retranslateUi(JuryDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(JuryDialog)
    # setupUi

    def retranslateUi(self, JuryDialog):
        JuryDialog.setWindowTitle(QCoreApplication.translate("JuryDialog", u"Jury", None))
        self.titleLabel.setText(QCoreApplication.translate("JuryDialog", u"&Intitul\u00e9 :", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("JuryDialog", u"ex. Jury CQP Assistant(e) de formation", None))
        self.courseLabel.setText(QCoreApplication.translate("JuryDialog", u"&Formation :", None))
        self.dateLabel.setText(QCoreApplication.translate("JuryDialog", u"&Date :", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("JuryDialog", u"dddd dd/MM/yyyy", None))
        self.startLabel.setText(QCoreApplication.translate("JuryDialog", u"de", None))
        self.startEdit.setDisplayFormat(QCoreApplication.translate("JuryDialog", u"HH:mm", None))
        self.endLabel.setText(QCoreApplication.translate("JuryDialog", u"\u00e0", None))
        self.endEdit.setDisplayFormat(QCoreApplication.translate("JuryDialog", u"HH:mm", None))
        self.roomLabel.setText(QCoreApplication.translate("JuryDialog", u"&Salle :", None))
        self.documentsLabel.setText(QCoreApplication.translate("JuryDialog", u"D&ocuments \u00e0 pr\u00e9parer :", None))
        self.documentsEdit.setPlaceholderText(QCoreApplication.translate("JuryDialog", u"ex. grilles d'\u00e9valuation, proc\u00e8s-verbal, feuille d'\u00e9margement, dossiers des candidats", None))
        self.notesLabel.setText(QCoreApplication.translate("JuryDialog", u"&Notes :", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalPage), QCoreApplication.translate("JuryDialog", u"G\u00e9n\u00e9ral", None))
        self.membersLabel.setText(QCoreApplication.translate("JuryDialog", u"Formateurs membres du jury :", None))
        self.externalLabel.setText(QCoreApplication.translate("JuryDialog", u"Membres e&xt\u00e9rieurs, un par ligne :", None))
        self.externalEdit.setPlaceholderText(QCoreApplication.translate("JuryDialog", u"ex. Mme Roux \u2014 professionnelle du secteur", None))
        self.tabs.setTabText(self.tabs.indexOf(self.membersPage), QCoreApplication.translate("JuryDialog", u"Membres", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("JuryDialog", u"Rechercher un apprenant (nom, pr\u00e9nom, ville\u2026)", None))
        self.addCandidateButton.setText(QCoreApplication.translate("JuryDialog", u"&Ajouter aux candidats \u2192", None))
        self.candidatesLabel.setText(QCoreApplication.translate("JuryDialog", u"Candidats :", None))
        ___qtablewidgetitem = self.candidateTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("JuryDialog", u"Candidat", None))
        ___qtablewidgetitem1 = self.candidateTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("JuryDialog", u"R\u00e9sultat", None))
        self.resultsHint.setText(QCoreApplication.translate("JuryDialog", u"Le r\u00e9sultat se saisit une fois le jury pass\u00e9 ; laissez \u00ab \u2014 \u00bb tant qu'il n'est pas connu.", None))
        self.removeCandidateButton.setText(QCoreApplication.translate("JuryDialog", u"&Retirer le candidat", None))
        self.tabs.setTabText(self.tabs.indexOf(self.candidatesPage), QCoreApplication.translate("JuryDialog", u"Candidats", None))
        self.equipmentHint.setText(QCoreApplication.translate("JuryDialog", u"Cochez le mat\u00e9riel, les licences et les supports \u00e0 pr\u00e9voir, avec leur nombre.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.equipmentPage), QCoreApplication.translate("JuryDialog", u"Mat\u00e9riel", None))
    # retranslateUi

