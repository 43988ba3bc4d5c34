"""Render the incoming-sources dialog (two sources, one synchronised from a loopback Open311
server), the phone report dialog (filled in) and the file import dialog (a CSV export without
a header row, with the quality guard's preview) offscreen, and save PNGs.

Usage: python scripts/screenshot_incoming.py --dsn "host=... dbname=..." --out-dir docs/screenshots
The database must hold the GUP structure, the communes and the catalogue (e.g. a scratch copy of
the demo database): the script WRITES two sources and 300 reports into it. The QGIS profile is a
throw-away folder."""

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QGIS_CUSTOM_CONFIG_PATH"] = tempfile.mkdtemp(prefix="gup_capture_profile_")
CONNECTION = "gup_capture"


def wait_until(app, condition, seconds: float = 120.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out")
        app.processEvents()
        time.sleep(0.01)


def sources_dialog(app, dsn: str):
    from qgis.core import QgsApplication

    from gup_signalement_plugin.db.database import Database
    from gup_signalement_plugin.gui.sources_dialog import SourcesDialog
    from gup_signalement_plugin.usecases import ingest
    from tests.open311_server import Open311TestServer, synthetic_requests

    since = dt.datetime(2023, 12, 1, tzinfo=dt.timezone.utc)
    server = Open311TestServer(items=synthetic_requests(300, seed=1, span_days=60)).start()
    with Database(dsn) as db:
        ingest.save_source(
            db,
            ingest.Source(
                nom="appli_gosb",
                libelle="Application de signalement GOSB",
                type="open311",
                url=server.url,
                taille_page=100,
                synchro_depuis=since,
                mapping={"0042": "graffitis"},
            ),
        )
        ingest.save_source(
            db,
            ingest.Source(
                nom="dansmarue",
                libelle="DansMaRue (agents)",
                type="open311",
                url="https://dansmarue.example.org/open311/v2",
                jurisdiction_id="94081",
                audience="agents",
                taille_page=250,
                synchro_depuis=since,
                mapping={"ENC": "depots_sauvages", "TAG": "graffitis", "VOI-01": "voirie"},
            ),
        )
    dialog = SourcesDialog(CONNECTION)
    dialog.show()
    dialog.refresh(select="appli_gosb")
    QgsApplication.taskManager().addTask(dialog.sync_task(full=True))
    wait_until(app, lambda: not dialog.is_syncing())
    server.stop()
    dialog.refresh(select="dansmarue")  # the form shows a mapping of several codes
    return dialog


def phone_dialog():
    from gup_signalement_plugin.gui.phone_entry import PhoneReportDialog

    dialog = PhoneReportDialog(2.3920, 48.7872, CONNECTION)
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("voirie"))
    dialog.description_edit.setPlainText(
        "Nid-de-poule profond devant l'école, côté pair ; "
        "la riveraine appelle pour la deuxième fois."
    )
    dialog.address_edit.setText("12 rue de la République, Vitry-sur-Seine")
    dialog.show()
    return dialog


# A test server's export without its header row (16 Open311 columns): two records in Paris
# (outside the territory) and one with a code that has no category show the guard's preview.
HEADERLESS_EXPORT = [
    (
        "2024-0101",
        "open",
        "voirie.nid_de_poule",
        "Nid-de-poule devant l'école",
        "2024-03-18 08:12:00",
        "12 rue Pasteur, Vitry-sur-Seine",
        "94400",
        "48.78901",
        "2.39859",
    ),
    (
        "2024-0102",
        "closed",
        "eclairage",
        "Lampadaire éteint depuis trois jours",
        "2024-03-18 09:40:00",
        "3 avenue Jean Jaurès, Ivry-sur-Seine",
        "94200",
        "48.81520",
        "2.38580",
    ),
    (
        "2024-0103",
        "open",
        "depots_sauvages.encombrants",
        "Matelas et sommier sur le trottoir",
        "2024-03-18 10:05:00",
        "45 rue de Paris, Villejuif",
        "94800",
        "48.79260",
        "2.36370",
    ),
    (
        "2024-0104",
        "open",
        "graffitis.tag",
        "Tag sur la façade de la médiathèque",
        "2024-03-18 11:30:00",
        "8 place de la République, Paris",
        "75011",
        "48.86760",
        "2.36370",
    ),
    (
        "2024-0105",
        "open",
        "171",
        "Katuvalo ei pala",
        "2024-03-18 12:02:00",
        "1 avenue de Choisy, Paris",
        "75013",
        "48.82660",
        "2.36280",
    ),
    (
        "2024-0106",
        "open",
        "STREETLIGHT_OUT",
        "Streetlight out at the corner",
        "2024-03-18 13:45:00",
        "20 rue Gabriel Péri, Choisy-le-Roi",
        "94600",
        "48.76380",
        "2.40950",
    ),
    (
        "2024-0107",
        "open",
        "voirie.trottoir",
        "Pavés descellés",
        "2024-03-18 15:20:00",
        "2 rue Émile Zola, Orly",
        "94310",
        "48.74350",
        "2.39380",
    ),
]
HEADERLESS_MAPPING = {
    "external_id": "1",
    "service_code": "5",
    "description": "6",
    "address": "12",
    "requested_at": "9",
    "updated_at": "10",
    "status": "2",
    "x": "16",
    "y": "15",
}


def import_dialog():
    """A headerless export: detected, mapped by position, with the guard's preview."""
    from qgis.core import QgsCoordinateReferenceSystem

    from gup_signalement_plugin.gui.import_dialog import ImportReportsDialog

    path = Path(tempfile.mkdtemp(prefix="gup_capture_")) / "export_open311.csv"
    path.write_bytes(
        "\r".join(
            ",".join(
                (
                    key,
                    status,
                    "",
                    "Signalement",
                    code,
                    '"{}"'.format(text),
                    "",
                    "",
                    when,
                    "",
                    "",
                    '"{}"'.format(address),
                    "",
                    postcode,
                    lat,
                    lon,
                )
            )
            for key, status, code, text, when, address, postcode, lat, lon in HEADERLESS_EXPORT
        ).encode("utf-8")
    )
    dialog = ImportReportsDialog(CONNECTION)
    dialog.show()
    dialog.file_widget.setFilePath(str(path))
    for name, column in HEADERLESS_MAPPING.items():
        combo = dialog.mapping_combos[name]
        combo.setCurrentIndex(combo.findText(column))
    dialog.crs_widget.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    return dialog


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dsn", required=True)
    parser.add_argument("--out-dir", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--locale", default="en")
    args = parser.parse_args()

    from qgis.core import QgsDataSourceUri, QgsProviderRegistry
    from screenshot_common import start_app

    app = start_app(args.locale)
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.createConnection(
        QgsDataSourceUri(args.dsn).uri(False), {"saveUsername": True, "savePassword": True}
    ).store(CONNECTION)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for name, dialog in (
        ("sources_dialog_{}.png".format(args.locale), sources_dialog(app, args.dsn)),
        ("phone_dialog_{}.png".format(args.locale), phone_dialog()),
        ("import_dialog_{}.png".format(args.locale), import_dialog()),
    ):
        app.processEvents()
        dialog.grab().save(str(args.out_dir / name))
        print("saved {}".format(args.out_dir / name))
        dialog.reject()


if __name__ == "__main__":
    main()
