"""People and rights: who can do what, create a person's login role (the password is sent once
to the server and never stored by the plugin), change or revoke it (docs/RIGHTS.md)."""

from typing import Optional

from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from ..core.errors import GupError
from ..core.schema import GROUPS
from ..toolbelt.connections import Database, database_for_connection
from ..toolbelt.labels import group_label
from ..toolbelt.problem_text import error_text
from ..usecases import rights, routing
from .connection_picker import connection_row
from .dialog_size import fit_to_screen
from .tables import fill_table, new_table


class PeopleDialog(QDialog):
    def __init__(self, database: Optional[Database] = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("People and rights"))
        self.database = database
        layout = QVBoxLayout(self)
        if database is None:
            row, self.connection_combo = connection_row(self, self.load_connection)
            layout.addLayout(row)
        self.table = new_table(
            self, [self.tr("Login"), self.tr("Group"), self.tr("Service"), self.tr("Can log in")], 2
        )
        layout.addWidget(self.table, 1)
        revoke_row = QHBoxLayout()
        self.drop_check = QCheckBox(self.tr("Drop the role too"), self)
        self.revoke_button = QPushButton(self.tr("Revoke the selected person"), self)
        self.revoke_button.clicked.connect(self.revoke_selected)
        revoke_row.addWidget(self.drop_check)
        revoke_row.addStretch(1)
        revoke_row.addWidget(self.revoke_button)
        layout.addLayout(revoke_row)
        box = QGroupBox(self.tr("New person"), self)
        form = QFormLayout(box)
        self.login_edit = QLineEdit(box)
        self.group_combo = QComboBox(box)
        for group in GROUPS:
            self.group_combo.addItem(group_label(group), group)
        self.service_combo = QComboBox(box)
        self.password_edit = QLineEdit(box)
        self.password_edit.setEchoMode(QLineEdit.Password)
        self.password_edit.setPlaceholderText(self.tr("empty: the server authenticates otherwise"))
        self.create_button = QPushButton(self.tr("Create"), box)
        self.create_button.clicked.connect(self.create_person)
        form.addRow(self.tr("Login:"), self.login_edit)
        form.addRow(self.tr("Group:"), self.group_combo)
        form.addRow(self.tr("Service:"), self.service_combo)
        form.addRow(self.tr("Password (given once):"), self.password_edit)
        note = QLabel(
            self.tr(
                "The plugin does not keep the password: give it to the person, who "
                "stores it in their QGIS authentication manager or pg_service "
                "file."
            ),
            box,
        )
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(self.create_button)
        layout.addWidget(box)
        fit_to_screen(self, 720, 620)
        if database is not None:
            self.load()

    def load_connection(self) -> bool:
        try:
            self.database = database_for_connection(self.connection_combo.currentText())
        except GupError as exc:
            QMessageBox.critical(self, self.tr("Connection"), error_text(exc))
            return False
        self.connection_combo.remember()
        return self.load()

    def load(self) -> bool:
        try:
            people = rights.list_people(self.database)
            services = routing.list_services(self.database)
        except GupError as exc:
            QMessageBox.critical(self, self.tr("People and rights"), error_text(exc))
            return False
        fill_table(
            self.table,
            [
                [
                    p["login"],
                    group_label(p["groupe"]),
                    p["service"] or "",
                    self.tr("yes") if p["connexion"] else self.tr("no"),
                ]
                for p in people
            ],
        )
        self.service_combo.clear()
        self.service_combo.addItem(self.tr("(none)"), None)
        for service in services:
            self.service_combo.addItem(service.name, service.id)
        return True

    def create_person(self) -> bool:
        group = self.group_combo.currentData()
        try:
            rights.create_person(
                self.database,
                self.login_edit.text(),
                group,
                self.service_combo.currentData(),
                self.password_edit.text() or None,
            )
        except GupError as exc:
            QMessageBox.critical(self, self.tr("Person not created"), error_text(exc))
            return False
        finally:
            self.password_edit.clear()  # never kept, not even in the widget
        self.login_edit.clear()
        return self.load()

    def revoke_selected(self) -> bool:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return False
        login = self.table.item(rows[0].row(), 0).text()
        try:
            rights.revoke_person(self.database, login, self.drop_check.isChecked())
        except GupError as exc:
            QMessageBox.critical(self, self.tr("Rights not revoked"), error_text(exc))
            return False
        return self.load()
