"""The staged plugin under qgis_process (Debian: call qgis_process.bin; DEVELOPER_GUIDE T6, T7)."""

import json
import os
import subprocess
import sysconfig

import pytest

from tests.helpers import COMMUNES_GEOJSON, REPO_ROOT

pytestmark = pytest.mark.postgis
QGIS_PROCESS = "/usr/bin/qgis_process.bin"
BUILD = REPO_ROOT / "build"


def make_profile(tmp_path, dsn):
    """A fresh QGIS profile with the staged plugin enabled and a connection 'gup_qp' to dsn."""
    if not (BUILD / "gup_signalement_plugin" / "metadata.txt").exists():
        pytest.fail("the staged plugin is missing: run `make stage` (make test does)")
    # qgis_process embeds the system Python: give it the venv's shapely 2, as a user gives it
    # to QGIS's Python (README, "Install in QGIS")
    site_packages = sysconfig.get_paths()["purelib"]
    env = dict(
        os.environ,
        QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"),
        QGIS_PLUGINPATH=str(BUILD),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join(filter(None, [site_packages, os.environ.get("PYTHONPATH")])),
    )
    store = (
        "from qgis.core import QgsApplication, QgsProviderRegistry, QgsDataSourceUri\n"
        "from qgis.PyQt.QtCore import QCoreApplication\n"
        "QCoreApplication.setOrganizationName('QGIS')\n"
        "QCoreApplication.setApplicationName('QGIS3')\n"
        "app = QgsApplication([], False); app.initQgis()\n"
        "md = QgsProviderRegistry.instance().providerMetadata('postgres')\n"
        "md.createConnection(QgsDataSourceUri({!r}).uri(False), "
        "{{'saveUsername': True, 'savePassword': True}}).store('gup_qp')\n"
        "from qgis.core import QgsSettings; QgsSettings().sync()\n"
        "app.exitQgis()\n"
    ).format(dsn)
    subprocess.run(["/usr/bin/python3", "-c", store], env=env, check=True, capture_output=True)
    enabled = subprocess.run(
        [QGIS_PROCESS, "plugins", "enable", "gup_signalement_plugin"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert enabled.returncode == 0, enabled.stderr
    return env


def qgis_process(env, *args):
    return subprocess.run(
        [QGIS_PROCESS, *args], env=env, capture_output=True, text=True, timeout=300
    )


def test_list_shows_the_algorithms(profile):
    listed = qgis_process(profile, "list")
    assert listed.returncode == 0, listed.stderr
    for name in ("create_database_structure", "import_communes", "export_open311_services"):
        assert "gup_signalement:" + name in listed.stdout


def test_run_create_and_import_with_json_output(profile, postgis_dsn):
    created = qgis_process(
        profile,
        "run",
        "gup_signalement:create_database_structure",
        "--json",
        "--",
        "CONNECTION_NAME=gup_qp",
    )
    assert created.returncode == 0, created.stdout + created.stderr
    assert json.loads(created.stdout)["results"]["DATABASE_VERSION"]
    imported = qgis_process(
        profile,
        "run",
        "gup_signalement:import_communes",
        "--json",
        "--",
        "CONNECTION_NAME=gup_qp",
        "INPUT={}".format(COMMUNES_GEOJSON),
        "FIELD_INSEE=code_insee",
        "FIELD_NAME=nom",
    )
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert json.loads(imported.stdout)["results"]["COUNT"] == 24
    again = qgis_process(
        profile, "run", "gup_signalement:create_database_structure", "--", "CONNECTION_NAME=gup_qp"
    )
    assert again.returncode != 0
    assert "already has a GUP structure" in again.stdout + again.stderr


def test_scheduled_open311_sync_from_the_command_line(loaded_profile, gup_db):
    """What a cron job runs: a sync of a source; then a full re-read, which stores nothing new;
    then an incremental one, which only asks for the last days (none here)."""
    import datetime as dt

    from gup_signalement_plugin.db import ingest_repository as ingest
    from tests.open311_server import Open311TestServer, synthetic_requests

    with Open311TestServer(items=synthetic_requests(120, seed=8, span_days=20)) as server:
        ingest.save_source(
            gup_db,
            ingest.Source(
                nom="appli",
                type="open311",
                url=server.url,
                synchro_depuis=dt.datetime(2023, 12, 1, tzinfo=dt.timezone.utc),
            ),
        )
        runs = [
            qgis_process(
                loaded_profile,
                "run",
                "gup_signalement:sync_open311_source",
                "--json",
                "--",
                "CONNECTION_NAME=gup_qp",
                "SOURCE=appli",
                "FULL=" + full,
            )
            for full in ("false", "true", "false")
        ]
    for done in runs:
        assert done.returncode == 0, done.stdout + done.stderr
    first, full, incremental = (json.loads(done.stdout)["results"] for done in runs)
    assert (first["READ"], first["NEW"]) == (120, 120)
    assert (full["NEW"], full["UNCHANGED"]) == (0, 120)
    assert incremental["READ"] == 0
    assert (
        gup_db.scalar("SELECT count(*) FROM gup_signalement.synchronisation WHERE etat = 'done'")
        == 3
    )


def test_a_scheduled_sync_writes_its_summary_to_stderr(loaded_profile, gup_db):
    """Under cron nobody reads QGIS's message log: the run's summary goes to stderr."""
    import datetime as dt

    from gup_signalement_plugin.db import ingest_repository as ingest
    from tests.open311_server import Open311TestServer, synthetic_requests

    with Open311TestServer(items=synthetic_requests(30, seed=8, span_days=20)) as server:
        ingest.save_source(
            gup_db,
            ingest.Source(
                nom="appli",
                type="open311",
                url=server.url,
                synchro_depuis=dt.datetime(2023, 12, 1, tzinfo=dt.timezone.utc),
            ),
        )
        done = qgis_process(
            loaded_profile,
            "run",
            "gup_signalement:sync_open311_source",
            "--",
            "CONNECTION_NAME=gup_qp",
            "SOURCE=appli",
        )
    assert done.returncode == 0, done.stdout + done.stderr
    expected = " INFO gup_signalement_plugin.usecases.ingest: Run 1 of source 'appli' done: "
    summary = [line for line in done.stderr.splitlines() if expected in line]
    assert len(summary) == 1 and "30 read, 30 new" in summary[0], done.stderr


def test_services_export_and_import_from_the_command_line(loaded_profile, gup_db, tmp_path):
    from gup_signalement_plugin.core.routing import Service
    from gup_signalement_plugin.usecases import routing as sr

    def stored():
        return sorted(
            (s.name, s.kind, s.insee_code, s.emails, s.active) for s in sr.list_services(gup_db)
        )

    sr.save_services_by_id(
        gup_db,
        [
            Service(0, "Voirie EPT", "ept", None, ("a@ept.fr", "b@ept.fr")),
            Service(0, "Services techniques — Vitry", "commune", "94081"),
            Service(0, "Ancien bailleur", "bailleur", active=False),
        ],
    )
    before = stored()
    path = tmp_path / "services.csv"
    exported = qgis_process(
        loaded_profile,
        "run",
        "gup_signalement:export_services",
        "--json",
        "--",
        "CONNECTION_NAME=gup_qp",
        "OUTPUT={}".format(path),
    )
    assert exported.returncode == 0, exported.stdout + exported.stderr
    with gup_db.transaction() as cur:
        cur.execute("DELETE FROM gup_signalement.service")
    imported = qgis_process(
        loaded_profile,
        "run",
        "gup_signalement:import_services",
        "--json",
        "--",
        "CONNECTION_NAME=gup_qp",
        "INPUT={}".format(path),
    )
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert json.loads(imported.stdout)["results"]["COUNT"] == 3
    assert stored() == before
    bad = tmp_path / "bad.csv"
    bad.write_text("name;type\nNouveau;regie\n", encoding="utf-8")
    refused = qgis_process(
        loaded_profile,
        "run",
        "gup_signalement:import_services",
        "--",
        "CONNECTION_NAME=gup_qp",
        "INPUT={}".format(bad),
    )
    assert refused.returncode != 0
    assert "bad.csv:2: unknown type 'regie'" in refused.stdout + refused.stderr
    assert stored() == before


def test_atlas_export_headless(loaded_profile, gup_db, tmp_path):
    """The atlas under qgis_process: one page per commune, the PDF written, --json clean."""
    import subprocess as sp

    with gup_db.transaction() as cur:
        cur.execute("""
            INSERT INTO gup_signalement.signalement (source, id_externe, categorie_code, audience,
                                                     date_signalement, geom, statut)
            SELECT 'test', code_insee, 'voirie', 'agents', '2025-03-01 10:00+01',
                   ST_PointOnSurface(geom), 'open'
            FROM gup_signalement.commune""")
    pdf = tmp_path / "atlas.pdf"
    done = qgis_process(
        loaded_profile,
        "run",
        "gup_signalement:export_atlas",
        "--json",
        "--",
        "CONNECTION_NAME=gup_qp",
        "OUTPUT={}".format(pdf),
    )
    assert done.returncode == 0, done.stdout + done.stderr
    results = json.loads(done.stdout)["results"]
    assert (results["PAGES"], results["REPORTS"]) == (24, 24)
    info = sp.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert info.split("Pages:")[1].split()[0] == "24"
    refused = qgis_process(
        loaded_profile,
        "run",
        "gup_signalement:export_atlas",
        "--",
        "CONNECTION_NAME=gup_qp",
        "CATEGORY_GROUP=Nope",
        "OUTPUT={}".format(tmp_path / "other.pdf"),
    )
    assert refused.returncode != 0
    assert "Unknown category group 'Nope'" in refused.stdout + refused.stderr
    assert not (tmp_path / "other.pdf").exists()


def test_hotspots_gistar_from_the_command_line(loaded_profile, gup_db, tmp_path):
    from qgis.core import QgsVectorLayer

    from tests.hotspot_data import HOT_CENTRE, hot_and_cold

    hot_and_cold(gup_db)
    path = tmp_path / "hotspots.gpkg"
    done = qgis_process(
        loaded_profile,
        "run",
        "gup_signalement:hotspots_gistar",
        "--json",
        "--",
        "CONNECTION_NAME=gup_qp",
        "CELL_SIZE=500",
        "PERMUTATIONS=99",
        "OUTPUT={}".format(path),
    )
    assert done.returncode == 0, done.stdout + done.stderr
    results = json.loads(done.stdout)["results"]
    assert json.loads(results["CHOICES"])["reports"] == 4150 and results["HOT_CELLS"] >= 1
    layer = QgsVectorLayer(str(path), "hotspots", "ogr")
    hot = max(layer.getFeatures(), key=lambda f: f["GiZScore"])
    assert (
        hot["Gi_Bin"] == 3
        and hot.geometry().distance(hot.geometry().fromWkt("POINT({} {})".format(*HOT_CENTRE)))
        < 500
    )
    refused = qgis_process(
        loaded_profile,
        "run",
        "gup_signalement:hotspots_gistar",
        "--",
        "CONNECTION_NAME=gup_qp",
        "SOURCES=nowhere",
        "OUTPUT={}".format(tmp_path / "none.gpkg"),
    )
    assert refused.returncode != 0
    assert "Only 0 reports to analyse: at least 30" in refused.stdout + refused.stderr


def test_scheduled_purge_of_personal_data(loaded_profile, gup_db):
    """What a cron job runs: the purge empties the contacts of reports closed over a year ago."""
    with gup_db.transaction() as cur:
        cur.execute("""
            INSERT INTO gup_signalement.signalement (categorie_code, audience, geom,
                routage_manuel)
            SELECT 'voirie', 'public', ST_SetSRID(ST_MakePoint(655000, 6851000), 2154), true
            FROM generate_series(1, 3) RETURNING id""")
        ids = [r["id"] for r in cur.fetchall()]
        for report_id in ids:
            cur.execute(
                "INSERT INTO gup_signalement.contact_signalant (signalement_id, nom) "
                "VALUES (%s, 'Jeanne Martin')",
                (report_id,),
            )
        cur.execute("SET LOCAL session_replication_role = replica")  # closed in the past
        cur.execute(
            "UPDATE gup_signalement.signalement SET statut_traitement = 'closed', "
            "cloture_le = now() - CASE id WHEN %s THEN interval '1 year 1 day' "
            "ELSE interval '364 days' END WHERE id = ANY(%s)",
            (ids[0], ids[:2]),
        )
    purged = qgis_process(
        loaded_profile,
        "run",
        "gup_signalement:purge_personal_data",
        "--json",
        "--",
        "CONNECTION_NAME=gup_qp",
    )
    assert purged.returncode == 0, purged.stdout + purged.stderr
    assert json.loads(purged.stdout)["results"]["COUNT"] == 1
    assert gup_db.scalar("SELECT count(nom) FROM gup_signalement.contact_signalant") == 2
    assert gup_db.scalar("SELECT anonymises FROM gup_signalement.purge_donnees_personnelles") == 1
