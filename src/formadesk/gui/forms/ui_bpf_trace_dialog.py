# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bpf_trace_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_BpfTraceDialog(object):
    def setupUi(self, BpfTraceDialog):
        if not BpfTraceDialog.objectName():
            BpfTraceDialog.setObjectName(u"BpfTraceDialog")
        BpfTraceDialog.resize(980, 560)
        self.mainLayout = QVBoxLayout(BpfTraceDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(BpfTraceDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.titleLabel)

        self.countLabel = QLabel(BpfTraceDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.mainLayout.addWidget(self.countLabel)

        self.rowsTable = QTableView(BpfTraceDialog)
        self.rowsTable.setObjectName(u"rowsTable")

        self.mainLayout.addWidget(self.rowsTable)

        self.messageLabel = QLabel(BpfTraceDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setOpenExternalLinks(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.openSessionButton = QPushButton(BpfTraceDialog)
        self.openSessionButton.setObjectName(u"openSessionButton")

        self.buttonLayout.addWidget(self.openSessionButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.exportButton = QPushButton(BpfTraceDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonLayout.addWidget(self.exportButton)

        self.buttonBox = QDialogButtonBox(BpfTraceDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.rowsTable, self.openSessionButton)
        QWidget.setTabOrder(self.openSessionButton, self.exportButton)

        self.retranslateUi(BpfTraceDialog)

        QMetaObject.connectSlotsByName(BpfTraceDialog)
    # setupUi

    def retranslateUi(self, BpfTraceDialog):
        BpfTraceDialog.setWindowTitle(QCoreApplication.translate("BpfTraceDialog", u"D\u00e9tail d'une ligne du BPF", None))
        self.titleLabel.setStyleSheet(QCoreApplication.translate("BpfTraceDialog", u"font-weight: bold;", None))
        self.titleLabel.setText("")
        self.countLabel.setText("")
        self.messageLabel.setText("")
        self.openSessionButton.setText(QCoreApplication.translate("BpfTraceDialog", u"Ouvrir la &session", None))
#if QT_CONFIG(tooltip)
        self.openSessionButton.setToolTip(QCoreApplication.translate("BpfTraceDialog", u"Ouvre la session de la ligne choisie (double-clic sur la ligne).", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("BpfTraceDialog", u"&Exporter en Excel\u2026", None))
    # retranslateUi

