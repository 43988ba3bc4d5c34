"""The triage dock in a real QGIS window on the demo project (scripts/screenshot_demo_project.sh
runs it with QGIS's --code): the plugin's "Triage…" entry opens the dock on the demo
connection, the triage layer is added, a report is selected in the list (its page shown, the map
zoomed to it); the whole screen is saved. Environment: GUP_SHOT_DIR, GUP_DEMO_PGPORT."""

import os
from pathlib import Path

from qgis.core import QgsDataSourceUri, QgsProviderRegistry
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QDockWidget
from qgis.utils import iface, plugins

OUT = Path(os.environ.get("GUP_SHOT_DIR", "/tmp/gup_shots"))
OUT.mkdir(parents=True, exist_ok=True)
PORT = os.environ.get("GUP_DEMO_PGPORT", "54330")


def _when_drawn(then) -> None:
    canvas = iface.mapCanvas()

    def check():
        if canvas.isDrawing():
            QTimer.singleShot(500, check)
        else:
            QTimer.singleShot(1500, then)

    QTimer.singleShot(1500, check)


def _open_dock() -> None:
    uri = QgsDataSourceUri("host=127.0.0.1 port={} user=postgres dbname=gup_demo".format(PORT))
    QgsProviderRegistry.instance().providerMetadata("postgres").createConnection(
        uri.uri(False), {"saveUsername": True}
    ).store("gup_demo")
    for name in ("Browser", "Layers"):  # more room for the map beside the dock
        panel = iface.mainWindow().findChild(QDockWidget, name)
        if panel is not None:
            panel.hide()
    plugin = plugins["gup_signalement_plugin"]
    plugin.open_triage_dock()
    dock = plugin.triage_dock
    dock.load_connection("gup_demo")
    dock.add_layer()
    combo = dock.filter_combos["status"]
    combo.setCurrentIndex(combo.findData("new"))
    dock.apply_filters()
    dock.view.selectRow(2)
    dock.zoom_to_selection()
    iface.mapCanvas().zoomScale(6000)
    _when_drawn(_grab)


def _grab() -> None:
    QApplication.primaryScreen().grabWindow(0).save(str(OUT / "triage_dock.png"))
    QTimer.singleShot(200, iface.actionExit().trigger)


iface.mainWindow().setGeometry(QApplication.primaryScreen().availableGeometry())
_when_drawn(_open_dock)
