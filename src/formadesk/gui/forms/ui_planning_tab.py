# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'planning_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QToolButton, QVBoxLayout, QWidget)

class Ui_PlanningTab(object):
    def setupUi(self, PlanningTab):
        if not PlanningTab.objectName():
            PlanningTab.setObjectName(u"PlanningTab")
        PlanningTab.resize(1200, 700)
        self.mainLayout = QVBoxLayout(PlanningTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.navigationLayout = QHBoxLayout()
        self.navigationLayout.setObjectName(u"navigationLayout")
        self.previousButton = QPushButton(PlanningTab)
        self.previousButton.setObjectName(u"previousButton")
        self.previousButton.setMaximumSize(QSize(40, 16777215))

        self.navigationLayout.addWidget(self.previousButton)

        self.todayButton = QPushButton(PlanningTab)
        self.todayButton.setObjectName(u"todayButton")

        self.navigationLayout.addWidget(self.todayButton)

        self.nextButton = QPushButton(PlanningTab)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setMaximumSize(QSize(40, 16777215))

        self.navigationLayout.addWidget(self.nextButton)

        self.periodLabel = QLabel(PlanningTab)
        self.periodLabel.setObjectName(u"periodLabel")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.periodLabel.setFont(font)

        self.navigationLayout.addWidget(self.periodLabel)

        self.countLabel = QLabel(PlanningTab)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setStyleSheet(u"color: #666666; padding-left: 12px;")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.countLabel.sizePolicy().hasHeightForWidth())
        self.countLabel.setSizePolicy(sizePolicy)
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)

        self.navigationLayout.addWidget(self.countLabel)

        self.weekViewButton = QPushButton(PlanningTab)
        self.weekViewButton.setObjectName(u"weekViewButton")
        self.weekViewButton.setCheckable(True)
        self.weekViewButton.setChecked(True)
        self.weekViewButton.setAutoExclusive(True)

        self.navigationLayout.addWidget(self.weekViewButton)

        self.monthViewButton = QPushButton(PlanningTab)
        self.monthViewButton.setObjectName(u"monthViewButton")
        self.monthViewButton.setCheckable(True)
        self.monthViewButton.setAutoExclusive(True)

        self.navigationLayout.addWidget(self.monthViewButton)

        self.timelineViewButton = QPushButton(PlanningTab)
        self.timelineViewButton.setObjectName(u"timelineViewButton")
        self.timelineViewButton.setCheckable(True)
        self.timelineViewButton.setAutoExclusive(True)

        self.navigationLayout.addWidget(self.timelineViewButton)

        self.timelineRowsCombo = QComboBox(PlanningTab)
        self.timelineRowsCombo.setObjectName(u"timelineRowsCombo")
        self.timelineRowsCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.navigationLayout.addWidget(self.timelineRowsCombo)

        self.timelineSpanCombo = QComboBox(PlanningTab)
        self.timelineSpanCombo.setObjectName(u"timelineSpanCombo")
        self.timelineSpanCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.navigationLayout.addWidget(self.timelineSpanCombo)

        self.navigationLayout.setStretch(4, 1)

        self.mainLayout.addLayout(self.navigationLayout)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setObjectName(u"actionLayout")
        self.undoButton = QToolButton(PlanningTab)
        self.undoButton.setObjectName(u"undoButton")
        self.undoButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.actionLayout.addWidget(self.undoButton)

        self.redoButton = QToolButton(PlanningTab)
        self.redoButton.setObjectName(u"redoButton")
        self.redoButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.actionLayout.addWidget(self.redoButton)

        self.moveButton = QPushButton(PlanningTab)
        self.moveButton.setObjectName(u"moveButton")

        self.actionLayout.addWidget(self.moveButton)

        self.findRoomButton = QPushButton(PlanningTab)
        self.findRoomButton.setObjectName(u"findRoomButton")

        self.actionLayout.addWidget(self.findRoomButton)

        self.nextFreeButton = QPushButton(PlanningTab)
        self.nextFreeButton.setObjectName(u"nextFreeButton")

        self.actionLayout.addWidget(self.nextFreeButton)

        self.actionSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionLayout.addItem(self.actionSpacer)

        self.checkButton = QPushButton(PlanningTab)
        self.checkButton.setObjectName(u"checkButton")

        self.actionLayout.addWidget(self.checkButton)

        self.rulesButton = QPushButton(PlanningTab)
        self.rulesButton.setObjectName(u"rulesButton")

        self.actionLayout.addWidget(self.rulesButton)

        self.exportButton = QToolButton(PlanningTab)
        self.exportButton.setObjectName(u"exportButton")
        self.exportButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.actionLayout.addWidget(self.exportButton)


        self.mainLayout.addLayout(self.actionLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterLabel = QLabel(PlanningTab)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterLayout.addWidget(self.filterLabel)

        self.roomFilterCombo = QComboBox(PlanningTab)
        self.roomFilterCombo.setObjectName(u"roomFilterCombo")
        self.roomFilterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.roomFilterCombo.setMinimumContentsLength(14)
        self.roomFilterCombo.setMaximumSize(QSize(230, 16777215))

        self.filterLayout.addWidget(self.roomFilterCombo)

        self.trainerFilterCombo = QComboBox(PlanningTab)
        self.trainerFilterCombo.setObjectName(u"trainerFilterCombo")
        self.trainerFilterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.trainerFilterCombo.setMinimumContentsLength(14)

        self.filterLayout.addWidget(self.trainerFilterCombo)

        self.sessionFilterCombo = QComboBox(PlanningTab)
        self.sessionFilterCombo.setObjectName(u"sessionFilterCombo")
        self.sessionFilterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sessionFilterCombo.setMinimumContentsLength(14)
        self.sessionFilterCombo.setMaximumSize(QSize(300, 16777215))

        self.filterLayout.addWidget(self.sessionFilterCombo)

        self.learnerSearchEdit = QLineEdit(PlanningTab)
        self.learnerSearchEdit.setObjectName(u"learnerSearchEdit")
        self.learnerSearchEdit.setClearButtonEnabled(True)
        self.learnerSearchEdit.setMinimumSize(QSize(120, 0))
        self.learnerSearchEdit.setMaximumSize(QSize(190, 16777215))

        self.filterLayout.addWidget(self.learnerSearchEdit)

        self.learnerFilterCombo = QComboBox(PlanningTab)
        self.learnerFilterCombo.setObjectName(u"learnerFilterCombo")
        self.learnerFilterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.learnerFilterCombo.setMinimumContentsLength(14)
        self.learnerFilterCombo.setMaximumSize(QSize(240, 16777215))

        self.filterLayout.addWidget(self.learnerFilterCombo)

        self.clearFiltersButton = QPushButton(PlanningTab)
        self.clearFiltersButton.setObjectName(u"clearFiltersButton")

        self.filterLayout.addWidget(self.clearFiltersButton)

        self.filterSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.mainLayout.addLayout(self.filterLayout)

        self.viewStack = QStackedWidget(PlanningTab)
        self.viewStack.setObjectName(u"viewStack")
        self.weekPage = QWidget()
        self.weekPage.setObjectName(u"weekPage")
        self.weekLayout = QVBoxLayout(self.weekPage)
        self.weekLayout.setObjectName(u"weekLayout")
        self.weekLayout.setContentsMargins(0, 0, 0, 0)
        self.viewStack.addWidget(self.weekPage)
        self.monthPage = QWidget()
        self.monthPage.setObjectName(u"monthPage")
        self.monthLayout = QVBoxLayout(self.monthPage)
        self.monthLayout.setObjectName(u"monthLayout")
        self.monthLayout.setContentsMargins(0, 0, 0, 0)
        self.viewStack.addWidget(self.monthPage)
        self.timelinePage = QWidget()
        self.timelinePage.setObjectName(u"timelinePage")
        self.timelineLayout = QVBoxLayout(self.timelinePage)
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.timelineLayout.setContentsMargins(0, 0, 0, 0)
        self.viewStack.addWidget(self.timelinePage)

        self.mainLayout.addWidget(self.viewStack)


        self.retranslateUi(PlanningTab)

        QMetaObject.connectSlotsByName(PlanningTab)
    # setupUi

    def retranslateUi(self, PlanningTab):
        self.previousButton.setText(QCoreApplication.translate("PlanningTab", u"\u25c0", None))
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("PlanningTab", u"P\u00e9riode pr\u00e9c\u00e9dente (Alt+\u2190)", None))
#endif // QT_CONFIG(tooltip)
        self.todayButton.setText(QCoreApplication.translate("PlanningTab", u"&Aujourd'hui", None))
        self.nextButton.setText(QCoreApplication.translate("PlanningTab", u"\u25b6", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("PlanningTab", u"P\u00e9riode suivante (Alt+\u2192)", None))
#endif // QT_CONFIG(tooltip)
        self.weekViewButton.setText(QCoreApplication.translate("PlanningTab", u"&Semaine", None))
        self.monthViewButton.setText(QCoreApplication.translate("PlanningTab", u"&Mois", None))
        self.timelineViewButton.setText(QCoreApplication.translate("PlanningTab", u"&Chronologie", None))
#if QT_CONFIG(tooltip)
        self.timelineRowsCombo.setToolTip(QCoreApplication.translate("PlanningTab", u"Lignes de la chronologie", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.timelineSpanCombo.setToolTip(QCoreApplication.translate("PlanningTab", u"Dur\u00e9e affich\u00e9e dans la chronologie", None))
#endif // QT_CONFIG(tooltip)
        self.moveButton.setText(QCoreApplication.translate("PlanningTab", u"&D\u00e9placer\u2026", None))
#if QT_CONFIG(tooltip)
        self.moveButton.setToolTip(QCoreApplication.translate("PlanningTab", u"Changer la date, les horaires ou la salle du cr\u00e9neau s\u00e9lectionn\u00e9", None))
#endif // QT_CONFIG(tooltip)
        self.findRoomButton.setText(QCoreApplication.translate("PlanningTab", u"Trouver une &salle\u2026", None))
#if QT_CONFIG(tooltip)
        self.findRoomButton.setToolTip(QCoreApplication.translate("PlanningTab", u"Salles libres pour un cr\u00e9neau, selon les places, l'accessibilit\u00e9 et le mat\u00e9riel", None))
#endif // QT_CONFIG(tooltip)
        self.nextFreeButton.setText(QCoreApplication.translate("PlanningTab", u"Prochain cr\u00e9neau &libre\u2026", None))
#if QT_CONFIG(tooltip)
        self.nextFreeButton.setToolTip(QCoreApplication.translate("PlanningTab", u"Premi\u00e8re demi-journ\u00e9e o\u00f9 un formateur et une salle sont libres ensemble", None))
#endif // QT_CONFIG(tooltip)
        self.checkButton.setText(QCoreApplication.translate("PlanningTab", u"&V\u00e9rifier le planning\u2026", None))
#if QT_CONFIG(tooltip)
        self.checkButton.setToolTip(QCoreApplication.translate("PlanningTab", u"Tous les conflits sur une p\u00e9riode", None))
#endif // QT_CONFIG(tooltip)
        self.rulesButton.setText(QCoreApplication.translate("PlanningTab", u"&R\u00e8gles\u2026", None))
#if QT_CONFIG(tooltip)
        self.rulesButton.setToolTip(QCoreApplication.translate("PlanningTab", u"Conflits bloquants ou simples avertissements, jours f\u00e9ri\u00e9s", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("PlanningTab", u"&Exporter", None))
        self.filterLabel.setText(QCoreApplication.translate("PlanningTab", u"Afficher :", None))
#if QT_CONFIG(tooltip)
        self.roomFilterCombo.setToolTip(QCoreApplication.translate("PlanningTab", u"Seulement les cr\u00e9neaux de cette salle", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.trainerFilterCombo.setToolTip(QCoreApplication.translate("PlanningTab", u"Seulement les cr\u00e9neaux de ce formateur", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.sessionFilterCombo.setToolTip(QCoreApplication.translate("PlanningTab", u"Seulement les cr\u00e9neaux de cette session (sessions de la p\u00e9riode affich\u00e9e)", None))
#endif // QT_CONFIG(tooltip)
        self.learnerSearchEdit.setPlaceholderText(QCoreApplication.translate("PlanningTab", u"Apprenant : nom\u2026", None))
#if QT_CONFIG(tooltip)
        self.learnerFilterCombo.setToolTip(QCoreApplication.translate("PlanningTab", u"Seulement les cr\u00e9neaux des sessions de cet apprenant", None))
#endif // QT_CONFIG(tooltip)
        self.clearFiltersButton.setText(QCoreApplication.translate("PlanningTab", u"&Tout afficher", None))
        pass
    # retranslateUi

