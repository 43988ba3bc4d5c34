"""The phone channel: the agent clicks the place on the map canvas, then types the report in a
dialog; it is checked, stored and routed like every other channel (``enter_phone_report``)."""

from typing import Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsPointXY,
    QgsProject,
)
from qgis.gui import QgsMapToolEmitPoint
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
)

from ..core.errors import GupError
from ..core.personal_data import ReporterContact
from ..toolbelt.connections import Database
from ..toolbelt.problem_text import error_text
from ..toolbelt.quality_text import reason_text
from ..toolbelt.values import aware_datetime
from ..usecases import catalogue, ingest
from .connection_picker import ConnectionCombo

WGS84 = "EPSG:4326"


class PhoneReportDialog(QDialog):
    """A phone report at (lon, lat): category, description, address, moment, audience."""

    def __init__(self, lon: float, lat: float, connection_name: Optional[str] = None, parent=None):
        super().__init__(parent)
        self.lon, self.lat = lon, lat
        self.database: Optional[Database] = None
        self.result_of_entry: Optional[ingest.PhoneReportResult] = None
        self.setWindowTitle(self.tr("Phone report"))
        self.setMinimumWidth(560)
        self._build()
        if connection_name is not None:
            self.connection_combo.setCurrentText(connection_name)
        self.connection_combo.currentIndexChanged.connect(self.load_categories)
        self.load_categories()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A report taken by phone for a caller: it is checked, stored and "
                "routed like the reports of the app."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.connection_combo = ConnectionCombo(self)
        self.category_combo = QComboBox(self)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setPlaceholderText(self.tr("What the caller describes"))
        self.description_edit.setFixedHeight(90)
        self.address_edit = QLineEdit(self)
        self.address_edit.setPlaceholderText(self.tr("e.g. 12 rue de la République"))
        self.moment_edit = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.moment_edit.setCalendarPopup(True)
        self.moment_edit.setMinimumDate(QDate(2000, 1, 1))  # the quality guard's earliest date
        self.moment_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.contact_name_edit = QLineEdit(self)
        self.contact_email_edit = QLineEdit(self)
        self.contact_phone_edit = QLineEdit(self)
        self.contact_name_edit.setToolTip(
            self.tr(
                "Personal data: only if the caller wants to be called back; kept apart from "
                "the report, readable by the administrator and the triage operator, erased a "
                "year after the report is closed"
            )
        )
        self.audience_combo = QComboBox(self)
        self.audience_combo.addItem(self.tr("A resident (citizen)"), "public")
        self.audience_combo.addItem(self.tr("A field agent"), "agents")
        self.place_label = QLabel("{:.6f}, {:.6f}".format(self.lon, self.lat), self)
        self.place_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.place_label.setToolTip(
            self.tr("Longitude, latitude (WGS 84) of the place clicked on the map")
        )
        for label, widget in (
            (self.tr("Connection:"), self.connection_combo),
            (self.tr("Place (lon, lat):"), self.place_label),
            (self.tr("Category:"), self.category_combo),
            (self.tr("Description:"), self.description_edit),
            (self.tr("Address:"), self.address_edit),
            (self.tr("Date and time:"), self.moment_edit),
            (self.tr("Reported by:"), self.audience_combo),
            (self.tr("Caller's name:"), self.contact_name_edit),
            (self.tr("Caller's e-mail:"), self.contact_email_edit),
            (self.tr("Caller's phone:"), self.contact_phone_edit),
        ):
            form.addRow(label, widget)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Record the report"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def load_categories(self, *_args) -> bool:
        """Open the chosen connection and list its active top-level categories."""
        from ..toolbelt.connections import database_for_connection

        self.category_combo.clear()
        if self.database is not None:
            self.database.close()
            self.database = None
        try:
            self.database = database_for_connection(self.connection_combo.currentText())
            categories = [
                c for c in catalogue.list_categories(self.database) if c.active and c.is_top_level
            ]
        except GupError as exc:
            QMessageBox.critical(self, self.tr("Connection"), str(exc))
            self.buttons.button(QDialogButtonBox.Ok).setEnabled(False)
            return False
        for category in sorted(categories, key=lambda c: (c.sort_order, c.public_label)):
            self.category_combo.addItem(category.public_label, category.code)
        self.connection_combo.remember()
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(bool(categories))
        return True

    def submit(self) -> Optional[ingest.PhoneReportResult]:
        """Store the report and say where it went; on error the dialog stays open as typed."""
        try:
            result = ingest.enter_phone_report(
                self.database,
                self.category_combo.currentData(),
                self.lon,
                self.lat,
                self.description_edit.toPlainText().strip(),
                self.address_edit.text().strip(),
                aware_datetime(self.moment_edit.dateTime()),
                self.audience_combo.currentData(),
                ReporterContact(
                    self.contact_name_edit.text(),
                    self.contact_email_edit.text(),
                    self.contact_phone_edit.text(),
                ),
            )
        except GupError as exc:
            QMessageBox.critical(
                self,
                self.tr("Phone report not recorded"),
                self.tr("Nothing was recorded; what you typed is still here.\n\n{}").format(
                    error_text(exc)
                ),
            )
            return None
        self.result_of_entry = result
        if result.stored:
            QMessageBox.information(
                self,
                self.tr("Phone report recorded"),
                self.tr("Report {} recorded.\n\n{}").format(
                    result.external_id, result.sentence or ""
                ),
            )
        else:
            QMessageBox.warning(
                self,
                self.tr("Phone report in quarantine"),
                self.tr(
                    "Report {} was recorded in quarantine, to be fixed and released:\n\n{}"
                ).format(
                    result.external_id,
                    "\n".join("• " + reason_text(details) for details in result.reason_details),
                ),
            )
        self.accept()
        return result

    def done(self, result: int) -> None:
        if self.database is not None:
            self.database.close()
            self.database = None
        super().done(result)


class PhoneReportTool(QgsMapToolEmitPoint):
    """Click the place on the canvas: ``placeChosen(lon, lat)`` in WGS 84, then the dialog."""

    placeChosen = pyqtSignal(float, float)

    def __init__(self, canvas, open_dialog: bool = True):
        super().__init__(canvas)
        self.open_dialog = open_dialog
        self.dialog: Optional[PhoneReportDialog] = None
        self.setCursor(Qt.CrossCursor)
        self.canvasClicked.connect(self._clicked)

    def to_wgs84(self, point: QgsPointXY) -> QgsPointXY:
        """A canvas point (in the canvas CRS) in longitude/latitude."""
        transform = QgsCoordinateTransform(
            self.canvas().mapSettings().destinationCrs(),
            QgsCoordinateReferenceSystem(WGS84),
            QgsProject.instance(),
        )
        return transform.transform(point)

    def _clicked(self, point: QgsPointXY, button) -> None:
        if button != Qt.LeftButton:
            return
        try:
            place = self.to_wgs84(point)
        except QgsCsException as exc:
            QMessageBox.critical(
                self.canvas().window(),
                self.tr("Phone report"),
                self.tr("This point cannot be placed in longitude/latitude: {}").format(exc),
            )
            return
        self.placeChosen.emit(place.x(), place.y())
        if self.open_dialog:
            self.dialog = PhoneReportDialog(place.x(), place.y(), parent=self.canvas().window())
            self.dialog.setAttribute(Qt.WA_DeleteOnClose)
            self.dialog.show()
