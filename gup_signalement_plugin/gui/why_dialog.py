"""'Why this service?': the routing of one report explained, with the perimeters containing
its point listed and highlighted on the map canvas (the deciding one in red)."""

from typing import Dict, List, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDataSourceUri,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import QgsRubberBand
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.errors import GupError
from ..core.schema import SCHEMA
from ..toolbelt.connections import Database, database_for_connection, dsn_from_uri, layer_connection
from ..toolbelt.labels import routing_status_label
from ..usecases import routing
from .dialog_size import fit_to_screen
from .tables import new_table

LAMBERT93 = "EPSG:2154"
DECIDING_COLOR = QColor(220, 20, 60)
OTHER_COLOR = QColor(30, 110, 220)
IGNORED_COLOR = QColor(130, 130, 130)


def geometry_from_wkb(wkb: bytes) -> QgsGeometry:
    geometry = QgsGeometry()
    geometry.fromWkb(bytes(wkb))
    return geometry


def role_text(candidate: routing.CandidatePerimeter) -> str:
    if candidate.deciding:
        return QCoreApplication.translate("WhyThisServiceDialog", "Deciding perimeter")
    if not candidate.applies:
        reasons = {
            "inactive_service": QCoreApplication.translate(
                "WhyThisServiceDialog", "Ignored: inactive service"
            ),
            "category": QCoreApplication.translate(
                "WhyThisServiceDialog", "Ignored: not for this category"
            ),
            "dates": QCoreApplication.translate(
                "WhyThisServiceDialog", "Ignored: not valid on the report's day"
            ),
        }
        return reasons.get(candidate.why_not, candidate.why_not)
    if candidate.extra_recipient:
        return QCoreApplication.translate("WhyThisServiceDialog", "Extra recipient (in copy)")
    return QCoreApplication.translate("WhyThisServiceDialog", "Competent, beaten")


class WhyThisServiceDialog(QDialog):
    """Explain a report's routing. ``source`` is a QGIS connection name or a Database."""

    def __init__(self, source, report_id: int, canvas=None, parent=None):
        super().__init__(parent)
        self.report_id = int(report_id)
        self.canvas = canvas
        self.rubber_bands: List[QgsRubberBand] = []
        self.explanation: Optional[routing.ReportExplanation] = None
        self.geometries: Dict[int, QgsGeometry] = {}
        self.setWindowTitle(self.tr("Why this service? Report #{}").format(self.report_id))
        fit_to_screen(self, 960, 440)
        self._build()
        owns = not isinstance(source, Database)
        try:
            database = database_for_connection(source) if owns else source
            try:
                self.explanation = routing.explain_report(database, self.report_id)
                ids = [c.id for c in self.explanation.candidates]
                self.geometries = {
                    pid: geometry_from_wkb(wkb)
                    for pid, wkb in routing.perimeter_geometries(database, ids).items()
                }
            finally:
                if owns:
                    database.close()
        except GupError as exc:
            self.sentence_label.setText(str(exc))
            return
        self._fill()
        if canvas is not None:
            self.highlight()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.status_label = QLabel(self)
        font = self.status_label.font()
        font.setBold(True)
        self.status_label.setFont(font)
        layout.addWidget(self.status_label)
        self.sentence_label = QLabel(self)
        self.sentence_label.setWordWrap(True)
        self.sentence_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.sentence_label)
        self.note_label = QLabel(self)
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("color: #a04000;")
        self.note_label.setVisible(False)
        layout.addWidget(self.note_label)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Perimeters containing the report (red: deciding, blue: others, grey: ignored):"
                ),
                self,
            )
        )
        self.table = new_table(
            self,
            [
                self.tr("Perimeter"),
                self.tr("Service"),
                self.tr("Priority"),
                self.tr("Area (ha)"),
                self.tr("Role"),
            ],
            stretch=0,
            selection=QAbstractItemView.ExtendedSelection,
        )
        self.table.itemSelectionChanged.connect(self._zoom_to_selection)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _fill(self) -> None:
        e = self.explanation
        status = routing_status_label(e.status)
        if e.service_name:
            status += " — " + e.service_name
        if e.extra_service_names:
            status += " — " + self.tr("in copy: {}").format(", ".join(e.extra_service_names))
        self.status_label.setText(status)
        self.sentence_label.setText(e.sentence or self.tr("No explanation stored for this report."))
        notes = []
        if e.manual:
            notes.append(
                self.tr("This report was routed by hand: automatic routing leaves it as it is.")
            )
        if e.stale:
            notes.append(
                self.tr(
                    "The rules changed since this report was routed. Re-routing it now "
                    "would give: {}"
                ).format(e.current_sentence)
            )
        self.note_label.setText("\n".join(notes))
        self.note_label.setVisible(bool(notes))
        self.table.setRowCount(len(e.candidates))
        for row, candidate in enumerate(e.candidates):
            values = [
                candidate.name,
                candidate.service_name,
                str(candidate.priority),
                "{:.1f}".format((candidate.surface or 0) / 10000.0),
                role_text(candidate),
            ]
            color = self._color(candidate)
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 0:
                    item.setData(Qt.UserRole, candidate.id)
                    item.setData(Qt.DecorationRole, color)
                if candidate.deciding:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, col, item)

    @staticmethod
    def _color(candidate) -> QColor:
        if candidate.deciding:
            return DECIDING_COLOR
        return OTHER_COLOR if candidate.applies else IGNORED_COLOR

    # Map ----------------------------------------------------------------------------------
    def _transform(self) -> QgsCoordinateTransform:
        return QgsCoordinateTransform(
            QgsCoordinateReferenceSystem(LAMBERT93),
            self.canvas.mapSettings().destinationCrs(),
            QgsProject.instance(),
        )

    def highlight(self) -> int:
        """Draw the candidate perimeters (deciding one last, on top) and the report's point, then
        zoom to them. Returns the number of rubber bands drawn."""
        self.clear_highlights()
        if self.canvas is None or self.explanation is None:
            return 0
        crs = QgsCoordinateReferenceSystem(LAMBERT93)
        for candidate in reversed(self.explanation.candidates):
            geometry = self.geometries.get(candidate.id)
            if geometry is None or geometry.isEmpty():
                continue
            color = self._color(candidate)
            band = QgsRubberBand(self.canvas, QgsWkbTypes.PolygonGeometry)
            band.setToGeometry(geometry, crs)
            band.setStrokeColor(color)
            fill = QColor(color)
            fill.setAlpha(60 if candidate.deciding else 25)
            band.setFillColor(fill)
            band.setWidth(3 if candidate.deciding else 1)
            if not candidate.deciding:
                band.setLineStyle(Qt.DashLine)
            self.rubber_bands.append(band)
        point = geometry_from_wkb(self.explanation.wkb_point)
        marker = QgsRubberBand(self.canvas, QgsWkbTypes.PointGeometry)
        marker.setToGeometry(point, crs)
        marker.setColor(QColor(0, 0, 0))
        marker.setIcon(QgsRubberBand.ICON_CIRCLE)
        marker.setIconSize(12)
        marker.setWidth(3)
        self.rubber_bands.append(marker)
        self.zoom_to(self.explanation.candidate_ids)
        return len(self.rubber_bands)

    def zoom_to(self, perimeter_ids: List[int]) -> None:
        if self.canvas is None or self.explanation is None:
            return
        extent = QgsRectangle()
        point = geometry_from_wkb(self.explanation.wkb_point)
        for pid in perimeter_ids:
            geometry = self.geometries.get(pid)
            if geometry is not None and not geometry.isEmpty():
                extent.combineExtentWith(geometry.boundingBox())
        if extent.isEmpty():  # no perimeter (triage, quarantine): around the point
            extent = point.boundingBox().buffered(300)
        else:
            extent.combineExtentWith(point.boundingBox())
            extent = extent.buffered(max(extent.width(), extent.height()) * 0.05)
        try:
            extent = self._transform().transformBoundingBox(extent)
        except Exception:  # QgsCsException: keep the canvas as it is
            return
        self.canvas.setExtent(extent)
        self.canvas.refresh()

    def _zoom_to_selection(self) -> None:
        ids = [
            self.table.item(index.row(), 0).data(Qt.UserRole)
            for index in self.table.selectionModel().selectedRows()
        ]
        if ids:
            self.zoom_to(ids)

    def done(self, result: int) -> None:
        self.clear_highlights()
        super().done(result)

    def clear_highlights(self, *_args) -> None:
        for band in self.rubber_bands:
            if self.canvas is not None:
                self.canvas.scene().removeItem(band)
        self.rubber_bands = []


def _reports_layer_connection(layer: QgsVectorLayer):
    """The layer's stored connection (or its own DSN when none matches): a value
    WhyThisServiceDialog accepts as source."""
    return layer_connection(layer) or Database(dsn_from_uri(QgsDataSourceUri(layer.source())))


def is_reports_layer(layer) -> bool:
    if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "postgres":
        return False
    uri = QgsDataSourceUri(layer.source())
    return uri.schema() == SCHEMA and uri.table() == "signalement"


def explain_selected_report(iface, parent=None) -> Optional[WhyThisServiceDialog]:
    """Open the dialog for the one selected feature of the active layer (a report layer);
    a message in the message bar otherwise. Returns the dialog (shown, not modal): the caller
    keeps it (if the Python object were dropped, the window would stay without its code: no
    zoom, highlights left on the map)."""
    layer = iface.activeLayer()
    title = QCoreApplication.translate("WhyThisServiceDialog", "Why this service?")
    if not is_reports_layer(layer):
        iface.messageBar().pushWarning(
            title,
            QCoreApplication.translate(
                "WhyThisServiceDialog",
                "Select a report in a layer of the table gup_signalement.signalement "
                "(menu: Competence perimeters and reports layers) and make it the "
                "active layer.",
            ),
        )
        return None
    features = list(layer.getSelectedFeatures())
    if len(features) != 1:
        iface.messageBar().pushWarning(
            title,
            QCoreApplication.translate(
                "WhyThisServiceDialog", "Select exactly one report ({} selected)."
            ).format(len(features)),
        )
        return None
    try:
        source = _reports_layer_connection(layer)
        try:
            dialog = WhyThisServiceDialog(
                source,
                features[0]["id"],
                iface.mapCanvas(),
                parent if parent is not None else iface.mainWindow(),
            )
        finally:
            if isinstance(source, Database):  # read in the constructor only
                source.close()
    except GupError as exc:
        QMessageBox.critical(iface.mainWindow(), title, str(exc))
        return None
    dialog.show()
    return dialog
