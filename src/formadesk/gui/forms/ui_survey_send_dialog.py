# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'survey_send_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SurveySendDialog(object):
    def setupUi(self, SurveySendDialog):
        if not SurveySendDialog.objectName():
            SurveySendDialog.setObjectName(u"SurveySendDialog")
        SurveySendDialog.resize(620, 330)
        self.mainLayout = QVBoxLayout(SurveySendDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.sessionLabel = QLabel(SurveySendDialog)
        self.sessionLabel.setObjectName(u"sessionLabel")
        self.sessionLabel.setWordWrap(True)
        self.sessionLabel.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.sessionLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.modelLabel = QLabel(SurveySendDialog)
        self.modelLabel.setObjectName(u"modelLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.modelLabel)

        self.modelCombo = QComboBox(SurveySendDialog)
        self.modelCombo.setObjectName(u"modelCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.modelCombo)

        self.folderLabel = QLabel(SurveySendDialog)
        self.folderLabel.setObjectName(u"folderLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.folderLabel)

        self.folderLayout = QHBoxLayout()
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderEdit = QLineEdit(SurveySendDialog)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderLayout.addWidget(self.folderEdit)

        self.browseButton = QPushButton(SurveySendDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.folderLayout.addWidget(self.browseButton)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.folderLayout)

        self.openCheck = QCheckBox(SurveySendDialog)
        self.openCheck.setObjectName(u"openCheck")
        self.openCheck.setChecked(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.openCheck)


        self.mainLayout.addLayout(self.formLayout)

        self.previewLabel = QLabel(SurveySendDialog)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.previewLabel)

        self.errorLabel = QLabel(SurveySendDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c0392b;")

        self.mainLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(SurveySendDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.modelLabel.setBuddy(self.modelCombo)
        self.folderLabel.setBuddy(self.folderEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SurveySendDialog)

        QMetaObject.connectSlotsByName(SurveySendDialog)
    # setupUi

    def retranslateUi(self, SurveySendDialog):
        SurveySendDialog.setWindowTitle(QCoreApplication.translate("SurveySendDialog", u"Envoyer les questionnaires", None))
        self.sessionLabel.setText("")
        self.modelLabel.setText(QCoreApplication.translate("SurveySendDialog", u"&Questionnaire :", None))
        self.folderLabel.setText(QCoreApplication.translate("SurveySendDialog", u"&Dossier :", None))
        self.browseButton.setText(QCoreApplication.translate("SurveySendDialog", u"&Parcourir\u2026", None))
        self.openCheck.setText(QCoreApplication.translate("SurveySendDialog", u"&Ouvrir le dossier une fois les fichiers \u00e9crits", None))
        self.previewLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

