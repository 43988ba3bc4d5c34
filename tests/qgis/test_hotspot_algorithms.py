"""Hotspot algorithms through processing.run on a real PostGIS with crafted reports."""

import datetime as dt
import json

import numpy as np
import pytest
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsVectorLayer,
)

from tests.hotspot_data import (
    COLD_CENTRE,
    HOT_CENTRE,
    disc_points,
    hot_and_cold,
    insert_points,
    inside_points,
)


def run(name, params, context=None):
    import processing

    return processing.run("gup_signalement:" + name, params, context=context)


def run_and_load(name, params):
    import processing

    return processing.runAndLoadResults("gup_signalement:" + name, params)


def gistar(connection, **extra):
    values = {
        "CONNECTION_NAME": connection,
        "CELL_SIZE": 500,
        "PERMUTATIONS": 99,
        "OUTPUT": "TEMPORARY_OUTPUT",
    }
    values.update(extra)
    return values


def _layer(output):
    if isinstance(output, QgsVectorLayer):
        return output
    return QgsProject.instance().mapLayer(output)


def cell_at(layer, x, y):
    point = QgsGeometry.fromPointXY(QgsPointXY(x, y))
    [feature] = [f for f in layer.getFeatures() if f.geometry().contains(point)]
    return feature


@pytest.fixture
def hot_cold_db(gup_db):
    hot_and_cold(gup_db)
    return gup_db


@pytest.fixture
def clean_project():
    yield QgsProject.instance()
    QgsProject.instance().removeAllMapLayers()


def test_hot_cluster_is_gi_bin_3_and_the_empty_area_is_cold(
    gup_connection, hot_cold_db, gup_provider
):
    result = run("hotspots_gistar", gistar(gup_connection))
    layer = _layer(result["OUTPUT"])
    hot = cell_at(layer, *HOT_CENTRE)
    assert hot["Gi_Bin"] == 3 and hot["GiZScore"] > 3 and hot["count"] >= 50
    assert hot["p_sim"] == pytest.approx(0.01)  # (0 + 1) / (99 + 1)
    cold = cell_at(layer, *COLD_CENTRE)
    assert cold["count"] == 0 and cold["Gi_Bin"] < 0
    names = layer.fields().names()
    for name in ("GiZScore", "GiPValue", "p_sim", "Gi_Bin", "NNeighbors", "count", "border"):
        assert name in names
    choices = json.loads(result["CHOICES"])
    assert choices["band_source"] == "smallest_with_neighbour" and choices["band"] > 500
    assert choices["reports"] == 4150 and choices["reports_read"] == 4150
    assert result["HOT_CELLS"] == choices["hot_cells"] >= 1
    assert {f["border"] for f in layer.getFeatures()} == {True, False}


def test_k_nearest_and_band_options(gup_connection, hot_cold_db, gup_provider):
    knn = run("hotspots_gistar", gistar(gup_connection, NEIGHBOURHOOD=1, K=4, PERMUTATIONS=0))
    layer = _layer(knn["OUTPUT"])
    assert {f["NNeighbors"] for f in layer.getFeatures()} == {5}
    assert {f["p_sim"] for f in layer.getFeatures()} == {NULL}
    assert json.loads(knn["CHOICES"])["weights"] == "knn"
    band = run("hotspots_gistar", gistar(gup_connection, BAND=1100, PERMUTATIONS=0))
    counts = {f["NNeighbors"] for f in _layer(band["OUTPUT"]).getFeatures()}
    assert max(counts) == 19  # two rings of hexagons within 1,100 m (1,000 m apart)
    with pytest.raises(QgsProcessingException, match="no neighbour"):
        run("hotspots_gistar", gistar(gup_connection, BAND=100, PERMUTATIONS=0))


def test_filters_select_the_reports(gup_connection, hot_cold_db, gup_provider):
    insert_points(
        hot_cold_db,
        disc_points(np.random.default_rng(1), HOT_CENTRE, 100, 40),
        category="proprete",
        days=[dt.date(2024, 9, 1)] * 40,
    )
    both = run("hotspots_gistar", gistar(gup_connection, PERMUTATIONS=0))
    assert json.loads(both["CHOICES"])["reports_read"] == 4190
    with pytest.raises(QgsProcessingException, match="Only 0 reports"):
        run("hotspots_gistar", gistar(gup_connection, GROUPS="Propreté", LAST_DAY="2024-08-31"))
    only = run(
        "hotspots_gistar",
        gistar(gup_connection, GROUPS="Propreté", FIRST_DAY="01/09/2024", PERMUTATIONS=0),
    )
    assert json.loads(only["CHOICES"])["reports_read"] == 40


def test_fewer_than_30_reports_refused_30_analysed(gup_connection, gup_db, gup_provider):
    from gup_signalement_plugin.db import hotspots_repository as hr

    xy = inside_points(hr.territory(gup_db), np.random.default_rng(3), 30)
    insert_points(gup_db, xy[:29])
    with pytest.raises(QgsProcessingException, match="Only 29 reports to analyse: at least 30"):
        run("hotspots_gistar", gistar(gup_connection))
    insert_points(gup_db, xy[29:])
    assert json.loads(run("hotspots_gistar", gistar(gup_connection))["CHOICES"])["reports"] == 30


def _polygon_layer(crs, polygons):
    layer = QgsVectorLayer("Polygon?crs=" + (crs or "EPSG:4326"), "zones", "memory")
    if crs is None:  # a layer whose CRS is unknown
        layer.setCrs(QgsCoordinateReferenceSystem())
    features = []
    for wkt in polygons:
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _squares(x0, y0, size, n):
    return [
        "POLYGON(({a} {b}, {c} {b}, {c} {d}, {a} {d}, {a} {b}))".format(
            a=x0 + i * size, b=y0 + j * size, c=x0 + (i + 1) * size, d=y0 + (j + 1) * size
        )
        for i in range(n)
        for j in range(n)
    ]


def test_polygon_layers_geographic_crs_reprojected_no_crs_in_degrees_refused(
    gup_connection, hot_cold_db, gup_provider
):
    lambert = _polygon_layer("EPSG:2154", _squares(653000, 6852000, 1000, 6))
    on_lambert = run("hotspots_gistar", gistar(gup_connection, POLYGONS=lambert, PERMUTATIONS=0))
    # the same squares in degrees, declared as EPSG:4326: reprojected to Lambert-93
    from qgis.core import QgsCoordinateTransform, QgsCoordinateTransformContext

    to_wgs84 = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:2154"),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsCoordinateTransformContext(),
    )
    degrees = []
    for feature in lambert.getFeatures():
        geometry = QgsGeometry(feature.geometry())
        geometry.transform(to_wgs84)
        degrees.append(geometry.asWkt(12))
    on_wgs84 = run(
        "hotspots_gistar",
        gistar(gup_connection, PERMUTATIONS=0, POLYGONS=_polygon_layer("EPSG:4326", degrees)),
    )
    counts = [f["count"] for f in _layer(on_lambert["OUTPUT"]).getFeatures()]
    assert [f["count"] for f in _layer(on_wgs84["OUTPUT"]).getFeatures()] == counts
    assert max(counts) >= 150
    with pytest.raises(QgsProcessingException, match="look like degrees"):
        run("hotspots_gistar", gistar(gup_connection, POLYGONS=_polygon_layer(None, degrees)))


def test_loaded_result_is_styled_and_documented(
    gup_connection, hot_cold_db, gup_provider, clean_project
):
    from gup_signalement_plugin.toolbelt.hotspot_layers import CHOICES_PROPERTY

    result = run_and_load("hotspots_gistar", gistar(gup_connection, PERMUTATIONS=9))
    layer = QgsProject.instance().mapLayer(result["OUTPUT"])
    assert layer.name() == "Hot spots (Gi*)"
    renderer = layer.renderer()
    assert renderer.classAttribute() == "Gi_Bin"
    assert [c.value() for c in renderer.categories()] == [3, 2, 1, 0, -1, -2, -3]
    assert renderer.categories()[0].label() == "Hot spot, 99 % confidence"
    assert "distance band (m): " in layer.metadata().abstract()
    assert "permutations: 9" in layer.customProperty(CHOICES_PROPERTY)


def test_emerging_new_and_persistent_hot_spots_end_to_end(
    gup_connection, gup_db, gup_provider, clean_project
):
    from gup_signalement_plugin.db import hotspots_repository as hr

    rng = np.random.default_rng(11)
    months = [dt.date(2024, m, 10) for m in range(1, 13)]
    background = inside_points(hr.territory(gup_db), rng, 2400)
    insert_points(gup_db, background, days=[months[i % 12] for i in range(2400)])
    persistent = (652900.0, 6847400.0)  # Paray-Vieille-Poste
    for day in months:
        insert_points(gup_db, disc_points(rng, persistent, 100, 25), days=[day] * 25)
    insert_points(gup_db, disc_points(rng, HOT_CENTRE, 100, 80), days=[months[-1]] * 80)
    params = {
        "CONNECTION_NAME": gup_connection,
        "CELL_SIZE": 500,
        "UNIT": 1,
        "OUTPUT": "TEMPORARY_OUTPUT",
        "BINS": "TEMPORARY_OUTPUT",
    }
    result = run_and_load("emerging_hotspots", params)
    layer = QgsProject.instance().mapLayer(result["OUTPUT"])
    assert cell_at(layer, *HOT_CENTRE)["category"] == "new_hot"
    assert cell_at(layer, *persistent)["category"] == "persistent_hot"
    assert cell_at(layer, *persistent)["category_label"] == "Persistent hot spot"
    choices = json.loads(result["CHOICES"])
    assert choices["steps"] == 12 and choices["unit"] == "month"
    assert layer.renderer().classAttribute() == "category"
    bins = QgsProject.instance().mapLayer(result["BINS"])
    temporal = bins.temporalProperties()
    assert temporal.isActive() and temporal.startField() == "step_start"
    december = [f for f in bins.getFeatures() if f["step"] == 11 and f["bin"] == 1]
    assert december and december[0]["step_start"].date().toString("yyyy-MM-dd") == "2024-12-01"
    assert december[0]["step_end"].date().toString("yyyy-MM-dd") == "2025-01-01"


def test_dbscan_finds_the_clusters_and_leaves_the_noise_out(gup_connection, gup_db, gup_provider):
    rng = np.random.default_rng(5)
    first = insert_points(gup_db, disc_points(rng, (655000, 6854000), 10, 8))
    second = insert_points(gup_db, disc_points(rng, (651000, 6856300), 10, 6))
    noise = insert_points(gup_db, np.array([[652000 + 1000 * i, 6851000] for i in range(10)]))
    params = {
        "CONNECTION_NAME": gup_connection,
        "DISTANCE": 30,
        "MIN_REPORTS": 5,
        "OUTPUT": "TEMPORARY_OUTPUT",
    }
    result = run("report_clusters", params)
    layer = _layer(result["OUTPUT"])
    groups = {}
    for feature in layer.getFeatures():
        groups.setdefault(feature["cluster"], set()).add(feature["report_id"])
    assert sorted(groups.values(), key=len) == [set(second), set(first)]
    assert not set(noise) & set().union(*groups.values())
    # a seventh report too far in space does not join; a cluster of 6 needs MIN_REPORTS <= 6
    assert run("report_clusters", dict(params, MIN_REPORTS=7))["CLUSTERS"] == 1


def test_space_time_clusters_split_on_a_gap_longer_than_the_days(
    gup_connection, gup_db, gup_provider
):
    rng = np.random.default_rng(6)
    days = [dt.date(2024, 1, d) for d in (1, 3, 5, 7, 9)] + [
        dt.date(2024, 2, 8 + d) for d in (0, 1, 2, 3, 4)
    ]  # 30 days after 9 January
    insert_points(gup_db, disc_points(rng, (655000, 6854000), 10, 10), days=days)
    params = {
        "CONNECTION_NAME": gup_connection,
        "DISTANCE": 30,
        "MIN_REPORTS": 5,
        "OUTPUT": "TEMPORARY_OUTPUT",
    }
    assert run("report_clusters", params)["CLUSTERS"] == 1
    assert run("report_clusters", dict(params, DAYS=29))["CLUSTERS"] == 2
    assert run("report_clusters", dict(params, DAYS=30))["CLUSTERS"] == 1


def test_same_address_concentrations(gup_connection, gup_db, gup_provider):
    addresses = [
        "12, Rue de l'Église",
        "12 rue de l eglise",
        "12 RUE DE L'EGLISE",
        "3 rue Voltaire",
        "3 rue Voltaire",
        None,
    ]
    ids = insert_points(
        gup_db, np.array([[655000 + 50 * i, 6854000] for i in range(6)]), addresses=addresses
    )
    result = run(
        "report_concentrations", {"CONNECTION_NAME": gup_connection, "OUTPUT": "TEMPORARY_OUTPUT"}
    )
    [feature] = _layer(result["OUTPUT"]).getFeatures()
    assert feature["address"] == "12 rue de l eglise" and feature["count"] == 3
    assert feature["report_ids"] == ",".join(str(i) for i in ids[:3])
    near = run(
        "report_concentrations",
        {
            "CONNECTION_NAME": gup_connection,
            "DISTANCE": 50,
            "MIN_REPORTS": 6,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    assert near["CONCENTRATIONS"] == 1


def test_save_point_noir_from_the_selected_hot_cells(
    gup_connection, hot_cold_db, gup_provider, clean_project
):
    from gup_signalement_plugin.db import hotspots_repository as hr

    result = run_and_load("hotspots_gistar", gistar(gup_connection, PERMUTATIONS=0))
    layer = QgsProject.instance().mapLayer(result["OUTPUT"])
    layer.selectByExpression('"Gi_Bin" = 3')
    selected = list(layer.selectedFeatures())
    assert selected
    saved = run(
        "save_point_noir",
        {
            "CONNECTION_NAME": gup_connection,
            "NAME": "Carrefour Vitry",
            "STATUS": 1,
            "WORKS_DAY": "15/06/2024",
            "INPUT": QgsProcessingFeatureSourceDefinition(layer.id(), True),
        },
    )
    assert saved["LINKED"] == sum(f["count"] for f in selected)
    info = hr.point_noir(hot_cold_db, saved["POINT_NOIR_ID"])
    assert info["statut"] == "action_plan" and info["date_travaux"] == dt.date(2024, 6, 15)
    parts = hot_cold_db.scalar("SELECT ST_NumGeometries(geom) FROM gup_signalement.point_noir")
    assert parts < len(selected) or len(selected) == 1  # dissolved


def test_save_point_noir_refuses_an_empty_selection(
    gup_connection, gup_db, gup_provider, clean_project
):
    layer = _polygon_layer("EPSG:2154", _squares(655000, 6854000, 100, 2))
    QgsProject.instance().addMapLayer(layer)
    with pytest.raises(QgsProcessingException, match="No polygon"):
        run(
            "save_point_noir",
            {
                "CONNECTION_NAME": gup_connection,
                "NAME": "Vide",
                "INPUT": QgsProcessingFeatureSourceDefinition(layer.id(), True),
            },
        )
    assert gup_db.scalar("SELECT count(*) FROM gup_signalement.point_noir") == 0


def test_styles_emerging_heatmap_and_points_noirs_layer(gup_connection, gup_db, clean_project):
    from gup_signalement_plugin.core.hotspots import CATEGORIES
    from gup_signalement_plugin.toolbelt import hotspot_layers

    emerging = hotspot_layers.emerging_renderer()
    assert [c.value() for c in emerging.categories()] == list(CATEGORIES)
    colours = {c.symbol().color().name() for c in emerging.categories()}
    assert len(colours) == len(CATEGORIES)  # every category its own colour
    assert hotspot_layers.heatmap_renderer().type() == "heatmapRenderer"
    layer = hotspot_layers.add_points_noirs_layer(gup_connection, QgsProject.instance())
    assert layer.name() == "Points noirs" and layer.isValid()
    setup = layer.editorWidgetSetup(layer.fields().indexOf("statut"))
    assert setup.type() == "ValueMap"
    assert [list(e.values())[0] for e in setup.config()["map"]] == [
        "watch",
        "action_plan",
        "works_planned",
        "resolved",
    ]
    assert [c.label() for c in layer.renderer().categories()] == [
        "Watch",
        "Action plan",
        "Works planned",
        "Resolved",
    ]


def test_cancel_writes_nothing(gup_connection, hot_cold_db, gup_provider):
    from qgis.core import QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda value: feedback.cancel() if value >= 60 else None)
    import processing

    result = processing.run(
        "gup_signalement:hotspots_gistar",
        gistar(gup_connection, PERMUTATIONS=0),
        feedback=feedback,
        context=QgsProcessingContext(),
    )
    assert result.get("HOT_CELLS") is None


def test_point_noir_page_counts_and_chart(gup_db, qgis_app):
    from qgis.PyQt.QtCore import QDate

    from gup_signalement_plugin.gui.point_noir_dialog import PointNoirDialog
    from gup_signalement_plugin.usecases import hotspots

    days = [dt.date(2024, 1, 5), dt.date(2024, 3, 1), dt.date(2024, 3, 2), dt.date(2024, 5, 1)]
    insert_points(gup_db, np.array([[655500, 6854500]] * 4), days=days)
    import shapely

    point_id = hotspots.save_point_noir(
        gup_db,
        "Carrefour",
        [shapely.to_wkb(shapely.box(655000, 6854000, 656000, 6855000))],
        works_day=dt.date(2024, 3, 2),
    )
    dialog = PointNoirDialog(gup_db, point_id)
    assert dialog.title.text() == "Carrefour — Watch"
    assert dialog.counts.text() == "2 before, 2 from that day on"
    [axes] = dialog.figure.axes
    assert [p.get_height() for p in axes.patches] == [1, 0, 2, 0, 1]
    dialog.day.setDate(QDate(2024, 3, 3))
    assert dialog.counts.text() == "3 before, 1 from that day on"
    dialog.close()
