# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'move_slot_dialog.ui'
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
    QSizePolicy, QSpacerItem, QTimeEdit, QVBoxLayout,
    QWidget)

class Ui_MoveSlotDialog(object):
    def setupUi(self, MoveSlotDialog):
        if not MoveSlotDialog.objectName():
            MoveSlotDialog.setObjectName(u"MoveSlotDialog")
        MoveSlotDialog.resize(460, 300)
        self.mainLayout = QVBoxLayout(MoveSlotDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.slotLabel = QLabel(MoveSlotDialog)
        self.slotLabel.setObjectName(u"slotLabel")
        self.slotLabel.setStyleSheet(u"font-weight: bold;")
        self.slotLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.slotLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dateLabel = QLabel(MoveSlotDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(MoveSlotDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.startLabel = QLabel(MoveSlotDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = QTimeEdit(MoveSlotDialog)
        self.startEdit.setObjectName(u"startEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.endLabel = QLabel(MoveSlotDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endEdit = QTimeEdit(MoveSlotDialog)
        self.endEdit.setObjectName(u"endEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.endEdit)

        self.roomLabel = QLabel(MoveSlotDialog)
        self.roomLabel.setObjectName(u"roomLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.roomLabel)

        self.roomCombo = QComboBox(MoveSlotDialog)
        self.roomCombo.setObjectName(u"roomCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.roomCombo)


        self.mainLayout.addLayout(self.formLayout)

        self.roomHintLabel = QLabel(MoveSlotDialog)
        self.roomHintLabel.setObjectName(u"roomHintLabel")
        self.roomHintLabel.setStyleSheet(u"color: #666666;")
        self.roomHintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.roomHintLabel)

        self.errorLabel = QLabel(MoveSlotDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #a93226; background: #fdecea; padding: 6px;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(MoveSlotDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.roomLabel.setBuddy(self.roomCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MoveSlotDialog)

        QMetaObject.connectSlotsByName(MoveSlotDialog)
    # setupUi

    def retranslateUi(self, MoveSlotDialog):
        MoveSlotDialog.setWindowTitle(QCoreApplication.translate("MoveSlotDialog", u"D\u00e9placer un cr\u00e9neau", None))
        self.slotLabel.setText("")
        self.dateLabel.setText(QCoreApplication.translate("MoveSlotDialog", u"&Date :", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("MoveSlotDialog", u"dd/MM/yyyy", None))
        self.startLabel.setText(QCoreApplication.translate("MoveSlotDialog", u"D&\u00e9but :", None))
        self.startEdit.setDisplayFormat(QCoreApplication.translate("MoveSlotDialog", u"HH:mm", None))
        self.endLabel.setText(QCoreApplication.translate("MoveSlotDialog", u"&Fin :", None))
        self.endEdit.setDisplayFormat(QCoreApplication.translate("MoveSlotDialog", u"HH:mm", None))
        self.roomLabel.setText(QCoreApplication.translate("MoveSlotDialog", u"&Salle :", None))
        self.roomHintLabel.setText(QCoreApplication.translate("MoveSlotDialog", u"Les salles libres sur ce cr\u00e9neau sont en t\u00eate de liste ; la dur\u00e9e est conserv\u00e9e quand vous changez l'heure de d\u00e9but.", None))
        self.errorLabel.setText("")
    # retranslateUi

