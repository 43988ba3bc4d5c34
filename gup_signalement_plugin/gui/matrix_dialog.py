"""The communes x categories matrix: who may report what, commune by commune.

Rows are communes, columns the active top-level categories; each cell is coloured by its stage.
Select cells (a row or column header selects the whole row or column), set their stage, message
or validity dates; changes stay pending (in italics) until Save writes them in one transaction.
A cell's message and history are shown beside the table; "as it was on" shows an older matrix."""

import copy
import datetime as dt
from typing import Dict, List, Optional, Tuple

from qgis.PyQt.QtCore import QDate, QDateTime, Qt
from qgis.PyQt.QtGui import QBrush, QColor, QFont
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.catalogue import Category, CommuneSetting, Stage, matrix_cells
from ..core.errors import GupError
from ..toolbelt.styles import STAGE_COLORS, stage_color, stage_label, stage_short_label
from ..usecases import catalogue
from .pending_changes_dialog import PendingChangesDialog
from .tables import fill_table, new_table

Cell = Tuple[str, str]  # (INSEE code, category code)


class CategoryMatrixDialog(PendingChangesDialog):
    def __init__(self, parent=None, database=None):
        super().__init__(parent, database, 1500, 860)
        self.setWindowTitle(self.tr("Categories by commune"))
        self.communes: List[Dict] = []
        self.categories: List[Category] = []
        self.cells: Dict[Cell, CommuneSetting] = {}
        self.pending: Dict[Cell, CommuneSetting] = {}
        self.read_only = False
        self._build()
        if database is not None:
            self.load()

    # Layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = self.connection_bar()
        self.as_of_check = QCheckBox(self.tr("Show the matrix as it was on"), self)
        self.as_of_edit = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.as_of_check.toggled.connect(self._as_of_changed)
        self.as_of_edit.dateTimeChanged.connect(self._as_of_changed)
        top.addWidget(self.as_of_check)
        top.addWidget(self.as_of_edit)
        top.addStretch(1)
        for stage in Stage:
            swatch = QLabel(stage_label(stage), self)
            swatch.setStyleSheet(
                "background:{}; color:#000; padding:3px 10px; border-radius:3px;".format(
                    STAGE_COLORS[stage]
                )
            )
            top.addWidget(swatch)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Horizontal, self)
        self.table = QTableWidget(self)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setContextMenuPolicy(Qt.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.itemSelectionChanged.connect(self._show_current)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(56)
        self.table.verticalHeader().setDefaultSectionSize(24)
        splitter.addWidget(self.table)
        splitter.addWidget(self._side_panel())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1120, 380])
        # keep the stage colour visible under the selection: a frame, not a fill
        self.table.setStyleSheet(
            "QTableWidget { selection-background-color: rgba(0, 0, 0, 0); "
            "selection-color: #000000; }"
            "QTableWidget::item:selected { border: 3px solid #1a237e; }"
        )
        layout.addWidget(splitter, 1)
        layout.addLayout(self.save_bar())

    def _side_panel(self) -> QWidget:
        panel = QWidget(self)
        panel.setMaximumWidth(440)
        column = QVBoxLayout(panel)
        self.selection_label = QLabel(panel)
        self.selection_label.setWordWrap(True)
        column.addWidget(self.selection_label)

        stage_box = QGroupBox(self.tr("Stage of the selected cells"), panel)
        stage_row = QHBoxLayout(stage_box)
        self.stage_buttons = {}
        for stage in Stage:
            button = QPushButton(stage_label(stage), stage_box)
            button.setStyleSheet("background:{}; padding:4px;".format(STAGE_COLORS[stage]))
            button.clicked.connect(lambda _checked=False, s=stage: self.set_stage_for_selection(s))
            stage_row.addWidget(button)
            self.stage_buttons[stage] = button
        column.addWidget(stage_box)

        detail_box = QGroupBox(self.tr("Message and validity of the selected cells"), panel)
        form = QFormLayout(detail_box)
        self.message_edit = QPlainTextEdit(detail_box)
        self.message_edit.setPlaceholderText(
            self.tr(
                "Message shown when the category is closed: "
                "which channel to use (letter to the mayor, phone...)"
            )
        )
        self.message_edit.setMaximumHeight(80)
        form.addRow(self.tr("Closed message"), self.message_edit)
        self.from_check = QCheckBox(self.tr("Valid from"), detail_box)
        self.from_edit = QDateEdit(QDate.currentDate(), detail_box)
        self.to_check = QCheckBox(self.tr("Valid until"), detail_box)
        self.to_edit = QDateEdit(QDate.currentDate(), detail_box)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        form.addRow(self.from_check, self.from_edit)
        form.addRow(self.to_check, self.to_edit)
        self.apply_details_button = QPushButton(self.tr("Apply to the selected cells"), detail_box)
        self.apply_details_button.clicked.connect(self._apply_details)
        form.addRow(self.apply_details_button)
        column.addWidget(detail_box)

        history_box = QGroupBox(self.tr("History of the current cell"), panel)
        history_layout = QVBoxLayout(history_box)
        self.history_table = new_table(
            history_box,
            [self.tr("When"), self.tr("Who"), self.tr("Change"), self.tr("Message")],
            stretch=3,
        )
        history_layout.addWidget(self.history_table)
        column.addWidget(history_box, 1)
        return panel

    # Loading ------------------------------------------------------------------------------
    def _as_of_changed(self, *_args) -> None:
        if self.database is not None:
            if not self.confirm_discard():
                self.as_of_check.blockSignals(True)
                self.as_of_check.setChecked(False)
                self.as_of_check.blockSignals(False)
                return
            self.load()

    def as_of(self) -> Optional[dt.datetime]:
        if not self.as_of_check.isChecked():
            return None
        return self.as_of_edit.dateTime().toPyDateTime().astimezone()

    def load(self) -> bool:
        """(Re)read communes, catalogue and cells; pending changes are dropped."""
        try:
            self.communes = catalogue.list_communes(self.database)
            self.categories = [
                c for c in catalogue.list_categories(self.database) if c.is_top_level and c.active
            ]
            settings = catalogue.list_settings(self.database, at=self.as_of())
        except GupError as exc:
            QMessageBox.critical(self, self.tr("Database"), str(exc))
            return False
        self.categories.sort(key=lambda c: (c.sort_order, c.public_label))
        self.cells = matrix_cells(
            [c["code_insee"] for c in self.communes], self.categories, settings
        )
        self.pending = {}
        self.read_only = self.as_of() is not None
        self._fill_table()
        return True

    def _fill_table(self) -> None:
        self.table.clear()
        self.table.setRowCount(len(self.communes))
        self.table.setColumnCount(len(self.categories))
        for col, cat in enumerate(self.categories):
            header = QTableWidgetItem(cat.public_label)
            header.setToolTip(
                "{}\n{}: {}\n{}".format(cat.group, self.tr("code"), cat.code, cat.internal_label)
            )
            self.table.setHorizontalHeaderItem(col, header)
        for row, commune in enumerate(self.communes):
            header = QTableWidgetItem(commune["nom"])
            header.setToolTip(self.tr("INSEE code {}").format(commune["code_insee"]))
            self.table.setVerticalHeaderItem(row, header)
            for col in range(len(self.categories)):
                self.table.setItem(row, col, QTableWidgetItem())
                self._paint(row, col)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.Alignment(int(Qt.AlignCenter) | int(Qt.TextWordWrap))
        )
        self.table.horizontalHeader().setFixedHeight(64)
        header_font = QFont()
        header_font.setPointSizeF(8)
        self.table.horizontalHeader().setFont(header_font)
        for widget in list(self.stage_buttons.values()) + [self.apply_details_button]:
            widget.setEnabled(not self.read_only)
        self._update_status()

    # Cells --------------------------------------------------------------------------------
    def _key(self, row: int, col: int) -> Cell:
        return self.communes[row]["code_insee"], self.categories[col].code

    def cell(self, row: int, col: int) -> CommuneSetting:
        key = self._key(row, col)
        return self.pending.get(key, self.cells[key])

    def _paint(self, row: int, col: int) -> None:
        setting = self.cell(row, col)
        item = self.table.item(row, col)
        # the colour tells the stage; '*' flags a cell that ends on a date or is limited to a
        # perimeter
        marker = "*" if (setting.valid_to or setting.experiment_perimeter_wkt) else ""
        item.setText(stage_short_label(setting.stage) + marker)
        item.setTextAlignment(Qt.AlignCenter)
        item.setBackground(QBrush(stage_color(setting.stage)))
        item.setForeground(QBrush(QColor("#000000")))
        font = QFont()
        font.setItalic(self._key(row, col) in self.pending)
        font.setBold(self._key(row, col) in self.pending)
        font.setPointSizeF(8.5)
        item.setFont(font)
        tips = [stage_label(setting.stage)]
        if setting.closed_message:
            tips.append(self.tr("Message: {}").format(setting.closed_message))
        if setting.experiment_perimeter_wkt:
            tips.append(self.tr("Open only inside its experiment perimeter"))
        if setting.valid_from or setting.valid_to:
            tips.append(
                self.tr("Valid from {} until {}").format(
                    setting.valid_from or "…", setting.valid_to or "…"
                )
            )
        item.setToolTip("\n".join(tips))

    def selected_positions(self) -> List[Tuple[int, int]]:
        return sorted({(index.row(), index.column()) for index in self.table.selectedIndexes()})

    def _change_selection(self, change) -> int:
        """Apply ``change(setting)`` to a copy of each selected cell; returns how many changed."""
        if self.read_only:
            return 0
        changed = 0
        for row, col in self.selected_positions():
            key = self._key(row, col)
            updated = copy.deepcopy(self.cell(row, col))
            change(updated)
            if updated == self.cells[key]:
                self.pending.pop(key, None)
            else:
                self.pending[key] = updated
            changed += 1
            self._paint(row, col)
        self._update_status()
        return changed

    def set_stage_for_selection(self, stage: Stage) -> int:
        return self._change_selection(lambda s: setattr(s, "stage", stage))

    def set_details_for_selection(
        self, message: Optional[str], valid_from: Optional[dt.date], valid_to: Optional[dt.date]
    ) -> int:
        def change(setting):
            setting.closed_message = message or None
            setting.valid_from = valid_from
            setting.valid_to = valid_to

        return self._change_selection(change)

    def _apply_details(self) -> None:
        valid_from = self.from_edit.date().toPyDate() if self.from_check.isChecked() else None
        valid_to = self.to_edit.date().toPyDate() if self.to_check.isChecked() else None
        if valid_from and valid_to and valid_to < valid_from:
            QMessageBox.warning(
                self, self.tr("Dates"), self.tr("The end date is before the start date.")
            )
            return
        self.set_details_for_selection(
            self.message_edit.toPlainText().strip(), valid_from, valid_to
        )

    def pending_changes(self) -> List[CommuneSetting]:
        return list(self.pending.values())

    def _context_menu(self, position) -> None:
        if self.read_only:
            return
        menu = QMenu(self)
        for stage in Stage:
            action = menu.addAction(stage_label(stage))
            action.triggered.connect(
                lambda _checked=False, s=stage: self.set_stage_for_selection(s)
            )
        menu.exec_(self.table.viewport().mapToGlobal(position))

    # Side panel ---------------------------------------------------------------------------
    def _show_current(self) -> None:
        positions = self.selected_positions()
        if not positions:
            self.selection_label.setText(
                self.tr("Select cells; a header selects a whole row or column.")
            )
            self.history_table.setRowCount(0)
            return
        row, col = positions[0]
        setting = self.cell(row, col)
        commune, category = self.communes[row]["nom"], self.categories[col].public_label
        if len(positions) == 1:
            self.selection_label.setText(
                "<b>{}</b> — {} : {}".format(commune, category, stage_label(setting.stage))
            )
        else:
            self.selection_label.setText(self.tr("{} cells selected").format(len(positions)))
        self.message_edit.setPlainText(setting.closed_message or "")
        self.from_check.setChecked(setting.valid_from is not None)
        self.to_check.setChecked(setting.valid_to is not None)
        if setting.valid_from:
            self.from_edit.setDate(QDate(setting.valid_from))
        if setting.valid_to:
            self.to_edit.setDate(QDate(setting.valid_to))
        self._show_history(*self._key(row, col))

    def _show_history(self, insee: str, code: str) -> None:
        try:
            history = catalogue.cell_history(self.database, insee, code)
        except GupError:
            history = []
        rows = []
        for entry in history:
            old = (entry["ancienne_valeur"] or {}).get("etape")
            new = (entry["nouvelle_valeur"] or {}).get("etape")
            change = "{} → {}".format(
                stage_label(Stage(old)) if old else "∅", stage_label(Stage(new)) if new else "∅"
            )
            rows.append(
                [
                    entry["modifie_le"].strftime("%d/%m/%Y %H:%M"),
                    entry["modifie_par"],
                    change,
                    (entry["nouvelle_valeur"] or {}).get("message_fermeture") or "",
                ]
            )
        fill_table(self.history_table, rows)

    def _update_status(self) -> None:
        counts = {stage: 0 for stage in Stage}
        for row in range(len(self.communes)):
            for col in range(len(self.categories)):
                counts[self.cell(row, col).stage] += 1
        parts = ["{}: {}".format(stage_label(stage), counts[stage]) for stage in Stage]
        text = self.tr("{} communes × {} categories — {}").format(
            len(self.communes), len(self.categories), ", ".join(parts)
        )
        if self.pending:
            text += " — " + self.tr("{} unsaved change(s)").format(len(self.pending))
        if self.read_only:
            text += " — " + self.tr("read only (past state)")
        self.status_label.setText(text)
        self.changes_updated()

    # Saving -------------------------------------------------------------------------------
    def write_changes(self, changes: List[CommuneSetting]) -> None:
        catalogue.save_settings(self.database, changes)
