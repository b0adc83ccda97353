# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_enrol_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QLabel, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from formadesk.gui.widgets.party_search import PartySearchField

class Ui_ImportEnrolPage(object):
    def setupUi(self, ImportEnrolPage):
        if not ImportEnrolPage.objectName():
            ImportEnrolPage.setObjectName(u"ImportEnrolPage")
        ImportEnrolPage.resize(640, 300)
        self.mainLayout = QVBoxLayout(ImportEnrolPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.enrolCheck = QCheckBox(ImportEnrolPage)
        self.enrolCheck.setObjectName(u"enrolCheck")

        self.mainLayout.addWidget(self.enrolCheck)

        self.enrolPanel = QWidget(ImportEnrolPage)
        self.enrolPanel.setObjectName(u"enrolPanel")
        self.enrolForm = QFormLayout(self.enrolPanel)
        self.enrolForm.setObjectName(u"enrolForm")
        self.sessionLabel = QLabel(self.enrolPanel)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.enrolForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sessionLabel)

        self.sessionCombo = QComboBox(self.enrolPanel)
        self.sessionCombo.setObjectName(u"sessionCombo")

        self.enrolForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sessionCombo)

        self.clientLabel = QLabel(self.enrolPanel)
        self.clientLabel.setObjectName(u"clientLabel")

        self.enrolForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.clientLabel)

        self.clientField = PartySearchField(self.enrolPanel)
        self.clientField.setObjectName(u"clientField")

        self.enrolForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.clientField)

        self.funderLabel = QLabel(self.enrolPanel)
        self.funderLabel.setObjectName(u"funderLabel")

        self.enrolForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.funderLabel)

        self.funderField = PartySearchField(self.enrolPanel)
        self.funderField.setObjectName(u"funderField")

        self.enrolForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.funderField)

        self.subrogationCheck = QCheckBox(self.enrolPanel)
        self.subrogationCheck.setObjectName(u"subrogationCheck")

        self.enrolForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.subrogationCheck)


        self.mainLayout.addWidget(self.enrolPanel)

        self.hintLabel = QLabel(ImportEnrolPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.sessionLabel.setBuddy(self.sessionCombo)
        self.clientLabel.setBuddy(self.clientField)
        self.funderLabel.setBuddy(self.funderField)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.enrolCheck, self.sessionCombo)
        QWidget.setTabOrder(self.sessionCombo, self.clientField)
        QWidget.setTabOrder(self.clientField, self.funderField)
        QWidget.setTabOrder(self.funderField, self.subrogationCheck)

        self.retranslateUi(ImportEnrolPage)

        QMetaObject.connectSlotsByName(ImportEnrolPage)
    # setupUi

    def retranslateUi(self, ImportEnrolPage):
        self.enrolCheck.setText(QCoreApplication.translate("ImportEnrolPage", u"&Inscrire les apprenants import\u00e9s \u00e0 une session", None))
        self.sessionLabel.setText(QCoreApplication.translate("ImportEnrolPage", u"&Session :", None))
        self.clientLabel.setText(QCoreApplication.translate("ImportEnrolPage", u"&Client :", None))
        self.funderLabel.setText(QCoreApplication.translate("ImportEnrolPage", u"&Financeur :", None))
        self.subrogationCheck.setText(QCoreApplication.translate("ImportEnrolPage", u"S&ubrogation : le financeur paie l'organisme directement", None))
        self.hintLabel.setText(QCoreApplication.translate("ImportEnrolPage", u"Sans client ni financeur, l'inscription est faite sans financement : vous pourrez la modifier ensuite dans l'onglet Sessions.", None))
        pass
    # retranslateUi

