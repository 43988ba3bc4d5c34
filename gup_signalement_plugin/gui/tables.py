"""Read-only tables of the dialogs: one way to make them and to fill them."""

from typing import List

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem


def read_only_item(text) -> QTableWidgetItem:
    """A cell that can be selected, not edited (None shows as empty)."""
    item = QTableWidgetItem("" if text is None else str(text))
    item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
    return item


def fill_table(table: QTableWidget, rows: List[List]) -> None:
    """Replace the table's rows by ``rows`` (one list of values per row), read-only."""
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for col, value in enumerate(values):
            table.setItem(row, col, read_only_item(value))


def new_table(
    parent, headers: List[str], stretch: int, selection=QAbstractItemView.SingleSelection
) -> QTableWidget:
    """A read-only, row-selecting table without row numbers; column ``stretch`` takes the free
    width, the others fit their content."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(selection)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    for col in range(len(headers)):
        header.setSectionResizeMode(
            col, QHeaderView.Stretch if col == stretch else QHeaderView.ResizeToContents
        )
    return table
