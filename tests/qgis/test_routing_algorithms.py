"""Routing algorithms on memory layers and a real PostGIS."""

import datetime as dt

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer

from tests.helpers import run_algorithm as run

VITRY_BOX = (
    "POLYGON((655000 6854000, 656500 6854000, 656500 6855000, 655000 6855000, 655000 6854000))"
)
BOWTIE = "POLYGON((655000 6854000, 656500 6855000, 656500 6854000, 655000 6855000, 655000 6854000))"


def perimeter_layer(rows):
    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:2154&field=service:string&field=nom:string"
        "&field=cats:string&field=prio:integer",
        "perimeters",
        "memory",
    )
    features = []
    for wkt, attributes in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(attributes)
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def params(connection, layer, **extra):
    values = {
        "CONNECTION_NAME": connection,
        "INPUT": layer,
        "FIELD_SERVICE": "service",
        "FIELD_NAME": "nom",
        "FIELD_CATEGORIES": "cats",
        "FIELD_PRIORITY": "prio",
    }
    values.update(extra)
    return values


@pytest.fixture
def routing_db(gup_dsn):
    from gup_signalement_plugin.core.catalogue import CommuneSetting, Stage
    from gup_signalement_plugin.core.routing import Service
    from gup_signalement_plugin.db import repositories as repo
    from gup_signalement_plugin.db.database import Database
    from gup_signalement_plugin.usecases import routing as rr

    with Database(gup_dsn) as db:
        rr.upsert_services_on_name(
            db, [Service(0, "Voirie EPT", "ept"), Service(0, "Vitry voirie", "commune", "94081")]
        )
        repo.save_settings(db, [CommuneSetting("94081", "voirie", Stage.PUBLIC)])
        yield db


def test_algorithms_are_registered_in_routing_group(gup_provider):
    names = {alg.name(): alg for alg in gup_provider.algorithms()}
    for name in (
        "import_perimeters",
        "reroute_reports",
        "check_coverage",
        "dry_run_perimeters",
        "export_perimeters",
        "dry_run_commune_settings",
    ):
        assert names[name].groupId() == "routing"


def test_import_refuses_invalid_geometry_then_repairs(gup_connection, routing_db, gup_provider):
    layer = perimeter_layer(
        [
            (VITRY_BOX, ["Voirie EPT", "Secteur", "voirie", 1]),
            (BOWTIE, ["Voirie EPT", "Papillon", "", 1]),
        ]
    )
    with pytest.raises(
        QgsProcessingException, match=r"Papillon\): invalid geometry: Self-intersection"
    ):
        run("import_perimeters", params(gup_connection, layer))
    assert routing_db.scalar("SELECT count(*) FROM gup_signalement.perimetre_competence") == 0
    assert run("import_perimeters", params(gup_connection, layer, REPAIR=True))["COUNT"] == 2


def test_import_refuses_unknown_service_and_category(gup_connection, routing_db, gup_provider):
    layer = perimeter_layer(
        [
            (VITRY_BOX, ["Nobody", "A", "voirie", 1]),
            (VITRY_BOX, ["Voirie EPT", "B", "voirie,zzz", 1]),
        ]
    )
    with pytest.raises(QgsProcessingException) as error:
        run("import_perimeters", params(gup_connection, layer))
    assert "unknown service 'Nobody'" in str(error.value) and "zzz" in str(error.value)


def test_coverage_dry_run_and_reroute(gup_connection, routing_db, gup_provider):
    import shapely

    from gup_signalement_plugin.usecases import routing as rr

    run(
        "import_perimeters",
        params(
            gup_connection, perimeter_layer([(VITRY_BOX, ["Voirie EPT", "Secteur", "voirie", 1])])
        ),
    )
    moment = dt.datetime(2024, 5, 1, tzinfo=dt.timezone.utc)
    rr.insert_reports(
        routing_db,
        [
            rr.ReportRecord("voirie", "public", moment, shapely.to_wkb(shapely.Point(x, 6854500)))
            for x in (655100, 655900, 656400)
        ],
    )

    result = run(
        "check_coverage",
        {
            "CONNECTION_NAME": gup_connection,
            "CATEGORY": "voirie",
            "DAY": "2024-05-01",
            "GAPS": "memory:",
            "OVERLAPS": "memory:",
            "COMMUNES": "memory:",
        },
    )
    gaps = result["GAPS"]
    assert gaps.featureCount() == 1 and gaps.getFeature(1).geometry().area() > 1e7
    communes = {f["code_insee"]: f["part_lacunes"] for f in result["COMMUNES"].getFeatures()}
    assert len(communes) == 24 and 0 < communes["94081"] < 1 and communes["94041"] == 1
    assert result["OVERLAPS"].featureCount() == 0

    edited = perimeter_layer(
        [
            (VITRY_BOX, ["Voirie EPT", "Secteur", "voirie", 1]),
            (
                "POLYGON((655500 6854000, 656500 6854000, 656500 6855000, 655500 6855000, "
                "655500 6854000))",
                ["Vitry voirie", "Est", "voirie", 1],
            ),
        ]
    )
    result = run("dry_run_perimeters", params(gup_connection, edited, OUTPUT="memory:"))
    assert result["MOVED"] == 2
    moved = sorted(f["signalement_id"] for f in result["OUTPUT"].getFeatures())
    assert len(moved) == 2
    # nothing written by the dry-run; a re-route after a real change moves them
    assert run("reroute_reports", {"CONNECTION_NAME": gup_connection})["COUNT"] == 0
    with pytest.raises(QgsProcessingException, match="Unknown category"):
        run(
            "check_coverage",
            {
                "CONNECTION_NAME": gup_connection,
                "CATEGORY": "nope",
                "GAPS": "memory:",
                "OVERLAPS": "memory:",
                "COMMUNES": "memory:",
            },
        )


def test_import_reads_a_csv_with_wkt_in_wgs84(gup_connection, routing_db, gup_provider, tmp_path):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    geometry = QgsGeometry.fromWkt(VITRY_BOX)
    geometry.transform(
        QgsCoordinateTransform(
            QgsCoordinateReferenceSystem("EPSG:2154"),
            QgsCoordinateReferenceSystem("EPSG:4326"),
            QgsProject.instance(),
        )
    )
    path = tmp_path / "perimetres.csv"
    path.write_text(
        "service;nom;cats;prio;wkt\nVoirie EPT;Secteur WGS84;voirie;2;{}\n".format(
            geometry.asWkt(9)
        ),
        encoding="utf-8",
    )
    uri = "file://{}?delimiter=;&wktField=wkt&crs=EPSG:4326".format(path)
    layer = QgsVectorLayer(uri, "csv", "delimitedtext")
    assert layer.isValid() and layer.crs().authid() == "EPSG:4326"
    assert run("import_perimeters", params(gup_connection, layer))["COUNT"] == 1
    # the same file given as a source string (as from qgis_process)
    assert (
        run("import_perimeters", params(gup_connection, "delimitedtext://" + uri, REPLACE=True))[
            "COUNT"
        ]
        == 1
    )
    [row] = routing_db.query("""
        SELECT nom, priorite, categories, ST_SRID(geom) AS srid, ST_XMin(geom) AS x0,
               ST_YMin(geom) AS y0, ST_XMax(geom) AS x1, ST_YMax(geom) AS y1, ST_Area(geom) AS area
        FROM gup_signalement.perimetre_competence""")
    assert (row["nom"], row["priorite"], row["categories"], row["srid"]) == (
        "Secteur WGS84",
        2,
        ["voirie"],
        2154,
    )
    for value, expected in zip(
        (row["x0"], row["y0"], row["x1"], row["y1"]), (655000, 6854000, 656500, 6855000)
    ):
        assert abs(value - expected) < 0.01
    assert abs(row["area"] - 1.5e6) < 10


def _stored_perimeters(db):
    import shapely

    from gup_signalement_plugin.usecases import routing as rr

    return sorted(
        (
            p.service_id,
            p.name,
            p.categories,
            p.priority,
            p.extra_recipient,
            p.valid_from,
            p.valid_to,
            shapely.normalize(p.geometry).wkt,
        )
        for p in rr.list_perimeters(db)
    )


def test_export_perimeters_to_geopackage_and_csv_and_import_them_back(
    gup_connection, routing_db, gup_provider, tmp_path
):
    import shapely

    from gup_signalement_plugin.usecases import routing as rr

    two_boxes = shapely.MultiPolygon(
        [
            shapely.box(655000, 6854000, 655500, 6854500),
            shapely.box(656000, 6854000, 656500, 6854500),
        ]
    )
    rr.import_perimeters(
        routing_db,
        [
            rr.PerimeterRecord(
                "Voirie EPT",
                "Secteur; « nord »",
                shapely.to_wkb(shapely.from_wkt(VITRY_BOX)),
                ("voirie", "proprete"),
                2,
                False,
                dt.date(2024, 1, 1),
                dt.date(2024, 12, 31),
            ),
            rr.PerimeterRecord(
                "Vitry voirie", "Deux îlots", shapely.to_wkb(two_boxes), None, 0, True
            ),
        ],
        2154,
    )
    before = _stored_perimeters(routing_db)
    columns = {
        "FIELD_SERVICE": "service",
        "FIELD_NAME": "nom",
        "FIELD_CATEGORIES": "categories",
        "FIELD_PRIORITY": "priorite",
        "FIELD_EXTRA": "destinataire_supplementaire",
        "FIELD_VALID_FROM": "valide_du",
        "FIELD_VALID_TO": "valide_au",
    }
    sources = {
        ".gpkg": "{}|layername=perimetres",
        ".csv": "file://{}?delimiter=;&wktField=WKT&crs=EPSG:2154",
    }
    for suffix, source in sources.items():
        path = tmp_path / ("perimetres" + suffix)
        result = run("export_perimeters", {"CONNECTION_NAME": gup_connection, "OUTPUT": str(path)})
        assert result["COUNT"] == 2 and path.exists()
        layer = QgsVectorLayer(
            source.format(path), "export", "ogr" if suffix == ".gpkg" else "delimitedtext"
        )
        assert layer.isValid() and layer.featureCount() == 2 and layer.crs().authid() == "EPSG:2154"
        rows = {f["nom"]: f for f in layer.getFeatures()}
        assert rows["Secteur; « nord »"]["categories"] == "voirie,proprete"
        assert rows["Secteur; « nord »"]["service"] == "Voirie EPT"
        assert not rows["Deux îlots"]["categories"]  # every category
        with routing_db.transaction() as cur:
            cur.execute("DELETE FROM gup_signalement.perimetre_competence")
        assert (
            run(
                "import_perimeters", {"CONNECTION_NAME": gup_connection, "INPUT": layer, **columns}
            )["COUNT"]
            == 2
        )
        assert _stored_perimeters(routing_db) == before, suffix
    with pytest.raises(QgsProcessingException, match="Choose a .gpkg or a .csv file"):
        run(
            "export_perimeters",
            {"CONNECTION_NAME": gup_connection, "OUTPUT": str(tmp_path / "p.shp")},
        )


def test_dry_run_commune_settings_moves_exactly_the_closed_cell(
    gup_connection, routing_db, gup_provider, tmp_path
):
    import json

    import shapely

    from gup_signalement_plugin.core.catalogue import (
        CommuneSetting,
        Stage,
        read_settings_csv,
        settings_to_csv,
    )
    from gup_signalement_plugin.db import repositories as repo
    from gup_signalement_plugin.usecases import routing as rr

    communes = {c.insee_code: c.geometry for c in rr.list_commune_areas(routing_db)}
    cells = [(insee, code) for insee in ("94081", "94041") for code in ("voirie", "proprete")]
    repo.save_settings(routing_db, [CommuneSetting(i, c, Stage.PUBLIC) for i, c in cells])
    rr.import_perimeters(
        routing_db,
        [
            rr.PerimeterRecord(
                "Voirie EPT",
                "Vitry et Ivry",
                shapely.to_wkb(communes["94081"].union(communes["94041"])),
                ("voirie", "proprete"),
                1,
            )
        ],
        2154,
    )
    moment = dt.datetime(2024, 5, 1, tzinfo=dt.timezone.utc)
    ids = {}
    subs = {"voirie": "voirie.trottoir", "proprete": "proprete.corbeille"}
    for insee, code in cells:  # three reports per cell, 300 m inside, one on a sub-category
        points = shapely.points(shapely.get_coordinates(communes[insee].buffer(-300))[:3])
        ids[(insee, code)] = rr.insert_reports(
            routing_db,
            [
                rr.ReportRecord(
                    code,
                    "public",
                    moment,
                    shapely.to_wkb(p),
                    sub_category=subs[code] if n == 0 else None,
                )
                for n, p in enumerate(points)
            ],
        )
    assert {r["statut_routage"] for r in rr.routing_rows(routing_db)} == {"routed"}

    exported = tmp_path / "matrice.csv"
    run("export_commune_settings", {"CONNECTION_NAME": gup_connection, "OUTPUT": str(exported)})
    settings = read_settings_csv(exported.read_bytes(), communes, repo.list_categories(routing_db))
    for setting in settings:
        if (setting.insee_code, setting.category_code) == ("94041", "proprete"):
            setting.stage = Stage.CLOSED
    edited = tmp_path / "matrice_modifiee.csv"
    edited.write_bytes(settings_to_csv(settings))

    result = run(
        "dry_run_commune_settings",
        {"CONNECTION_NAME": gup_connection, "INPUT": str(edited), "OUTPUT": "memory:"},
    )
    service = rr.upsert_services_on_name(routing_db, [])["Voirie EPT"]
    moved = {
        f["signalement_id"]: (
            f["code_insee"],
            f["statut_avant"],
            f["statut_apres"],
            f["service_avant"],
            f["service_apres"],
            f["raison_apres"],
        )
        for f in result["OUTPUT"].getFeatures()
    }
    assert moved == {
        i: ("94041", "routed", "not_open", service, None, "category_not_open")
        for i in ids[("94041", "proprete")]
    }
    assert result["MOVED"] == 3
    assert json.loads(result["BY_COMMUNE"]) == {"94041": 3}
    assert json.loads(result["BY_SERVICE"]) == {"{} -> None".format(service): 3}
    # nothing written
    assert {s.stage for s in repo.list_settings(routing_db)} == {Stage.PUBLIC}
    assert run("reroute_reports", {"CONNECTION_NAME": gup_connection})["COUNT"] == 0


def _problem_lines(error):
    """The problems of a refused run, without the summary line."""
    return str(error.value).splitlines()[1:]


def test_dry_run_refuses_what_the_import_refuses(gup_connection, routing_db, gup_provider):
    far = "POLYGON((0 0, 100 0, 100 100, 0 100, 0 0))"
    layer = perimeter_layer(
        [
            (VITRY_BOX, ["Voirie EPT", "Secteur", "voirie", 1]),
            (BOWTIE, ["Voirie EPT", "Papillon", "", 1]),
            (far, ["Voirie EPT", "Loin", "", 1]),
            (VITRY_BOX, ["Nobody", "Personne", "voirie,zzz", 1]),
        ]
    )
    with pytest.raises(QgsProcessingException) as imported:
        run("import_perimeters", params(gup_connection, layer))
    with pytest.raises(QgsProcessingException) as dry_run:
        run("dry_run_perimeters", params(gup_connection, layer, OUTPUT="memory:"))
    assert _problem_lines(dry_run) == _problem_lines(imported)
    assert [line.split(": ", 1)[1] for line in _problem_lines(imported)] == [
        "invalid geometry: Self-intersection[655750 6854500] (fix it, or use the repair option)",
        "entirely outside the territory's communes",
        "unknown service 'Nobody'",
        "unknown categor(y/ies): zzz",
    ]
    # the self-intersecting polygon alone: refused by both unless the repair is asked
    bowtie = perimeter_layer([(BOWTIE, ["Voirie EPT", "Papillon", "", 1])])
    with pytest.raises(QgsProcessingException, match="Papillon\\): invalid geometry"):
        run("dry_run_perimeters", params(gup_connection, bowtie, OUTPUT="memory:"))
    assert (
        run("dry_run_perimeters", params(gup_connection, bowtie, OUTPUT="memory:", REPAIR=True))[
            "MOVED"
        ]
        == 0
    )
    assert routing_db.scalar("SELECT count(*) FROM gup_signalement.perimetre_competence") == 0
