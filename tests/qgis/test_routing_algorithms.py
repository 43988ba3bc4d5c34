"""Routing algorithms on memory layers and a real PostGIS."""
import datetime as dt

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer

VITRY_BOX = "POLYGON((655000 6854000, 656500 6854000, 656500 6855000, 655000 6855000, 655000 6854000))"
BOWTIE = "POLYGON((655000 6854000, 656500 6855000, 656500 6854000, 655000 6855000, 655000 6854000))"


def run(name, params):
    import processing

    return processing.run("gup_signalement:" + name, params)


def perimeter_layer(rows):
    layer = QgsVectorLayer("Polygon?crs=EPSG:2154&field=service:string&field=nom:string"
                           "&field=cats:string&field=prio:integer", "perimeters", "memory")
    features = []
    for wkt, attributes in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(attributes)
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def params(connection, layer, **extra):
    values = {"CONNECTION_NAME": connection, "INPUT": layer, "FIELD_SERVICE": "service",
              "FIELD_NAME": "nom", "FIELD_CATEGORIES": "cats", "FIELD_PRIORITY": "prio"}
    values.update(extra)
    return values


@pytest.fixture
def routing_db(gup_dsn):
    from gup_signalement_plugin.core.catalogue import CommuneSetting, Stage
    from gup_signalement_plugin.core.routing import Service
    from gup_signalement_plugin.db import repositories as repo
    from gup_signalement_plugin.db import routing_repository as rr
    from gup_signalement_plugin.db.database import Database

    with Database(gup_dsn) as db:
        rr.save_services(db, [Service(0, "Voirie EPT", "ept"), Service(0, "Vitry voirie", "commune", "94081")])
        repo.save_settings(db, [CommuneSetting("94081", "voirie", Stage.PUBLIC)])
        yield db


def test_algorithms_are_registered_in_routing_group(gup_provider):
    names = {alg.name(): alg for alg in gup_provider.algorithms()}
    for name in ("import_perimeters", "reroute_reports", "check_coverage", "dry_run_perimeters"):
        assert names[name].groupId() == "routing"


def test_import_refuses_invalid_geometry_then_repairs(gup_connection, routing_db, gup_provider):
    layer = perimeter_layer([(VITRY_BOX, ["Voirie EPT", "Secteur", "voirie", 1]),
                             (BOWTIE, ["Voirie EPT", "Papillon", "", 1])])
    with pytest.raises(QgsProcessingException, match=r"Papillon\): invalid geometry: Self-intersection"):
        run("import_perimeters", params(gup_connection, layer))
    assert routing_db.scalar("SELECT count(*) FROM gup_signalement.perimetre_competence") == 0
    assert run("import_perimeters", params(gup_connection, layer, REPAIR=True))["COUNT"] == 2


def test_import_refuses_unknown_service_and_category(gup_connection, routing_db, gup_provider):
    layer = perimeter_layer([(VITRY_BOX, ["Nobody", "A", "voirie", 1]),
                             (VITRY_BOX, ["Voirie EPT", "B", "voirie,zzz", 1])])
    with pytest.raises(QgsProcessingException) as error:
        run("import_perimeters", params(gup_connection, layer))
    assert "unknown service 'Nobody'" in str(error.value) and "zzz" in str(error.value)


def test_coverage_dry_run_and_reroute(gup_connection, routing_db, gup_provider):
    import shapely

    from gup_signalement_plugin.db import routing_repository as rr

    run("import_perimeters", params(gup_connection, perimeter_layer(
        [(VITRY_BOX, ["Voirie EPT", "Secteur", "voirie", 1])])))
    moment = dt.datetime(2024, 5, 1, tzinfo=dt.timezone.utc)
    rr.insert_reports(routing_db, [rr.ReportRecord("voirie", "public", moment, shapely.to_wkb(
        shapely.Point(x, 6854500))) for x in (655100, 655900, 656400)])

    result = run("check_coverage", {"CONNECTION_NAME": gup_connection, "CATEGORY": "voirie",
                                    "DAY": "2024-05-01", "GAPS": "memory:", "OVERLAPS": "memory:",
                                    "COMMUNES": "memory:"})
    gaps = result["GAPS"]
    assert gaps.featureCount() == 1 and gaps.getFeature(1).geometry().area() > 1e7
    communes = {f["code_insee"]: f["part_lacunes"] for f in result["COMMUNES"].getFeatures()}
    assert len(communes) == 24 and 0 < communes["94081"] < 1 and communes["94041"] == 1
    assert result["OVERLAPS"].featureCount() == 0

    edited = perimeter_layer([(VITRY_BOX, ["Voirie EPT", "Secteur", "voirie", 1]),
                              ("POLYGON((655500 6854000, 656500 6854000, 656500 6855000, 655500 6855000, 655500 6854000))",
                               ["Vitry voirie", "Est", "voirie", 1])])
    result = run("dry_run_perimeters", params(gup_connection, edited, OUTPUT="memory:"))
    assert result["MOVED"] == 2
    moved = sorted(f["signalement_id"] for f in result["OUTPUT"].getFeatures())
    assert len(moved) == 2
    # nothing written by the dry-run; a re-route after a real change moves them
    assert run("reroute_reports", {"CONNECTION_NAME": gup_connection})["COUNT"] == 0
    with pytest.raises(QgsProcessingException, match="Unknown category"):
        run("check_coverage", {"CONNECTION_NAME": gup_connection, "CATEGORY": "nope",
                               "GAPS": "memory:", "OVERLAPS": "memory:", "COMMUNES": "memory:"})
