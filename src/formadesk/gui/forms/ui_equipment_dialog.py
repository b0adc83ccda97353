# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'equipment_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_EquipmentDialog(object):
    def setupUi(self, EquipmentDialog):
        if not EquipmentDialog.objectName():
            EquipmentDialog.setObjectName(u"EquipmentDialog")
        EquipmentDialog.resize(480, 340)
        self.mainLayout = QVBoxLayout(EquipmentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(EquipmentDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(EquipmentDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.kindLabel = QLabel(EquipmentDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(EquipmentDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.quantityLabel = QLabel(EquipmentDialog)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.quantityLabel)

        self.quantitySpin = QSpinBox(EquipmentDialog)
        self.quantitySpin.setObjectName(u"quantitySpin")
        self.quantitySpin.setMaximum(100000)
        self.quantitySpin.setValue(1)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.quantitySpin)

        self.stateLabel = QLabel(EquipmentDialog)
        self.stateLabel.setObjectName(u"stateLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.stateLabel)

        self.stateCombo = QComboBox(EquipmentDialog)
        self.stateCombo.setObjectName(u"stateCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.stateCombo)

        self.notesLabel = QLabel(EquipmentDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(EquipmentDialog)
        self.notesEdit.setObjectName(u"notesEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(EquipmentDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c0392b;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(EquipmentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.quantityLabel.setBuddy(self.quantitySpin)
        self.stateLabel.setBuddy(self.stateCombo)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.quantitySpin)
        QWidget.setTabOrder(self.quantitySpin, self.stateCombo)
        QWidget.setTabOrder(self.stateCombo, self.notesEdit)

        self.retranslateUi(EquipmentDialog)

        QMetaObject.connectSlotsByName(EquipmentDialog)
    # setupUi

    def retranslateUi(self, EquipmentDialog):
        EquipmentDialog.setWindowTitle(QCoreApplication.translate("EquipmentDialog", u"Mat\u00e9riel", None))
        self.nameLabel.setText(QCoreApplication.translate("EquipmentDialog", u"&Nom :", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("EquipmentDialog", u"ex. Vid\u00e9oprojecteur, Microsoft Excel, Livret stagiaire", None))
        self.kindLabel.setText(QCoreApplication.translate("EquipmentDialog", u"&Type :", None))
        self.quantityLabel.setText(QCoreApplication.translate("EquipmentDialog", u"&Quantit\u00e9 :", None))
        self.stateLabel.setText(QCoreApplication.translate("EquipmentDialog", u"\u00c9&tat :", None))
        self.notesLabel.setText(QCoreApplication.translate("EquipmentDialog", u"N&otes :", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("EquipmentDialog", u"ex. num\u00e9ro de s\u00e9rie, \u00e0 qui il est pr\u00eat\u00e9, date de fin des licences", None))
    # retranslateUi

