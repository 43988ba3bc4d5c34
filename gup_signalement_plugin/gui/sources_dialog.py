"""Incoming report sources: the list, a form for an Open311 source with its category mapping,
and "Synchronise now" run in a QGIS background task (progress, cancel, summary, run log).

The task opens its own database connection in its worker thread (a psycopg2 connection never
crosses threads). What a canceled or failed synchronisation stored stays stored: the next run
resumes after the last stored page."""

import dataclasses
import logging
from typing import Dict, List, Optional

from qgis.core import QgsApplication, QgsTask
from qgis.gui import QgsAuthConfigSelect
from qgis.PyQt.QtCore import QCoreApplication, QDateTime, Qt, QUrl, pyqtSignal, pyqtSlot
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.errors import GupError, InputError, Problem
from ..core.incoming import source_zone
from ..core.schema import TIME_ZONE, is_valid_source_name
from ..toolbelt.auth import api_key_for
from ..toolbelt.connections import Database
from ..toolbelt.incoming_text import counts_summary, run_state_label
from ..toolbelt.values import aware_datetime, qdatetime, short_datetime
from ..usecases import catalogue, ingest
from ..usecases.ingest import Source
from .connection_picker import connection_row
from .dialog_size import fit_to_screen, scrolled_layout
from .tables import fill_table, new_table

LOGGER = logging.getLogger(__name__)
TIME_ZONES = (TIME_ZONE, "UTC")
NO_DATE = QDateTime(2000, 1, 1, 0, 0)  # the minimum of the first-date field means "not set"


class SyncTask(QgsTask):
    """``sync_open311`` on a worker thread, with its own Database opened in run(); ``over``
    is emitted on the main thread at the end (result or error set)."""

    logged = pyqtSignal(str)
    over = pyqtSignal()

    def __init__(
        self,
        dsn: str,
        author: Optional[str],
        source_name: str,
        api_key: Optional[str] = None,
        full: bool = False,
    ):
        super().__init__(
            QCoreApplication.translate("SyncTask", "Synchronise '{}'").format(source_name),
            QgsTask.CanCancel,
        )
        self.dsn, self.author, self.source_name = dsn, author, source_name
        self.api_key, self.full = api_key, full
        self.result: Optional[ingest.RunResult] = None
        self.error: Optional[str] = None
        self.lines: List[str] = []

    def _log(self, line: str) -> None:
        self.lines.append(line)
        self.logged.emit(line)

    def run(self) -> bool:
        try:
            with Database(self.dsn, author=self.author) as db:
                self.result = ingest.sync_open311(
                    db,
                    self.source_name,
                    api_key=self.api_key,
                    full=self.full,
                    progress=self.setProgress,
                    is_canceled=self.isCanceled,
                    log=self._log,
                )
            return True
        except GupError as exc:  # Open311Error, DatabaseError, Canceled...: readable messages
            self.error = str(exc)
            LOGGER.warning(
                "Synchronisation task of source '%s' ended: %s", self.source_name, self.error
            )
        except Exception as exc:  # noqa: BLE001 - a task must not raise: say what happened
            self.error = "{}: {}".format(type(exc).__name__, exc)
            LOGGER.error(
                "Synchronisation task of source '%s' failed", self.source_name, exc_info=True
            )
        return False

    def finished(self, result: bool) -> None:  # noqa: ARG002 - called by QGIS, main thread
        self.over.emit()


class SourcesDialog(QDialog):
    """List, add and edit incoming sources; synchronise one in the background."""

    def __init__(self, connection_name: Optional[str] = None, parent=None):
        super().__init__(parent)
        self.database: Optional[Database] = None
        self.sources: List[Source] = []
        self.editing: Optional[Source] = None
        self.task: Optional[SyncTask] = None
        self.setWindowTitle(self.tr("Incoming report sources"))
        fit_to_screen(self, 1360, 900)
        self._build()
        if connection_name is not None:
            self.connection_combo.setCurrentText(connection_name)
        if self.connection_combo.currentText():
            self.connect_database()

    # Layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        """Top to bottom: connection, sources, the selected source's form and mapping, its
        synchronisation and the recent runs (scrolling on a small screen), then Close."""
        outer = QVBoxLayout(self)
        layout = scrolled_layout(self, outer)
        top, self.connection_combo = connection_row(self, self.connect_database)
        layout.addLayout(top)

        layout.addWidget(QLabel(self.tr("Sources (select one to edit or synchronise it):"), self))
        self.sources_table = new_table(
            self,
            [
                self.tr("Name"),
                self.tr("Label"),
                self.tr("Type"),
                self.tr("Endpoint"),
                self.tr("Format"),
                self.tr("Page size"),
                self.tr("Audience"),
                self.tr("Last sync"),
                self.tr("Unfinished"),
                self.tr("Active"),
            ],
            stretch=3,
        )
        self.sources_table.setToolTip(
            self.tr(
                "Unfinished: a synchronisation stopped before the "
                "end; the next one resumes after its last page."
            )
        )
        self.sources_table.itemSelectionChanged.connect(self._source_selected)
        self.sources_table.setMinimumHeight(150)
        layout.addWidget(self.sources_table, 1)

        editing = QHBoxLayout()
        editing.addWidget(self._build_form(), 1)
        editing.addWidget(self._build_mapping(), 1)
        layout.addLayout(editing)
        actions = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New source"), self)
        self.new_button.clicked.connect(lambda: self.edit_source(None))
        self.save_button = QPushButton(self.tr("Save source"), self)
        self.save_button.clicked.connect(self.save)
        actions.addWidget(self.new_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        layout.addLayout(actions)

        layout.addWidget(self._build_sync())
        layout.addWidget(QLabel(self.tr("Recent runs:"), self))
        self.runs_table = new_table(
            self,
            [
                self.tr("Source"),
                self.tr("Start"),
                self.tr("End"),
                self.tr("State"),
                self.tr("Read"),
                self.tr("New"),
                self.tr("Updated"),
                self.tr("Unchanged"),
                self.tr("Quarantined"),
                self.tr("Message"),
            ],
            stretch=9,
        )
        self.runs_table.setMinimumHeight(120)
        layout.addWidget(self.runs_table, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.categories = []
        self.edit_source(None)
        self._set_enabled(False)

    def _build_sync(self) -> QGroupBox:
        sync = QGroupBox(self.tr("Synchronisation of the selected source"), self)
        sync_layout = QVBoxLayout(sync)
        row = QHBoxLayout()
        self.full_check = QCheckBox(self.tr("Full re-read"), sync)
        self.full_check.setToolTip(
            self.tr(
                "From the source's first date. Otherwise: from the last "
                "synchronisation minus the re-read days, or after the "
                "last stored page of an unfinished one."
            )
        )
        self.sync_button = QPushButton(self.tr("Synchronise now"), sync)
        self.sync_button.clicked.connect(lambda: self.start_sync(self.full_check.isChecked()))
        self.cancel_button = QPushButton(self.tr("Cancel"), sync)
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_sync)
        self.progress_bar = QProgressBar(sync)
        self.progress_bar.setRange(0, 100)
        for widget in (self.sync_button, self.full_check, self.cancel_button):
            row.addWidget(widget)
        row.addWidget(self.progress_bar, 1)
        sync_layout.addLayout(row)
        results = QHBoxLayout()
        self.summary_label = QLabel(sync)
        self.summary_label.setWordWrap(True)
        self.summary_label.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        self.summary_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        results.addWidget(self.summary_label, 2)
        self.log_view = QPlainTextEdit(sync)
        self.log_view.setReadOnly(True)
        self.log_view.setMaximumBlockCount(2000)
        self.log_view.setLineWrapMode(QPlainTextEdit.NoWrap)
        self.log_view.setFixedHeight(100)
        results.addWidget(self.log_view, 3)
        sync_layout.addLayout(results)
        return sync

    def _build_form(self) -> QGroupBox:
        """The source's settings, in two columns."""
        self.form_box = QGroupBox(self.tr("New Open311 source"), self)
        self.name_edit = QLineEdit(self.form_box)
        self.name_edit.setPlaceholderText(self.tr("e.g. dansmarue (a-z, 0-9, _ . -)"))
        self.label_edit = QLineEdit(self.form_box)
        self.url_edit = QLineEdit(self.form_box)
        self.url_edit.setPlaceholderText("https://example.org/open311/v2")
        self.jurisdiction_edit = QLineEdit(self.form_box)
        self.auth_select = QgsAuthConfigSelect(self.form_box)
        self.auth_select.setToolTip(
            self.tr(
                "A Basic configuration whose password is the API key; "
                "only its id is stored in the database."
            )
        )
        self.format_combo = QComboBox(self.form_box)
        self.format_combo.addItems(["json", "xml"])
        self.page_size_spin = QSpinBox(self.form_box)
        self.page_size_spin.setRange(0, 10000)
        self.page_size_spin.setSpecialValueText(self.tr("no paging"))
        self.tz_combo = QComboBox(self.form_box)
        self.tz_combo.setEditable(True)
        self.tz_combo.addItems(TIME_ZONES)
        self.audience_combo = QComboBox(self.form_box)
        self.audience_combo.addItem(self.tr("Citizens (public)"), "public")
        self.audience_combo.addItem(self.tr("Field agents"), "agents")
        self.since_edit = QDateTimeEdit(self.form_box)
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.since_edit.setMinimumDateTime(NO_DATE)
        self.since_edit.setSpecialValueText(self.tr("(90 days before the first sync)"))
        self.reread_spin = QSpinBox(self.form_box)
        self.reread_spin.setRange(0, 365)
        self.reread_spin.setSuffix(self.tr(" day(s)"))
        self.active_check = QCheckBox(self.tr("Active"), self.form_box)
        grid = QGridLayout(self.form_box)
        wide = (self.label_edit, self.url_edit, self.auth_select)  # these span the whole width
        for row, pair in enumerate(
            (
                ((self.tr("Name:"), self.name_edit), (self.tr("Format:"), self.format_combo)),
                ((self.tr("Label:"), self.label_edit),),
                ((self.tr("Endpoint URL:"), self.url_edit),),
                ((self.tr("API key:"), self.auth_select),),
                (
                    (self.tr("Jurisdiction:"), self.jurisdiction_edit),
                    (self.tr("Page size:"), self.page_size_spin),
                ),
                (
                    (self.tr("Server time zone:"), self.tz_combo),
                    (self.tr("First date:"), self.since_edit),
                ),
                (
                    (self.tr("Audience:"), self.audience_combo),
                    (self.tr("Re-read days:"), self.reread_spin),
                ),
                (("", self.active_check),),
            )
        ):
            for col, (label, widget) in enumerate(pair):
                grid.addWidget(QLabel(label, self.form_box), row, 2 * col)
                grid.addWidget(widget, row, 2 * col + 1, 1, 3 if widget in wide else 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(8, 1)
        self.reread_spin.setToolTip(
            self.tr(
                "An incremental synchronisation re-reads this many "
                "days before the last one, to catch updates."
            )
        )
        return self.form_box

    def _build_mapping(self) -> QGroupBox:
        mapping_box = QGroupBox(self.tr("Category mapping"), self)
        mapping_layout = QVBoxLayout(mapping_box)
        note = QLabel(
            self.tr(
                "The server's codes that are not our own category codes; codes "
                "neither listed nor ours go to quarantine."
            ),
            mapping_box,
        )
        note.setWordWrap(True)
        mapping_layout.addWidget(note)
        self.mapping_table = QTableWidget(0, 2, mapping_box)
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Server's code"), self.tr("Our category")]
        )
        self.mapping_table.verticalHeader().setVisible(False)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        mapping_layout.addWidget(self.mapping_table, 1)
        mapping_buttons = QHBoxLayout()
        self.add_code_button = QPushButton(self.tr("Add a code"), mapping_box)
        self.add_code_button.clicked.connect(lambda: self.add_mapping_row())
        self.remove_code_button = QPushButton(self.tr("Remove"), mapping_box)
        self.remove_code_button.clicked.connect(self._remove_mapping_rows)
        self.fetch_button = QPushButton(self.tr("Fetch the server's service codes"), mapping_box)
        self.fetch_button.clicked.connect(self.fetch_service_codes)
        for button in (self.add_code_button, self.remove_code_button, self.fetch_button):
            mapping_buttons.addWidget(button)
        mapping_buttons.addStretch(1)
        mapping_layout.addLayout(mapping_buttons)
        return mapping_box

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.sources_table,
            self.form_box,
            self.mapping_table,
            self.add_code_button,
            self.remove_code_button,
            self.fetch_button,
            self.new_button,
            self.save_button,
        ):
            widget.setEnabled(enabled)
        self._update_sync_buttons()

    # Loading ------------------------------------------------------------------------------
    def connect_database(self) -> bool:
        """Open the chosen connection and read its sources, runs and categories."""
        from ..toolbelt.connections import database_for_connection

        try:
            database = database_for_connection(self.connection_combo.currentText())
        except GupError as exc:
            QMessageBox.critical(self, self.tr("Connection"), str(exc))
            return False
        if self.database is not None:
            self.database.close()
        self.database = database
        self.connection_combo.remember()
        self.edit_source(None)
        return self.refresh()

    def refresh(self, select: Optional[str] = None, keep_form: bool = False) -> bool:
        """Re-read the sources and the runs; keep (or set) the selected source. With
        ``keep_form`` the form is left as the user has it (a sync ended meanwhile)."""
        select = select or self.selected_name()
        try:
            self.categories = [
                c for c in catalogue.list_categories(self.database) if c.is_top_level
            ]
            self.sources = ingest.list_sources(self.database)
            runs = ingest.recent_runs(self.database)
        except GupError as exc:
            QMessageBox.critical(self, self.tr("Database"), str(exc))
            self._set_enabled(False)
            return False
        self._set_enabled(True)
        blocked = self.sources_table.blockSignals(True)
        kinds = {"open311": "Open311", "fichier": self.tr("file"), "telephone": self.tr("phone")}
        audiences = {"public": self.tr("citizens"), "agents": self.tr("field agents")}
        fill_table(
            self.sources_table,
            [
                [
                    s.nom,
                    s.libelle,
                    kinds.get(s.type, s.type),
                    s.url,
                    s.format.upper(),
                    s.taille_page or self.tr("no paging"),
                    audiences.get(s.audience, s.audience),
                    short_datetime(s.derniere_synchro),
                    self.tr("yes") if s.curseur else self.tr("no"),
                    self.tr("yes") if s.actif else self.tr("no"),
                ]
                for s in self.sources
            ],
        )
        self.sources_table.clearSelection()
        self.sources_table.blockSignals(blocked)
        fill_table(
            self.runs_table,
            [
                [
                    r["source"],
                    short_datetime(r["debut"]),
                    short_datetime(r["fin"]),
                    run_state_label(r["etat"]),
                    r["lus"],
                    r["nouveaux"],
                    r["mis_a_jour"],
                    r["inchanges"],
                    r["quarantaine"],
                    r["message"] or "",
                ]
                for r in runs
            ],
        )
        names = [s.nom for s in self.sources]
        if select in names:
            blocked = self.sources_table.blockSignals(keep_form)
            self.sources_table.selectRow(names.index(select))
            self.sources_table.blockSignals(blocked)
        self._update_sync_buttons()
        return True

    def selected_name(self) -> Optional[str]:
        rows = self.sources_table.selectionModel().selectedRows()
        return (
            self.sources[rows[0].row()].nom if rows and rows[0].row() < len(self.sources) else None
        )

    def _source_selected(self) -> None:
        name = self.selected_name()
        self.edit_source(next((s for s in self.sources if s.nom == name), None))
        self._update_sync_buttons()

    # The form -----------------------------------------------------------------------------
    def edit_source(self, source: Optional[Source]) -> None:
        """Show ``source`` in the form (None: an empty form for a new Open311 source)."""
        self.editing = source
        shown = source or Source(nom="", type="open311")
        self.form_box.setTitle(
            self.tr("New Open311 source")
            if source is None
            else self.tr("Source '{}' ({})").format(source.nom, source.type)
        )
        self.name_edit.setText(shown.nom)
        self.name_edit.setReadOnly(source is not None)  # the name is the key of its reports
        self.label_edit.setText(shown.libelle or "")
        self.url_edit.setText(shown.url or "")
        self.jurisdiction_edit.setText(shown.jurisdiction_id or "")
        self.auth_select.setConfigId(shown.authcfg or "")
        self.format_combo.setCurrentText(shown.format)
        self.page_size_spin.setValue(shown.taille_page or 0)
        self.tz_combo.setCurrentText(shown.fuseau)
        self.audience_combo.setCurrentIndex(max(0, self.audience_combo.findData(shown.audience)))
        self.since_edit.setDateTime(
            qdatetime(shown.synchro_depuis) if shown.synchro_depuis else NO_DATE
        )
        self.reread_spin.setValue(shown.relecture_jours)
        self.active_check.setChecked(shown.actif)
        self.mapping_table.setRowCount(0)
        for code, category in sorted(shown.mapping.items()):
            self.add_mapping_row(code, category)

    def add_mapping_row(self, code: str = "", category: Optional[str] = None) -> int:
        row = self.mapping_table.rowCount()
        self.mapping_table.insertRow(row)
        self.mapping_table.setItem(row, 0, QTableWidgetItem(code))
        combo = QComboBox(self.mapping_table)
        for c in self.categories:
            combo.addItem("{} ({})".format(c.public_label, c.code), c.code)
        if category is not None and combo.findData(category) < 0:
            combo.addItem(category, category)  # a mapping to a category no longer top level
        combo.setCurrentIndex(max(0, combo.findData(category)))
        self.mapping_table.setCellWidget(row, 1, combo)
        return row

    def _remove_mapping_rows(self) -> None:
        rows = {index.row() for index in self.mapping_table.selectedIndexes()}
        rows.add(self.mapping_table.currentRow())
        for row in sorted((r for r in rows if r >= 0), reverse=True):
            self.mapping_table.removeRow(row)

    def form_mapping(self, problems: List[Problem]) -> Dict[str, str]:
        mapping: Dict[str, str] = {}
        for row in range(self.mapping_table.rowCount()):
            item = self.mapping_table.item(row, 0)
            code = item.text().strip() if item is not None else ""
            if not code:
                continue
            if code in mapping:
                problems.append(
                    Problem(
                        self.tr("Category mapping"),
                        self.tr("the code '{}' is listed twice").format(code),
                    )
                )
            mapping[code] = self.mapping_table.cellWidget(row, 1).currentData()
        return mapping

    def form_source(self) -> Source:
        """The source as typed in the form; an InputError listing every problem."""
        problems: List[Problem] = []
        name = self.name_edit.text().strip()
        if not is_valid_source_name(name):
            problems.append(
                Problem(
                    self.tr("Name"),
                    self.tr(
                        "'{}' is not a valid name: lower-case letters, digits, _ . - (at most 63, "
                        "starting with a letter or a digit)"
                    ).format(name),
                )
            )
        kind = self.editing.type if self.editing is not None else "open311"
        url = self.url_edit.text().strip()
        parsed = QUrl(url, QUrl.StrictMode)
        if kind == "open311" and not (
            parsed.isValid() and parsed.scheme() in ("http", "https") and parsed.host()
        ):
            problems.append(
                Problem(
                    self.tr("Endpoint URL"),
                    self.tr(
                        "'{}' is not an http(s) address such as https://example.org/open311/v2"
                    ).format(url),
                )
            )
        fuseau = self.tz_combo.currentText().strip()
        try:
            source_zone(fuseau)  # says to install tzdata where the system has no zone database
        except GupError as exc:
            problems.append(Problem(self.tr("Time zone"), str(exc)))
        mapping = self.form_mapping(problems)
        if problems:
            raise InputError(problems)
        since = self.since_edit.dateTime()
        base = self.editing or Source(nom=name, type=kind)
        return dataclasses.replace(
            base,
            nom=name,
            libelle=self.label_edit.text().strip() or None,
            url=url or None,
            jurisdiction_id=self.jurisdiction_edit.text().strip() or None,
            authcfg=self.auth_select.configId() or None,
            format=self.format_combo.currentText(),
            taille_page=self.page_size_spin.value() or None,
            fuseau=fuseau,
            audience=self.audience_combo.currentData(),
            synchro_depuis=None if since <= NO_DATE else aware_datetime(since),
            relecture_jours=self.reread_spin.value(),
            actif=self.active_check.isChecked(),
            mapping=mapping,
        )

    def save(self) -> bool:
        """Write the form (one transaction); on error the form keeps what was typed."""
        try:
            source = self.form_source()
            ingest.save_source(self.database, source)
        except GupError as exc:
            QMessageBox.critical(
                self,
                self.tr("Save failed"),
                self.tr("The source was not saved; what you typed is still here.\n\n{}").format(
                    exc
                ),
            )
            return False
        return self.refresh(select=source.nom)

    def fetch_service_codes(self) -> int:
        """Add the server's service codes missing from the mapping (our code when it is one of
        ours); returns how many rows were added."""
        from ..connectors.open311_client import Open311Client

        problems: List[Problem] = []
        known = set(self.form_mapping(problems))
        ours = {c.code for c in self.categories}
        try:
            with Open311Client(
                self.url_edit.text().strip(),
                self.name_edit.text().strip() or "?",
                self.jurisdiction_edit.text().strip() or None,
                api_key_for(self.auth_select.configId()),
                fmt=self.format_combo.currentText(),
                retries=0,
                timeout=(3.0, 10.0),
            ) as client:  # the GUI waits: keep it short
                services = client.services()
        except (GupError, ValueError) as exc:
            QMessageBox.critical(self, self.tr("Service codes"), str(exc))
            return 0
        added = 0
        for service in services:
            code = service["service_code"]
            if code and code not in known and code not in ours:
                self.add_mapping_row(code)
                known.add(code)
                added += 1
        QMessageBox.information(
            self,
            self.tr("Service codes"),
            self.tr(
                "{} service code(s) on the server, {} added to the mapping (the others are our own "
                "codes or already listed): choose their category, then save."
            ).format(len(services), added),
        )
        return added

    # Synchronisation ----------------------------------------------------------------------
    def is_syncing(self) -> bool:
        return self.task is not None

    def _update_sync_buttons(self) -> None:
        name = self.selected_name()
        source = next((s for s in self.sources if s.nom == name), None)
        can_sync = (
            self.database is not None
            and source is not None
            and source.type == "open311"
            and not self.is_syncing()
        )
        self.sync_button.setEnabled(can_sync)
        self.full_check.setEnabled(can_sync)
        self.cancel_button.setEnabled(self.is_syncing())

    def sync_task(self, full: bool = False) -> SyncTask:
        """The task synchronising the selected source, wired to this dialog (not started: give
        it to QgsApplication.taskManager().addTask)."""
        name = self.selected_name()
        if name is None or self.database is None:
            raise GupError(self.tr("Select a saved source first."))
        source = next(s for s in self.sources if s.nom == name)
        task = SyncTask(
            self.database.dsn, self.database.author, name, api_key_for(source.authcfg), full
        )
        task.progressChanged.connect(self._show_progress)
        task.logged.connect(self.log_view.appendPlainText)
        task.over.connect(self._sync_finished)
        self.task = task
        self.progress_bar.setValue(0)
        self.log_view.clear()
        self.summary_label.setText(self.tr("Synchronising '{}'…").format(name))
        self._update_sync_buttons()
        return task

    def start_sync(self, full: bool = False) -> Optional[SyncTask]:
        try:
            task = self.sync_task(full)
        except GupError as exc:
            QMessageBox.critical(self, self.tr("Synchronisation"), str(exc))
            return None
        QgsApplication.taskManager().addTask(task)
        return task

    def cancel_sync(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.summary_label.setText(self.tr("Canceling after the current page…"))

    @pyqtSlot(float)
    def _show_progress(self, value: float) -> None:
        self.progress_bar.setValue(int(value))

    def _sync_finished(self) -> None:
        task, self.task = self.task, None
        if task is None:
            return
        if task.result is not None:
            self.progress_bar.setValue(100)
            text = self.tr("Done: {}").format(counts_summary(task.result.counts))
            if task.result.resumed_from:
                text = self.tr("Resumed after {}. ").format(task.result.resumed_from) + text
        else:
            text = self.tr("Not finished: {}").format(task.error or self.tr("canceled"))
        self.summary_label.setText(text)
        editing = self.editing.nom if self.editing is not None else None
        self.refresh(select=editing, keep_form=True)

    def done(self, result: int) -> None:
        """Closing cancels a running synchronisation (what it stored stays stored)."""
        if self.task is not None:
            # only the dialog's own slots: the task manager keeps following the task
            self.task.progressChanged.disconnect(self._show_progress)
            self.task.logged.disconnect(self.log_view.appendPlainText)
            self.task.over.disconnect(self._sync_finished)
            self.task.cancel()
            self.task = None
        if self.database is not None:
            self.database.close()
        super().done(result)
