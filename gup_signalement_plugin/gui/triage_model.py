"""The triage dock's list: a Qt table model over ``usecases.triage.list_reports``, loaded page by
page (canFetchMore / fetchMore) so that 100,000 reports open as fast as 200."""

from typing import Dict, Iterable, List, Optional

from qgis.PyQt.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from qgis.PyQt.QtGui import QBrush, QColor

from ..toolbelt.triage_text import moment_text, report_status_label
from ..usecases import triage

PAGE_SIZE = 200
OVERDUE_BRUSH = QBrush(QColor("#c62828"))


def _columns():
    translate = QCoreApplication.translate
    return [
        ("id", translate("ReportListModel", "No.")),
        ("statut_traitement", translate("ReportListModel", "Status")),
        ("date_signalement", translate("ReportListModel", "Received")),
        ("date_prevue", translate("ReportListModel", "Due")),
        ("code_insee", translate("ReportListModel", "Commune")),
        ("categorie_code", translate("ReportListModel", "Category")),
        ("service", translate("ReportListModel", "Service")),
        ("source", translate("ReportListModel", "Source")),
    ]


class ReportListModel(QAbstractTableModel):
    """Rows of ``list_reports`` for the current filter and order; ``total`` is the number of
    matching reports (the sum of the counts per status), further pages come on demand."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns = _columns()
        self.db = None
        self.filters = triage.ReportFilter()
        self.order = "-received"
        self.rows: List[Dict] = []
        self.total = 0
        self.commune_names: Dict[str, str] = {}

    # loading ---------------------------------------------------------------------------------
    def load(self, db, filters: triage.ReportFilter, order: str, total: int) -> None:
        """The first page of a new filter or order (``total`` from the counts)."""
        self.beginResetModel()
        self.db, self.filters, self.order, self.total = db, filters, order, total
        self.rows = triage.list_reports(db, filters, order, 0, PAGE_SIZE) if db else []
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.db, self.rows, self.total = None, [], 0
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self.db is not None and len(self.rows) < self.total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        page = triage.list_reports(self.db, self.filters, self.order, len(self.rows), PAGE_SIZE)
        if not page:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()

    def load_until(self, ids: Iterable[int], limit: int = 10000) -> None:
        """Fetch pages until every id of ``ids`` that matches is loaded (at most ``limit`` rows)."""
        wanted = set(ids) - {row["id"] for row in self.rows}
        while wanted and self.canFetchMore() and len(self.rows) < limit:
            before = len(self.rows)
            self.fetchMore()
            wanted -= {row["id"] for row in self.rows[before:]}

    def refresh_rows(self, ids: Iterable[int]) -> None:
        """Read the listed rows of ``ids`` again (after an action), keeping the list's order."""
        positions = {row["id"]: n for n, row in enumerate(self.rows)}
        wanted = [i for i in ids if i in positions]
        if not wanted:
            return
        fresh = {
            row["id"]: row
            for row in triage.list_reports(
                self.db, triage.ReportFilter(report_ids=wanted), "id", 0, len(wanted)
            )
        }
        for report_id in wanted:
            if report_id in fresh:
                self.rows[positions[report_id]] = fresh[report_id]
                row = positions[report_id]
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    # access ----------------------------------------------------------------------------------
    def row_of(self, report_id: int) -> Optional[int]:
        for n, row in enumerate(self.rows):
            if row["id"] == report_id:
                return n
        return None

    def report(self, row: int) -> Dict:
        return self.rows[row]

    # Qt --------------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.columns[section][1]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = self.columns[index.column()][0]
        if role == Qt.DisplayRole:
            value = row.get(key)
            if key == "statut_traitement":
                return report_status_label(value)
            if key == "code_insee":
                return self.commune_names.get(value, value)
            if key == "id" and row.get("doublon_de"):
                return "{} → {}".format(value, row["doublon_de"])
            return moment_text(value)
        if role == Qt.ForegroundRole and row.get("en_retard") and key in ("date_prevue", "id"):
            return OVERDUE_BRUSH
        if role == Qt.ToolTipRole and row.get("en_retard"):
            return QCoreApplication.translate("ReportListModel", "Overdue")
        return None
