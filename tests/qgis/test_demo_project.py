"""The project `make demo` writes, and the layers the menu adds: language, extent, order, fonts
(issue 10). The demo builds its project with the menu's own functions (scripts/demo.py)."""

import importlib.util
import json
import re
import sys
import zipfile
from pathlib import Path

import pytest
from qgis.core import QgsLayerTree, QgsProject, QgsSettings
from qgis.PyQt.QtGui import QFontDatabase

ROOT = Path(__file__).resolve().parents[2]
FRENCH = [
    "Signalements en quarantaine (à corriger et libérer)",
    "Signalements par statut de routage",
    "Périmètres de compétence",
    "Ouverture : Rue sale, propreté",
    "Ouverture : Lampadaire en panne",
    "Communes",
    "Services",
    "Catégories (pour les formulaires de périmètres)",
]
ENGLISH = [
    "Quarantined reports (to fix and release)",
    "Reports by routing status",
    "Competence perimeters",
    "Opening: Rue sale, propreté",
    "Opening: Lampadaire en panne",
    "Communes",
    "Services",
    "Categories (for perimeter forms)",
]


@pytest.fixture
def demo_module():
    """scripts/demo.py, imported without keeping its sys.path changes."""
    saved = list(sys.path)
    spec = importlib.util.spec_from_file_location("gup_demo_script", ROOT / "scripts" / "demo.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    sys.path[:] = saved
    return module


@pytest.fixture
def with_reports(gup_provider, gup_connection, tmp_path):
    """Two reports stored, one quarantined with swapped coordinates (a point ~6,000 km away),
    one quarantined outside the territory."""
    import processing

    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": coords},
            "properties": {"id": key, "type": "proprete", "date": "2024-05-02", "description": "x"},
        }
        for key, coords in (
            ("in1", [2.392, 48.7872]),
            ("in2", [2.40, 48.75]),
            ("swapped", [48.7872, 2.392]),
            ("paris", [2.35, 48.86]),
        )
    ]
    path = tmp_path / "reports.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    result = processing.run(
        "gup_signalement:import_reports_file",
        {"CONNECTION_NAME": gup_connection, "INPUT": str(path), "SOURCE": "agents"},
    )
    assert (result["NEW"], result["QUARANTINED"]) == (4, 2)
    return gup_connection


@pytest.fixture
def qgis_language(demo_module):
    """Sets QGIS's user interface language as the demo does, then creates the plugin (which
    installs its translator)."""
    import gup_signalement_plugin

    plugins = []

    def use(language):
        demo_module.use_language(language)
        plugin = gup_signalement_plugin.classFactory(None)
        plugins.append(plugin)
        return plugin

    yield use
    for plugin in plugins:
        plugin.unload()
    QgsSettings().setValue("locale/userLocale", "en_US")
    QgsProject.instance().clear()


def _territory(connection):
    from gup_signalement_plugin.toolbelt import layers

    communes = layers._postgres_layer(connection, "commune", "c", "code_insee")
    return communes.extent()


def _tree_names(project):
    return [
        node.name() for node in project.layerTreeRoot().children() if QgsLayerTree.isLayer(node)
    ]


@pytest.mark.parametrize("language, names", [("fr", FRENCH), ("en", ENGLISH)])
def test_demo_project_language_extent_and_order(
    demo_module, with_reports, qgis_language, tmp_path, language, names
):
    qgis_language(language)
    path = demo_module.write_project(tmp_path, with_reports)
    project = QgsProject.instance()
    project.clear()
    assert project.read(str(path))

    # the layer tree from the top: points, polygons, communes, then tables
    assert _tree_names(project) == names
    by_name = {layer.name(): layer for layer in project.mapLayers().values()}
    stage = by_name[names[3]]
    stage_classes = [c.label() for c in stage.renderer().categories()]
    reports_classes = [c.label() for c in by_name[names[1]].renderer().categories()]
    quarantine_classes = [c.label() for c in by_name[names[0]].renderer().categories()]
    perimeter_labels = by_name[names[2]].labeling().settings().fieldName
    if language == "fr":
        assert stage_classes == ["Fermée", "Agents seulement", "Public"]
        assert reports_classes[0] == "Routé vers un service"
        assert "Latitude et longitude inversées" in quarantine_classes
        assert "'priorité'" in perimeter_labels
    else:
        assert stage_classes == ["Closed", "Agents only", "Public"]
        assert reports_classes[0] == "Routed to a service"
        assert "Latitude and longitude swapped" in quarantine_classes
        assert "'priority'" in perimeter_labels
    # translucent stages under the points
    assert all(c.symbol().color().alpha() < 255 for c in stage.renderer().categories())

    # it opens on the territory, and "zoom to full extent" stays there
    territory = _territory(with_reports)
    opening = project.viewSettings().defaultViewExtent()
    full = project.viewSettings().fullExtent()
    for extent in (opening, full):
        assert extent.contains(territory)
        assert extent.width() < 1.3 * territory.width()
        assert extent.height() < 1.3 * territory.height()


def test_no_missing_font_in_the_demo_project(demo_module, with_reports, qgis_language, tmp_path):
    qgis_language("fr")
    path = demo_module.write_project(tmp_path, with_reports)
    with zipfile.ZipFile(str(path)) as archive:
        xml = archive.read(next(n for n in archive.namelist() if n.endswith(".qgs"))).decode()
    families = set(re.findall(r'fontFamily="([^"]*)"', xml))
    families |= set(re.findall(r'<Option name="font" type="QString" value="([^",]*)', xml))
    # communes and perimeters are labelled (and the renewal perimeters, by their indicators)
    assert len(re.findall(r"<text-style ", xml)) >= 2
    installed = set(QFontDatabase().families())
    assert families and families <= installed, families - installed


def test_the_quarantine_layer_does_not_drag_the_full_extent(with_reports, qgis_language):
    from gup_signalement_plugin.toolbelt import incoming_layers, layers

    qgis_language("en")
    project = QgsProject.instance()
    project.clear()
    layers.add_communes_layer(with_reports, project)
    before = project.viewSettings().fullExtent()
    quarantine = incoming_layers.add_quarantine_layer(with_reports, project)
    # the swapped point is ~6,000 km away: the layer's own extent says so
    assert quarantine.featureCount() == 2 and quarantine.extent().width() > 5e6
    after = project.viewSettings().fullExtent()
    assert after.contains(before)
    assert after.width() < 1.3 * before.width() and after.height() < 1.3 * before.height()

    # a full extent the user chose is left alone
    chosen = project.viewSettings().presetFullExtent()
    project.viewSettings().setPresetFullExtent(type(chosen)(before, project.crs()))
    incoming_layers.add_quarantine_layer(with_reports, project)
    assert project.viewSettings().fullExtent() == before


def test_menu_layers_keep_points_above_polygons_whatever_the_order(with_reports, qgis_language):
    from gup_signalement_plugin.toolbelt import incoming_layers, layers, routing_layers

    qgis_language("en")
    project = QgsProject.instance()
    project.clear()
    incoming_layers.add_quarantine_layer(with_reports, project)
    routing_layers.add_routing_layers(with_reports, project)
    layers.add_communes_layer(with_reports, project)
    layers.add_stage_layer(with_reports, project, "eclairage", "Lampadaire en panne")
    layers.add_experiment_perimeters_layer(with_reports, project)
    assert _tree_names(project) == [
        "Reports by routing status",
        "Quarantined reports (to fix and release)",
        "Experiment perimeters",
        "Opening: Lampadaire en panne",
        "Competence perimeters",
        "Communes",
        "Services",
        "Categories (for perimeter forms)",
    ]
