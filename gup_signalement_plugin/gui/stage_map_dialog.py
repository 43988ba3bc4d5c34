"""Choose a category and add the map of its stages over the communes to the project."""

from qgis.core import QgsProject
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QPushButton,
)

from ..core.errors import GupError
from ..toolbelt import layers
from ..toolbelt.connections import database_for_connection
from ..usecases import catalogue
from .connection_picker import ConnectionCombo
from .standard_buttons import translate_buttons


class StageMapDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Map of a category's stages"))
        form = QFormLayout(self)
        self.connection_combo = ConnectionCombo(self)
        self.connection_combo.currentTextChanged.connect(self.load_categories)
        form.addRow(self.tr("Connection"), self.connection_combo)
        self.category_combo = QComboBox(self)
        form.addRow(self.tr("Category"), self.category_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        self.add_button = QPushButton(self.tr("Add to map"), self)
        buttons.addButton(self.add_button, QDialogButtonBox.AcceptRole)
        self.add_button.clicked.connect(self.add_to_map)
        buttons.rejected.connect(self.reject)
        translate_buttons(buttons)
        form.addRow(buttons)
        self.load_categories()

    def load_categories(self, *_args) -> None:
        self.category_combo.clear()
        name = self.connection_combo.currentText()
        if not name:
            return
        try:
            with database_for_connection(name) as db:
                categories = [
                    c for c in catalogue.list_categories(db) if c.is_top_level and c.active
                ]
        except GupError as exc:
            QMessageBox.warning(self, self.tr("Connection"), str(exc))
            return
        for category in sorted(categories, key=lambda c: (c.sort_order, c.public_label)):
            self.category_combo.addItem(category.public_label, category.code)

    def add_to_map(self) -> None:
        name = self.connection_combo.currentText()
        code = self.category_combo.currentData()
        if not name or not code:
            return
        project = QgsProject.instance()
        try:
            if layers.communes_layer_name() not in layers.layer_names(project):
                layers.add_communes_layer(name, project)
            layers.add_stage_layer(name, project, code, self.category_combo.currentText())
        except GupError as exc:
            QMessageBox.critical(self, self.tr("Map"), str(exc))
            return
        self.connection_combo.remember()
        self.accept()
