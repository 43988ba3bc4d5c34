"""The communes x categories matrix dialog on a real database."""

import datetime as dt

import pytest
from qgis.PyQt.QtWidgets import QMessageBox

from gup_signalement_plugin.core.catalogue import Stage


@pytest.fixture
def dialog(gup_dsn, qgis_app, monkeypatch):
    from gup_signalement_plugin.db.database import Database
    from gup_signalement_plugin.gui.matrix_dialog import CategoryMatrixDialog

    shown = []
    for kind in ("critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda *args, k=kind: shown.append((k, args[2])))
    monkeypatch.setattr(QMessageBox, "exec_", lambda *args: QMessageBox.Discard)
    widget = CategoryMatrixDialog(database=Database(gup_dsn, author="matrix-test"))
    widget.messages = shown
    yield widget
    widget.database.close()
    widget.deleteLater()


def column_of(dialog, code):
    return [c.code for c in dialog.categories].index(code)


def test_rows_are_the_24_communes_and_columns_the_top_level_categories(dialog):
    assert dialog.table.rowCount() == 24
    assert dialog.table.columnCount() == 11
    headers = [dialog.table.verticalHeaderItem(r).text() for r in range(24)]
    assert "Vitry-sur-Seine" in headers and "L'Haÿ-les-Roses" in headers
    assert headers[0] == "Ablon-sur-Seine" and len(set(headers)) == 24
    assert dialog.table.item(0, 0).text() == "closed"  # no cell yet: closed


def test_set_a_whole_column_then_save_writes_cells_and_history(dialog):
    from gup_signalement_plugin.db import repositories as repo

    dialog.table.selectColumn(column_of(dialog, "eclairage"))
    assert dialog.set_stage_for_selection(Stage.AGENTS) == 24
    assert len(dialog.pending_changes()) == 24
    assert dialog.table.item(0, column_of(dialog, "eclairage")).font().italic()
    assert dialog.save()
    cells = [s for s in repo.list_settings(dialog.database) if s.category_code == "eclairage"]
    assert len(cells) == 24 and {s.stage for s in cells} == {Stage.AGENTS}
    history = repo.cell_history(dialog.database, "94081", "eclairage")
    assert history[0]["modifie_par"] == "matrix-test"
    assert dialog.pending_changes() == []


def test_setting_back_the_saved_value_is_not_a_change(dialog):
    dialog.table.setCurrentCell(0, 0)
    dialog.set_stage_for_selection(Stage.PUBLIC)
    assert len(dialog.pending_changes()) == 1
    dialog.set_stage_for_selection(Stage.CLOSED)
    assert dialog.pending_changes() == []


def test_row_message_and_dates(dialog):
    from gup_signalement_plugin.db import repositories as repo

    row = [c["code_insee"] for c in dialog.communes].index("94003")
    dialog.table.selectRow(row)
    dialog.set_stage_for_selection(Stage.CLOSED)
    dialog.set_details_for_selection("Écrire au maire", dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert dialog.save()
    cells = [s for s in repo.list_settings(dialog.database) if s.insee_code == "94003"]
    assert len(cells) == 11
    assert {(s.closed_message, s.valid_from, s.valid_to) for s in cells} == {
        ("Écrire au maire", dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    }


def test_as_of_date_shows_the_old_matrix_read_only(dialog):
    from qgis.PyQt.QtCore import QDateTime

    col = column_of(dialog, "voirie")
    dialog.table.setCurrentCell(0, col)
    dialog.set_stage_for_selection(Stage.PUBLIC)
    dialog.save()
    before_change = QDateTime.currentDateTime()
    dialog.database.query("SELECT pg_sleep(0.05)")
    dialog.table.setCurrentCell(0, col)
    dialog.set_stage_for_selection(Stage.AGENTS)
    dialog.save()
    assert dialog.cell(0, col).stage == Stage.AGENTS
    dialog.as_of_edit.setDateTime(before_change)
    dialog.as_of_check.setChecked(True)
    assert dialog.read_only and dialog.cell(0, col).stage == Stage.PUBLIC
    assert dialog.set_stage_for_selection(Stage.CLOSED) == 0
    assert not dialog.stage_buttons[Stage.CLOSED].isEnabled()
    dialog.as_of_check.setChecked(False)
    assert not dialog.read_only and dialog.cell(0, col).stage == Stage.AGENTS


def test_a_failed_save_keeps_the_pending_changes(dialog, gup_dsn, admin_execute):
    dialog.table.selectColumn(column_of(dialog, "proprete"))
    dialog.set_stage_for_selection(Stage.PUBLIC)
    # a commune disappears behind the dialog's back: the save violates a foreign key
    dialog.database.query(
        "DELETE FROM gup_signalement.commune WHERE code_insee = '94081' RETURNING 1"
    )
    assert not dialog.save()
    assert dialog.messages and dialog.messages[-1][0] == "critical"
    assert "Nothing was saved" in dialog.messages[-1][1]
    assert len(dialog.pending_changes()) == 24
    assert dialog.database.scalar("SELECT count(*) FROM gup_signalement.commune_categorie") == 0


def test_history_panel_shows_the_current_cell(dialog):
    col = column_of(dialog, "graffitis")
    dialog.table.setCurrentCell(2, col)
    dialog.set_stage_for_selection(Stage.PUBLIC)
    dialog.save()
    dialog.table.setCurrentCell(2, col)
    assert dialog.history_table.rowCount() == 1
    assert dialog.history_table.item(0, 1).text() == "matrix-test"
    assert dialog.history_table.item(0, 2).text().endswith("Public")
