"""`make demo`: the main job on demo data, through the plugin's own Processing algorithms.

Creates (or re-creates) the demo database, installs the structure, loads the 24 communes of
../shared/data, the default category catalogue and demo commune settings, publishes the Open311
services documents, writes a QGIS project with the styled layers, and prints a summary."""

import argparse
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build"))  # the staged plugin, as QGIS installs it
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import demo_atlas  # noqa: E402
import psycopg2  # noqa: E402

SHARED_DATA = Path(os.environ.get("GUP_SHARED_DATA", ROOT.parent / "shared" / "data"))
CONNECTION = "gup_demo"


def ensure_database(host: str, port: int, dbname: str) -> None:
    conn = psycopg2.connect(host=host, port=port, user="postgres", dbname="postgres")
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", (dbname,))
        if not cur.fetchone():
            cur.execute('CREATE DATABASE "{}"'.format(dbname))
    conn.close()


def start_qgis(profile_dir: Path):
    os.environ["QGIS_CUSTOM_CONFIG_PATH"] = str(profile_dir)
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append(str(Path(QgsApplication.pkgDataPath()) / "python" / "plugins"))
    from processing.core.Processing import Processing

    Processing.initialize()
    return app


def store_connection(host: str, port: int, dbname: str) -> None:
    from qgis.core import QgsDataSourceUri, QgsProviderRegistry

    uri = QgsDataSourceUri()
    uri.setConnection(host, str(port), dbname, "postgres", "")
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.createConnection(uri.uri(False), {"saveUsername": True, "savePassword": False}).store(
        CONNECTION
    )


def run(name: str, params: dict) -> dict:
    import processing
    from qgis.core import QgsProcessingFeedback

    class QuietFeedback(QgsProcessingFeedback):
        def reportError(self, error, fatalError=False):  # noqa: N802
            print("  error: " + error)

    params = dict(params, CONNECTION_NAME=CONNECTION)
    return processing.run("gup_signalement:" + name, params, feedback=QuietFeedback())


STAGE_MAPS = ("eclairage", "proprete")  # the categories whose opening stages the project maps


def use_language(language: str) -> None:
    """QGIS's user interface language in the (throw-away) profile: the plugin, created after
    this, installs its translation, and the project's layers, legends and labels are built in
    that language, exactly as the menu builds them in a QGIS running in it."""
    from qgis.core import QgsSettings

    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", language)


def write_project(out: Path, connection: str = CONNECTION) -> Path:
    """The demo project, built by the functions behind the plugin's menu (same layer names,
    legends, styles and order), opening on the territory."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject

    from gup_signalement_plugin.toolbelt import (
        incoming_layers,
        layers,
        renewal_layers,
        routing_layers,
    )
    from gup_signalement_plugin.toolbelt.connections import database_for_connection
    from gup_signalement_plugin.usecases import catalogue

    with database_for_connection(connection) as db:
        labels = {c.code: c.public_label for c in catalogue.list_categories(db)}
    project = QgsProject.instance()
    project.clear()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
    project.setEllipsoid("EPSG:7019")
    project.setTitle("GUP Signalement — démo")
    layers.add_communes_layer(connection, project)
    stage_layers = [
        layers.add_stage_layer(connection, project, code, labels[code]) for code in STAGE_MAPS
    ]
    for layer in stage_layers:  # shown on demand: they cover the perimeters and each other
        project.layerTreeRoot().findLayer(layer.id()).setItemVisibilityChecked(False)
    routing_layers.add_routing_layers(connection, project)
    incoming_layers.add_quarantine_layer(connection, project)
    project.viewSettings().setDefaultViewExtent(layers.territory_extent(connection))
    renewal_layers.add_renewal_layers(connection, project)  # urban renewal (issue 15)
    path = out / "gup_demo.qgz"
    if not project.write(str(path)):
        raise SystemExit("could not write the project {}".format(path))
    return path


def demo_routing_step(host: str, port: int, dbname: str) -> dict:
    """Services and perimeters (issue 4), then demo reports through a real channel (issue 5):
    two Open311 sources (the app of the field agents and the citizens' one), served on loopback,
    synchronised by the plugin's own algorithm, then synchronised again (nothing changes)."""
    import datetime as dt

    import demo_routing

    from gup_signalement_plugin.db.database import Database
    from gup_signalement_plugin.usecases import ingest, routing
    from tests.open311_server import Open311TestServer

    dsn = "host={} port={} user=postgres dbname={}".format(host, port, dbname)
    with Database(dsn, author="demo") as db:
        services, perimeters = demo_routing.create_services_and_perimeters(db)
    print("- {} services and {} competence perimeters created".format(services, perimeters))
    feeds = (
        ("appli_agents", "Application des agents", "agents", 3000, "A"),
        ("appli_citoyens", "Application citoyenne", "public", 2000, "C"),
    )
    runs = {}
    for name, label, audience, count, prefix in feeds:
        with Open311TestServer(
            items=demo_routing.demo_requests(count, len(prefix) * 2026 + count, prefix),
            lifetime=600,
        ) as server:
            with Database(dsn, author="demo") as db:
                ingest.save_source(
                    db,
                    ingest.Source(
                        nom=name,
                        libelle=label,
                        type="open311",
                        url=server.url,
                        audience=audience,
                        synchro_depuis=dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc),
                        mapping=dict(demo_routing.LEGACY_CODES),
                    ),
                )
            first = run("sync_open311_source", {"SOURCE": name})
            again = run("sync_open311_source", {"SOURCE": name, "FULL": True})
        runs[name] = first
        print("- {} ({}) synchronised over Open311: {}".format(name, server.url, first["SUMMARY"]))
        print(
            "  synchronised again: {} new, {} updated, {} unchanged".format(
                again["NEW"], again["UPDATED"], again["UNCHANGED"]
            )
        )
    with Database(dsn) as db:
        return {
            "services": services,
            "perimeters": perimeters,
            "reports": sum(r["NEW"] - r["QUARANTINED"] for r in runs.values()),
            "quarantined": sum(r["QUARANTINED"] for r in runs.values()),
            "summary": routing.routing_summary(db),
            "quarantine": ingest.quarantine_summary(db),
        }


def demo_triage_step(host: str, port: int, dbname: str) -> dict:
    """Triage (issue 12): a plausible history on the demo reports (scripts/demo_triage.py)."""
    import time

    import demo_triage

    from gup_signalement_plugin.db.database import Database

    began = time.monotonic()
    dsn = "host={} port={} user=postgres dbname={}".format(host, port, dbname)
    with Database(dsn, author="demo") as db:
        facts = demo_triage.demo_triage(db)
    print(
        "- triage history written through the triage use cases ({:.1f} s)".format(
            time.monotonic() - began
        )
    )
    return facts


def demo_renewal_step(host: str, port: int, dbname: str, out: Path) -> dict:
    """Urban renewal (issue 15): demo perimeters, landlords' sheets, indicators and chart."""
    import demo_renewal

    print("- urban renewal: demo QPV / PRU perimeters and relocation sheets")
    return demo_renewal.demo_renewal_step(
        "host={} port={} user=postgres dbname={}".format(host, port, dbname), out, run
    )


def demo_triage_summary(facts: dict) -> None:
    import demo_triage

    demo_triage.print_summary(facts)


def demo_renewal_summary(figures: dict) -> None:
    import demo_renewal

    demo_renewal.print_summary(figures)


def demo_hotspots_step(host: str, port: int, dbname: str, out: Path) -> Path:
    """Hot spots and points noirs (issue 13): scripts/demo_hotspots.py."""
    import json

    import demo_hotspots

    found = demo_hotspots.demo_hotspots_step(run, out)
    print(
        "- hot spots (Gi*, 200 m cells, FDR): {} hot cells, {} cold cells -> {}".format(
            found["hot_cells"], found["cold_cells"], found["gistar_path"]
        )
    )
    categories = json.loads(found["emerging"])["categories"]
    print(
        "- emerging hot spots (months): {}".format(
            ", ".join(
                "{} {}".format(n, name)
                for name, n in categories.items()
                if n and name != "no_pattern"
            )
        )
    )
    print(
        "- {} points noirs saved, reports linked: {}".format(
            len(found["points_noirs"]), ", ".join(str(n) for n in found["points_noirs"])
        )
    )
    project = demo_hotspots.write_hotspots_project(out, found["gistar_path"], CONNECTION)
    print("- QGIS project of the hot spots: {}".format(project))
    return project


def demo_rights_step(host: str, port: int, dbname: str) -> None:
    """Demo people (docs/RIGHTS.md): an agent for each of the two services with the most
    reports, the triage operator, a reader and an administrator. No password: the demo cluster
    trusts connections on 127.0.0.1 (on a real server, see the README, "People and rights")."""
    from gup_signalement_plugin.db.database import Database
    from gup_signalement_plugin.usecases import rights

    dsn = "host={} port={} dbname={} user=postgres".format(host, port, dbname)
    with Database(dsn, author="demo") as db:
        busiest = db.query(
            "SELECT s.id, s.nom FROM gup_signalement.service s "
            "JOIN gup_signalement.signalement r ON r.service_id = s.id "
            "GROUP BY s.id ORDER BY count(*) DESC, s.id LIMIT 2"
        )
        people = [
            ("demo_admin", "gup_admin", None),
            ("demo_operateur", "gup_operateur", None),
            ("demo_lecteur", "gup_lecteur", None),
        ] + [
            ("demo_agent_{}".format(n), "gup_agent", row["id"]) for n, row in enumerate(busiest, 1)
        ]
        for login, group, service in people:  # roles are cluster-wide: kept between demos
            if any(p["login"] == login for p in rights.list_people(db)) or db.scalar(
                "SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)
            ):
                rights.change_person(db, login, group, service)
            else:
                rights.create_person(db, login, group, service)
    print("- demo people (no password: the demo cluster trusts 127.0.0.1), reports each sees:")
    names = {row["id"]: row["nom"] for row in busiest}
    for login, group, service in people:
        with Database(dsn.replace("user=postgres", "user=" + login)) as db:
            relation = "v_signalement_lecteur" if group == "gup_lecteur" else "signalement"
            seen = db.scalar("SELECT count(*) FROM gup_signalement.{}".format(relation))
        print("    {:<16} {:<14} {:>6}  {}".format(login, group, seen, names.get(service, "")))


def summary(host: str, port: int, dbname: str) -> dict:
    from gup_signalement_plugin.db.database import Database

    with Database("host={} port={} user=postgres dbname={}".format(host, port, dbname)) as db:
        stages = Counter(
            {
                r["etape"]: r["n"]
                for r in db.query(
                    "SELECT etape, count(*) AS n FROM gup_signalement.v_commune_categorie "
                    "GROUP BY etape"
                )
            }
        )
        return {
            "communes": db.scalar("SELECT count(*) FROM gup_signalement.commune"),
            "area_km2": db.scalar(
                "SELECT round((sum(ST_Area(geom)) / 1e6)::numeric, 1) FROM gup_signalement.commune"
            ),
            "top_categories": db.scalar(
                "SELECT count(*) FROM gup_signalement.categorie WHERE parent_code IS NULL"
            ),
            "sub_categories": db.scalar(
                "SELECT count(*) FROM gup_signalement.categorie WHERE parent_code IS NOT NULL"
            ),
            "stages": stages,
            "history": db.scalar(
                "SELECT count(*) FROM gup_signalement.commune_categorie_historique"
            ),
            "version": db.scalar(
                "SELECT version FROM gup_signalement.metadata ORDER BY id DESC LIMIT 1"
            ),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=54330)
    parser.add_argument("--dbname", default="gup_demo")
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "demo")
    parser.add_argument(
        "--language",
        default=os.environ.get("GUP_DEMO_LANGUAGE", "fr"),
        help="language of the project's layers and legends (default: fr, the "
        "EPT's; 'en' for English)",
    )
    args = parser.parse_args()
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)

    ensure_database(args.host, args.port, args.dbname)
    app = start_qgis(Path(tempfile.mkdtemp(prefix="gup_demo_profile_")))
    use_language(args.language)
    import gup_signalement_plugin

    plugin = gup_signalement_plugin.classFactory(None)
    plugin.initProcessing()
    store_connection(args.host, args.port, args.dbname)

    print("GUP Signalement demo on database {} (127.0.0.1:{})".format(args.dbname, args.port))
    version = run("create_database_structure", {"OVERRIDE": True})["DATABASE_VERSION"]
    print(
        "- structure version {} installed (demo database re-created from scratch)".format(version)
    )
    communes = run(
        "import_communes",
        {
            "INPUT": str(SHARED_DATA / "communes_gosb.geojson"),
            "FIELD_INSEE": "code_insee",
            "FIELD_NAME": "nom",
            "FIELD_POPULATION": "population",
        },
    )["COUNT"]
    print(
        "- {} communes imported from communes_gosb.geojson (WGS84 -> Lambert-93)".format(communes)
    )
    categories = run(
        "import_category_catalogue",
        {"INPUT": str(ROOT / "resources" / "catalogue" / "default_catalogue.csv")},
    )["COUNT"]
    print("- {} categories imported (default catalogue)".format(categories))
    cells = run(
        "import_commune_settings",
        {"INPUT": str(ROOT / "resources" / "demo" / "commune_settings.csv")},
    )["COUNT"]
    print("- {} commune x category settings imported".format(cells))
    published = run("export_open311_services", {"OUTPUT_FOLDER": str(out / "open311")})
    print(
        "- {} Open311 services documents written in {}".format(
            published["DOCUMENTS"], out / "open311"
        )
    )
    routing = demo_routing_step(args.host, args.port, args.dbname)
    triage_facts = demo_triage_step(args.host, args.port, args.dbname)
    renewal = demo_renewal_step(args.host, args.port, args.dbname, out)
    demo_rights_step(args.host, args.port, args.dbname)
    demo_hotspots_step(args.host, args.port, args.dbname, out)
    project = write_project(out)
    print("- QGIS project with styled layers (language: {}): {}".format(args.language, project))
    dsn = "host={} port={} user=postgres dbname={}".format(args.host, args.port, args.dbname)
    demo_atlas.communes_atlas(dsn, out)
    demo_atlas.points_noirs_atlas(dsn, out, out / "hotspots_gistar.gpkg")

    facts = summary(args.host, args.port, args.dbname)
    print("\nSummary")
    print("  structure version      {}".format(facts["version"]))
    print("  communes               {} ({} km2)".format(facts["communes"], facts["area_km2"]))
    print(
        "  categories             {} top-level, {} sub-categories".format(
            facts["top_categories"], facts["sub_categories"]
        )
    )
    print(
        "  matrix today           public {public}, agents only {agents}, closed {closed}".format(
            **{k: facts["stages"].get(k, 0) for k in ("public", "agents", "closed")}
        )
    )
    print("  history entries        {}".format(facts["history"]))
    print("  services / perimeters  {} / {}".format(routing["services"], routing["perimeters"]))
    print(
        "  reports stored         {} (routed on arrival by the database)".format(routing["reports"])
    )
    print(
        "  quarantined            {} (to fix and release in the quarantine layer):".format(
            routing["quarantined"]
        )
    )
    for row in routing["quarantine"]:
        print("    {:>6}  {} / {}".format(row["n"], row["source"], row["raison"]))
    print("  reports per service:")
    for row in routing["summary"]["per_service"]:
        print("    {:>6}  {}".format(row["n"], row["service"]))
    print("  reports per status and reason:")
    for row in routing["summary"]["per_reason"]:
        print("    {:>6}  {} / {}".format(row["n"], row["status"], row["reason"]))
    demo_triage_summary(triage_facts)
    demo_renewal_summary(renewal)
    print("  open the project:      qgis {}".format(project))
    plugin.unload()
    app.exitQgis()


if __name__ == "__main__":
    main()
