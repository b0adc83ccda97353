# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'planning_rules_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_PlanningRulesDialog(object):
    def setupUi(self, PlanningRulesDialog):
        if not PlanningRulesDialog.objectName():
            PlanningRulesDialog.setObjectName(u"PlanningRulesDialog")
        PlanningRulesDialog.resize(560, 560)
        self.mainLayout = QVBoxLayout(PlanningRulesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(PlanningRulesDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.kindsGroup = QGroupBox(PlanningRulesDialog)
        self.kindsGroup.setObjectName(u"kindsGroup")
        self.kindsLayout = QFormLayout(self.kindsGroup)
        self.kindsLayout.setObjectName(u"kindsLayout")

        self.mainLayout.addWidget(self.kindsGroup)

        self.holidaysGroup = QGroupBox(PlanningRulesDialog)
        self.holidaysGroup.setObjectName(u"holidaysGroup")
        self.holidaysLayout = QFormLayout(self.holidaysGroup)
        self.holidaysLayout.setObjectName(u"holidaysLayout")
        self.regionLabel = QLabel(self.holidaysGroup)
        self.regionLabel.setObjectName(u"regionLabel")

        self.holidaysLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.regionLabel)

        self.regionCombo = QComboBox(self.holidaysGroup)
        self.regionCombo.setObjectName(u"regionCombo")

        self.holidaysLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.regionCombo)


        self.mainLayout.addWidget(self.holidaysGroup)

        self.errorLabel = QLabel(PlanningRulesDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #a93226; background: #fdecea; padding: 6px;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PlanningRulesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.regionLabel.setBuddy(self.regionCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanningRulesDialog)

        QMetaObject.connectSlotsByName(PlanningRulesDialog)
    # setupUi

    def retranslateUi(self, PlanningRulesDialog):
        PlanningRulesDialog.setWindowTitle(QCoreApplication.translate("PlanningRulesDialog", u"R\u00e8gles du planning", None))
        self.introLabel.setText(QCoreApplication.translate("PlanningRulesDialog", u"Pour chaque type de conflit, choisissez si Formadesk refuse la modification (Bloquant), demande une confirmation (Avertissement) ou ne dit rien (Ignor\u00e9).", None))
        self.kindsGroup.setTitle(QCoreApplication.translate("PlanningRulesDialog", u"Types de conflit", None))
        self.holidaysGroup.setTitle(QCoreApplication.translate("PlanningRulesDialog", u"Jours f\u00e9ri\u00e9s", None))
        self.regionLabel.setText(QCoreApplication.translate("PlanningRulesDialog", u"&Calendrier :", None))
        self.errorLabel.setText("")
    # retranslateUi

