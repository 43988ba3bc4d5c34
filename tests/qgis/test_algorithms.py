"""The Processing algorithms on a real PostGIS, as a user runs them from the toolbox."""

import json

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer

from tests.helpers import COMMUNES_GEOJSON, DEFAULT_CATALOGUE, DEMO_SETTINGS
from tests.helpers import run_algorithm as run


def scalar(dsn, sql):
    from gup_signalement_plugin.db.database import Database

    with Database(dsn) as db:
        return db.scalar(sql)


def test_create_import_publish_chain(empty_connection, postgis_dsn, gup_provider, tmp_path):
    result = run("create_database_structure", {"CONNECTION_NAME": empty_connection})
    assert result["DATABASE_VERSION"]
    with pytest.raises(QgsProcessingException, match="already has a GUP structure"):
        run("create_database_structure", {"CONNECTION_NAME": empty_connection})
    result = run(
        "import_communes",
        {
            "CONNECTION_NAME": empty_connection,
            "INPUT": str(COMMUNES_GEOJSON),
            "FIELD_INSEE": "code_insee",
            "FIELD_NAME": "nom",
            "FIELD_POPULATION": "population",
        },
    )
    assert result["COUNT"] == 24
    assert (
        scalar(
            postgis_dsn,
            "SELECT count(*) FROM gup_signalement.commune "
            "WHERE ST_SRID(geom) = 2154 AND population > 0",
        )
        == 24
    )
    # the GeoJSON is in WGS84: stored coordinates must be Lambert-93 (x ~ 650 km, y ~ 6850 km)
    x = scalar(
        postgis_dsn,
        "SELECT ST_X(ST_Centroid(geom)) FROM gup_signalement.commune WHERE code_insee = '94081'",
    )
    assert 645000 < x < 660000
    assert (
        run(
            "import_category_catalogue",
            {"CONNECTION_NAME": empty_connection, "INPUT": str(DEFAULT_CATALOGUE)},
        )["COUNT"]
        == 49
    )
    assert (
        run(
            "import_commune_settings",
            {"CONNECTION_NAME": empty_connection, "INPUT": str(DEMO_SETTINGS)},
        )["COUNT"]
        == 264
    )
    out = tmp_path / "open311"
    result = run(
        "export_open311_services",
        {"CONNECTION_NAME": empty_connection, "OUTPUT_FOLDER": str(out), "FORMATS": [0]},
    )
    assert result["DOCUMENTS"] == 48
    assert json.loads((out / "public" / "94041" / "services.json").read_text("utf-8"))
    assert not list(out.rglob("*.xml"))
    exported = tmp_path / "cat.csv"
    run("export_category_catalogue", {"CONNECTION_NAME": empty_connection, "OUTPUT": str(exported)})
    assert exported.read_bytes().startswith(b"\xef\xbb\xbfcode;")


def test_import_communes_refuses_invalid_geometry_and_writes_nothing(
    gup_connection, gup_dsn, gup_provider
):
    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:2154&field=insee:string&field=name:string", "bad", "memory"
    )
    good, bad = QgsFeature(layer.fields()), QgsFeature(layer.fields())
    good.setAttributes(["94081", "Vitry"])
    good.setGeometry(
        QgsGeometry.fromWkt(
            "POLYGON((650000 6850000, 651000 6850000, 651000 6851000, 650000 6850000))"
        )
    )
    bad.setAttributes(["94003", "Arcueil"])
    bad.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0, 10 10, 10 0, 0 10, 0 0))"))
    layer.dataProvider().addFeatures([good, bad])
    before = scalar(
        gup_dsn,
        "SELECT md5(string_agg(ST_AsEWKB(geom)::text, '' ORDER BY code_insee)) "
        "FROM gup_signalement.commune",
    )
    with pytest.raises(
        QgsProcessingException, match="commune 94003: invalid geometry: Self-intersection"
    ):
        run(
            "import_communes",
            {
                "CONNECTION_NAME": gup_connection,
                "INPUT": layer,
                "FIELD_INSEE": "insee",
                "FIELD_NAME": "name",
            },
        )
    after = scalar(
        gup_dsn,
        "SELECT md5(string_agg(ST_AsEWKB(geom)::text, '' ORDER BY code_insee)) "
        "FROM gup_signalement.commune",
    )
    assert before == after


def test_import_catalogue_with_problem_lists_its_line(gup_connection, gup_provider, tmp_path):
    path = tmp_path / "catalogue.csv"
    path.write_bytes(
        "code;public_label;group;parent_code\nnew;Nouveau;G;\nnew.sub;Sous;G;absent\n".encode(
            "cp1252"
        )
    )
    with pytest.raises(
        QgsProcessingException,
        match="catalogue.csv:3: category 'new.sub' points to a missing parent 'absent'",
    ):
        run("import_category_catalogue", {"CONNECTION_NAME": gup_connection, "INPUT": str(path)})


def test_upgrade_requires_confirmation(gup_connection, gup_provider):
    with pytest.raises(QgsProcessingException, match="Tick the box"):
        run("upgrade_database_structure", {"CONNECTION_NAME": gup_connection})
    result = run(
        "upgrade_database_structure", {"CONNECTION_NAME": gup_connection, "RUN_MIGRATIONS": True}
    )
    from gup_signalement_plugin.db.migrations import target_version

    assert result["DATABASE_VERSION"] == target_version()


def test_unknown_connection_is_a_clear_error(gup_provider):
    with pytest.raises(QgsProcessingException):
        run("export_category_catalogue", {"CONNECTION_NAME": "nope", "OUTPUT": "/tmp/x.csv"})
