"""Incoming-report algorithms inside QGIS on a real PostGIS: Open311 sync from a loopback server,
file import (the real DansMaRue sample, a Latin-1 CSV in Lambert-93 with decimal commas, a
GeoJSON), release of the quarantine, and the styled quarantine layer."""

import datetime as dt
import gzip
import json

import pytest

from tests.helpers import SHARED_DATA
from tests.helpers import run_algorithm as run
from tests.open311_server import Open311TestServer, synthetic_requests

VITRY_L93 = (655700.0, 6854500.0)  # inside Vitry-sur-Seine (94081), Lambert-93


@pytest.fixture
def db(gup_dsn):
    from gup_signalement_plugin.db.database import Database

    with Database(gup_dsn) as database:
        yield database


def count(db, table, where="true"):
    return db.scalar("SELECT count(*) FROM gup_signalement.{} WHERE {}".format(table, where))


def test_sync_algorithm_reports_the_counts(gup_provider, gup_connection, db):
    from gup_signalement_plugin.db import ingest_repository as ingest

    with Open311TestServer(items=synthetic_requests(250, seed=11, span_days=30)) as server:
        ingest.save_source(
            db,
            ingest.Source(
                nom="appli",
                type="open311",
                url=server.url,
                synchro_depuis=dt.datetime(2023, 12, 1, tzinfo=dt.timezone.utc),
                mapping={"0042": "graffitis"},
            ),
        )
        first = run("sync_open311_source", {"CONNECTION_NAME": gup_connection, "SOURCE": "appli"})
        again = run(
            "sync_open311_source",
            {"CONNECTION_NAME": gup_connection, "SOURCE": "appli", "FULL": True},
        )
    assert first["READ"] == 250 and first["NEW"] == 250
    assert first["QUARANTINED"] == count(db, "quarantaine")
    assert first["NEW"] - first["QUARANTINED"] == count(db, "signalement")
    assert again["UNCHANGED"] == 250 and again["NEW"] == 0
    assert "250 read" in again["SUMMARY"]


def test_unknown_source_is_a_clear_error(gup_provider, gup_connection):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="no such source"):
        run("sync_open311_source", {"CONNECTION_NAME": gup_connection, "SOURCE": "nope"})


def test_real_dansmarue_sample_imports_end_to_end_and_nothing_is_dropped(
    gup_provider, gup_connection, db
):
    path = SHARED_DATA / "dansmarue_paris_2023-2024.csv.gz"
    result = run(
        "import_reports_file",
        {"CONNECTION_NAME": gup_connection, "INPUT": str(path), "SOURCE": "dansmarue", "PRESET": 1},
    )
    assert result["READ"] == result["NEW"] == 39515
    # Paris is outside the 24 communes: quarantined with the reason, kept as received
    assert result["QUARANTINED"] == count(db, "quarantaine", "source = 'dansmarue'") == 39515
    assert count(db, "quarantaine", "'outside_territory' = ANY(raisons)") >= 39500
    assert count(db, "quarantaine", "donnees_source ->> 'id_dmr' = id_externe") == 39515
    again = run(
        "import_reports_file",
        {"CONNECTION_NAME": gup_connection, "INPUT": str(path), "SOURCE": "dansmarue", "PRESET": 1},
    )
    assert again["UNCHANGED"] == 39515 and again["NEW"] == 0


def test_latin1_csv_in_lambert93_with_decimal_commas(gup_provider, gup_connection, db, tmp_path):
    x, y = VITRY_L93
    text = (
        "identifiant;catégorie;description;date;x;y\n"
        "A1;voirie;Trou près de l'église;18/03/2024 14:05;{};{}\n"
        "A2;voirie;Sans position;18/03/2024;;\n"
    ).format(str(x).replace(".", ","), str(y).replace(".", ","))
    path = tmp_path / "appels.csv"
    path.write_bytes(text.encode("latin-1"))
    result = run(
        "import_reports_file",
        {
            "CONNECTION_NAME": gup_connection,
            "INPUT": str(path),
            "SOURCE": "appels",
            "FIELD_X": "x",
            "FIELD_Y": "y",
            "FIELD_CATEGORY": "catégorie",
            "CRS": "EPSG:2154",
        },
    )
    assert (result["NEW"], result["QUARANTINED"]) == (2, 1)
    stored = db.query(
        "SELECT code_insee, description, ST_X(geom) AS x, ST_Y(geom) AS y, "
        "date_signalement FROM gup_signalement.signalement WHERE source = 'appels'"
    )[0]
    assert stored["code_insee"] == "94081" and stored["description"] == "Trou près de l'église"
    assert stored["x"] == pytest.approx(x, abs=0.01) and stored["y"] == pytest.approx(y, abs=0.01)
    assert stored["date_signalement"] == dt.datetime(2024, 3, 18, 13, 5, tzinfo=dt.timezone.utc)
    assert db.query("SELECT raisons FROM gup_signalement.quarantaine WHERE id_externe = 'A2'")[0][
        "raisons"
    ] == ["missing_coordinates"]


def test_geojson_file_and_release_of_the_quarantine(
    gup_provider, gup_connection, db, tmp_path, qgis_new_project
):
    from qgis.core import QgsProject

    from gup_signalement_plugin.toolbelt.incoming_layers import add_quarantine_layer

    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": coords},
            "properties": {"id": key, "type": category, "date": "2024-05-02", "description": "x"},
        }
        for key, coords, category in (
            ("g1", [2.392, 48.7872], "proprete"),
            ("g2", [48.7872, 2.392], "proprete"),
            ("g3", [2.392, 48.7872], "poubelle"),
        )
    ]
    path = tmp_path / "agents.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    result = run(
        "import_reports_file",
        {"CONNECTION_NAME": gup_connection, "INPUT": str(path), "SOURCE": "agents"},
    )
    assert (result["NEW"], result["QUARANTINED"]) == (3, 2)

    layer = add_quarantine_layer(gup_connection, QgsProject.instance())
    assert layer.isValid() and layer.featureCount() == 2
    assert {c.value() for c in layer.renderer().categories()} >= {
        "swapped_coordinates",
        "unknown_category",
    }
    category_editor = layer.editorWidgetSetup(layer.fields().indexOf("categorie_code"))
    assert category_editor.type() == "ValueRelation" and category_editor.config()["Key"] == "code"
    from gup_signalement_plugin.toolbelt.routing_layers import catalogue_layer

    assert (
        catalogue_layer(gup_connection, QgsProject.instance()).id()
        == category_editor.config()["Layer"]
    )
    g3 = [f for f in layer.getFeatures() if f["id_externe"] == "g3"][0]
    layer.startEditing()  # the person chooses the category in the layer's form
    layer.changeAttributeValue(g3.id(), layer.fields().indexOf("categorie_code"), "proprete")
    assert layer.commitChanges(), layer.commitErrors()

    from gup_signalement_plugin.toolbelt.incoming_layers import selected_quarantine

    layer.selectByExpression("\"id_externe\" = 'g3'")
    assert selected_quarantine(QgsProject.instance()) == (gup_connection, [g3["id"]], [layer])
    released = run("release_quarantine", {"CONNECTION_NAME": gup_connection, "USE_PROPOSALS": True})
    assert (released["RELEASED"], released["STILL_QUARANTINED"]) == (2, 0)
    assert count(db, "signalement", "source = 'agents' AND code_insee = '94081'") == 3
    layer.reload()
    assert layer.featureCount() == 0


def test_an_algorithm_closes_the_connections_it_opened(gup_provider, gup_connection):
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    from gup_signalement_plugin.processing.base import BaseAlgorithm

    kept = []

    class Probe(BaseAlgorithm):
        def name(self):
            return "probe"

        def initAlgorithm(self, config=None):  # noqa: N802
            self.add_connection_parameter()

        def process(self, parameters, context, feedback):
            kept.append(self.database(parameters, context))
            assert kept[0].scalar("SELECT 1 AS one") == 1
            return {}

    probe = Probe()
    probe.initAlgorithm()
    probe.processAlgorithm(
        {"CONNECTION_NAME": gup_connection}, QgsProcessingContext(), QgsProcessingFeedback()
    )
    assert kept and kept[0]._conn is None  # closed, although the algorithm kept a reference


def test_which_files_the_csv_reader_reads():
    from gup_signalement_plugin.processing.algorithms.incoming import is_csv_file

    assert all(is_csv_file(name) for name in ("a.csv", "A.CSV", "b.txt", "c.tsv", "d.csv.gz"))
    assert not any(is_csv_file(name) for name in ("e.geojson", "f.gpkg", "g.geojson.gz", "h.shp"))


# --- files that real exports give ----------------------------------------------------------------

VITRY_LONLAT = ("2.39859", "48.78901")


def nothing_created(db, source):
    return (
        count(db, "source", "nom = '{}'".format(source)),
        count(db, "synchronisation", "source = '{}'".format(source)),
        count(db, "signalement", "source = '{}'".format(source)),
        count(db, "quarantaine", "source = '{}'".format(source)),
    ) == (0, 0, 0, 0)


@pytest.mark.parametrize(
    "name, data, fragment",
    [
        (
            "photo.csv",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
            "photo.csv is not a text (CSV) file: it is a PNG image",
        ),
        (
            "programme.csv",
            b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 64 + b"a,b\n" * 100,
            "programme.csv is not a text (CSV) file: it is an ELF executable",
        ),
        ("vide.csv", b"", "vide.csv is empty: there is no report to import"),
        ("vide.csv.gz", gzip.compress(b""), "vide.csv.gz is empty"),
        (
            "entete.csv",
            b"id;categorie;date;lon;lat\r\n",
            "entete.csv has only a header row (5 columns)",
        ),
        ("vide.geojson", b'{"type": "FeatureCollection", "features": []}', "vide.geojson is empty"),
    ],
)
def test_files_that_cannot_be_imported_are_refused_and_nothing_is_created(
    gup_provider, gup_connection, db, tmp_path, name, data, fragment
):
    from qgis.core import QgsProcessingException

    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(QgsProcessingException) as caught:
        run(
            "import_reports_file",
            {"CONNECTION_NAME": gup_connection, "INPUT": str(path), "SOURCE": "refus"},
        )
    assert fragment in str(caught.value) and "Nothing was imported." in str(caught.value)
    assert "Traceback" not in str(caught.value)
    assert nothing_created(db, "refus")


def test_a_missing_file_is_refused_by_name(gup_provider, gup_connection, db, tmp_path):
    from qgis.core import QgsProcessingException

    for name in ("absent.csv", "absent.geojson"):
        with pytest.raises(QgsProcessingException) as caught:
            run(
                "import_reports_file",
                {
                    "CONNECTION_NAME": gup_connection,
                    "INPUT": str(tmp_path / name),
                    "SOURCE": "refus",
                },
            )
        assert "The file {} cannot be read: it does not exist.".format(tmp_path / name) in str(
            caught.value
        )
    assert nothing_created(db, "refus")


def _headerless_csv(tmp_path):
    """A test server's export without its header row: 16 columns, CR-only line ends."""
    rows = [
        [
            "{}".format(100 + i),
            "open",
            "",
            "Voirie",
            "voirie",
            "Trou n°{}".format(i),
            "",
            "",
            "2024-03-18 14:0{}:00".format(i),
            "",
            "",
            "12 rue Pasteur",
            "",
            "94400",
            VITRY_LONLAT[1],
            VITRY_LONLAT[0],
        ]
        for i in range(1, 4)
    ]
    path = tmp_path / "export.csv"
    path.write_bytes("\r".join(",".join(row) for row in rows).encode("utf-8"))
    return path


def test_a_headerless_export_is_detected_and_every_record_stored(
    gup_provider, gup_connection, db, tmp_path
):
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    class Log(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings = []

        def pushWarning(self, text):  # noqa: N802
            self.warnings.append(text)

    import processing

    feedback = Log()
    result = processing.run(
        "gup_signalement:import_reports_file",
        {
            "CONNECTION_NAME": gup_connection,
            "INPUT": str(_headerless_csv(tmp_path)),
            "SOURCE": "export",
            "FIELD_ID": "1",
            "FIELD_STATUS": "2",
            "FIELD_CATEGORY": "5",
            "FIELD_DESCRIPTION": "6",
            "FIELD_DATE": "9",
            "FIELD_UPDATED": "10",
            "FIELD_ADDRESS": "12",
            "FIELD_X": "16",
            "FIELD_Y": "15",
            "TIME_ZONE": "America/New_York",
        },
        context=QgsProcessingContext(),
        feedback=feedback,
    )
    assert (result["READ"], result["NEW"], result["QUARANTINED"]) == (3, 3, 0)
    assert feedback.warnings == [
        "No header row: the first row is data; the 16 columns are named by their position, 1 to 16."
    ]
    stored = db.query(
        "SELECT id_externe, description, date_signalement FROM "
        "gup_signalement.signalement WHERE source = 'export' ORDER BY 1"
    )
    assert [r["id_externe"] for r in stored] == ["101", "102", "103"]
    # 14:01 in New York (EDT, UTC-4 since 10 March 2024), not in Paris
    assert stored[0]["date_signalement"] == dt.datetime(2024, 3, 18, 18, 1, tzinfo=dt.timezone.utc)
    assert (
        db.scalar("SELECT message FROM gup_signalement.synchronisation WHERE source = 'export'")
        == "no header row: the first row is data, the columns are "
        "named 1 to 16"
    )


def test_first_row_declared_as_header_or_data(gup_provider, gup_connection, db, tmp_path):
    path = _headerless_csv(tmp_path)
    common = {"CONNECTION_NAME": gup_connection, "INPUT": str(path), "FIELD_ID": "1"}
    as_data = run("import_reports_file", dict(common, SOURCE="as_data", HEADER=2))
    assert as_data["READ"] == 3
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="column '1' is not in the file"):
        run("import_reports_file", dict(common, SOURCE="as_header", HEADER=1))
    assert nothing_created(db, "as_header")


def test_status_and_update_columns_and_duplicate_names(gup_provider, gup_connection, db, tmp_path):
    text = (
        "id;categorie;description;description;etat;maj;date;lon;lat\n"
        "D1;voirie;Trou;profond;Fermé;20/03/2024 10:00;18/03/2024;{lon};{lat};bis\n"
    ).format(lon=VITRY_LONLAT[0], lat=VITRY_LONLAT[1])
    path = tmp_path / "doublons.csv"
    path.write_bytes(text.encode("utf-8"))
    result = run(
        "import_reports_file",
        {
            "CONNECTION_NAME": gup_connection,
            "INPUT": str(path),
            "SOURCE": "doublons",
            "FIELD_DESCRIPTION": "description,description (2)",
            "FIELD_STATUS": "etat",
            "FIELD_UPDATED": "maj",
        },
    )
    assert result["NEW"] == 1 and result["QUARANTINED"] == 0
    row = db.query(
        "SELECT description, statut, date_maj, donnees_source FROM "
        "gup_signalement.signalement WHERE source = 'doublons'"
    )[0]
    assert row["description"] == "Trou, profond" and row["statut"] == "closed"
    assert row["date_maj"] == dt.datetime(2024, 3, 20, 9, 0, tzinfo=dt.timezone.utc)
    assert row["donnees_source"]["description (2)"] == "profond"
    assert row["donnees_source"]["10"] == "bis"
    message = db.scalar(
        "SELECT message FROM gup_signalement.synchronisation WHERE source = 'doublons'"
    )
    assert "'description' -> 'description (2)'" in message and "columns 10" in message


def test_a_typed_mapping_on_a_headerless_file_says_there_is_no_header(
    gup_provider, gup_connection, db, tmp_path
):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as caught:
        run(
            "import_reports_file",
            {
                "CONNECTION_NAME": gup_connection,
                "INPUT": str(_headerless_csv(tmp_path)),
                "SOURCE": "typed",
                "FIELD_ID": "service_request_id",
            },
        )
    assert str(caught.value).startswith(
        "No header row: the first row is data; the 16 columns are named by their position, 1 to "
        "16.\nThe column mapping does not fit the file:\nexport.csv: external_id column "
        "'service_request_id' is not in the file (columns: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,"
    )
    assert nothing_created(db, "typed")


def test_an_unknown_time_zone_is_refused(gup_provider, gup_connection, db, tmp_path):
    from qgis.core import QgsProcessingException

    path = _headerless_csv(tmp_path)
    with pytest.raises(QgsProcessingException, match="Unknown time zone 'Mars/Olympus'"):
        run(
            "import_reports_file",
            {
                "CONNECTION_NAME": gup_connection,
                "INPUT": str(path),
                "SOURCE": "zone",
                "TIME_ZONE": "Mars/Olympus",
            },
        )
    assert nothing_created(db, "zone")


def test_a_headerless_export_with_the_guessed_mapping(gup_provider, gup_connection, db, tmp_path):
    result = run(
        "import_reports_file",
        {
            "CONNECTION_NAME": gup_connection,
            "INPUT": str(_headerless_csv(tmp_path)),
            "SOURCE": "devine",
        },
    )
    # id, date, status and position guessed from the values; the category is left to a person
    assert (result["READ"], result["NEW"], result["QUARANTINED"]) == (3, 3, 3)
    rows = db.query(
        "SELECT id_externe, raisons, longitude, latitude FROM "
        "gup_signalement.quarantaine WHERE source = 'devine' ORDER BY 1"
    )
    assert [(r["id_externe"], r["raisons"]) for r in rows] == [
        (key, ["unknown_category"]) for key in ("101", "102", "103")
    ]
    assert (rows[0]["longitude"], rows[0]["latitude"]) == (2.39859, 48.78901)
