"""The « Modèles Word » sub-tab: which template each kind uses, customising it, its fields."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from formadesk.core.errors import FormadeskError

from ..forms.ui_documents_tab import Ui_DocumentsTab
from ..messages import confirm, show_error
from ..models.documents import CONTEXT, FIELD_COLUMNS, TEMPLATE_COLUMNS, FieldLine, TemplateLine
from ..models.simple import RowTableModel
from ..widgets.desktop import open_local
from ..widgets.tables import fit_columns, select_id, selected_id, setup_table

OLD_FOLDER = "anciens"  # where « Revenir au modèle fourni » keeps the office's previous copy


class TemplatesPanel(QObject):
    """Lists the kinds with a Word output; customises, resets and checks their templates."""

    def __init__(self, ui: Ui_DocumentsTab, widget: QWidget):
        super().__init__(widget)
        self.ui = ui
        self.widget = widget
        self.model: RowTableModel[TemplateLine] = RowTableModel(TEMPLATE_COLUMNS, CONTEXT, self)
        self.field_model: RowTableModel[FieldLine] = RowTableModel(FIELD_COLUMNS, CONTEXT, self)
        setup_table(ui.templateTable, self.model, stretch_column=0)
        self.field_proxy = setup_table(ui.fieldTable, self.field_model, stretch_column=1)
        ui.templatesSplitter.setStretchFactor(0, 1)
        ui.templatesSplitter.setStretchFactor(1, 2)
        ui.templatesSplitter.setSizes([420, 900])
        ui.templateTable.selectionModel().selectionChanged.connect(self.show_selected)
        ui.templateTable.doubleClicked.connect(lambda _index: self.customise())
        ui.customizeButton.clicked.connect(self.customise)
        ui.resetButton.clicked.connect(self.reset)
        ui.checkButton.clicked.connect(self.check)
        ui.templatesFolderButton.clicked.connect(self.open_folder)
        ui.fieldSearchEdit.textChanged.connect(self.field_proxy.setFilterFixedString)
        ui.fieldTable.doubleClicked.connect(lambda _index: self.copy_field())
        ui.copyFieldButton.clicked.connect(self.copy_field)
        self._hint = ui.fieldsHint.text()
        self._loaded = False

    # -- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the list (a template may have been saved or removed outside Formadesk)."""
        from formadesk.core.documents.engine.docx import TemplateError, find_template
        from formadesk.core.documents.engine.registry import KINDS

        chosen = selected_id(self.ui.templateTable)
        lines = []
        kinds = sorted((k for k in KINDS.values() if "docx" in k.formats), key=lambda k: k.label)
        for number, kind in enumerate(kinds, start=1):
            try:
                path, own = find_template(kind.key)
            except TemplateError:
                path, own = Path(), False
            lines.append(TemplateLine(number, kind.key, kind.label, own, str(path)))
        self.model.set_rows(lines)
        if not select_id(self.ui.templateTable, chosen) and lines:
            self.ui.templateTable.selectRow(0)
        fit_columns(self.ui.templateTable, maximum=300)
        self._loaded = True
        self.show_selected()

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self.refresh()

    def selected(self) -> TemplateLine | None:
        line_id = selected_id(self.ui.templateTable)
        return self.model.row_at(self.model.row_of_id(line_id)) if line_id else None

    def select_kind(self, key: str) -> bool:
        line = next((t for t in self.model.rows() if t.key == key), None)
        return line is not None and select_id(self.ui.templateTable, line.id)

    def show_selected(self) -> None:
        from formadesk.core.documents.engine.fields import field_reference

        line = self.selected()
        ui = self.ui
        ui.customizeButton.setEnabled(line is not None)
        ui.checkButton.setEnabled(line is not None)
        ui.resetButton.setEnabled(line is not None and line.own)
        infos = field_reference(line.key) if line else []
        self.field_model.set_rows(
            [FieldLine(n, i.name, i.jinja, i.description, i.example) for n, i in enumerate(infos)]
        )
        title = self.tr("Champs disponibles")
        if line:
            title = self.tr("Champs disponibles — {kind} ({file})").format(
                kind=line.label, file=f"{line.key}.docx"
            )
        ui.fieldsGroup.setTitle(title)
        ui.fieldsHint.setText(self._hint)
        ui.copyFieldButton.setEnabled(bool(infos))
        fit_columns(ui.fieldTable, maximum=300)

    # -- actions --------------------------------------------------------------------------
    def customise(self) -> Path | None:
        """Copy the shipped template to the office's folder (once) and open it in Word."""
        from formadesk.core.documents.engine.docx import copy_default_template

        line = self.selected()
        if line is None:
            return None
        try:
            path = copy_default_template(line.key)
        except (FormadeskError, OSError) as error:
            show_error(self.widget, _readable(error))
            return None
        self.refresh()
        open_local(path)
        return path

    def reset(self) -> None:
        """Put the office's copy aside (in « anciens ») so that the shipped template is used."""
        line = self.selected()
        if line is None or not line.own:
            return
        path = Path(line.path)
        question = self.tr(
            "Revenir au modèle fourni pour « {kind} » ?\n\nLe modèle de l'organisme "
            "« {name} » ne sera plus utilisé ; une copie est gardée dans le dossier "
            "« {old} » du dossier des modèles."
        ).format(kind=line.label, name=path.name, old=OLD_FOLDER)
        if not confirm(self.widget, self.tr("Revenir au modèle fourni"), question):
            return
        stamp = dt.datetime.now().strftime("%Y-%m-%d %H%M%S")
        target = path.parent / OLD_FOLDER / f"{path.stem} ({stamp}){path.suffix}"
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(path, target)
        except OSError as error:
            show_error(self.widget, _readable(error))
        self.refresh()

    def check(self) -> None:
        """Check the template the selected kind uses now, and say what is wrong in French."""
        from formadesk.core.documents.engine.docx import validate_template

        line = self.selected()
        if line is None:
            return
        try:
            path = validate_template(line.key)
        except FormadeskError as error:
            show_error(self.widget, error, self.tr("Modèle à corriger"))
            return
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Modèle correct"),
            self.tr("Le modèle « {name} » est correct : tous ses champs sont connus.").format(
                name=path.name
            ),
            QMessageBox.StandardButton.Ok,
            self.widget,
        )
        box.setObjectName("templateOkBox")
        box.open()

    def open_folder(self) -> None:
        from formadesk.core.documents.engine.docx import user_templates_dir

        folder = user_templates_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            show_error(self.widget, _readable(error))
            return
        open_local(folder)

    def copy_field(self) -> str:
        """Put the selected field, as written in a template, on the clipboard."""
        field_id = selected_id(self.ui.fieldTable)
        line = self.field_model.row_at(field_id) if field_id is not None else None
        if line is None:
            return ""
        QGuiApplication.clipboard().setText(line.jinja)
        self.ui.fieldsHint.setText(
            self.tr("« {field} » est copié : collez-le dans le modèle Word (Ctrl+V).").format(
                field=line.jinja
            )
        )
        return line.jinja


def _readable(error: Exception) -> Exception:
    if isinstance(error, OSError):
        text = QCoreApplication.translate(
            "TemplatesPanel",
            "Le dossier des modèles n'est pas accessible ({reason}) : vérifiez qu'il existe et "
            "qu'aucun modèle n'est ouvert dans Word.",
        )
        return FormadeskError(text.format(reason=error.strerror or error))
    return error
