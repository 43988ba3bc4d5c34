"""The statistics panel (issue 12): the figures of the ``triage_statistics`` algorithm for a
period, commune, service and category, with the bar chart and the monthly trend (the atlas's
matplotlib charts, shown as SVG: no web view)."""

import tempfile
from pathlib import Path
from typing import Optional

from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtSvg import QSvgWidget
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
)

from ..core.errors import GupError
from ..core.workflow import REPORT_STATUSES
from ..toolbelt.connections import Database, database_for_connection
from ..toolbelt.problem_text import error_text
from ..toolbelt.statistics_text import (
    days_text,
    decimal_text,
    dimension_label,
    share_text,
    statistics_chart_texts,
    status_label,
)
from ..usecases import catalogue, routing
from ..usecases import triage_statistics as stats_uc
from .connection_picker import connection_row
from .dialog_size import fit_to_screen, scrolled_layout
from .standard_buttons import translate_buttons
from .tables import fill_table, new_table

CHART_SIZE = (520, 300)  # px, the proportions of the atlas charts


class StatisticsDialog(QDialog):
    """Filters on top, the key figures, the two charts, the table by commune, service and
    category. Opened on a database (tests, the dock) or with the connection row."""

    def __init__(self, parent=None, database: Optional[Database] = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Triage statistics"))
        self.db = database
        self.result: Optional[stats_uc.Statistics] = None
        self._charts_folder = tempfile.TemporaryDirectory(prefix="gup_statistics_")
        outer = QVBoxLayout(self)
        if database is None:
            row, self.connection = connection_row(self, self.load)
            outer.addLayout(row)
        body = scrolled_layout(self, outer)
        body.addLayout(self._filters_row())
        self.figures = QLabel(self)
        self.figures.setTextFormat(Qt.RichText)
        body.addWidget(self.figures)
        charts = QHBoxLayout()
        self.bar_chart, self.trend_chart = QSvgWidget(self), QSvgWidget(self)
        for chart in (self.bar_chart, self.trend_chart):
            chart.setFixedSize(*CHART_SIZE)
            charts.addWidget(chart)
        charts.addStretch(1)
        body.addLayout(charts)
        self.table = new_table(
            self,
            [self.tr("Grouped by"), self.tr("Name"), self.tr("Reports")]
            + [status_label(s) for s in REPORT_STATUSES]
            + [
                self.tr("Median to acceptance (working days)"),
                self.tr("Median to closure (working days)"),
                self.tr("Median to closure (days)"),
                self.tr("Closed within the target delay"),
            ],
            stretch=1,
        )
        self.table.setMinimumHeight(220)
        body.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        translate_buttons(buttons)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        fit_to_screen(self, 1150, 760)
        if database is not None:
            self.load()

    def _filters_row(self) -> QGridLayout:
        grid = QGridLayout()
        self.use_start, self.use_end = (
            QCheckBox(self.tr("Received from"), self),
            QCheckBox(self.tr("until"), self),
        )
        today = QDate.currentDate()
        self.start, self.end = QDateEdit(today.addMonths(-12), self), QDateEdit(today, self)
        self.commune, self.service, self.category = (
            QComboBox(self),
            QComboBox(self),
            QComboBox(self),
        )
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.dateChanged.connect(self.refresh)
        for box in (self.use_start, self.use_end):
            box.toggled.connect(self.refresh)
        grid.addWidget(self.use_start, 0, 0)
        grid.addWidget(self.start, 0, 1)
        grid.addWidget(self.use_end, 0, 2)
        grid.addWidget(self.end, 0, 3)
        for column, (label, combo) in enumerate(
            (
                (self.tr("Commune"), self.commune),
                (self.tr("Service"), self.service),
                (self.tr("Category"), self.category),
            )
        ):
            grid.addWidget(QLabel(label, self), 1, 2 * column)
            grid.addWidget(combo, 1, 2 * column + 1)
            combo.currentIndexChanged.connect(self.refresh)
        return grid

    def load(self) -> None:
        """Open the chosen connection (when not given one), fill the filter lists, compute."""
        try:
            if getattr(self, "connection", None) is not None:
                if self.db is not None:
                    self.db.close()
                self.db = database_for_connection(self.connection.currentText())
                self.connection.remember()
            self._loading = True
            self._fill(
                self.commune,
                [(c["code_insee"], c["nom"]) for c in catalogue.list_communes(self.db)],
            )
            self._fill(self.service, [(s.id, s.name) for s in routing.list_services(self.db)])
            self._fill(
                self.category,
                [
                    (c.code, c.internal_label or c.public_label)
                    for c in catalogue.list_categories(self.db)
                ],
            )
        except GupError as exc:
            QMessageBox.critical(self, self.windowTitle(), error_text(exc))
            return
        finally:
            self._loading = False
        self.refresh()

    def _fill(self, combo: QComboBox, items) -> None:
        combo.clear()
        combo.addItem(self.tr("All"), None)
        for value, text in items:
            combo.addItem(text, value)

    def filters(self) -> stats_uc.StatisticsFilters:
        def one(combo):
            value = combo.currentData()
            return None if value is None else [value]

        return stats_uc.StatisticsFilters(
            self.start.date().toPyDate() if self.use_start.isChecked() else None,
            self.end.date().toPyDate() if self.use_end.isChecked() else None,
            insee_codes=one(self.commune),
            service_ids=one(self.service),
            categories=one(self.category),
        )

    def refresh(self, *_args) -> None:
        if self.db is None or getattr(self, "_loading", False):
            return
        try:
            self.result = stats_uc.statistics(self.db, self.filters())
        except GupError as exc:
            QMessageBox.critical(self, self.windowTitle(), error_text(exc))
            return
        self._show_figures(self.result.overall)
        rows = []
        for row in self.result.table.to_dict("records")[1:]:
            rows.append(
                [
                    dimension_label(row["dimension"]),
                    row["label"] or row["code"] or "—",
                    row["reports"],
                ]
                + [row[s] for s in REPORT_STATUSES]
                + [
                    days_text(row["median_working_days_to_acceptance"]),
                    days_text(row["median_working_days_to_closure"]),
                    days_text(row["median_days_to_closure"]),
                    share_text(row["share_closed_within_delay"]),
                ]
            )
        fill_table(self.table, rows)
        dimension = "service" if self.category.currentData() is not None else "category"
        bar, trend = stats_uc.write_charts(
            self.result,
            Path(self._charts_folder.name),
            statistics_chart_texts(dimension),
            dimension,
        )
        self.bar_chart.load(str(bar))
        self.trend_chart.load(str(trend))

    def _show_figures(self, overall: dict) -> None:
        statuses = " · ".join("{}: {}".format(status_label(s), overall[s]) for s in REPORT_STATUSES)
        self.figures.setText(
            "<b>{}</b> — {}<br>{}<br>{}".format(
                self.tr("{} reports").format(overall["reports"]),
                statuses,
                self.tr("Median time to acceptance: {} working days ({} calendar days)").format(
                    decimal_text(overall["median_working_days_to_acceptance"]),
                    decimal_text(overall["median_days_to_acceptance"]),
                ),
                self.tr(
                    "Median time to closure: {} working days ({} calendar days) · closed "
                    "within the target delay: {} of {} closed reports with a target"
                ).format(
                    decimal_text(overall["median_working_days_to_closure"]),
                    decimal_text(overall["median_days_to_closure"]),
                    share_text(overall["share_closed_within_delay"]),
                    overall["closed_with_target"],
                ),
            )
        )

    def done(self, result: int) -> None:
        if getattr(self, "connection", None) is not None and self.db is not None:
            self.db.close()
        self._charts_folder.cleanup()
        super().done(result)
