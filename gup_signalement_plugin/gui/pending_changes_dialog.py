"""The base of the dialogs where a person edits pending changes, then saves them in one
transaction (the categories by commune matrix, the services; the triage dock and the docks to
come are built on it too).

What it gives:

- the connection row (``connection_bar()``: "Connection: [combo] [Load]") when the dialog is
  opened without a database; Load opens the chosen connection and calls ``load()``;
- the Save/Close bar (``save_bar()``), with a status label on its left; Save is enabled only
  while there are pending changes (call ``changes_updated()`` after each edit);
- ``save()``: writes the pending changes through ``write_changes()``, then reloads; when the
  database refuses them, the error is shown and every edit stays in the dialog;
- the "discard the unsaved changes?" question (``confirm_discard()``) before another
  connection is loaded and before the dialog closes (Close, Escape, the window's cross);
- the dialog's size (``fit_to_screen``) and French standard buttons (``translate_buttons``).

A subclass builds its widgets (calling ``connection_bar()`` and ``save_bar()`` where they go)
and implements:

- ``load() -> bool``: (re)read from ``self.database``, dropping the pending changes;
- ``pending_changes() -> list``: what Save would write (empty when nothing changed);
- ``write_changes(changes)``: write them in one transaction, raising GupError when refused.
"""

from typing import List, Optional

from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QMessageBox

from ..core.errors import GupError
from ..toolbelt.problem_text import error_text
from .connection_picker import ConnectionCombo, connection_row
from .dialog_size import fit_to_screen
from .standard_buttons import ask, translate_buttons

# texts under the context "PendingChangesDialog": self.tr() would use the subclass's name
translate = QCoreApplication.translate


class PendingChangesDialog(QDialog):
    """Edit pending changes, save them in one transaction (see the module's docstring)."""

    def __init__(self, parent=None, database=None, width: int = 1100, height: int = 560):
        super().__init__(parent)
        self.database = database
        self.connection_combo: Optional[ConnectionCombo] = None
        self.status_label: Optional[QLabel] = None
        self.buttons: Optional[QDialogButtonBox] = None
        fit_to_screen(self, width, height)

    # To implement -------------------------------------------------------------------------
    def load(self) -> bool:
        raise NotImplementedError

    def pending_changes(self) -> List:
        raise NotImplementedError

    def write_changes(self, changes: List) -> None:
        raise NotImplementedError

    # Parts of the layout ------------------------------------------------------------------
    def connection_bar(self) -> QHBoxLayout:
        """The top row: the connection choice when the dialog has no database (an empty row
        otherwise); the subclass may add its own widgets to it."""
        if self.database is not None:
            return QHBoxLayout()
        row, self.connection_combo = connection_row(self, self._load_from_combo)
        return row

    def save_bar(self) -> QHBoxLayout:
        """The bottom row: a status label, then Save and Close."""
        bottom = QHBoxLayout()
        self.status_label = QLabel(self)
        bottom.addWidget(self.status_label, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Close, self)
        translate_buttons(self.buttons)
        self.buttons.button(QDialogButtonBox.Save).clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        bottom.addWidget(self.buttons)
        self.changes_updated()
        return bottom

    # Pending changes ----------------------------------------------------------------------
    def has_changes(self) -> bool:
        return bool(self.pending_changes())

    def changes_updated(self) -> None:
        """Enable Save when there is something to save."""
        if self.buttons is not None:
            self.buttons.button(QDialogButtonBox.Save).setEnabled(
                self.database is not None and self.has_changes()
            )

    def confirm_discard(self) -> bool:
        """True when there is nothing to lose or the user chose to discard the changes."""
        count = len(self.pending_changes())
        if not count:
            return True
        answer = ask(
            self,
            translate("PendingChangesDialog", "Unsaved changes"),
            translate("PendingChangesDialog", "{} change(s) are not saved. Discard them?").format(
                count
            ),
            QMessageBox.Discard | QMessageBox.Cancel,
            QMessageBox.Cancel,
        )
        return answer == QMessageBox.Discard

    def save(self) -> bool:
        """Write the pending changes in one transaction, then reload. On error the message says
        why and nothing is lost in the dialog."""
        changes = self.pending_changes()
        if not changes:
            return True
        if self.database is None:
            return False
        try:
            self.write_changes(changes)
        except GupError as exc:
            QMessageBox.critical(
                self,
                translate("PendingChangesDialog", "Save failed"),
                translate(
                    "PendingChangesDialog", "Nothing was saved; your changes are still here.\n\n{}"
                ).format(error_text(exc)),
            )
            return False
        return self.load()

    # Connection and closing ---------------------------------------------------------------
    def _load_from_combo(self) -> bool:
        from ..toolbelt.connections import database_for_connection

        if not self.confirm_discard():
            return False
        try:
            database = database_for_connection(self.connection_combo.currentText())
        except GupError as exc:
            QMessageBox.critical(
                self, translate("PendingChangesDialog", "Connection"), error_text(exc)
            )
            return False
        if self.database is not None:
            self.database.close()  # opened here by a previous Load
        self.database = database
        self.connection_combo.remember()
        return self.load()

    def reject(self) -> None:
        if self.confirm_discard():
            super().reject()
