"""A combo box of QGIS PostgreSQL connections that remembers the last one chosen."""

from typing import Callable, Tuple

from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton

from ..toolbelt.connections import connection_names, default_connection, remember_connection


class ConnectionCombo(QComboBox):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.addItems(connection_names())
        last = default_connection()
        if last:
            self.setCurrentText(last)

    def remember(self) -> None:
        remember_connection(self.currentText())


def connection_row(parent, on_load: Callable[[], object]) -> Tuple[QHBoxLayout, ConnectionCombo]:
    """'Connection: [combo] [Load]', Load calling ``on_load``: the top row of the dialogs."""
    row = QHBoxLayout()
    combo = ConnectionCombo(parent)
    load_button = QPushButton(QCoreApplication.translate("ConnectionCombo", "Load"), parent)
    load_button.clicked.connect(lambda: on_load())
    row.addWidget(QLabel(QCoreApplication.translate("ConnectionCombo", "Connection:"), parent))
    row.addWidget(combo, 1)
    row.addWidget(load_button)
    return row, combo
