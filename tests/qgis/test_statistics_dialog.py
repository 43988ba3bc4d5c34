"""The statistics panel shows the algorithm's figures for its filters, and draws both charts."""

import pytest

from tests.qgis.test_triage_statistics import craft

pytestmark = pytest.mark.postgis


def inked(widget) -> int:
    """Pixels of the widget's picture that are not white (a drawn chart has hundreds)."""
    image = widget.grab().toImage()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y).lightness() < 200
    )


def test_panel_shows_figures_table_and_charts(gup_db, qgis_app):
    from qgis.PyQt.QtCore import QDate
    from qgis.PyQt.QtWidgets import QApplication

    from gup_signalement_plugin.gui.statistics_dialog import StatisticsDialog

    craft(gup_db)
    dialog = StatisticsDialog(database=gup_db)
    dialog.show()
    dialog.start.setDate(QDate(2024, 6, 1))
    dialog.end.setDate(QDate(2024, 6, 30))
    dialog.use_start.setChecked(True)
    dialog.use_end.setChecked(True)
    QApplication.processEvents()
    text = dialog.figures.text()
    assert "5 reports" in text or "5 signalements" in text
    assert dialog.result.overall["median_working_days_to_closure"] == 5
    assert "50 %" in text  # closed within the target delay
    names = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert {"Vitry-sur-Seine", "A"} <= names
    assert dialog.bar_chart.renderer().isValid() and dialog.trend_chart.renderer().isValid()
    assert inked(dialog.bar_chart) > 100 and inked(dialog.trend_chart) > 100
    dialog.service.setCurrentIndex(dialog.service.findText("B"))
    QApplication.processEvents()
    assert dialog.result.overall["reports"] == 0
    assert dialog.table.rowCount() == 0
    dialog.use_end.setChecked(False)
    dialog.service.setCurrentIndex(dialog.service.findText("A"))
    assert dialog.result.overall["reports"] == 6  # the report of 1 July counts again
    dialog.close()
