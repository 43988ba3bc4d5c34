"""Import reports from a file (the file channel): the first rows, the column mapping as combos
and a check of those rows (how they read, and what the data-quality guard would store or
quarantine), then the Processing algorithm ``gup_signalement:import_reports_file`` in a QGIS
background task (progress, cancel, summary).

The mapping shown is the one the algorithm will use: it is computed by the algorithm's own
``mapping()`` from the same parameters the Import button passes."""

import csv
import dataclasses
import re
import unicodedata
import zoneinfo
from pathlib import Path
from typing import Dict, List, Optional

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsTask,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import QgsFileWidget, QgsProjectionSelectionWidget
from qgis.PyQt.QtCore import Qt, pyqtSlot
from qgis.PyQt.QtGui import QBrush, QColor, QFont
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core import report_files
from ..core.errors import GupError
from ..core.incoming import DEFAULT_SOURCE_TZ
from ..core.schema import is_valid_source_name
from ..processing.algorithms.incoming import NO_COLUMN, ImportReportsFile, is_csv_file
from ..toolbelt.incoming_text import file_refused_text, guard_preview_text, notice_text
from ..toolbelt.layer_rows import GEOMETRY_KEY, layer_rows, qgis_to_lonlat
from ..usecases import ingest
from .connection_picker import connection_row
from .dialog_size import fit_to_screen, scrolled_layout
from .tables import fill_table

ALGORITHM_ID = "gup_signalement:import_reports_file"
PREVIEW_ROWS = 20
SHOWN_PROBLEMS = 3
LOCATION_FIELDS = ("x", "y", "wkt")  # disabled for a layer file: its geometry is used
USED_TINT = QColor(255, 243, 205)  # the columns the mapping reads, in the preview table
MAX_COLUMN_WIDTH = 260
MAPPED_FIELDS = (
    "external_id",
    "service_code",
    "description",
    "address",
    "requested_at",
    "updated_at",
    "status",
    "x",
    "y",
    "wkt",
)


def source_slug(path: str) -> str:
    """A source name from a file name: 'DansMaRue Paris.csv.gz' -> 'dansmarue_paris'."""
    file = Path(path)
    stem = Path(file.stem).stem if file.suffix.lower() == ".gz" else file.stem
    text = unicodedata.normalize("NFKD", stem.lower()).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9_.\-]+", "_", text).strip("_.-")
    return text[:63] or "fichier"


class ImportFeedback(QgsProcessingFeedback):
    """Keeps the errors the algorithm reports (called on the task's thread)."""

    def __init__(self):
        super().__init__()
        self.errors: List[str] = []

    def reportError(self, error, fatalError=False):  # noqa: N802,N803 - QGIS's signature
        self.errors.append(error)
        super().reportError(error, fatalError)


class ImportReportsDialog(QDialog):
    """Choose a file, check its columns on the first rows, import it in the background."""

    def __init__(self, connection_name: Optional[str] = None, parent=None):
        super().__init__(parent)
        self.path = ""  # the file read, "" when none could be
        self.header: List[str] = []
        self.rows: List[Dict[str, str]] = []
        self.is_layer = False
        self.auto_name = ""
        self.task: Optional[QgsProcessingAlgRunnerTask] = None
        self.context: Optional[QgsProcessingContext] = None
        self.feedback: Optional[ImportFeedback] = None
        self.last_status: Optional[int] = None
        self.reader = ImportReportsFile()  # its mapping() gives what an import will use
        self.reader.initAlgorithm()
        self.reader_context = QgsProcessingContext()
        self.guards: Dict[tuple, object] = {}  # (connection, source) -> guard, or why there is none
        self.setWindowTitle(self.tr("Import reports from a file"))
        fit_to_screen(self, 1180, 940)
        self._build()
        if connection_name is not None:
            self.connection_combo.setCurrentText(connection_name)
        self.clear_file()

    # Layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        """Top to bottom: connection, file and source, the first rows, the mapping, its check
        and the import; on a small screen the part above the check scrolls."""
        outer = QVBoxLayout(self)
        layout = scrolled_layout(self, outer)  # the check, Import and Close stay visible
        top, self.connection_combo = connection_row(self, self._connection_loaded)
        self.connection_combo.currentTextChanged.connect(lambda _text: self._connection_loaded())
        layout.addLayout(top)

        chooser = QGridLayout()
        self.file_widget = QgsFileWidget(self)
        self.file_widget.setStorageMode(QgsFileWidget.GetFile)
        self.file_widget.setFilter(
            ";;".join(
                (
                    self.tr("CSV files (*.csv *.txt *.tsv *.csv.gz)"),
                    self.tr("GeoJSON (*.geojson *.json)"),
                    self.tr("GeoPackage (*.gpkg)"),
                    self.tr("All files (*)"),
                )
            )
        )
        self.file_widget.fileChanged.connect(self.load_file)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("a-z, 0-9, _ . -"))
        self.name_edit.setToolTip(
            self.tr(
                "The source the reports belong to (created on first "
                "use); importing into the same source again updates "
                "its reports instead of duplicating them."
            )
        )
        self.preset_combo = QComboBox(self)
        self.preset_combo.addItems(
            self.reader.parameterDefinition(ImportReportsFile.PRESET).options()
        )
        self.preset_combo.currentIndexChanged.connect(lambda _index: self.apply_preset())
        self.name_edit.editingFinished.connect(self.check_mapping)  # the source's guard
        self.no_header_box = QCheckBox(self.tr("First row is data (no header row)"), self)
        self.no_header_box.setToolTip(
            self.tr(
                "Ticked when the first row holds ids, dates or coordinates rather than column "
                "names; the columns are then named by their position: 1, 2, 3..."
            )
        )
        self.no_header_box.toggled.connect(self._header_toggled)
        chooser.addWidget(QLabel(self.tr("File:"), self), 0, 0)
        chooser.addWidget(self.file_widget, 0, 1, 1, 3)
        chooser.addWidget(QLabel(self.tr("Source name:"), self), 1, 0)
        chooser.addWidget(self.name_edit, 1, 1)
        chooser.addWidget(QLabel(self.tr("Column mapping:"), self), 1, 2)
        chooser.addWidget(self.preset_combo, 1, 3)
        chooser.addWidget(self.no_header_box, 2, 1, 1, 3)
        chooser.setColumnStretch(1, 1)
        chooser.setColumnStretch(3, 1)
        layout.addLayout(chooser)

        self.info_label = QLabel(self)
        self.info_label.setWordWrap(True)
        layout.addWidget(self.info_label)
        self.preview_table = QTableWidget(0, 0, self)
        self.preview_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.preview_table.setWordWrap(False)
        self.preview_table.setMinimumHeight(140)
        self.preview_table.setToolTip(
            self.tr(
                "The first rows of the file, numbered by their line "
                "in the file; the mapped columns are highlighted."
            )
        )
        layout.addWidget(self.preview_table, 1)
        layout.addWidget(self._build_mapping())
        self.check_label = QLabel(self)  # how the preview rows read, what the guard would do
        self.check_label.setWordWrap(True)
        self.check_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        outer.addWidget(self.check_label)
        outer.addWidget(self._build_import())

        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

    def _build_mapping(self) -> QGroupBox:
        """One combo per mapped field, in two columns, then the time zone and the CRS."""
        box = QGroupBox(self.tr("Column mapping (highlighted in the rows above)"), self)
        self.field_labels = {
            "external_id": self.tr("Identifier"),
            "service_code": self.tr("Category code"),
            "description": self.tr("Description"),
            "address": self.tr("Address"),
            "requested_at": self.tr("Date"),
            "updated_at": self.tr("Last update"),
            "status": self.tr("Status"),
            "x": self.tr("Longitude / X"),
            "y": self.tr("Latitude / Y"),
            "wkt": self.tr("WKT geometry"),
        }
        grid = QGridLayout(box)
        self.mapping_combos: Dict[str, QComboBox] = {}
        rows = (len(MAPPED_FIELDS) + 1) // 2
        for index, name in enumerate(MAPPED_FIELDS):
            combo = QComboBox(box)
            combo.currentIndexChanged.connect(lambda _index: self.check_mapping())
            self.mapping_combos[name] = combo
            row, col = index % rows, 2 * (index // rows)
            grid.addWidget(QLabel(self.tr("{}:").format(self.field_labels[name]), box), row, col)
            grid.addWidget(combo, row, col + 1)
        self.crs_widget = QgsProjectionSelectionWidget(box)
        self.crs_widget.setToolTip(
            self.tr(
                "The CRS of the X/Y or WKT columns of a CSV file (WGS84 for longitude/latitude)."
            )
        )
        self.crs_widget.crsChanged.connect(lambda _crs: self.check_mapping())
        grid.addWidget(QLabel(self.tr("CRS of X/Y or WKT:"), box), rows, 2)
        grid.addWidget(self.crs_widget, rows, 3)
        self.zone_combo = QComboBox(box)
        self.zone_combo.setEditable(True)
        self.zone_combo.addItems(sorted(zoneinfo.available_timezones()))
        self.zone_combo.setCurrentText(DEFAULT_SOURCE_TZ)
        self.zone_combo.setToolTip(
            self.tr(
                "The time zone of the file's dates given without an "
                "offset: where the reports were made (a US city's "
                "export: e.g. America/Chicago)."
            )
        )
        self.zone_combo.currentTextChanged.connect(lambda _text: self.check_mapping())
        grid.addWidget(QLabel(self.tr("Time zone of the dates:"), box), rows, 0)
        grid.addWidget(self.zone_combo, rows, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return box

    def _build_import(self) -> QGroupBox:
        box = QGroupBox(self.tr("Import into the database"), self)
        box_layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import"), box)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton(self.tr("Cancel"), box)
        self.cancel_button.clicked.connect(self.cancel_import)
        self.progress_bar = QProgressBar(box)
        self.progress_bar.setRange(0, 100)
        row.addWidget(self.import_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.progress_bar, 1)
        box_layout.addLayout(row)
        self.summary_label = QLabel(box)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        box_layout.addWidget(self.summary_label)
        return box

    # Reading the file ---------------------------------------------------------------------
    def clear_file(self, message: str = "") -> None:
        """No file read: empty preview and mapping, Import disabled."""
        self.path, self.header, self.rows, self.is_layer = "", [], [], False
        self.info_label.setText(message or self.tr("Choose a CSV file or a point layer file."))
        self.no_header_box.setEnabled(False)
        self.preview_table.clear()
        self.preview_table.setRowCount(0)
        self.preview_table.setColumnCount(0)
        self.apply_preset()

    def load_file(self, path: str, has_header: Optional[bool] = None) -> bool:
        """Read the first rows of ``path`` (a CSV file: with a header row or not, None to
        detect it) and pre-fill the mapping; False (and a message) when the file cannot be
        read."""
        self.clear_file()  # nothing of the previous file stays importable
        if not path or not Path(path).is_file():  # empty, or a path still being typed
            return False
        try:
            info = self._read_csv(path, has_header) if is_csv_file(path) else self._read_layer(path)
        except report_files.FileRefused as exc:
            message = file_refused_text(exc)
            self.clear_file(message)
            QMessageBox.warning(self, self.tr("Import reports"), message)
            return False
        except (OSError, csv.Error, GupError) as exc:
            message = self.tr("This file cannot be read: {}").format(exc)
            self.clear_file(message)
            QMessageBox.warning(self, self.tr("Import reports"), message)
            return False
        self.path = path
        self.info_label.setText(info)
        if not self.name_edit.text().strip() or self.name_edit.text() == self.auto_name:
            self.auto_name = source_slug(path)
            self.name_edit.setText(self.auto_name)
        self.preview_table.setColumnCount(len(self.header))
        self.preview_table.setHorizontalHeaderLabels(self.header)
        fill_table(self.preview_table, [[row.get(c, "") for c in self.header] for row in self.rows])
        self.preview_table.setVerticalHeaderLabels(
            [  # the file's line numbers, as problems say
                row.get(report_files.LINE_KEY) or str(index)
                for index, row in enumerate(self.rows, 1)
            ]
        )
        self.preview_table.resizeColumnsToContents()
        for col in range(len(self.header)):
            self.preview_table.setColumnWidth(
                col, min(self.preview_table.columnWidth(col), MAX_COLUMN_WIDTH)
            )
        self.preview_table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.apply_preset()
        return True

    def _header_toggled(self, no_header: bool) -> None:
        if self.path and not self.is_layer:
            self.load_file(self.path, not no_header)

    def _read_csv(self, path: str, has_header: Optional[bool]) -> str:
        preview = report_files.preview(
            report_files.file_bytes(path), PREVIEW_ROWS, has_header, Path(path).name
        )
        self.header, self.rows, self.is_layer = preview.header, preview.rows, False
        self.no_header_box.blockSignals(True)
        self.no_header_box.setChecked(not preview.has_header)
        self.no_header_box.blockSignals(False)
        self.no_header_box.setEnabled(True)
        separator = (
            self.tr("tab") if preview.separator == "\t" else "'{}'".format(preview.separator)
        )
        lines = [
            self.tr("CSV file: encoding {}, separator {}, {} rows.").format(
                preview.encoding, separator, preview.row_count
            )
        ]
        if has_header is None and not preview.has_header:
            lines.append(
                self.tr(
                    "The first row holds ids, dates or coordinates: it is read as "
                    "data (untick the box if it is a header)."
                )
            )
        lines += ["⚠ " + notice_text(notice) for notice in preview.notices]
        return "\n".join(lines)

    def _read_layer(self, path: str) -> str:
        layer = QgsVectorLayer(path, Path(path).stem, "ogr")
        if not layer.isValid():
            raise GupError(self.tr("{} cannot be opened as a CSV file or a layer.").format(path))
        self.header = layer.fields().names()
        self.rows = layer_rows(layer, QgsProject.instance().transformContext(), PREVIEW_ROWS)
        self.is_layer = True
        return self.tr(
            "Layer file: {} geometry, {}, {} features; its geometry gives the place of the reports."
        ).format(
            QgsWkbTypes.displayString(layer.wkbType()),
            layer.crs().authid() or self.tr("unknown CRS"),
            layer.featureCount(),
        )

    # The mapping --------------------------------------------------------------------------
    def apply_preset(self) -> None:
        """Fill the combos with the file's columns and the preset's (or guessed) mapping."""
        base = self.reader.mapping(
            {ImportReportsFile.PRESET: self.preset_combo.currentIndex()},
            self.reader_context,
            self.header,
            self.rows,
        )
        for name, combo in self.mapping_combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(none)"), "")
            for column in self.header:
                combo.addItem(column, column)
            wanted = _first_column(getattr(base, name))
            combo.setCurrentIndex(
                0 if self.is_layer and name in LOCATION_FIELDS else max(0, combo.findData(wanted))
            )
            combo.setEnabled(bool(self.header) and not (self.is_layer and name in LOCATION_FIELDS))
            combo.blockSignals(False)
        self.crs_widget.blockSignals(True)
        self.crs_widget.setCrs(QgsCoordinateReferenceSystem("EPSG:{}".format(base.srid)))
        self.crs_widget.blockSignals(False)
        self.crs_widget.setEnabled(bool(self.header) and not self.is_layer)
        self.check_mapping()
        self._update_buttons()

    def parameters(self) -> dict:
        """The algorithm's parameters for the file, source, preset and combos."""
        alg = ImportReportsFile
        parameters = {
            alg.CONNECTION_NAME: self.connection_combo.currentText(),
            alg.INPUT: self.path,
            alg.SOURCE: self.name_edit.text().strip(),
            alg.PRESET: self.preset_combo.currentIndex(),
        }
        for key, attribute, _label in alg.FIELDS:
            combo = self.mapping_combos[attribute]
            if combo.isEnabled():  # '(none)' is no column, not the guessed one
                parameters[key] = combo.currentData() or NO_COLUMN
        crs = self.crs_widget.crs()
        if not self.is_layer and crs.isValid():
            parameters[alg.CRS] = crs.authid() or crs.toWkt()
        if not self.is_layer:  # what the preview shows, not detected again
            parameters[alg.HEADER] = 2 if self.no_header_box.isChecked() else 1
        parameters[alg.TIME_ZONE] = self.zone_combo.currentText().strip()
        return parameters

    def current_mapping(self) -> report_files.ColumnMapping:
        """The mapping the algorithm will use with these parameters (a layer: its geometry)."""
        mapping = self.reader.mapping(self.parameters(), self.reader_context, self.header)
        if self.is_layer:
            mapping = dataclasses.replace(
                mapping, x=None, y=None, wkt=GEOMETRY_KEY, srid=report_files.WGS84
            )
        return mapping

    def check_mapping(self) -> str:
        """Highlight the mapped columns and say how the preview rows read with the mapping."""
        if not self.header:
            self.check_label.setText("")
            return ""
        try:
            mapping = self.current_mapping()
            self._highlight(mapping)
            mapping.validate(self.header + ([GEOMETRY_KEY] if self.is_layer else []))
            reports = report_files.reports_from_rows(
                self.rows, mapping, "preview", to_lonlat=qgis_to_lonlat()
            )
        except GupError as exc:
            text = self.tr("The mapping does not fit the file: {}").format(exc)
        else:
            text = self._check_text(reports) + "\n" + self._guard_text(reports)
        self.check_label.setText(text)
        return text

    def _connection_loaded(self) -> None:
        self.guards.clear()  # read again: communes, categories or mappings may have changed
        self._update_buttons()
        self.check_mapping()

    def _guard(self):
        """The guard an import into the chosen source would use (cached), or why there is none
        (a message)."""
        key = (self.connection_combo.currentText(), self.name_edit.text().strip())
        if key not in self.guards:
            from ..toolbelt.connections import database_for_connection

            if not key[0]:
                self.guards[key] = self.tr("no connection chosen")
            else:
                try:
                    with database_for_connection(key[0]) as db:
                        self.guards[key] = ingest.file_guard(db, key[1] or "fichier")
                except GupError as exc:
                    self.guards[key] = str(exc)
        return self.guards[key]

    def _guard_text(self, reports) -> str:
        """What the data-quality guard would store or quarantine, and why (read-only)."""
        guard = self._guard()
        if isinstance(guard, str):
            return self.tr("Quality guard not run: {}").format(guard)
        return guard_preview_text(ingest.preview_guard(guard, reports), len(reports))

    def _check_text(self, reports) -> str:
        faulty = [r for r in reports if r.problems]
        text = self.tr("{} rows checked: {} readable").format(
            len(reports), len(reports) - len(faulty)
        )
        if not faulty:
            return text + "."
        problems = [str(p) for r in faulty for p in r.problems]
        shown = "; ".join(problems[:SHOWN_PROBLEMS]) + (
            "…" if len(problems) > SHOWN_PROBLEMS else ""
        )
        return text + self.tr(", {} with problems: {}").format(len(faulty), shown)

    def _highlight(self, mapping: report_files.ColumnMapping) -> None:
        used = {c for columns in mapping.used_columns().values() for c in columns}
        for col, name in enumerate(self.header):
            header_item = self.preview_table.horizontalHeaderItem(col) or QTableWidgetItem(name)
            font = QFont(header_item.font())
            font.setBold(name in used)
            header_item.setFont(font)
            self.preview_table.setHorizontalHeaderItem(col, header_item)
            brush = QBrush(USED_TINT) if name in used else QBrush()
            for row in range(self.preview_table.rowCount()):
                item = self.preview_table.item(row, col)
                if item is not None:
                    item.setBackground(brush)

    # Import -------------------------------------------------------------------------------
    def is_importing(self) -> bool:
        return self.task is not None

    def _update_buttons(self) -> None:
        self.import_button.setEnabled(
            bool(self.header)
            and bool(self.connection_combo.currentText())
            and not self.is_importing()
        )
        self.cancel_button.setEnabled(self.is_importing())

    def start_import(self) -> Optional[QgsProcessingAlgRunnerTask]:
        """Run the import algorithm in a background task (None and a message if it cannot
        start); the end is shown by ``_import_finished``."""
        name = self.name_edit.text().strip()
        if not is_valid_source_name(name):
            QMessageBox.critical(
                self,
                self.tr("Import reports"),
                self.tr(
                    "'{}' is not a valid source name: lower-case letters, digits, _ . - "
                    "(at most 63, starting with a letter or a digit)."
                ).format(name),
            )
            return None
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(ALGORITHM_ID)
        if algorithm is None:
            QMessageBox.critical(
                self,
                self.tr("Import reports"),
                self.tr(
                    "The algorithm {} is not available: is the plugin's Processing provider loaded?"
                ).format(ALGORITHM_ID),
            )
            return None
        self.connection_combo.remember()
        parameters = self.parameters()
        self.context = QgsProcessingContext()
        self.context.setProject(QgsProject.instance())
        self.feedback = ImportFeedback()
        ok, message = algorithm.checkParameterValues(parameters, self.context)
        if not ok:
            QMessageBox.critical(self, self.tr("Import reports"), message)
            return None
        self.feedback.progressChanged.connect(self._show_progress)
        self.task = QgsProcessingAlgRunnerTask(algorithm, parameters, self.context, self.feedback)
        self.task.executed.connect(self._import_finished)
        self.progress_bar.setValue(0)
        self.summary_label.setText(self.tr("Importing {}…").format(Path(parameters["INPUT"]).name))
        self._update_buttons()
        task = self.task
        QgsApplication.taskManager().addTask(task)
        return task

    def cancel_import(self) -> None:
        if self.feedback is not None and self.task is not None:
            self.feedback.cancel()
            self.summary_label.setText(self.tr("Canceling after the current batch…"))

    @pyqtSlot(float)
    def _show_progress(self, value: float) -> None:
        self.progress_bar.setValue(int(value))

    def _import_finished(self, ok: bool, results: dict) -> None:
        """On the main thread at the end of the task: the summary, or why it stopped."""
        task, self.task = self.task, None
        self.last_status = task.status() if task is not None else None
        if ok:
            self.progress_bar.setValue(100)
            text = self.tr("Done: {}").format(results.get(ImportReportsFile.SUMMARY, ""))
        elif self.feedback.isCanceled():
            text = self.tr(
                "Import canceled: the batches already stored stay stored; importing "
                "the file again completes it."
            )
        else:
            text = self.tr("Import failed: {}").format(
                "\n".join(self.feedback.errors) or self.tr("unknown error")
            )
        self.summary_label.setText(text)
        self._update_buttons()

    def done(self, result: int) -> None:
        """Closing cancels a running import (what it stored stays stored)."""
        if self.task is not None:
            self.task.executed.disconnect(self._import_finished)
            self.feedback.progressChanged.disconnect(self._show_progress)
            _keep_until_finished(self.task, self.context, self.feedback)
            self.feedback.cancel()
            self.task = None
        super().done(result)


def _first_column(value) -> str:
    """The (first) column of a mapping field: a name, a tuple of names or None."""
    if isinstance(value, tuple):
        return value[0] if value else ""
    return value or ""


_ORPHANS: List[tuple] = []  # imports whose dialog was closed: their context must outlive them


def _keep_until_finished(
    task: QgsTask, context: QgsProcessingContext, feedback: QgsProcessingFeedback
) -> None:
    kept = (task, context, feedback)
    _ORPHANS.append(kept)
    task.executed.connect(lambda *_args: _ORPHANS.remove(kept))
