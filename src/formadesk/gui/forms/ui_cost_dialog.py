# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cost_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_CostDialog(object):
    def setupUi(self, CostDialog):
        if not CostDialog.objectName():
            CostDialog.setObjectName(u"CostDialog")
        CostDialog.resize(520, 300)
        self.mainLayout = QVBoxLayout(CostDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(CostDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dateLabel = QLabel(CostDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.spentDate = QDateEdit(CostDialog)
        self.spentDate.setObjectName(u"spentDate")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.spentDate.sizePolicy().hasHeightForWidth())
        self.spentDate.setSizePolicy(sizePolicy)
        self.spentDate.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.spentDate)

        self.categoryLabel = QLabel(CostDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(CostDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.labelLabel = QLabel(CostDialog)
        self.labelLabel.setObjectName(u"labelLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.labelLabel)

        self.labelEdit = QLineEdit(CostDialog)
        self.labelEdit.setObjectName(u"labelEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.labelEdit)

        self.amountLabel = QLabel(CostDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountEdit = QLineEdit(CostDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.trainerLabel = QLabel(CostDialog)
        self.trainerLabel.setObjectName(u"trainerLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.trainerLabel)

        self.trainerCombo = QComboBox(CostDialog)
        self.trainerCombo.setObjectName(u"trainerCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.trainerCombo)


        self.mainLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.errorLabel = QLabel(CostDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c0392b;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CostDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.spentDate)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.labelLabel.setBuddy(self.labelEdit)
        self.amountLabel.setBuddy(self.amountEdit)
        self.trainerLabel.setBuddy(self.trainerCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CostDialog)

        QMetaObject.connectSlotsByName(CostDialog)
    # setupUi

    def retranslateUi(self, CostDialog):
        CostDialog.setWindowTitle(QCoreApplication.translate("CostDialog", u"Co\u00fbt de la session", None))
        self.introLabel.setText(QCoreApplication.translate("CostDialog", u"Un co\u00fbt de l'activit\u00e9 de formation, hors taxes : il figure au bilan de la session et au BPF (cadre D).", None))
        self.dateLabel.setText(QCoreApplication.translate("CostDialog", u"&Date de la d\u00e9pense :", None))
        self.spentDate.setDisplayFormat(QCoreApplication.translate("CostDialog", u"dd/MM/yyyy", None))
        self.categoryLabel.setText(QCoreApplication.translate("CostDialog", u"&Cat\u00e9gorie :", None))
        self.labelLabel.setText(QCoreApplication.translate("CostDialog", u"&Libell\u00e9 :", None))
        self.labelEdit.setPlaceholderText(QCoreApplication.translate("CostDialog", u"ex. Honoraires du formateur, location de salle", None))
        self.amountLabel.setText(QCoreApplication.translate("CostDialog", u"&Montant HT :", None))
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("CostDialog", u"ex. 450,00 \u20ac", None))
        self.trainerLabel.setText(QCoreApplication.translate("CostDialog", u"&Formateur pay\u00e9 :", None))
    # retranslateUi

