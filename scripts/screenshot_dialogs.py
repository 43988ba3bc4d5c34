"""Screenshots of what a user sees, on a real X screen (run under xvfb-run at 1366x768):
the quarantine form, the map after "Why this service?" is closed, the matrix dialog on the
screen. On a database with the GUP structure and data (the demo database of `make demo`).

Usage: xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshot_dialogs.py \
           --dsn "host=127.0.0.1 port=54330 user=postgres dbname=gup_demo" --out docs/screenshots \
           [--locale fr] [--only quarantine_form,why_dialog_closed,matrix_dialog]"""

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build"))
sys.path.insert(0, "/usr/share/qgis/python/plugins")
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
CONNECTION = "gup_capture"


def settle(app, rounds: int = 30) -> None:
    import time

    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.05)


def store_connection(dsn: str) -> None:
    from qgis.core import QgsDataSourceUri, QgsProviderRegistry

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.createConnection(QgsDataSourceUri(dsn).uri(False), {"saveUsername": True}).store(
        CONNECTION
    )


def quarantine_form(app, dsn: str, out: Path, locale: str) -> None:
    """The form of a pending report with swapped coordinates and double-encoded text (the
    demo's damaged records; one is added under the source 'capture' when none has both)."""
    from qgis.core import QgsProject
    from qgis.gui import QgsAttributeEditorContext, QgsAttributeForm
    from qgis.PyQt.QtWidgets import QDialog, QVBoxLayout

    from gup_signalement_plugin.db.database import Database
    from gup_signalement_plugin.toolbelt.incoming_layers import add_quarantine_layer

    with Database(dsn, author="capture") as db:
        wanted = "raisons @> ARRAY['swapped_coordinates', 'mojibake'] AND etat = 'pending'"
        if not db.scalar("SELECT count(*) FROM gup_signalement.quarantaine WHERE " + wanted):
            add_damaged_record(dsn)
        external_id = db.scalar(
            "SELECT id_externe FROM gup_signalement.quarantaine WHERE "
            + wanted
            + " ORDER BY id LIMIT 1"
        )
    layer = add_quarantine_layer(CONNECTION, QgsProject.instance())
    feature = [f for f in layer.getFeatures() if f["id_externe"] == external_id][0]
    layer.startEditing()  # as the person fixing it sees it
    dialog = QDialog()  # QgsAttributeDialog needs QGIS's main window: the same form, framed
    dialog.setWindowTitle("{} - {}".format(layer.name(), external_id))
    QVBoxLayout(dialog).addWidget(
        QgsAttributeForm(layer, feature, QgsAttributeEditorContext(), dialog)
    )
    dialog.resize(780, 720)
    dialog.show()
    settle(app)
    dialog.grab().save(str(out / "quarantine_form_{}.png".format(locale)))
    dialog.close()
    layer.rollBack()
    QgsProject.instance().removeAllMapLayers()


def add_damaged_record(dsn: str) -> None:
    """One report of a file source with latitude/longitude swapped and a double-encoded text."""
    import json
    import tempfile

    import processing

    feature = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [48.7872, 2.392]},
        "properties": {
            "id": "CAP-1",
            "type": "voirie",
            "date": "2025-03-12",
            "description": "Nid de poule prÃ¨s de l'Ã©cole, trÃ¨s dangereux",
        },
    }
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "capture.geojson"
        path.write_text(
            json.dumps({"type": "FeatureCollection", "features": [feature]}), encoding="utf-8"
        )
        processing.run(
            "gup_signalement:import_reports_file",
            {"CONNECTION_NAME": CONNECTION, "INPUT": str(path), "SOURCE": "capture"},
        )


class CaptureIface:
    """What the plugin asks of QGIS's iface to open "Why this service?"."""

    def __init__(self, window, canvas, layer):
        self.window, self.canvas, self.layer = window, canvas, layer

    def activeLayer(self):  # noqa: N802
        return self.layer

    def mapCanvas(self):  # noqa: N802
        return self.canvas

    def mainWindow(self):  # noqa: N802
        return self.window

    def messageBar(self):  # noqa: N802
        raise RuntimeError("no report selected")


def why_dialog_closed(app, dsn: str, out: Path, locale: str) -> None:
    """A main window with the map (communes, perimeters, reports): the why-dialog opened from
    the plugin's action on a routed report, then closed: the map must be clean."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject
    from qgis.gui import QgsMapCanvas
    from qgis.PyQt.QtGui import QGuiApplication
    from qgis.PyQt.QtWidgets import QMainWindow

    import gup_signalement_plugin
    from gup_signalement_plugin.db.database import Database
    from gup_signalement_plugin.toolbelt import layers, routing_layers

    project = QgsProject.instance()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
    layers.add_communes_layer(CONNECTION, project)
    routing_layers.add_routing_layers(CONNECTION, project)
    reports = [
        layer
        for layer in project.mapLayers().values()
        if layer.name() == routing_layers.reports_layer_name()
    ][0]
    with Database(dsn) as db:
        report_id = db.scalar(
            "SELECT id FROM gup_signalement.signalement WHERE statut_routage = "
            "'routed' AND raison_code = 'higher_priority' ORDER BY id LIMIT 1"
        )
    reports.selectByExpression('"id" = {}'.format(report_id))
    window = QMainWindow()
    canvas = QgsMapCanvas(window)
    window.setCentralWidget(canvas)
    canvas.setDestinationCrs(project.crs())
    canvas.setLayers([layer for layer in project.layerTreeRoot().checkedLayers()])
    window.resize(1366, 728)
    window.show()
    canvas.setExtent(canvas.fullExtent())
    plugin = gup_signalement_plugin.classFactory(CaptureIface(window, canvas, reports))
    settle(app)  # its translator installed (QGIS loads plugins at start, before any dialog)
    plugin.explain_selected_report()
    dialog = plugin.why_dialog
    dialog.move(window.width() - dialog.width() - 10, window.height() - dialog.height() - 10)
    areas = [float(dialog.table.item(row, 3).text()) for row in range(dialog.table.rowCount())]
    smallest = areas.index(min(areas))
    dialog.table.selectRow(smallest)  # a click on a perimeter zooms to it
    settle(app, 60)
    canvas.waitWhileRendering()
    screen = QGuiApplication.primaryScreen()
    screen.grabWindow(0).save(str(out / "why_dialog_open_{}.png".format(locale)))
    dialog.close()
    settle(app, 60)
    canvas.waitWhileRendering()
    screen.grabWindow(0).save(str(out / "why_dialog_closed_{}.png".format(locale)))
    plugin.unload()
    window.close()
    project.removeAllMapLayers()


def matrix_dialog(app, dsn: str, out: Path, locale: str) -> None:
    """The whole 1366x768 screen with the matrix dialog opened on it (Save and Close visible)."""
    from qgis.PyQt.QtGui import QGuiApplication

    from gup_signalement_plugin.db.database import Database
    from gup_signalement_plugin.gui.matrix_dialog import CategoryMatrixDialog

    dialog = CategoryMatrixDialog(database=Database(dsn, author="capture"))
    row = [c["code_insee"] for c in dialog.communes].index("94081")
    col = [c.code for c in dialog.categories].index("eclairage")
    dialog.table.setCurrentCell(row, col)
    dialog.show()
    settle(app)
    screen = QGuiApplication.primaryScreen()
    screen.grabWindow(0).save(str(out / "matrix_dialog_{}.png".format(locale)))
    print(
        "matrix dialog: {}x{} at ({}, {}) on a {}x{} screen".format(
            dialog.width(),
            dialog.height(),
            dialog.x(),
            dialog.y(),
            screen.size().width(),
            screen.size().height(),
        )
    )
    dialog.close()


SHOTS = {
    "quarantine_form": quarantine_form,
    "why_dialog_closed": why_dialog_closed,
    "matrix_dialog": matrix_dialog,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dsn", required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--locale", default="fr")
    parser.add_argument("--only", default=",".join(SHOTS))
    args = parser.parse_args()

    from qgis.PyQt.QtCore import QCoreApplication, QTranslator
    from screenshot_common import start_app

    app = start_app(args.locale)
    app.qgis_translator = QTranslator()  # QGIS's own strings (its attribute dialog), as in QGIS
    if app.qgis_translator.load("/usr/share/qgis/i18n/qgis_{}.qm".format(args.locale)):
        QCoreApplication.installTranslator(app.qgis_translator)
    from processing.core.Processing import Processing
    from qgis.gui import QgsGui

    QgsGui.editorWidgetRegistry().initEditors()  # as QGIS does at start (attribute forms)
    Processing.initialize()
    plugin = __import__("gup_signalement_plugin").classFactory(None)
    plugin.initProcessing()
    store_connection(args.dsn)
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.only.split(","):
        SHOTS[name](app, args.dsn, args.out, args.locale)
        print("saved {}_{}.png".format(name, args.locale))


if __name__ == "__main__":
    main()
