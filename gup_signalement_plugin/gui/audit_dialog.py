"""One report's audit trail (who changed what, when: administrator) and its reporter's contact,
read with a reason that the database logs (docs/RIGHTS.md)."""

import json
from typing import Optional

from qgis.PyQt.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from ..core.errors import GupError
from ..toolbelt.connections import Database, database_for_connection
from ..toolbelt.problem_text import error_text
from ..usecases import rights
from .connection_picker import connection_row
from .dialog_size import fit_to_screen
from .tables import fill_table, new_table


def _changes(row: dict) -> str:
    """'statut: open → closed; …' (an insert or a delete: its values that are set)."""
    before, after = row["avant"] or {}, row["apres"] or {}
    if not before or not after:
        values = before or after
        return "; ".join(
            "{}: {}".format(k, json.dumps(values[k], ensure_ascii=False))
            for k in sorted(values)
            if values[k] not in (None, [], {})
        )
    keys = sorted(set(before) | set(after))
    return "; ".join(
        "{}: {} → {}".format(
            k,
            json.dumps(before.get(k), ensure_ascii=False),
            json.dumps(after.get(k), ensure_ascii=False),
        )
        for k in keys
    )


class AuditDialog(QDialog):
    def __init__(self, database: Optional[Database] = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit trail of a report"))
        self.database = database
        layout = QVBoxLayout(self)
        if database is None:
            row, self.connection_combo = connection_row(self, self.load_connection)
            layout.addLayout(row)
        search = QHBoxLayout()
        self.report_spin = QSpinBox(self)
        self.report_spin.setRange(1, 2**31 - 1)
        self.search_button = QPushButton(self.tr("Search"), self)
        self.search_button.clicked.connect(self.search)
        search.addWidget(QLabel(self.tr("Report number:"), self))
        search.addWidget(self.report_spin)
        search.addWidget(self.search_button)
        search.addStretch(1)
        layout.addLayout(search)
        self.table = new_table(
            self,
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Login role"),
                self.tr("Change"),
                self.tr("Values"),
            ],
            4,
        )
        layout.addWidget(self.table, 1)
        box = QGroupBox(self.tr("Reporter's contact (personal data: each read is logged)"), self)
        form = QFormLayout(box)
        self.reason_edit = QLineEdit(box)
        self.reason_edit.setPlaceholderText(self.tr("e.g. call the reporter back about the place"))
        self.contact_button = QPushButton(self.tr("Show the contact"), box)
        self.contact_button.clicked.connect(self.show_contact)
        self.contact_label = QLabel("", box)
        self.contact_label.setWordWrap(True)
        form.addRow(self.tr("Why:"), self.reason_edit)
        form.addRow(self.contact_button)
        form.addRow(self.contact_label)
        layout.addWidget(box)
        fit_to_screen(self, 820, 560)

    def load_connection(self) -> bool:
        try:
            self.database = database_for_connection(self.connection_combo.currentText())
        except GupError as exc:
            QMessageBox.critical(self, self.tr("Connection"), error_text(exc))
            return False
        self.connection_combo.remember()
        return True

    def search(self) -> bool:
        if self.database is None and not self.load_connection():
            return False
        self.contact_label.clear()
        try:
            rows = rights.audit_trail(self.database, "signalement", str(self.report_spin.value()))
        except GupError as exc:
            QMessageBox.critical(self, self.tr("Audit trail"), error_text(exc))
            return False
        fill_table(
            self.table,
            [
                [
                    r["le"].strftime("%Y-%m-%d %H:%M:%S"),
                    r["par"],
                    r["role_connexion"],
                    r["operation"],
                    _changes(r),
                ]
                for r in rows
            ],
        )
        return True

    def show_contact(self) -> bool:
        if self.database is None and not self.load_connection():
            return False
        try:
            contact = rights.read_contact(
                self.database, self.report_spin.value(), self.reason_edit.text()
            )
        except GupError as exc:
            QMessageBox.critical(self, self.tr("Contact"), error_text(exc))
            return False
        if contact is None:
            self.contact_label.setText(self.tr("No contact was given for this report."))
        elif contact["anonymise_le"] is not None:
            self.contact_label.setText(
                self.tr("The contact was erased on {} (retention).").format(
                    contact["anonymise_le"].strftime("%Y-%m-%d")
                )
            )
        else:
            self.contact_label.setText(
                " — ".join(v for v in (contact["nom"], contact["email"], contact["telephone"]) if v)
            )
        return True
