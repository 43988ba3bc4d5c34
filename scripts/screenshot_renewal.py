"""Render the "Urban renewal" layers over the 24 communes in a QGIS window (legend + map) and
save a PNG, to look at what users see. Run under Xvfb for a real window:

  xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshot_renewal.py \
      --connection-dsn "host=127.0.0.1 port=54330 user=postgres dbname=gup_demo" \
      --out docs/screenshots/renewal_fr.png --locale fr

The database must hold the demo (``make demo``)."""

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build"))
sys.path.insert(0, str(ROOT / "scripts"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--connection-dsn", required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--locale", default="fr")
    parser.add_argument("--zoom", default="", help="xmin,ymin,xmax,ymax in Lambert-93")
    args = parser.parse_args()

    from screenshot_common import start_app

    app = start_app(args.locale)
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsDataSourceUri,
        QgsLayerTreeModel,
        QgsProject,
        QgsProviderRegistry,
        QgsRectangle,
    )
    from qgis.gui import QgsLayerTreeMapCanvasBridge, QgsLayerTreeView, QgsMapCanvas
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

    from gup_signalement_plugin.toolbelt import layers, renewal_layers

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.createConnection(
        QgsDataSourceUri(args.connection_dsn).uri(False),
        {"saveUsername": True, "savePassword": True},
    ).store("gup_capture")
    project = QgsProject.instance()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
    communes = layers.add_communes_layer("gup_capture", project)
    renewal_layers.add_renewal_layers("gup_capture", project)

    window = QWidget()
    window.setWindowTitle("GUP Signalement — {}".format(renewal_layers.group_name()))
    outer = QVBoxLayout(window)
    title = QLabel(
        "<b>{}</b> — {}".format(
            renewal_layers.group_name(),
            "périmètres de démonstration (contours inventés) ; "
            "indicateurs de relogement soumis au secret statistique (&lt; 5, s)"
            if args.locale == "fr"
            else "demo perimeters (invented contours); relocation "
            "indicators under statistical secrecy (&lt; 5, s)",
        )
    )
    outer.addWidget(title)
    row = QHBoxLayout()
    outer.addLayout(row)
    view = QgsLayerTreeView()
    model = QgsLayerTreeModel(project.layerTreeRoot(), window)  # owned by the window
    view.setModel(model)
    view.setFixedWidth(400)
    canvas = QgsMapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
    canvas.setCanvasColor(Qt.white)
    bridge = QgsLayerTreeMapCanvasBridge(project.layerTreeRoot(), canvas)  # noqa: F841
    row.addWidget(view)
    row.addWidget(canvas, 1)
    window.resize(1366, 768)
    window.show()
    view.expandAll()
    if args.zoom:
        canvas.setExtent(QgsRectangle(*[float(v) for v in args.zoom.split(",")]))
    else:
        extent = communes.extent()
        extent.scale(1.02)
        canvas.setExtent(extent)
    canvas.refreshAllLayers()
    for _ in range(40):
        app.processEvents()
        canvas.waitWhileRendering()
    app.processEvents()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(args.out))
    print("saved {}".format(args.out))
    metadata.deleteConnection("gup_capture")
    sys.stdout.flush()
    os._exit(0)  # skip the teardown of a GUI application (it may crash under Xvfb)


if __name__ == "__main__":
    main()
