"""The hotspots part of `make demo` (issue 13): Gi* and emerging hot spots of the demo reports
through the plugin's algorithms (GeoPackages in out/demo/), two points noirs saved from the
result, and a small QGIS project (communes, Gi* classes, points noirs) for a first look.
The demo reports are synthetic: their dense clusters come from demo_routing.CLUSTERS."""

from pathlib import Path
from typing import Callable, Dict

# Ivry-sur-Seine's cluster: a point noir drawn by hand around it, works done on 2026-06-01
DRAWN_POINT_NOIR = (
    "POLYGON((654600 6856750, 655500 6856750, 655500 6857650, 654600 6857650, 654600 6856750))"
)


def demo_hotspots_step(run: Callable[[str, dict], dict], out: Path) -> Dict[str, object]:
    """Gi* (200 m cells, 999 permutations, FDR), emerging hot spots (months), then points
    noirs: the hot cells (99 %) around the Vitry cluster, and a drawn polygon."""
    from qgis.core import (
        QgsFeature,
        QgsGeometry,
        QgsProcessingFeatureSourceDefinition,
        QgsProject,
        QgsVectorLayer,
    )

    gistar_path = out / "hotspots_gistar.gpkg"
    gistar = run("hotspots_gistar", {"OUTPUT": str(gistar_path)})
    gistar_path.with_suffix(".json").write_text(gistar["CHOICES"], "utf-8")
    emerging = run(
        "emerging_hotspots",
        {"UNIT": 1, "CELL_SIZE": 400, "OUTPUT": str(out / "emerging_hotspots.gpkg")},
    )
    cells = QgsVectorLayer(str(gistar_path), "gistar", "ogr")
    QgsProject.instance().addMapLayer(cells, False)
    cells.selectByExpression(
        '"Gi_Bin" = 3 AND distance(centroid($geometry), make_point(655800, 6854500)) < 1000'
    )
    saved = [
        run(
            "save_point_noir",
            {
                "NAME": "Vitry-sur-Seine, centre",
                "STATUS": 0,
                "INPUT": QgsProcessingFeatureSourceDefinition(cells.id(), True),
            },
        )
    ]
    drawn = QgsVectorLayer("Polygon?crs=EPSG:2154", "dessin", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt(DRAWN_POINT_NOIR))
    drawn.dataProvider().addFeatures([feature])
    saved.append(
        run(
            "save_point_noir",
            {
                "NAME": "Ivry-sur-Seine, quai",
                "STATUS": 2,
                "WORKS_DAY": "2026-06-01",
                "INPUT": drawn,
            },
        )
    )
    QgsProject.instance().removeMapLayer(cells.id())
    return {
        "hot_cells": gistar["HOT_CELLS"],
        "cold_cells": gistar["COLD_CELLS"],
        "emerging": emerging["CHOICES"],
        "points_noirs": [s["LINKED"] for s in saved],
        "gistar_path": gistar_path,
    }


def write_hotspots_project(out: Path, gistar_path: Path, connection: str) -> Path:
    """out/demo/gup_hotspots.qgz: the communes, the Gi* classes (styled, with the choices in the
    metadata) and the points noirs, as the menu and the algorithm's loading give them."""
    import json

    from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsVectorLayer

    from gup_signalement_plugin.toolbelt import hotspot_layers, layers

    project = QgsProject.instance()
    project.clear()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
    project.setTitle("GUP Signalement — points chauds")
    layers.add_communes_layer(connection, project)
    gistar = QgsVectorLayer(str(gistar_path), hotspot_layers.gistar_layer_name(), "ogr")
    gistar.setRenderer(hotspot_layers.gi_bin_renderer())
    gistar.setOpacity(0.85)
    choices_file = gistar_path.with_suffix(".json")
    if choices_file.exists():
        hotspot_layers.set_choices_metadata(
            gistar, gistar.name(), json.loads(choices_file.read_text("utf-8"))
        )
    layers.add_to_project(project, gistar)
    points_noirs = hotspot_layers.add_points_noirs_layer(connection, project)
    project.layerTreeRoot().findLayer(points_noirs.id()).setExpanded(False)
    project.viewSettings().setDefaultViewExtent(layers.territory_extent(connection))
    path = out / "gup_hotspots.qgz"
    if not project.write(str(path)):
        raise SystemExit("could not write the project {}".format(path))
    return path
