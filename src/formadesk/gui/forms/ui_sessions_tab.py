# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sessions_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_SessionsTab(object):
    def setupUi(self, SessionsTab):
        if not SessionsTab.objectName():
            SessionsTab.setObjectName(u"SessionsTab")
        SessionsTab.resize(1100, 720)
        self.mainLayout = QVBoxLayout(SessionsTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.views = QTabWidget(SessionsTab)
        self.views.setObjectName(u"views")
        self.catalogPage = QWidget()
        self.catalogPage.setObjectName(u"catalogPage")
        self.catalogLayout = QVBoxLayout(self.catalogPage)
        self.catalogLayout.setObjectName(u"catalogLayout")
        self.catalogBar = QHBoxLayout()
        self.catalogBar.setObjectName(u"catalogBar")
        self.courseSearch = QLineEdit(self.catalogPage)
        self.courseSearch.setObjectName(u"courseSearch")
        self.courseSearch.setMinimumSize(QSize(280, 0))
        self.courseSearch.setClearButtonEnabled(True)

        self.catalogBar.addWidget(self.courseSearch)

        self.catalogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.catalogBar.addItem(self.catalogSpacer)

        self.newCourseButton = QPushButton(self.catalogPage)
        self.newCourseButton.setObjectName(u"newCourseButton")

        self.catalogBar.addWidget(self.newCourseButton)

        self.editCourseButton = QPushButton(self.catalogPage)
        self.editCourseButton.setObjectName(u"editCourseButton")

        self.catalogBar.addWidget(self.editCourseButton)

        self.newSessionForCourseButton = QPushButton(self.catalogPage)
        self.newSessionForCourseButton.setObjectName(u"newSessionForCourseButton")

        self.catalogBar.addWidget(self.newSessionForCourseButton)


        self.catalogLayout.addLayout(self.catalogBar)

        self.courseTable = QTableView(self.catalogPage)
        self.courseTable.setObjectName(u"courseTable")

        self.catalogLayout.addWidget(self.courseTable)

        self.views.addTab(self.catalogPage, "")
        self.sessionsPage = QWidget()
        self.sessionsPage.setObjectName(u"sessionsPage")
        self.sessionsLayout = QVBoxLayout(self.sessionsPage)
        self.sessionsLayout.setObjectName(u"sessionsLayout")
        self.sessionsBar = QHBoxLayout()
        self.sessionsBar.setObjectName(u"sessionsBar")
        self.sessionSearch = QLineEdit(self.sessionsPage)
        self.sessionSearch.setObjectName(u"sessionSearch")
        self.sessionSearch.setMinimumSize(QSize(240, 0))
        self.sessionSearch.setClearButtonEnabled(True)

        self.sessionsBar.addWidget(self.sessionSearch)

        self.yearCombo = QComboBox(self.sessionsPage)
        self.yearCombo.setObjectName(u"yearCombo")

        self.sessionsBar.addWidget(self.yearCombo)

        self.statusCombo = QComboBox(self.sessionsPage)
        self.statusCombo.setObjectName(u"statusCombo")

        self.sessionsBar.addWidget(self.statusCombo)

        self.countLabel = QLabel(self.sessionsPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setStyleSheet(u"color: #666666;")

        self.sessionsBar.addWidget(self.countLabel)

        self.sessionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sessionsBar.addItem(self.sessionsSpacer)

        self.newSessionButton = QPushButton(self.sessionsPage)
        self.newSessionButton.setObjectName(u"newSessionButton")

        self.sessionsBar.addWidget(self.newSessionButton)

        self.editSessionButton = QPushButton(self.sessionsPage)
        self.editSessionButton.setObjectName(u"editSessionButton")

        self.sessionsBar.addWidget(self.editSessionButton)


        self.sessionsLayout.addLayout(self.sessionsBar)

        self.sessionSplitter = QSplitter(self.sessionsPage)
        self.sessionSplitter.setObjectName(u"sessionSplitter")
        self.sessionSplitter.setOrientation(Qt.Orientation.Vertical)
        self.sessionSplitter.setChildrenCollapsible(False)
        self.sessionTable = QTableView(self.sessionSplitter)
        self.sessionTable.setObjectName(u"sessionTable")
        self.sessionSplitter.addWidget(self.sessionTable)
        self.detailPanel = QWidget(self.sessionSplitter)
        self.detailPanel.setObjectName(u"detailPanel")
        self.detailLayout = QVBoxLayout(self.detailPanel)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.detailTitle = QLabel(self.detailPanel)
        self.detailTitle.setObjectName(u"detailTitle")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.detailTitle.sizePolicy().hasHeightForWidth())
        self.detailTitle.setSizePolicy(sizePolicy)
        self.detailTitle.setWordWrap(True)
        self.detailTitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.addWidget(self.detailTitle)

        self.detailSplitter = QSplitter(self.detailPanel)
        self.detailSplitter.setObjectName(u"detailSplitter")
        self.detailSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.detailSplitter.setChildrenCollapsible(False)
        self.slotsGroup = QGroupBox(self.detailSplitter)
        self.slotsGroup.setObjectName(u"slotsGroup")
        self.slotsLayout = QVBoxLayout(self.slotsGroup)
        self.slotsLayout.setObjectName(u"slotsLayout")
        self.slotTable = QTableView(self.slotsGroup)
        self.slotTable.setObjectName(u"slotTable")

        self.slotsLayout.addWidget(self.slotTable)

        self.slotButtons = QHBoxLayout()
        self.slotButtons.setObjectName(u"slotButtons")
        self.bookButton = QPushButton(self.slotsGroup)
        self.bookButton.setObjectName(u"bookButton")

        self.slotButtons.addWidget(self.bookButton)

        self.slotButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.slotButtons.addItem(self.slotButtonsSpacer)


        self.slotsLayout.addLayout(self.slotButtons)

        self.detailSplitter.addWidget(self.slotsGroup)
        self.enrollmentsGroup = QGroupBox(self.detailSplitter)
        self.enrollmentsGroup.setObjectName(u"enrollmentsGroup")
        self.enrollmentsLayout = QVBoxLayout(self.enrollmentsGroup)
        self.enrollmentsLayout.setObjectName(u"enrollmentsLayout")
        self.enrollmentTable = QTableView(self.enrollmentsGroup)
        self.enrollmentTable.setObjectName(u"enrollmentTable")

        self.enrollmentsLayout.addWidget(self.enrollmentTable)

        self.enrollmentButtons = QHBoxLayout()
        self.enrollmentButtons.setObjectName(u"enrollmentButtons")
        self.enrollButton = QPushButton(self.enrollmentsGroup)
        self.enrollButton.setObjectName(u"enrollButton")

        self.enrollmentButtons.addWidget(self.enrollButton)

        self.statusButton = QPushButton(self.enrollmentsGroup)
        self.statusButton.setObjectName(u"statusButton")

        self.enrollmentButtons.addWidget(self.statusButton)

        self.removeButton = QPushButton(self.enrollmentsGroup)
        self.removeButton.setObjectName(u"removeButton")

        self.enrollmentButtons.addWidget(self.removeButton)

        self.enrollmentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.enrollmentButtons.addItem(self.enrollmentSpacer)

        self.exportButton = QPushButton(self.enrollmentsGroup)
        self.exportButton.setObjectName(u"exportButton")

        self.enrollmentButtons.addWidget(self.exportButton)

        self.convocationsButton = QPushButton(self.enrollmentsGroup)
        self.convocationsButton.setObjectName(u"convocationsButton")

        self.enrollmentButtons.addWidget(self.convocationsButton)


        self.enrollmentsLayout.addLayout(self.enrollmentButtons)

        self.detailSplitter.addWidget(self.enrollmentsGroup)

        self.detailLayout.addWidget(self.detailSplitter)

        self.detailLayout.setStretch(1, 1)
        self.sessionSplitter.addWidget(self.detailPanel)

        self.sessionsLayout.addWidget(self.sessionSplitter)

        self.views.addTab(self.sessionsPage, "")

        self.mainLayout.addWidget(self.views)


        self.retranslateUi(SessionsTab)

        self.views.setCurrentIndex(1)


        QMetaObject.connectSlotsByName(SessionsTab)
    # setupUi

    def retranslateUi(self, SessionsTab):
        self.courseSearch.setPlaceholderText(QCoreApplication.translate("SessionsTab", u"Rechercher une formation (code, intitul\u00e9)\u2026", None))
        self.newCourseButton.setText(QCoreApplication.translate("SessionsTab", u"&Nouvelle formation\u2026", None))
        self.editCourseButton.setText(QCoreApplication.translate("SessionsTab", u"&Modifier\u2026", None))
        self.newSessionForCourseButton.setText(QCoreApplication.translate("SessionsTab", u"Programmer une &session\u2026", None))
#if QT_CONFIG(tooltip)
        self.newSessionForCourseButton.setToolTip(QCoreApplication.translate("SessionsTab", u"Nouvelle session de la formation s\u00e9lectionn\u00e9e", None))
#endif // QT_CONFIG(tooltip)
        self.views.setTabText(self.views.indexOf(self.catalogPage), QCoreApplication.translate("SessionsTab", u"Catalogue", None))
        self.sessionSearch.setPlaceholderText(QCoreApplication.translate("SessionsTab", u"Rechercher (code, formation)\u2026", None))
#if QT_CONFIG(tooltip)
        self.yearCombo.setToolTip(QCoreApplication.translate("SessionsTab", u"Ann\u00e9e de d\u00e9but", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("SessionsTab", u"Statut de la session", None))
#endif // QT_CONFIG(tooltip)
        self.newSessionButton.setText(QCoreApplication.translate("SessionsTab", u"Nouvelle &session\u2026", None))
        self.editSessionButton.setText(QCoreApplication.translate("SessionsTab", u"Mo&difier\u2026", None))
        self.slotsGroup.setTitle(QCoreApplication.translate("SessionsTab", u"S\u00e9ances", None))
        self.bookButton.setText(QCoreApplication.translate("SessionsTab", u"R\u00e9ser&ver\u2026", None))
#if QT_CONFIG(tooltip)
        self.bookButton.setToolTip(QCoreApplication.translate("SessionsTab", u"R\u00e9server une salle, des formateurs et du mat\u00e9riel pour tout ou partie des s\u00e9ances", None))
#endif // QT_CONFIG(tooltip)
        self.enrollmentsGroup.setTitle(QCoreApplication.translate("SessionsTab", u"Inscrits", None))
        self.enrollButton.setText(QCoreApplication.translate("SessionsTab", u"&Inscrire\u2026", None))
        self.statusButton.setText(QCoreApplication.translate("SessionsTab", u"Changer le s&tatut\u2026", None))
        self.removeButton.setText(QCoreApplication.translate("SessionsTab", u"&Retirer", None))
        self.exportButton.setText(QCoreApplication.translate("SessionsTab", u"&Exporter la liste (Excel)", None))
        self.convocationsButton.setText(QCoreApplication.translate("SessionsTab", u"&Convocations (PDF)", None))
#if QT_CONFIG(tooltip)
        self.convocationsButton.setToolTip(QCoreApplication.translate("SessionsTab", u"Une convocation par inscrit (ou pr\u00e9-inscrit), rang\u00e9e dans le dossier de la session", None))
#endif // QT_CONFIG(tooltip)
        self.views.setTabText(self.views.indexOf(self.sessionsPage), QCoreApplication.translate("SessionsTab", u"Sessions", None))
        pass
    # retranslateUi

