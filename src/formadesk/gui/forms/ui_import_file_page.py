# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_file_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ImportFilePage(object):
    def setupUi(self, ImportFilePage):
        if not ImportFilePage.objectName():
            ImportFilePage.setObjectName(u"ImportFilePage")
        ImportFilePage.resize(640, 240)
        self.mainLayout = QVBoxLayout(ImportFilePage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(ImportFilePage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.pathLayout = QHBoxLayout()
        self.pathLayout.setObjectName(u"pathLayout")
        self.pathLabel = QLabel(ImportFilePage)
        self.pathLabel.setObjectName(u"pathLabel")

        self.pathLayout.addWidget(self.pathLabel)

        self.pathEdit = QLineEdit(ImportFilePage)
        self.pathEdit.setObjectName(u"pathEdit")

        self.pathLayout.addWidget(self.pathEdit)

        self.browseButton = QPushButton(ImportFilePage)
        self.browseButton.setObjectName(u"browseButton")

        self.pathLayout.addWidget(self.browseButton)


        self.mainLayout.addLayout(self.pathLayout)

        self.errorLabel = QLabel(ImportFilePage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.pathLabel.setBuddy(self.pathEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pathEdit, self.browseButton)

        self.retranslateUi(ImportFilePage)

        QMetaObject.connectSlotsByName(ImportFilePage)
    # setupUi

    def retranslateUi(self, ImportFilePage):
        self.introLabel.setText(QCoreApplication.translate("ImportFilePage", u"Choisissez la liste des apprenants : un classeur Excel (.xlsx) ou un fichier CSV (s\u00e9parateur \u00ab ; \u00bb ou \u00ab , \u00bb). La premi\u00e8re ligne doit contenir les en-t\u00eates (Nom, Pr\u00e9nom, Date de naissance, Courriel\u2026), dans n'importe quel ordre.", None))
        self.pathLabel.setText(QCoreApplication.translate("ImportFilePage", u"&Fichier :", None))
        self.pathEdit.setPlaceholderText(QCoreApplication.translate("ImportFilePage", u"Chemin du fichier .xlsx ou .csv", None))
        self.browseButton.setText(QCoreApplication.translate("ImportFilePage", u"&Parcourir\u2026", None))
        pass
    # retranslateUi

