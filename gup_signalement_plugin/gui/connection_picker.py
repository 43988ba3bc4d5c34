"""A combo box of QGIS PostgreSQL connections that remembers the last one chosen."""
from qgis.core import QgsSettings
from qgis.PyQt.QtWidgets import QComboBox

from ..toolbelt.connections import connection_names

SETTINGS_KEY = "gup_signalement/connection"


class ConnectionCombo(QComboBox):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.addItems(connection_names())
        last = QgsSettings().value(SETTINGS_KEY, "")
        if last and self.findText(last) >= 0:
            self.setCurrentText(last)

    def remember(self) -> None:
        QgsSettings().setValue(SETTINGS_KEY, self.currentText())
