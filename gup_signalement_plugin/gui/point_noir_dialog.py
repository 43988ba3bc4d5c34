"""A point noir's page: reports before and after its works date, and the monthly reports with
their trend (a matplotlib chart). Opened for the selected feature of the "Points noirs" layer."""

import datetime as dt
import math
from typing import Optional

from matplotlib.backends.backend_qt5agg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from qgis.core import QgsDataSourceUri, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QDate
from qgis.PyQt.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
)

from ..core.errors import GupError
from ..core.schema import SCHEMA
from ..toolbelt.connections import Database
from ..toolbelt.hotspot_text import status_label
from ..usecases import hotspots
from ..usecases.hotspots import PointNoirPage

translate = QCoreApplication.translate


def trend_text(page: PointNoirPage) -> str:
    if math.isnan(page.trend_p):
        return translate("PointNoirDialog", "not enough months for a trend")
    if page.trend_p > 0.10:
        return translate("PointNoirDialog", "no significant trend (p = {:.2f})").format(
            page.trend_p
        )
    if page.trend_z > 0:
        word = translate("PointNoirDialog", "increasing")
    else:
        word = translate("PointNoirDialog", "decreasing")
    return translate("PointNoirDialog", "{} (Mann-Kendall, p = {:.3f})").format(word, page.trend_p)


class PointNoirDialog(QDialog):
    """Counts before / after a day (the works date by default; editable) and the chart."""

    def __init__(self, db: Database, point_noir_id: int, parent=None):
        super().__init__(parent)
        self.db, self.point_noir_id = db, point_noir_id
        self.setWindowTitle(translate("PointNoirDialog", "Point noir: before / after"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title = QLabel()
        self.day = QDateEdit(calendarPopup=True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.counts = QLabel()
        self.trend = QLabel()
        form.addRow(translate("PointNoirDialog", "Point noir"), self.title)
        form.addRow(translate("PointNoirDialog", "Before / after the day"), self.day)
        form.addRow(translate("PointNoirDialog", "Reports"), self.counts)
        form.addRow(translate("PointNoirDialog", "Monthly trend"), self.trend)
        layout.addLayout(form)
        self.figure = Figure(figsize=(6, 2.6), tight_layout=True)
        self.canvas = FigureCanvasQTAgg(self.figure)
        layout.addWidget(self.canvas)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.page = hotspots.point_noir_page(db, point_noir_id)
        day = self.page.day or dt.date.today()
        self.day.setDate(QDate(day.year, day.month, day.day))
        self.day.dateChanged.connect(self.refresh)
        self.show_page(self.page)

    def refresh(self, *_args) -> None:
        day = self.day.date().toPyDate()
        self.page = hotspots.point_noir_page(self.db, self.point_noir_id, day)
        self.show_page(self.page)

    def show_page(self, page: PointNoirPage) -> None:
        info = page.point_noir
        self.title.setText(
            "{} — {}".format(info.get("nom", ""), status_label(info.get("statut", "watch")))
        )
        self.counts.setText(
            translate("PointNoirDialog", "{} before, {} from that day on").format(
                page.before, page.after
            )
        )
        self.trend.setText(trend_text(page))
        self.figure.clear()
        axes = self.figure.add_subplot(111)
        axes.bar(range(len(page.months)), page.monthly_counts, color="#b2182b")
        axes.set_xticks(range(len(page.months)))
        axes.set_xticklabels(page.months, rotation=60, fontsize=7)
        axes.set_ylabel(translate("PointNoirDialog", "reports per month"), fontsize=8)
        if page.day is not None and page.months:
            first = dt.date.fromisoformat(page.months[0] + "-01")
            offset = (
                (page.day.year - first.year) * 12
                + page.day.month
                - first.month
                + (page.day.day - 1) / 31.0
                - 0.5
            )
            axes.axvline(offset, color="#2166ac", linestyle="--")
        self.canvas.draw()


def open_selected_point_noir(iface) -> Optional[PointNoirDialog]:
    """The page of the one selected feature of the active layer (a points noirs layer)."""
    from ..toolbelt.connections import database_for_connection, dsn_from_uri, layer_connection

    layer = iface.activeLayer()
    title = translate("PointNoirDialog", "Point noir: before / after")
    uri = QgsDataSourceUri(layer.source()) if isinstance(layer, QgsVectorLayer) else None
    if uri is None or uri.schema() != SCHEMA or uri.table() != "point_noir":
        iface.messageBar().pushWarning(
            title,
            translate(
                "PointNoirDialog",
                "Select a point noir in the 'Points noirs' layer and make it the active layer.",
            ),
        )
        return None
    features = list(layer.getSelectedFeatures())
    if len(features) != 1:
        iface.messageBar().pushWarning(
            title,
            translate("PointNoirDialog", "Select exactly one point noir ({} selected).").format(
                len(features)
            ),
        )
        return None
    name = layer_connection(layer)
    try:
        db = database_for_connection(name) if name else Database(dsn_from_uri(uri))
        dialog = PointNoirDialog(db, features[0]["id"], iface.mainWindow())
    except GupError as exc:
        QMessageBox.critical(iface.mainWindow(), title, str(exc))
        return None
    dialog.finished.connect(lambda *_args: db.close())
    dialog.show()
    return dialog
