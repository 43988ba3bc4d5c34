"""The triage dock (issue 12): the reports waiting for a service, in a list synchronised with the
map, filtered with counts per value, a report's page, and the actions of usecases/triage.py
(each one transaction, with the version read: a report changed meanwhile is refused with
"changed by X on T, reload"). The operator (no role_service row) sees every service."""

import datetime as dt
import logging
from typing import Callable, Dict, List, Optional

from qgis.core import QgsFeatureRequest, QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QItemSelection, QItemSelectionModel, Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import GupError
from ..core.workflow import REPORT_STATUSES
from ..toolbelt.connections import Database, database_for_connection, remember_connection
from ..toolbelt.problem_text import error_text
from ..toolbelt.triage_layers import add_triage_layer
from ..toolbelt.triage_text import (
    action_label,
    assignment_status_label,
    moment_text,
    report_status_label,
    visibility_label,
)
from ..usecases import catalogue, routing, triage
from .connection_picker import connection_row
from .tables import fill_table, new_table
from .triage_forms import ask_action
from .triage_model import ReportListModel

LOGGER = logging.getLogger(__name__)
ALL = object()  # the "every value" item of a filter
PERIOD_DAYS = (None, 0, 7, 30, 365)  # None: every day; 0: today
DIMENSIONS = ("status", "commune", "service", "category", "source")


def _html(text) -> str:
    return ("" if text is None else str(text)).replace("&", "&amp;").replace("<", "&lt;")


class TriageDock(QgsDockWidget):
    """``canvas``: the map the list is synchronised with (None: no map)."""

    def __init__(self, canvas=None, parent=None, today: Optional[dt.date] = None):
        super().__init__(parent)
        self.setObjectName("GupTriageDock")
        self.setWindowTitle(self.tr("Triage"))
        self.canvas = canvas
        self.today = today
        self.db: Optional[Database] = None
        self.connection_name = ""
        self.my_service: Optional[int] = None
        self.layer = None
        self.counts: Dict[str, Dict] = {}
        self.labels: Dict[str, Dict] = {"commune": {}, "service": {}, "category": {}}
        self.last_message = ""
        self._syncing = False
        self.model = ReportListModel(self)
        self._build()

    # building --------------------------------------------------------------------------------
    def _build(self) -> None:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        row, self.connection_combo = connection_row(body, self.load_connection)
        layout.addLayout(row)
        self.service_label = QLabel(body)
        layout.addWidget(self.service_label)
        filters = QGridLayout()
        self.filter_combos: Dict[str, QComboBox] = {}
        names = {
            "status": self.tr("Status"),
            "commune": self.tr("Commune"),
            "service": self.tr("Service"),
            "category": self.tr("Category"),
            "source": self.tr("Source"),
        }
        for n, dimension in enumerate(DIMENSIONS + ("period", "order")):
            combo = QComboBox(body)
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            self.filter_combos[dimension] = combo
            label = names.get(
                dimension, self.tr("Received") if dimension == "period" else self.tr("Sort")
            )
            filters.addWidget(QLabel(label, body), n // 2, (n % 2) * 2)
            filters.addWidget(combo, n // 2, (n % 2) * 2 + 1)
        self._fill_fixed_combos()
        self.overdue_box = QCheckBox(self.tr("Overdue only"), body)
        self.waiting_box = QCheckBox(self.tr("Waiting for my answer"), body)
        filters.addWidget(self.overdue_box, 4, 0, 1, 2)
        filters.addWidget(self.waiting_box, 4, 2, 1, 2)
        layout.addLayout(filters)
        self.tabs = QTabWidget(body)
        self.tabs.addTab(self._reports_tab(), self.tr("Reports"))
        self.reminder_table = new_table(
            body, [self.tr("Reminder"), self.tr("No."), self.tr("Service"), self.tr("Delay")], 0
        )
        self.reminder_table.itemSelectionChanged.connect(self._reminder_chosen)
        self.tabs.addTab(self.reminder_table, self.tr("Reminders"))
        self.reminders_read = False
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)
        self.setWidget(body)
        for combo in self.filter_combos.values():
            combo.activated.connect(lambda _n: self.apply_filters())
        self.overdue_box.toggled.connect(lambda _c: self.apply_filters())
        self.waiting_box.toggled.connect(lambda _c: self.apply_filters())

    def _reports_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 0, 0, 0)
        self.total_label = QLabel(tab)
        layout.addWidget(self.total_label)
        splitter = QSplitter(Qt.Vertical, tab)
        self.view = QTableView(splitter)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._list_selected())
        self.page = QTextBrowser(splitter)
        self.page.setOpenLinks(False)
        self.page.anchorClicked.connect(self._link_clicked)
        splitter.setSizes([320, 200])
        layout.addWidget(splitter, 1)
        buttons = QGridLayout()
        actions = [
            (self.tr("Accept"), self.on_accept),
            (self.tr("Refuse…"), self.on_refuse),
            (self.tr("Qualify…"), self.on_qualify),
            (self.tr("Re-route…"), self.on_reroute),
            (self.tr("Follow-up…"), self.on_follow_up),
            (self.tr("Close"), self.on_close),
            (self.tr("Duplicate of…"), self.on_duplicate),
            (self.tr("Reopen"), self.on_reopen),
            (self.tr("Show on map"), self.add_layer),
            (self.tr("Zoom to"), self.zoom_to_selection),
        ]
        self.action_buttons: Dict[str, QPushButton] = {}
        for n, (text, slot) in enumerate(actions):
            button = QPushButton(text, tab)
            button.clicked.connect(lambda _c, s=slot: s())
            buttons.addWidget(button, n // 5, n % 5)
            self.action_buttons[text] = button
        layout.addLayout(buttons)
        return tab

    def _fill_fixed_combos(self) -> None:
        period = self.filter_combos["period"]
        texts = [
            self.tr("Any day"),
            self.tr("Today"),
            self.tr("Last 7 days"),
            self.tr("Last 30 days"),
            self.tr("Last 365 days"),
        ]
        for days, text in zip(PERIOD_DAYS, texts):
            period.addItem(text, days)
        order = self.filter_combos["order"]
        for key, text in (
            ("-received", self.tr("Newest first")),
            ("received", self.tr("Oldest first")),
            ("due", self.tr("Due first")),
            ("status", self.tr("Status")),
            ("commune", self.tr("Commune")),
            ("category", self.tr("Category")),
            ("id", self.tr("Number")),
        ):
            order.addItem(text, key)

    # connection ------------------------------------------------------------------------------
    def load_connection(self, name: Optional[str] = None) -> bool:
        """Open the connection (the combo's by default), read who I am and the choices, list."""
        name = name or self.connection_combo.currentText()
        if name and self.connection_combo.currentText() != name:
            self.connection_combo.setCurrentText(name)
        try:
            db = database_for_connection(name)
            self.my_service = triage.current_service(db)
            self.labels = {
                "commune": {c["code_insee"]: c["nom"] for c in catalogue.list_communes(db)},
                "service": {s.id: s.name for s in routing.list_services(db)},
                "category": {c.code: c.internal_label for c in catalogue.list_categories(db)},
            }
        except GupError as exc:
            self._show_problem(exc)
            return False
        self.close_database()
        self.db, self.connection_name = db, name
        remember_connection(name)
        self.model.commune_names = self.labels["commune"]
        service = self.labels["service"].get(self.my_service)
        self.service_label.setText(
            self.tr("My service: {}").format(service)
            if service is not None
            else self.tr("Triage operator: every service")
        )
        self.waiting_box.setEnabled(self.my_service is not None)
        if self.my_service is not None:
            self._select_filter_value("service", self.my_service)
        self.apply_filters()
        self.reminders_read = False  # read when the tab is opened (14 s on 100,000 reports)
        self.tabs.setTabText(1, self.tr("Reminders"))
        if self.tabs.currentIndex() == 1:
            self.show_reminders()
        return True

    def close_database(self) -> None:
        if self.db is not None:
            self.db.close()
        self.db = None

    # filters ---------------------------------------------------------------------------------
    def _chosen(self, dimension: str):
        value = self.filter_combos[dimension].currentData()
        return None if value is ALL or value is None else value

    def _select_filter_value(self, dimension: str, value) -> None:
        combo = self.filter_combos[dimension]
        if combo.findData(value) < 0:
            combo.addItem(str(value), value)
        combo.setCurrentIndex(combo.findData(value))

    def current_filter(self, without: str = "") -> triage.ReportFilter:
        """The filter the widgets describe (``without`` one dimension: its own counts)."""
        chosen = {d: (self._chosen(d) if d != without else None) for d in DIMENSIONS}
        days = self.filter_combos["period"].currentData()
        today = self.today or dt.date.today()
        return triage.ReportFilter(
            statuses=[chosen["status"]] if chosen["status"] else None,
            insee_codes=[chosen["commune"]] if chosen["commune"] else None,
            service_ids=[chosen["service"]] if chosen["service"] else None,
            categories=[chosen["category"]] if chosen["category"] else None,
            sources=[chosen["source"]] if chosen["source"] else None,
            received_from=today - dt.timedelta(days=days) if days is not None else None,
            overdue=True if self.overdue_box.isChecked() else None,
            waiting_for_service=(
                self.my_service
                if self.waiting_box.isChecked() and self.my_service is not None
                else None
            ),
            today=self.today,
        )

    def _label(self, dimension: str, value) -> str:
        if dimension == "status":
            return report_status_label(value)
        return str(self.labels.get(dimension, {}).get(value, value))

    def _fill_counts(self, dimension: str, counts: Dict) -> None:
        """'Every value (n)' then 'value (n)' per value, keeping the chosen one."""
        combo = self.filter_combos[dimension]
        chosen = self._chosen(dimension)
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All ({})").format(sum(counts.values())), ALL)
        values = (
            list(REPORT_STATUSES)
            if dimension == "status"
            else sorted(counts, key=lambda v: self._label(dimension, v).lower())
        )
        for value in values:
            if value is not None:
                combo.addItem(
                    "{} ({})".format(self._label(dimension, value), counts.get(value, 0)), value
                )
        if chosen is not None:
            if combo.findData(chosen) < 0:
                combo.addItem("{} (0)".format(self._label(dimension, chosen)), chosen)
            combo.setCurrentIndex(combo.findData(chosen))
        combo.blockSignals(False)

    def apply_filters(self) -> None:
        """Counts per filter value (each without its own filter), then the first page."""
        if self.db is None:
            return
        try:
            for dimension in DIMENSIONS:
                self.counts[dimension] = triage.count_by(
                    self.db, self.current_filter(without=dimension), dimension
                )
                self._fill_counts(dimension, self.counts[dimension])
            filters = self.current_filter()
            status = self._chosen("status")
            total = sum(
                n
                for s, n in triage.count_by(self.db, filters, "status").items()
                if status is None or s == status
            )
            self.model.load(self.db, filters, self.filter_combos["order"].currentData(), total)
        except GupError as exc:
            self._show_problem(exc)
            return
        self.total_label.setText(self.tr("{} reports").format(self.model.total))
        self.view.resizeColumnsToContents()
        self.show_page(None)

    # list <-> map ----------------------------------------------------------------------------
    def selected_ids(self) -> List[int]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.model.report(row)["id"] for row in rows]

    def selected_rows(self) -> List[Dict]:
        return [
            self.model.report(index.row())
            for index in sorted(self.view.selectionModel().selectedRows())
        ]

    def select_ids(self, ids) -> None:
        """Select these reports in the list (loading pages until they are there)."""
        ids = list(ids)
        self.model.load_until(ids)
        selection = QItemSelection()
        for report_id in ids:
            row = self.model.row_of(report_id)
            if row is not None:
                selection.select(
                    self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1)
                )
        self.view.selectionModel().select(selection, QItemSelectionModel.ClearAndSelect)
        if not selection.isEmpty():
            self.view.scrollTo(selection.indexes()[0])

    def _list_selected(self) -> None:
        ids = self.selected_ids()
        self.show_page(ids[0] if len(ids) == 1 else None, len(ids))
        if self._syncing or self.layer is None:
            return
        self._syncing = True
        try:
            self._select_on_map(ids)
            if ids and self.canvas is not None:
                self.canvas.flashFeatureIds(self.layer, self.layer.selectedFeatureIds())
        finally:
            self._syncing = False

    def _select_on_map(self, ids: List[int]) -> None:
        """Select the reports ``ids`` in the layer (its feature ids are the provider's own, not
        the report ids: bigint keys are mapped)."""
        self.layer.selectByExpression(
            '"id" IN ({})'.format(", ".join(str(int(i)) for i in ids)) if ids else "false"
        )

    def _map_ids(self) -> List[int]:
        """The report ids of the layer's selected features."""
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
        request.setSubsetOfAttributes(["id"], self.layer.fields())
        return sorted(int(f["id"]) for f in self.layer.getSelectedFeatures(request))

    def _map_selected(self, *_args) -> None:
        if self._syncing or self.layer is None:
            return
        self._syncing = True
        try:
            self.select_ids(self._map_ids())
        finally:
            self._syncing = False

    def add_layer(self):
        """The styled triage layer in the project, its selection following the list's."""
        if not self.connection_name:
            return None
        if self.layer is None or QgsProject.instance().mapLayer(self.layer.id()) is None:
            try:
                self.layer = add_triage_layer(self.connection_name, QgsProject.instance())
            except GupError as exc:
                self._show_problem(exc)
                return None
            self.layer.selectionChanged.connect(self._map_selected)
            self.layer.willBeDeleted.connect(self._layer_removed)
        return self.layer

    def _layer_removed(self) -> None:
        self.layer = None

    def zoom_to_selection(self) -> None:
        ids = self.selected_ids()
        layer = self.add_layer()
        if layer is None or self.canvas is None or not ids:
            return
        self._syncing = True
        try:
            self._select_on_map(ids)
        finally:
            self._syncing = False
        features = layer.selectedFeatureIds()
        self.canvas.zoomToFeatureIds(layer, features)
        if len(ids) == 1:
            self.canvas.zoomScale(max(self.canvas.scale(), 2500))
        self.canvas.flashFeatureIds(layer, features)

    # the report's page -----------------------------------------------------------------------
    def show_page(self, report_id: Optional[int], selected: int = 0) -> None:
        if report_id is None:
            self.page.setHtml(
                self.tr("<i>{} reports selected</i>").format(selected)
                if selected
                else self.tr("<i>Select a report.</i>")
            )
            return
        try:
            page = triage.report_page(self.db, report_id)
        except GupError as exc:
            self.page.setPlainText(error_text(exc))
            return
        self.page.setHtml(self.page_html(page))

    def page_html(self, page: Dict) -> str:
        parts = [
            "<h3>{} #{} — {}</h3>".format(
                self.tr("Report"), page["id"], _html(report_status_label(page["statut_traitement"]))
            )
        ]
        facts = [
            (
                self.tr("Category"),
                "{} {}".format(page["categorie"], page["sous_categorie_code"] or ""),
            ),
            (self.tr("Received"), moment_text(page["date_signalement"])),
            (self.tr("Due"), moment_text(page["date_prevue"])),
            (self.tr("Address"), page["adresse"]),
            (self.tr("Commune"), page["commune"]),
            (
                self.tr("Position"),
                "{:.0f}, {:.0f} (Lambert-93) — {:.6f}, {:.6f}".format(
                    page["x"], page["y"], page["lat"], page["lon"]
                ),
            ),
            (self.tr("Source"), "{} {}".format(page["source"], page["id_externe"] or "")),
        ]
        if page["doublon_de"]:
            facts.append((self.tr("Duplicate of"), "#{}".format(page["doublon_de"])))
        parts.append(
            "<table>"
            + "".join(
                "<tr><td><b>{}</b></td><td>{}</td></tr>".format(_html(k), _html(v))
                for k, v in facts
            )
            + "</table>"
        )
        parts.append("<p>{}</p>".format(_html(page["description"] or self.tr("(no description)"))))
        if page["media_url"]:
            parts.append(
                '<p><a href="{}">{}</a></p>'.format(
                    _html(page["media_url"]), self.tr("Open the photo")
                )
            )
        parts.append(
            "<p><b>{}</b> {} <a href=\"why:{}\">{}</a></p>".format(
                self.tr("Why this service:"), _html(page["raison"]), page["id"], self.tr("details…")
            )
        )
        parts.append(
            "<p><b>{}</b><br>{}</p>".format(
                self.tr("Assignments"),
                "<br>".join(
                    "{} ({}) — {}{}".format(
                        _html(a["service"]),
                        _html(a["role"]),
                        _html(assignment_status_label(a["statut"])),
                        " : "
                        + _html(a["motif_refus"] or "")
                        + " "
                        + _html(a["motif_refus_texte"] or "")
                        if a["statut"] == "refused"
                        else "",
                    )
                    for a in page["assignments"]
                ),
            )
        )
        if page["follow_ups"]:
            parts.append(
                "<p><b>{}</b><br>{}</p>".format(
                    self.tr("Follow-ups"),
                    "<br>".join(
                        "{} [{}] {}".format(
                            moment_text(f["cree_le"]),
                            _html(visibility_label(f["visibilite"])),
                            _html(f["texte"]),
                        )
                        for f in page["follow_ups"]
                    ),
                )
            )
        parts.append(
            "<p><b>{}</b><br>{}</p>".format(
                self.tr("History"),
                "<br>".join(
                    "{} {} — {}".format(
                        moment_text(h["le"]), _html(h["auteur"]), _html(action_label(h["action"]))
                    )
                    for h in page["history"]
                ),
            )
        )
        return "".join(parts)

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() == "why":
            from .why_dialog import WhyThisServiceDialog

            self.why_dialog = WhyThisServiceDialog(self.db, int(url.path()), self.canvas, self)
            self.why_dialog.show()
        else:
            QDesktopServices.openUrl(url)

    # reminders -------------------------------------------------------------------------------
    def show_reminders(self) -> None:
        try:
            found = triage.reminders(self.db, self.today or dt.date.today())
        except GupError as exc:
            self._show_problem(exc)
            return
        names = {
            "unanswered": self.tr("Unanswered after 3 working days"),
            "without_follow_up": self.tr("No follow-up for 20 days"),
            "overdue": self.tr("Overdue"),
        }
        delays = {
            "unanswered": ("waiting_working_days", self.tr("{} working days")),
            "without_follow_up": ("days_without_follow_up", self.tr("{} days")),
            "overdue": ("working_days_late", self.tr("{} working days late")),
        }
        services = self.labels["service"]
        rows = []
        for kind, frame in found.items():
            column, text = delays[kind]
            for record in frame.to_dict("records"):
                service = record.get("service_id")
                service = None if service is None or service != service else int(service)
                if self.my_service is not None and service not in (None, self.my_service):
                    continue
                rows.append(
                    [
                        names[kind],
                        int(record["report_id"]),
                        services.get(service, ""),
                        text.format(int(record[column])),
                    ]
                )
        fill_table(self.reminder_table, rows)
        self.reminders_read = True
        self.tabs.setTabText(1, self.tr("Reminders ({})").format(len(rows)))

    def _tab_changed(self, index: int) -> None:
        if index == 1 and self.db is not None and not self.reminders_read:
            self.show_reminders()

    def _reminder_chosen(self) -> None:
        items = self.reminder_table.selectedItems()
        if items:
            report_id = int(self.reminder_table.item(items[0].row(), 1).text())
            self.show_page(report_id)

    # actions ---------------------------------------------------------------------------------
    def _versions(self) -> Dict[int, int]:
        return {row["id"]: row["version"] for row in self.selected_rows()}

    def _acting_service(self) -> Optional[int]:
        """The service answering: mine, else the service filter, else the reports' own main
        service when they share one (the operator answering for it)."""
        if self.my_service is not None:
            return self.my_service
        chosen = self._chosen("service")
        if chosen is not None:
            return chosen
        services = {row["service_id"] for row in self.selected_rows()}
        return services.pop() if len(services) == 1 else None

    def _run(self, call: Callable, *args) -> bool:
        """Run one action on the selection; refresh it, or say why nothing was written."""
        versions = self._versions()
        if not versions:
            self.last_message = self.tr("Select one or more reports first.")
            QMessageBox.information(self, self.tr("Triage"), self.last_message)
            return False
        ids = sorted(versions)
        try:
            call(self.db, versions, *args)
        except GupError as exc:
            self._show_problem(exc)
            return False
        except Exception as exc:  # a bug: logged with its traceback, a sentence shown
            LOGGER.error("Triage action failed", exc_info=True)
            self._show_problem(exc)
            return False
        self.model.refresh_rows(ids)
        self.show_page(ids[0] if len(ids) == 1 else None, len(ids))
        self.last_message = ""
        return True

    def _show_problem(self, exc: Exception) -> None:
        self.last_message = (
            error_text(exc)
            if isinstance(exc, GupError)
            else self.tr("Unexpected error ({}): see the message log.").format(type(exc).__name__)
        )
        QMessageBox.warning(self, self.tr("Triage"), self.last_message)

    def _one(self, call: Callable) -> Callable:
        """A single-report use case called like a bulk one (versions first)."""

        def single(db, versions, *args):
            if len(versions) != 1:
                raise GupError(self.tr("Select exactly one report for this action."))
            ((report_id, version),) = versions.items()
            return call(db, report_id, version, *args)

        return single

    def act_accept(self) -> bool:
        return self._run(triage.bulk_accept, self._acting_service())

    def act_refuse(self, reason: Optional[str], text: Optional[str] = None) -> bool:
        return self._run(triage.bulk_refuse, self._acting_service(), reason, text or None)

    def act_qualify(self, sub_category: str) -> bool:
        return self._run(triage.bulk_qualify, sub_category, self.my_service)

    def act_reroute(self, service_id: int, reason: str) -> bool:
        return self._run(triage.bulk_reroute, service_id, reason)

    def act_follow_up(self, text: str, visibility: str) -> bool:
        return self._run(triage.bulk_follow_up, text, visibility, self.my_service)

    def act_close(self) -> bool:
        return self._run(triage.bulk_close, self.my_service)

    def act_duplicate(self, original_id: int) -> bool:
        return self._run(self._one(triage.mark_duplicate), original_id)

    def act_reopen(self) -> bool:
        return self._run(self._one(triage.reopen), self.my_service)

    def qualify_preview(self, report_id: int, sub_category: Optional[str]) -> str:
        """The routing sentence qualifying would give (nothing written)."""
        preview = triage.preview_qualify(self.db, report_id, sub_category)
        if preview is None:
            return ""
        if preview["routage_manuel"]:
            return self.tr("Routed by hand: qualifying keeps the service.")
        return self.tr("After qualifying: {} — {}").format(
            preview["service"] or "-", preview["raison"] or ""
        )

    # buttons: ask, then act ------------------------------------------------------------------
    def on_accept(self) -> bool:
        return self.act_accept()

    def on_close(self) -> bool:
        return self.act_close()

    def on_reopen(self) -> bool:
        return self.act_reopen()

    def on_refuse(self) -> bool:
        reasons = [(r["code"], r["libelle"]) for r in triage.refusal_reason_choices(self.db)]
        answer = ask_action(
            self,
            self.tr("Refuse"),
            self.tr("Reason:"),
            reasons,
            self.tr("Text (required for 'other'):"),
        )
        return answer is not None and self.act_refuse(*answer)

    def on_qualify(self) -> bool:
        ids = self.selected_ids()
        if not ids:
            return self._run(triage.bulk_qualify, None)
        subs = [
            (s["code"], "{} ({})".format(s["libelle"], s["code"]))
            for s in triage.sub_category_choices(self.db, ids[0])
        ]
        answer = ask_action(
            self,
            self.tr("Qualify"),
            self.tr("Sub-category:"),
            subs,
            preview=lambda code: self.qualify_preview(ids[0], code),
        )
        return answer is not None and self.act_qualify(answer[0])

    def on_reroute(self) -> bool:
        services = sorted(
            ((i, n) for i, n in self.labels["service"].items()), key=lambda s: s[1].lower()
        )
        answer = ask_action(
            self,
            self.tr("Re-route"),
            self.tr("New service:"),
            services,
            self.tr("Reason (kept with the routing):"),
        )
        return answer is not None and self.act_reroute(*answer)

    def on_follow_up(self) -> bool:
        visibilities = [(v, visibility_label(v)) for v in ("internal", "public")]
        answer = ask_action(
            self, self.tr("Follow-up"), self.tr("Visible to:"), visibilities, self.tr("Text:")
        )
        return answer is not None and self.act_follow_up(answer[1], answer[0])

    def on_duplicate(self) -> bool:
        ids = self.selected_ids()
        if len(ids) != 1:
            return self._run(self._one(triage.mark_duplicate), None)
        try:
            found = triage.duplicate_suggestions(self.db, ids[0])
        except GupError as exc:
            self._show_problem(exc)
            return False
        choices = [
            (
                int(r["report_id"]),
                self.tr("#{} — {:.0f} m, {} days apart").format(
                    int(r["report_id"]), r["distance"], int(r["days_apart"])
                ),
            )
            for r in found.to_dict("records")
        ]
        if not choices:
            self.last_message = self.tr("No open report of the same category nearby.")
            QMessageBox.information(self, self.tr("Triage"), self.last_message)
            return False
        answer = ask_action(self, self.tr("Duplicate of"), self.tr("Original report:"), choices)
        return answer is not None and self.act_duplicate(answer[0])

    def closeEvent(self, event):  # noqa: N802
        self.close_database()
        super().closeEvent(event)
