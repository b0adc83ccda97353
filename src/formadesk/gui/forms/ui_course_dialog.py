# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'course_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_CourseDialog(object):
    def setupUi(self, CourseDialog):
        if not CourseDialog.objectName():
            CourseDialog.setObjectName(u"CourseDialog")
        CourseDialog.resize(720, 560)
        self.mainLayout = QVBoxLayout(CourseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(CourseDialog)
        self.tabs.setObjectName(u"tabs")
        self.generalPage = QWidget()
        self.generalPage.setObjectName(u"generalPage")
        self.generalLayout = QFormLayout(self.generalPage)
        self.generalLayout.setObjectName(u"generalLayout")
        self.generalLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.codeLabel = QLabel(self.generalPage)
        self.codeLabel.setObjectName(u"codeLabel")

        self.generalLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(self.generalPage)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(20)

        self.generalLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.titleLabel = QLabel(self.generalPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.generalLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.generalPage)
        self.titleEdit.setObjectName(u"titleEdit")

        self.generalLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.durationLabel = QLabel(self.generalPage)
        self.durationLabel.setObjectName(u"durationLabel")

        self.generalLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.durationEdit = QLineEdit(self.generalPage)
        self.durationEdit.setObjectName(u"durationEdit")

        self.generalLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.durationEdit)

        self.priceLabel = QLabel(self.generalPage)
        self.priceLabel.setObjectName(u"priceLabel")

        self.generalLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.priceLabel)

        self.priceEdit = QLineEdit(self.generalPage)
        self.priceEdit.setObjectName(u"priceEdit")

        self.generalLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.priceEdit)

        self.intraPriceLabel = QLabel(self.generalPage)
        self.intraPriceLabel.setObjectName(u"intraPriceLabel")

        self.generalLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.intraPriceLabel)

        self.intraPriceEdit = QLineEdit(self.generalPage)
        self.intraPriceEdit.setObjectName(u"intraPriceEdit")

        self.generalLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.intraPriceEdit)

        self.modalityLabel = QLabel(self.generalPage)
        self.modalityLabel.setObjectName(u"modalityLabel")

        self.generalLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.modalityLabel)

        self.modalityCombo = QComboBox(self.generalPage)
        self.modalityCombo.setObjectName(u"modalityCombo")

        self.generalLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.modalityCombo)

        self.nsfLabel = QLabel(self.generalPage)
        self.nsfLabel.setObjectName(u"nsfLabel")

        self.generalLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.nsfLabel)

        self.nsfEdit = QLineEdit(self.generalPage)
        self.nsfEdit.setObjectName(u"nsfEdit")
        self.nsfEdit.setMaxLength(10)

        self.generalLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.nsfEdit)

        self.bpfObjectiveLabel = QLabel(self.generalPage)
        self.bpfObjectiveLabel.setObjectName(u"bpfObjectiveLabel")

        self.generalLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.bpfObjectiveLabel)

        self.bpfObjectiveCombo = QComboBox(self.generalPage)
        self.bpfObjectiveCombo.setObjectName(u"bpfObjectiveCombo")

        self.generalLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.bpfObjectiveCombo)

        self.levelLabel = QLabel(self.generalPage)
        self.levelLabel.setObjectName(u"levelLabel")

        self.generalLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.levelCombo = QComboBox(self.generalPage)
        self.levelCombo.setObjectName(u"levelCombo")
        self.levelCombo.setEditable(True)

        self.generalLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.levelCombo)

        self.certificationLabel = QLabel(self.generalPage)
        self.certificationLabel.setObjectName(u"certificationLabel")

        self.generalLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.certificationLabel)

        self.certificationEdit = QLineEdit(self.generalPage)
        self.certificationEdit.setObjectName(u"certificationEdit")
        self.certificationEdit.setMaxLength(40)

        self.generalLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.certificationEdit)

        self.sanctionLabel = QLabel(self.generalPage)
        self.sanctionLabel.setObjectName(u"sanctionLabel")

        self.generalLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.sanctionLabel)

        self.sanctionCombo = QComboBox(self.generalPage)
        self.sanctionCombo.setObjectName(u"sanctionCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.sanctionCombo.sizePolicy().hasHeightForWidth())
        self.sanctionCombo.setSizePolicy(sizePolicy)
        self.sanctionCombo.setEditable(True)

        self.generalLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.sanctionCombo)

        self.activeCheck = QCheckBox(self.generalPage)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.generalLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.activeCheck)

        self.tabs.addTab(self.generalPage, "")
        self.audiencePage = QWidget()
        self.audiencePage.setObjectName(u"audiencePage")
        self.audienceLayout = QFormLayout(self.audiencePage)
        self.audienceLayout.setObjectName(u"audienceLayout")
        self.audienceLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.objectivesLabel = QLabel(self.audiencePage)
        self.objectivesLabel.setObjectName(u"objectivesLabel")

        self.audienceLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.objectivesLabel)

        self.objectivesEdit = QPlainTextEdit(self.audiencePage)
        self.objectivesEdit.setObjectName(u"objectivesEdit")

        self.audienceLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.objectivesEdit)

        self.audienceLabel = QLabel(self.audiencePage)
        self.audienceLabel.setObjectName(u"audienceLabel")

        self.audienceLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.audienceLabel)

        self.audienceEdit = QPlainTextEdit(self.audiencePage)
        self.audienceEdit.setObjectName(u"audienceEdit")

        self.audienceLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.audienceEdit)

        self.prerequisitesLabel = QLabel(self.audiencePage)
        self.prerequisitesLabel.setObjectName(u"prerequisitesLabel")

        self.audienceLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.prerequisitesLabel)

        self.prerequisitesEdit = QPlainTextEdit(self.audiencePage)
        self.prerequisitesEdit.setObjectName(u"prerequisitesEdit")

        self.audienceLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.prerequisitesEdit)

        self.tabs.addTab(self.audiencePage, "")
        self.contentPage = QWidget()
        self.contentPage.setObjectName(u"contentPage")
        self.contentLayout = QFormLayout(self.contentPage)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.programmeLabel = QLabel(self.contentPage)
        self.programmeLabel.setObjectName(u"programmeLabel")

        self.contentLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.programmeLabel)

        self.programmeEdit = QPlainTextEdit(self.contentPage)
        self.programmeEdit.setObjectName(u"programmeEdit")

        self.contentLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.programmeEdit)

        self.meansLabel = QLabel(self.contentPage)
        self.meansLabel.setObjectName(u"meansLabel")

        self.contentLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.meansLabel)

        self.meansEdit = QPlainTextEdit(self.contentPage)
        self.meansEdit.setObjectName(u"meansEdit")

        self.contentLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.meansEdit)

        self.assessmentLabel = QLabel(self.contentPage)
        self.assessmentLabel.setObjectName(u"assessmentLabel")

        self.contentLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.assessmentLabel)

        self.assessmentEdit = QPlainTextEdit(self.contentPage)
        self.assessmentEdit.setObjectName(u"assessmentEdit")

        self.contentLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.assessmentEdit)

        self.bringLabel = QLabel(self.contentPage)
        self.bringLabel.setObjectName(u"bringLabel")

        self.contentLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.bringLabel)

        self.bringEdit = QPlainTextEdit(self.contentPage)
        self.bringEdit.setObjectName(u"bringEdit")

        self.contentLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.bringEdit)

        self.tabs.addTab(self.contentPage, "")

        self.mainLayout.addWidget(self.tabs)

        self.errorLabel = QLabel(CourseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c0392b;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CourseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.durationLabel.setBuddy(self.durationEdit)
        self.priceLabel.setBuddy(self.priceEdit)
        self.intraPriceLabel.setBuddy(self.intraPriceEdit)
        self.modalityLabel.setBuddy(self.modalityCombo)
        self.nsfLabel.setBuddy(self.nsfEdit)
        self.bpfObjectiveLabel.setBuddy(self.bpfObjectiveCombo)
        self.levelLabel.setBuddy(self.levelCombo)
        self.certificationLabel.setBuddy(self.certificationEdit)
        self.sanctionLabel.setBuddy(self.sanctionCombo)
        self.objectivesLabel.setBuddy(self.objectivesEdit)
        self.audienceLabel.setBuddy(self.audienceEdit)
        self.prerequisitesLabel.setBuddy(self.prerequisitesEdit)
        self.programmeLabel.setBuddy(self.programmeEdit)
        self.meansLabel.setBuddy(self.meansEdit)
        self.assessmentLabel.setBuddy(self.assessmentEdit)
        self.bringLabel.setBuddy(self.bringEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.durationEdit)
        QWidget.setTabOrder(self.durationEdit, self.priceEdit)
        QWidget.setTabOrder(self.priceEdit, self.intraPriceEdit)
        QWidget.setTabOrder(self.intraPriceEdit, self.modalityCombo)
        QWidget.setTabOrder(self.modalityCombo, self.nsfEdit)
        QWidget.setTabOrder(self.nsfEdit, self.bpfObjectiveCombo)
        QWidget.setTabOrder(self.bpfObjectiveCombo, self.levelCombo)
        QWidget.setTabOrder(self.levelCombo, self.certificationEdit)
        QWidget.setTabOrder(self.certificationEdit, self.sanctionCombo)
        QWidget.setTabOrder(self.sanctionCombo, self.activeCheck)

        self.retranslateUi(CourseDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CourseDialog)
    # setupUi

    def retranslateUi(self, CourseDialog):
        CourseDialog.setWindowTitle(QCoreApplication.translate("CourseDialog", u"Formation", None))
        self.codeLabel.setText(QCoreApplication.translate("CourseDialog", u"&Code :", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("CourseDialog", u"ex. EXCEL-INIT", None))
        self.titleLabel.setText(QCoreApplication.translate("CourseDialog", u"&Intitul\u00e9 :", None))
        self.durationLabel.setText(QCoreApplication.translate("CourseDialog", u"&Dur\u00e9e (heures) :", None))
        self.durationEdit.setPlaceholderText(QCoreApplication.translate("CourseDialog", u"ex. 14 ou 10h30", None))
        self.priceLabel.setText(QCoreApplication.translate("CourseDialog", u"Prix &inter-entreprises (\u20ac par stagiaire) :", None))
        self.priceEdit.setPlaceholderText(QCoreApplication.translate("CourseDialog", u"ex. 1 250,00", None))
        self.intraPriceLabel.setText(QCoreApplication.translate("CourseDialog", u"Prix i&ntra-entreprise (\u20ac par groupe) :", None))
        self.intraPriceEdit.setPlaceholderText(QCoreApplication.translate("CourseDialog", u"ex. 3 600,00", None))
        self.modalityLabel.setText(QCoreApplication.translate("CourseDialog", u"&Modalit\u00e9 :", None))
        self.nsfLabel.setText(QCoreApplication.translate("CourseDialog", u"Code &NSF :", None))
        self.nsfEdit.setPlaceholderText(QCoreApplication.translate("CourseDialog", u"ex. 324 ou 326t", None))
        self.bpfObjectiveLabel.setText(QCoreApplication.translate("CourseDialog", u"Objectif &BPF (cadre F-3) :", None))
#if QT_CONFIG(tooltip)
        self.bpfObjectiveCombo.setToolTip(QCoreApplication.translate("CourseDialog", u"Objectif g\u00e9n\u00e9ral de la formation, tel que le bilan p\u00e9dagogique et financier le demande (cadre F-3).", None))
#endif // QT_CONFIG(tooltip)
        self.levelLabel.setText(QCoreApplication.translate("CourseDialog", u"Ni&veau :", None))
        self.certificationLabel.setText(QCoreApplication.translate("CourseDialog", u"Code &RNCP / RS :", None))
        self.certificationEdit.setPlaceholderText(QCoreApplication.translate("CourseDialog", u"ex. RS5252 (vide si non certifiante)", None))
        self.sanctionLabel.setText(QCoreApplication.translate("CourseDialog", u"&Sanction :", None))
        self.activeCheck.setText(QCoreApplication.translate("CourseDialog", u"Formation &active (propos\u00e9e au catalogue)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalPage), QCoreApplication.translate("CourseDialog", u"G\u00e9n\u00e9ral", None))
        self.objectivesLabel.setText(QCoreApplication.translate("CourseDialog", u"&Objectifs :", None))
        self.objectivesEdit.setPlaceholderText(QCoreApplication.translate("CourseDialog", u"Un objectif par ligne, ex. \u00ab Construire un tableau crois\u00e9 dynamique \u00bb", None))
        self.audienceLabel.setText(QCoreApplication.translate("CourseDialog", u"&Public vis\u00e9 :", None))
        self.prerequisitesLabel.setText(QCoreApplication.translate("CourseDialog", u"P&r\u00e9requis :", None))
        self.tabs.setTabText(self.tabs.indexOf(self.audiencePage), QCoreApplication.translate("CourseDialog", u"Objectifs et public", None))
        self.programmeLabel.setText(QCoreApplication.translate("CourseDialog", u"Pro&gramme :", None))
        self.meansLabel.setText(QCoreApplication.translate("CourseDialog", u"&Moyens p\u00e9dagogiques :", None))
        self.assessmentLabel.setText(QCoreApplication.translate("CourseDialog", u"Modalit\u00e9s d'\u00e9&valuation :", None))
        self.bringLabel.setText(QCoreApplication.translate("CourseDialog", u"\u00c0 a&pporter (une ligne par \u00e9l\u00e9ment) :", None))
#if QT_CONFIG(tooltip)
        self.bringLabel.setToolTip(QCoreApplication.translate("CourseDialog", u"Imprim\u00e9 sur les convocations de cette formation. Si une session a sa propre liste \u00ab \u00c0 apporter \u00bb, c'est celle de la session qui est imprim\u00e9e ; si ni la session ni la formation n'en ont, la convocation reprend la liste par d\u00e9faut des Param\u00e8tres.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.bringEdit.setToolTip(QCoreApplication.translate("CourseDialog", u"Imprim\u00e9 sur les convocations de cette formation. Si une session a sa propre liste \u00ab \u00c0 apporter \u00bb, c'est celle de la session qui est imprim\u00e9e ; si ni la session ni la formation n'en ont, la convocation reprend la liste par d\u00e9faut des Param\u00e8tres.", None))
#endif // QT_CONFIG(tooltip)
        self.bringEdit.setPlaceholderText(QCoreApplication.translate("CourseDialog", u"ex. ordinateur portable\n"
"pi\u00e8ce d'identit\u00e9", None))
        self.tabs.setTabText(self.tabs.indexOf(self.contentPage), QCoreApplication.translate("CourseDialog", u"Programme et m\u00e9thodes", None))
    # retranslateUi

