"""Open the demo project in a real QGIS window, as a user would, and take screenshots.

Run by scripts/screenshot_demo_project.sh (QGIS's --code option) under Xvfb: the script waits
until the map is drawn, saves the whole screen as it opens, then "Zoom to full extent", saves it
again, writes what the message bar showed and the canvas scales to a report, and quits QGIS.
Environment: GUP_SHOT_DIR (where the PNGs and report.txt go)."""

import os
from pathlib import Path

from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QDockWidget
from qgis.utils import iface

OUT = Path(os.environ.get("GUP_SHOT_DIR", "/tmp/gup_shots"))
OUT.mkdir(parents=True, exist_ok=True)
REPORT = []


def _message_bar_texts():
    bar = iface.messageBar()
    texts = []
    for item in bar.items():
        texts.append("{}: {}".format(item.title(), item.text()))
    return texts


def _grab(name: str) -> None:
    screen = QApplication.primaryScreen()
    screen.grabWindow(0).save(str(OUT / name))
    canvas = iface.mapCanvas()
    REPORT.append(
        "{}: scale 1:{:,.0f}, extent {}".format(name, canvas.scale(), canvas.extent().toString(0))
    )


def _when_drawn(then) -> None:
    canvas = iface.mapCanvas()

    def check():
        if canvas.isDrawing():
            QTimer.singleShot(500, check)
        else:
            QTimer.singleShot(1500, then)

    QTimer.singleShot(1500, check)


def _opened() -> None:
    _grab("1_as_opened.png")
    REPORT.append("message bar: {}".format(_message_bar_texts()))
    REPORT.append(
        "layers (top to bottom): {}".format(
            [layer.name() for layer in iface.layerTreeCanvasBridge().rootGroup().checkedLayers()]
        )
    )
    iface.actionZoomFullExtent().trigger()
    _when_drawn(_zoomed_full)


def _zoomed_full() -> None:
    _grab("2_zoom_full.png")
    canvas = iface.mapCanvas()
    canvas.zoomScale(12000)  # a neighbourhood, around the centre of the territory
    _when_drawn(_zoomed_in)


def _zoomed_in() -> None:
    _grab("3_neighbourhood.png")
    (OUT / "report.txt").write_text("\n".join(REPORT) + "\n", encoding="utf-8")
    QTimer.singleShot(200, iface.actionExit().trigger)


iface.mainWindow().setGeometry(QApplication.primaryScreen().availableGeometry())
if os.environ.get("GUP_SHOT_NO_BROWSER"):  # more room for the legend
    iface.mainWindow().findChild(QDockWidget, "Browser").hide()
_when_drawn(_opened)
