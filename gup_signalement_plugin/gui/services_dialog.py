"""Manage the services that handle reports: name, type, commune, e-mails, active.

Edits stay in the table until Save writes them all in one transaction; when the database
refuses them, a message says why and the table keeps every edit. Services are deactivated,
never deleted (their perimeters and the reports routed to them stay). A button gives each
commune service its commune's territory as a default competence perimeter."""

from typing import Dict, List, Optional

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.errors import GupError
from ..core.routing import Service
from ..core.schema import SERVICE_TYPES
from ..core.services import parse_emails
from ..toolbelt.routing_layers import kind_label, service_color
from ..usecases import catalogue, routing
from .pending_changes_dialog import PendingChangesDialog

COL_NAME, COL_TYPE, COL_COMMUNE, COL_EMAILS, COL_ACTIVE, COL_PERIMETERS = range(6)
ID_ROLE = Qt.UserRole + 1


class ServicesDialog(PendingChangesDialog):
    def __init__(self, parent=None, database=None):
        super().__init__(parent, database, 1100, 560)
        self.setWindowTitle(self.tr("Services"))
        self.communes: List[Dict] = []
        self.loaded: List[Service] = []
        self.counts: Dict[int, int] = {}
        self._build()
        if database is not None:
            self.load()

    # Layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self.connection_bar())

        help_label = QLabel(
            self.tr(
                "Services receive the reports routed to them. Deactivate a "
                "service rather than deleting it: its perimeters and its "
                "reports are kept. Separate e-mail addresses with commas."
            ),
            self,
        )
        help_label.setWordWrap(True)
        layout.addWidget(help_label)

        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Type"),
                self.tr("Commune"),
                self.tr("E-mails"),
                self.tr("Active"),
                self.tr("Perimeters"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.Stretch)
        header.setSectionResizeMode(COL_EMAILS, QHeaderView.Stretch)
        for col in (COL_TYPE, COL_COMMUNE, COL_ACTIVE, COL_PERIMETERS):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.itemChanged.connect(self._update_status)
        layout.addWidget(self.table, 1)

        actions = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.clicked.connect(lambda: self.add_service())
        self.deactivate_button = QPushButton(self.tr("Deactivate"), self)
        self.deactivate_button.setToolTip(
            self.tr("Mark the selected services inactive (saved with Save)")
        )
        self.deactivate_button.clicked.connect(self.deactivate_selected)
        self.perimeters_button = QPushButton(
            self.tr("Give commune services their commune as perimeter"), self
        )
        self.perimeters_button.setToolTip(
            self.tr(
                "For the selected commune services (all of them when none is selected) that "
                "have no perimeter yet: their commune's territory, every category, priority 1"
            )
        )
        self.perimeters_button.clicked.connect(self.give_default_perimeters)
        for button in (self.add_button, self.deactivate_button, self.perimeters_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)

        layout.addLayout(self.save_bar())
        self._set_enabled(self.database is not None)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.table, self.add_button, self.deactivate_button, self.perimeters_button):
            widget.setEnabled(enabled)

    # Loading ------------------------------------------------------------------------------
    def load(self) -> bool:
        """(Re)read services, communes and perimeter counts; unsaved edits are dropped."""
        try:
            self.communes = catalogue.list_communes(self.database)
            self.loaded = routing.list_services(self.database)
            self.counts = routing.perimeter_counts(self.database)
        except GupError as exc:
            QMessageBox.critical(self, self.tr("Database"), str(exc))
            self._set_enabled(False)
            return False
        self._set_enabled(True)
        blocked = self.table.blockSignals(True)
        self.table.setRowCount(0)
        for service in self.loaded:
            self._append_row(service)
        self.table.blockSignals(blocked)
        self._update_status()
        return True

    def _append_row(self, service: Service) -> int:
        blocked = self.table.blockSignals(True)  # no status update on a half-built row
        try:
            return self._build_row(service)
        finally:
            self.table.blockSignals(blocked)

    def _build_row(self, service: Service) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(service.name)
        name.setData(ID_ROLE, service.id or None)
        if service.id:
            name.setData(Qt.DecorationRole, service_color(service.id))
        self.table.setItem(row, COL_NAME, name)

        kinds = QComboBox(self.table)
        for kind in SERVICE_TYPES:
            kinds.addItem(kind_label(kind), kind)
        kinds.setCurrentIndex(max(0, kinds.findData(service.kind)))
        kinds.currentIndexChanged.connect(self._update_status)
        self.table.setCellWidget(row, COL_TYPE, kinds)

        communes = QComboBox(self.table)
        communes.addItem(self.tr("(none)"), None)
        for commune in self.communes:
            communes.addItem(
                "{} ({})".format(commune["nom"], commune["code_insee"]), commune["code_insee"]
            )
        communes.setCurrentIndex(
            max(0, communes.findData(service.insee_code)) if service.insee_code else 0
        )
        communes.currentIndexChanged.connect(self._update_status)
        self.table.setCellWidget(row, COL_COMMUNE, communes)

        self.table.setItem(row, COL_EMAILS, QTableWidgetItem(", ".join(service.emails)))
        active = QTableWidgetItem()
        active.setFlags(Qt.ItemIsUserCheckable | Qt.ItemIsEnabled | Qt.ItemIsSelectable)
        active.setCheckState(Qt.Checked if service.active else Qt.Unchecked)
        self.table.setItem(row, COL_ACTIVE, active)
        count = QTableWidgetItem(str(self.counts.get(service.id, 0)) if service.id else "")
        count.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
        count.setTextAlignment(Qt.AlignCenter)
        self.table.setItem(row, COL_PERIMETERS, count)
        return row

    # Reading the table --------------------------------------------------------------------
    def type_combo(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, COL_TYPE)

    def commune_combo(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, COL_COMMUNE)

    def row_of(self, service_id: int) -> int:
        for row in range(self.table.rowCount()):
            if self.table.item(row, COL_NAME).data(ID_ROLE) == service_id:
                return row
        return -1

    def service_at(self, row: int) -> Service:
        name = self.table.item(row, COL_NAME)
        return Service(
            id=name.data(ID_ROLE) or 0,
            name=name.text().strip(),
            kind=self.type_combo(row).currentData(),
            insee_code=self.commune_combo(row).currentData() or None,
            emails=parse_emails(self.table.item(row, COL_EMAILS).text()),
            active=self.table.item(row, COL_ACTIVE).checkState() == Qt.Checked,
        )

    def table_services(self) -> List[Service]:
        return [self.service_at(row) for row in range(self.table.rowCount())]

    def pending_changes(self) -> List[Service]:
        """Rows that differ from the database (new rows included)."""
        loaded = {s.id: s for s in self.loaded}
        return [s for s in self.table_services() if not s.id or loaded.get(s.id) != s]

    def _update_status(self, *_args) -> None:
        pending = self.pending_changes()
        changed = {s.id for s in pending}
        for row in range(self.table.rowCount()):
            item = self.table.item(row, COL_NAME)
            if item is None:
                continue
            font = QFont(item.font())
            font.setItalic((item.data(ID_ROLE) or 0) in changed)
            blocked = self.table.blockSignals(True)
            item.setFont(font)
            self.table.blockSignals(blocked)
        active = sum(1 for s in self.table_services() if s.active)
        text = self.tr("{} service(s), {} active").format(self.table.rowCount(), active)
        if pending:
            text += " — " + self.tr("{} unsaved change(s), in italics").format(len(pending))
        self.status_label.setText(text)
        self.changes_updated()

    # Editing ------------------------------------------------------------------------------
    def add_service(
        self, name: str = "", kind: str = "autre", insee_code: Optional[str] = None, emails=()
    ) -> int:
        """A new row (saved with Save); returns its row number."""
        row = self._append_row(Service(0, name, kind, insee_code, tuple(emails), True))
        self.table.setCurrentCell(row, COL_NAME)
        if not name:
            self.table.editItem(self.table.item(row, COL_NAME))
        self._update_status()
        return row

    def selected_rows(self) -> List[int]:
        return sorted(
            {index.row() for index in self.table.selectionModel().selectedRows()}
            | {item.row() for item in self.table.selectedItems()}
        )

    def deactivate_selected(self) -> int:
        """Untick 'active' on the selected rows (written by Save); returns how many changed."""
        changed = 0
        for row in self.selected_rows():
            item = self.table.item(row, COL_ACTIVE)
            if item.checkState() == Qt.Checked:
                item.setCheckState(Qt.Unchecked)
                changed += 1
        self._update_status()
        return changed

    # Saving -------------------------------------------------------------------------------
    def write_changes(self, changes: List[Service]) -> None:
        routing.save_services_by_id(self.database, changes)

    def give_default_perimeters(self) -> Dict[int, int]:
        """Commune perimeters for the selected commune services (all when none is selected);
        unsaved edits are saved first. Returns service id -> new perimeter id."""
        if self.database is None:
            return {}
        rows = self.selected_rows()
        names = {self.table.item(row, COL_NAME).text().strip() for row in rows}
        if self.pending_changes() and not self.save():
            return {}
        ids = None
        if rows:
            ids = [s.id for s in self.loaded if s.name in names]
        try:
            created = routing.create_default_commune_perimeters(self.database, ids)
        except GupError as exc:
            QMessageBox.critical(self, self.tr("Perimeters"), str(exc))
            return {}
        self.load()
        if created:
            QMessageBox.information(
                self,
                self.tr("Perimeters"),
                self.tr(
                    "{} perimeter(s) created. Reports already stored keep their routing until they "
                    "are re-routed (Processing: re-route reports)."
                ).format(len(created)),
            )
        else:
            QMessageBox.information(
                self,
                self.tr("Perimeters"),
                self.tr(
                    "No perimeter created: every commune service with a commune already has a "
                    "perimeter (services of type 'commune' without a commune are skipped)."
                ),
            )
        return created
