# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'generate_dialog.ui'
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
    QDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QVBoxLayout, QWidget)

class Ui_GenerateDialog(object):
    def setupUi(self, GenerateDialog):
        if not GenerateDialog.objectName():
            GenerateDialog.setObjectName(u"GenerateDialog")
        GenerateDialog.resize(640, 600)
        self.mainLayout = QVBoxLayout(GenerateDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.pages = QStackedWidget(GenerateDialog)
        self.pages.setObjectName(u"pages")
        self.formPage = QWidget()
        self.formPage.setObjectName(u"formPage")
        self.formPageLayout = QVBoxLayout(self.formPage)
        self.formPageLayout.setObjectName(u"formPageLayout")
        self.formPageLayout.setContentsMargins(0, 0, 0, 0)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.sessionLabel = QLabel(self.formPage)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sessionLabel)

        self.sessionCombo = QComboBox(self.formPage)
        self.sessionCombo.setObjectName(u"sessionCombo")
        self.sessionCombo.setEditable(True)
        self.sessionCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sessionCombo)

        self.kindLabel = QLabel(self.formPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.formPage)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setMaxVisibleItems(30)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.kindHint = QLabel(self.formPage)
        self.kindHint.setObjectName(u"kindHint")
        self.kindHint.setWordWrap(True)
        self.kindHint.setStyleSheet(u"color: #555555;")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindHint)

        self.formatLabel = QLabel(self.formPage)
        self.formatLabel.setObjectName(u"formatLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatCombo = QComboBox(self.formPage)
        self.formatCombo.setObjectName(u"formatCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.formatCombo)


        self.formPageLayout.addLayout(self.formLayout)

        self.recipientsGroup = QGroupBox(self.formPage)
        self.recipientsGroup.setObjectName(u"recipientsGroup")
        self.recipientsLayout = QVBoxLayout(self.recipientsGroup)
        self.recipientsLayout.setObjectName(u"recipientsLayout")
        self.recipientsNote = QLabel(self.recipientsGroup)
        self.recipientsNote.setObjectName(u"recipientsNote")
        self.recipientsNote.setWordWrap(True)
        self.recipientsNote.setStyleSheet(u"color: #555555;")

        self.recipientsLayout.addWidget(self.recipientsNote)

        self.recipientsList = QListWidget(self.recipientsGroup)
        self.recipientsList.setObjectName(u"recipientsList")
        self.recipientsList.setAlternatingRowColors(True)

        self.recipientsLayout.addWidget(self.recipientsList)

        self.recipientsBar = QHBoxLayout()
        self.recipientsBar.setObjectName(u"recipientsBar")
        self.allButton = QPushButton(self.recipientsGroup)
        self.allButton.setObjectName(u"allButton")

        self.recipientsBar.addWidget(self.allButton)

        self.noneButton = QPushButton(self.recipientsGroup)
        self.noneButton.setObjectName(u"noneButton")

        self.recipientsBar.addWidget(self.noneButton)

        self.recipientsCount = QLabel(self.recipientsGroup)
        self.recipientsCount.setObjectName(u"recipientsCount")
        self.recipientsCount.setStyleSheet(u"color: #666666;")

        self.recipientsBar.addWidget(self.recipientsCount)

        self.recipientsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recipientsBar.addItem(self.recipientsSpacer)


        self.recipientsLayout.addLayout(self.recipientsBar)


        self.formPageLayout.addWidget(self.recipientsGroup)

        self.mergedCheck = QCheckBox(self.formPage)
        self.mergedCheck.setObjectName(u"mergedCheck")

        self.formPageLayout.addWidget(self.mergedCheck)

        self.errorLabel = QLabel(self.formPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errorLabel.setStyleSheet(u"color: #8a1c12; background: #fdecea; border: 1px solid #e5a29b; border-radius: 4px; padding: 6px;")

        self.formPageLayout.addWidget(self.errorLabel)

        self.formSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formPageLayout.addItem(self.formSpacer)

        self.pages.addWidget(self.formPage)
        self.runPage = QWidget()
        self.runPage.setObjectName(u"runPage")
        self.runLayout = QVBoxLayout(self.runPage)
        self.runLayout.setObjectName(u"runLayout")
        self.runTitle = QLabel(self.runPage)
        self.runTitle.setObjectName(u"runTitle")
        self.runTitle.setWordWrap(True)
        self.runTitle.setStyleSheet(u"font-weight: bold;")

        self.runLayout.addWidget(self.runTitle)

        self.progressBar = QProgressBar(self.runPage)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.runLayout.addWidget(self.progressBar)

        self.progressLabel = QLabel(self.runPage)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setWordWrap(True)
        self.progressLabel.setStyleSheet(u"color: #555555;")

        self.runLayout.addWidget(self.progressLabel)

        self.runLog = QListWidget(self.runPage)
        self.runLog.setObjectName(u"runLog")
        self.runLog.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.runLog.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.runLog.setStyleSheet(u"color: #555555;")

        self.runLayout.addWidget(self.runLog)

        self.pages.addWidget(self.runPage)
        self.donePage = QWidget()
        self.donePage.setObjectName(u"donePage")
        self.doneLayout = QVBoxLayout(self.donePage)
        self.doneLayout.setObjectName(u"doneLayout")
        self.summaryLabel = QLabel(self.donePage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.doneLayout.addWidget(self.summaryLabel)

        self.folderLabel = QLabel(self.donePage)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setWordWrap(True)
        self.folderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folderLabel.setStyleSheet(u"color: #555555;")

        self.doneLayout.addWidget(self.folderLabel)

        self.fileList = QListWidget(self.donePage)
        self.fileList.setObjectName(u"fileList")
        self.fileList.setAlternatingRowColors(True)

        self.doneLayout.addWidget(self.fileList)

        self.doneBar = QHBoxLayout()
        self.doneBar.setObjectName(u"doneBar")
        self.openFolderButton = QPushButton(self.donePage)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.doneBar.addWidget(self.openFolderButton)

        self.openMergedButton = QPushButton(self.donePage)
        self.openMergedButton.setObjectName(u"openMergedButton")

        self.doneBar.addWidget(self.openMergedButton)

        self.doneSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.doneBar.addItem(self.doneSpacer)


        self.doneLayout.addLayout(self.doneBar)

        self.pages.addWidget(self.donePage)

        self.mainLayout.addWidget(self.pages)

        self.buttonBar = QHBoxLayout()
        self.buttonBar.setObjectName(u"buttonBar")
        self.againButton = QPushButton(GenerateDialog)
        self.againButton.setObjectName(u"againButton")

        self.buttonBar.addWidget(self.againButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonBar.addItem(self.buttonSpacer)

        self.generateButton = QPushButton(GenerateDialog)
        self.generateButton.setObjectName(u"generateButton")

        self.buttonBar.addWidget(self.generateButton)

        self.cancelButton = QPushButton(GenerateDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonBar.addWidget(self.cancelButton)

        self.closeButton = QPushButton(GenerateDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonBar.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonBar)

#if QT_CONFIG(shortcut)
        self.sessionLabel.setBuddy(self.sessionCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.formatLabel.setBuddy(self.formatCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GenerateDialog)

        self.generateButton.setDefault(True)


        QMetaObject.connectSlotsByName(GenerateDialog)
    # setupUi

    def retranslateUi(self, GenerateDialog):
        GenerateDialog.setWindowTitle(QCoreApplication.translate("GenerateDialog", u"Produire des documents", None))
        self.sessionLabel.setText(QCoreApplication.translate("GenerateDialog", u"&Session :", None))
        self.kindLabel.setText(QCoreApplication.translate("GenerateDialog", u"&Document :", None))
        self.formatLabel.setText(QCoreApplication.translate("GenerateDialog", u"&Format :", None))
        self.recipientsGroup.setTitle(QCoreApplication.translate("GenerateDialog", u"Destinataires", None))
        self.allButton.setText(QCoreApplication.translate("GenerateDialog", u"Tout &cocher", None))
        self.noneButton.setText(QCoreApplication.translate("GenerateDialog", u"Tout d\u00e9&cocher", None))
        self.mergedCheck.setText(QCoreApplication.translate("GenerateDialog", u"Un PDF &fusionn\u00e9 pour imprimer (en plus d'un fichier par destinataire)", None))
#if QT_CONFIG(tooltip)
        self.fileList.setToolTip(QCoreApplication.translate("GenerateDialog", u"Double-cliquez sur un fichier pour l'ouvrir", None))
#endif // QT_CONFIG(tooltip)
        self.openFolderButton.setText(QCoreApplication.translate("GenerateDialog", u"Ouvrir le &dossier", None))
        self.openMergedButton.setText(QCoreApplication.translate("GenerateDialog", u"Ouvrir le PDF &fusionn\u00e9", None))
        self.againButton.setText(QCoreApplication.translate("GenerateDialog", u"&Autres documents\u2026", None))
        self.generateButton.setText(QCoreApplication.translate("GenerateDialog", u"&Produire", None))
        self.cancelButton.setText(QCoreApplication.translate("GenerateDialog", u"&Interrompre", None))
        self.closeButton.setText(QCoreApplication.translate("GenerateDialog", u"&Fermer", None))
    # retranslateUi

