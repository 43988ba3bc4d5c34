"""The file import dialog on a real PostGIS: preview (encoding, separator, first rows), the
mapping combos pre-filled from the guess or the DansMaRue preset, the check of the preview rows,
the import through the Processing algorithm in a QgsTask (summary, idempotence, cancel), a
GeoJSON layer and an unreadable file."""

import datetime as dt
import gzip
import json
import os

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsTask
from qgis.PyQt.QtCore import QCoreApplication

from tests.helpers import SHARED_DATA, wait_for

DANSMARUE = SHARED_DATA / "dansmarue_paris_2023-2024.csv.gz"
VITRY_L93 = (655700.0, 6854500.0)  # inside Vitry-sur-Seine (94081), Lambert-93


def wait_for_import(dialog, task, seconds: float = 120.0) -> None:
    """Process events until the task has ended and the dialog has shown its end."""
    wait_for(lambda: not dialog.is_importing(), seconds)
    assert dialog.last_status in (QgsTask.Complete, QgsTask.Terminated)


def count_reports(db, source: str) -> int:
    return sum(
        db.scalar("SELECT count(*) FROM gup_signalement.{} WHERE source = %s".format(t), (source,))
        for t in ("signalement", "quarantaine")
    )


@pytest.fixture
def dialog(gup_provider, gup_connection, messages):
    from gup_signalement_plugin.gui.import_dialog import ImportReportsDialog

    made = ImportReportsDialog(gup_connection)
    made.messages = messages
    yield made
    made.reject()
    made.deleteLater()


@pytest.fixture
def latin1_csv(tmp_path):
    """A French Excel export: Latin-1, ';', decimal commas, Lambert-93, day-first dates; the
    'catégorie' column holds labels, 'code_interne' our category codes; line 4 has a bad date."""
    x, y = (str(v).replace(".", ",") for v in VITRY_L93)
    text = (
        "identifiant;catégorie;code_interne;description;date;x;y\n"
        "A1;Trottoir abîmé;voirie;Trou près de l'église;18/03/2024 14:05;{x};{y}\n"
        "A2;Trottoir abîmé;voirie;Pavé descellé;19/03/2024;{x};{y}\n"
        "A3;Trottoir abîmé;voirie;Date illisible;32/13/2024;{x};{y}\n"
    ).format(x=x, y=y)
    path = tmp_path / "Appels Mairie.csv"
    path.write_bytes(text.encode("latin-1"))
    return path


def choose(dialog, path) -> bool:
    """Choose ``path`` in the file widget, as the user does; True if it could be read."""
    dialog.file_widget.setFilePath(str(path))
    return dialog.path == str(path)


def shown_mapping(dialog):
    return {name: combo.currentText() for name, combo in dialog.mapping_combos.items()}


def test_latin1_csv_preview_guessed_mapping_and_import(dialog, latin1_csv, gup_db):
    dialog.show()
    assert not dialog.import_button.isEnabled()  # no file yet
    assert choose(dialog, latin1_csv)
    assert "encoding cp1252, separator ';', 3 rows" in dialog.info_label.text()
    assert dialog.name_edit.text() == "appels_mairie"
    table = dialog.preview_table
    assert [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())] == [
        "identifiant",
        "catégorie",
        "code_interne",
        "description",
        "date",
        "x",
        "y",
    ]
    assert table.rowCount() == 3 and table.item(0, 3).text() == "Trou près de l'église"
    assert table.item(0, 5).text() == "655700,0"
    assert shown_mapping(dialog) == {
        "external_id": "identifiant",
        "service_code": "catégorie",
        "description": "description",
        "address": "(none)",
        "requested_at": "date",
        "updated_at": "(none)",
        "status": "(none)",
        "x": "x",
        "y": "y",
        "wkt": "(none)",
    }
    assert dialog.crs_widget.crs().authid() == "EPSG:2154"  # x/y columns: Lambert-93 guessed
    assert (
        table.horizontalHeaderItem(1).font().bold()
        and not table.horizontalHeaderItem(2).font().bold()
    )
    check = dialog.check_label.text()
    assert check.startswith(
        "3 rows checked: 2 readable, 1 with problems: line 4: column 'date': "
        "'32/13/2024' is not a valid date"
    )

    category = dialog.mapping_combos["service_code"]
    category.setCurrentIndex(category.findText("code_interne"))
    assert (
        table.horizontalHeaderItem(2).font().bold()
        and not table.horizontalHeaderItem(1).font().bold()
    )
    assert dialog.parameters()["FIELD_CATEGORY"] == "code_interne"
    assert dialog.import_button.isEnabled()
    shown = []
    dialog.progress_bar.valueChanged.connect(shown.append)
    task = dialog.start_import()
    assert task is not None and dialog.is_importing(), dialog.messages
    assert dialog.cancel_button.isEnabled() and not dialog.import_button.isEnabled()
    wait_for_import(dialog, task)
    assert dialog.last_status == QgsTask.Complete
    assert dialog.summary_label.text().startswith("Done: 3 read, 3 new"), (
        dialog.summary_label.text()
    )
    assert dialog.progress_bar.value() == 100 and any(0 < v <= 100 for v in shown)
    assert count_reports(gup_db, "appels_mairie") == 3
    stored = gup_db.query(
        "SELECT id_externe, categorie_code, code_insee FROM "
        "gup_signalement.signalement WHERE source = 'appels_mairie' ORDER BY 1"
    )
    assert stored == [
        {"id_externe": "A1", "categorie_code": "voirie", "code_insee": "94081"},
        {"id_externe": "A2", "categorie_code": "voirie", "code_insee": "94081"},
    ]
    assert (
        gup_db.scalar(
            "SELECT id_externe FROM gup_signalement.quarantaine WHERE source = 'appels_mairie'"
        )
        == "A3"
    )
    assert dialog.isVisible()  # the dialog stays open for another import

    task = dialog.start_import()
    wait_for_import(dialog, task)
    assert dialog.summary_label.text().startswith("Done: 3 read, 0 new, 0 updated, 3 unchanged")
    assert count_reports(gup_db, "appels_mairie") == 3
    assert dialog.messages == []


def test_real_dansmarue_sample_with_the_preset(dialog):
    assert choose(dialog, DANSMARUE)
    assert "encoding utf-8, separator ',', 39515 rows" in dialog.info_label.text()
    assert dialog.name_edit.text() == "dansmarue_paris_2023-2024"
    assert dialog.preview_table.rowCount() == 20
    dialog.preset_combo.setCurrentIndex(1)
    assert shown_mapping(dialog) == {
        "external_id": "id_dmr",
        "service_code": "type",
        "description": "soustype",
        "address": "adresse",
        "requested_at": "datedecl",
        "updated_at": "(none)",
        "status": "(none)",
        "x": "lon",
        "y": "lat",
        "wkt": "(none)",
    }
    assert dialog.crs_widget.crs().authid() == "EPSG:4326"
    # readable, but Paris is outside the 24 communes: the guard says what an import would do
    assert dialog.check_label.text() == (
        "20 rows checked: 20 readable.\nQuality guard on these 20 rows: 0 would be stored, 20 "
        "quarantined (20 × Outside the 24 communes, 20 × Category to sort out)."
    )
    header = dialog.preview_table.horizontalHeaderItem
    bold = {
        header(c).text()
        for c in range(dialog.preview_table.columnCount())
        if header(c).font().bold()
    }
    assert bold == {"id_dmr", "type", "soustype", "datedecl", "adresse", "lon", "lat"}
    assert dialog.parameters()["PRESET"] == 1


def test_a_mapping_that_does_not_fit_is_said(dialog, latin1_csv):
    choose(dialog, latin1_csv)
    dialog.preset_combo.setCurrentIndex(1)  # DansMaRue columns on another file
    text = dialog.check_label.text()
    assert (
        text.startswith("The mapping does not fit the file:")
        and "'type' is not in the file" in text
    )


def test_geojson_layer_uses_its_geometry(dialog, tmp_path, gup_db):
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [2.392, 48.7872]},
            "properties": {"id": key, "type": "voirie", "date": "2024-05-02", "description": text},
        }
        for key, text in (("g1", "Trou"), ("g2", "Bosse"))
    ]
    path = tmp_path / "agents.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    assert choose(dialog, path)
    assert "Point geometry, EPSG:4326, 2 features" in dialog.info_label.text()
    assert [dialog.preview_table.item(r, 0).text() for r in range(2)] == ["g1", "g2"]
    for name in ("x", "y", "wkt"):
        assert not dialog.mapping_combos[name].isEnabled()
    assert not dialog.crs_widget.isEnabled()
    assert dialog.mapping_combos["external_id"].currentText() == "id"
    assert dialog.check_label.text() == (
        "2 rows checked: 2 readable.\nQuality guard on these 2 "
        "rows: 2 would be stored, 0 quarantined."
    )
    task = dialog.start_import()
    wait_for_import(dialog, task)
    assert dialog.summary_label.text().startswith("Done: 2 read, 2 new"), (
        dialog.summary_label.text()
    )
    assert (
        gup_db.scalar(
            "SELECT count(*) FROM gup_signalement.signalement "
            "WHERE source = 'agents' AND code_insee = '94081'"
        )
        == 2
    )


def test_unreadable_file_is_said_and_import_stays_disabled(dialog, tmp_path):
    path = tmp_path / "broken.gpkg"
    path.write_bytes(os.urandom(4096))
    assert not choose(dialog, path)
    kind, text = dialog.messages[-1]
    assert kind == "warning" and "cannot be opened as a CSV file or a layer" in text
    assert "cannot be read" in dialog.info_label.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.preview_table.rowCount() == 0


def test_invalid_source_name_is_refused(dialog, latin1_csv):
    choose(dialog, latin1_csv)
    dialog.name_edit.setText("Appels Mairie")
    assert dialog.start_import() is None
    assert "is not a valid source name" in dialog.messages[-1][1]
    assert not dialog.is_importing()


def test_cancel_right_away(dialog, gup_db):
    choose(dialog, DANSMARUE)
    dialog.preset_combo.setCurrentIndex(1)
    task = dialog.start_import()
    dialog.cancel_button.click()
    wait_for_import(dialog, task, seconds=300)
    text = dialog.summary_label.text()
    if dialog.last_status == QgsTask.Terminated:
        assert text.startswith("Import canceled"), text
        assert count_reports(gup_db, "dansmarue_paris_2023-2024") < 39515
    else:  # it ended before the cancel was seen
        assert text.startswith("Done: 39515 read"), text
    assert "Import failed" not in text and dialog.messages == []
    assert dialog.import_button.isEnabled() and not dialog.cancel_button.isEnabled()


def test_an_error_of_the_algorithm_is_shown_and_the_dialog_stays_usable(dialog, latin1_csv, gup_db):
    choose(dialog, latin1_csv)
    dialog.preset_combo.setCurrentIndex(1)  # the algorithm refuses the DansMaRue columns here
    task = dialog.start_import()
    wait_for_import(dialog, task)
    assert dialog.last_status == QgsTask.Terminated
    text = dialog.summary_label.text()
    assert text.startswith("Import failed: The column mapping does not fit the file:"), text
    assert "'type' is not in the file" in text
    assert count_reports(gup_db, "appels_mairie") == 0
    assert dialog.import_button.isEnabled()


def test_a_field_set_to_none_reads_no_column_even_when_guessed(dialog, latin1_csv, gup_db):
    assert choose(dialog, latin1_csv)
    combo = dialog.mapping_combos["description"]
    assert combo.currentText() == "description"  # guessed from the column name
    combo.setCurrentIndex(0)  # '(none)'
    category = dialog.mapping_combos["service_code"]
    category.setCurrentIndex(category.findText("code_interne"))
    assert dialog.current_mapping().description == ()
    wait_for_import(dialog, dialog.start_import())
    stored = gup_db.query(
        "SELECT description FROM gup_signalement.signalement WHERE source = 'appels_mairie'"
    )
    assert stored and all(row["description"] == "" for row in stored)


def test_a_damaged_gzip_or_a_path_being_typed_leaves_nothing_importable(
    dialog, latin1_csv, tmp_path
):
    assert choose(dialog, latin1_csv) and dialog.import_button.isEnabled()
    damaged = tmp_path / "b.csv.gz"
    damaged.write_bytes(b"\x1f\x8b" + os.urandom(64))
    assert not choose(dialog, damaged)
    assert dialog.path == "" and not dialog.import_button.isEnabled()
    assert "damaged gzip file" in dialog.messages[-1][1]
    warnings = len(dialog.messages)
    for partial in ("/", "/tm", str(tmp_path / "not_yet")):
        dialog.file_widget.setFilePath(partial)
    assert len(dialog.messages) == warnings  # no message box while the path is being typed


def test_a_crs_without_an_epsg_code_is_refused_not_ignored(dialog, latin1_csv):
    from qgis.core import QgsCoordinateReferenceSystem

    assert choose(dialog, latin1_csv)
    dialog.crs_widget.setCrs(QgsCoordinateReferenceSystem("IGNF:LAMB93"))
    assert "EPSG code" in dialog.check_mapping()


# --- files that real exports give ----------------------------------------------------------------

VITRY = ("2.39859", "48.78901")


def _headerless_export(tmp_path):
    """16 columns without a header row (a test server's export), CR-only line ends; the third
    record lies in Paris (outside the territory), the fourth has an unknown category."""

    def row(key, category, lon, lat):
        return [
            key,
            "open",
            "",
            "Voirie",
            category,
            "Trou",
            "",
            "",
            "2024-03-18 14:05:00",
            "",
            "",
            "12 rue Pasteur",
            "",
            "94400",
            lat,
            lon,
        ]

    rows = [
        row("101", "voirie", *VITRY),
        row("102", "voirie", *VITRY),
        row("103", "voirie", "2.3522", "48.8566"),
        row("104", "xyz", *VITRY),
    ]
    path = tmp_path / "export_311.csv"
    path.write_bytes("\r".join(",".join(cells) for cells in rows).encode("utf-8"))
    return path


def test_a_headerless_file_is_detected_and_its_first_record_shown(dialog, tmp_path, gup_db):
    path = _headerless_export(tmp_path)
    assert choose(dialog, path)
    assert dialog.no_header_box.isChecked() and dialog.no_header_box.isEnabled()
    info = dialog.info_label.text()
    assert "4 rows." in info and "The first row holds ids, dates or coordinates" in info
    assert (
        "No header row: the first row is data; the 16 columns are named by their position, "
        "1 to 16." in info
    )
    table = dialog.preview_table
    assert [table.horizontalHeaderItem(c).text() for c in range(16)] == [
        str(i) for i in range(1, 17)
    ]
    assert table.rowCount() == 4 and table.item(0, 0).text() == "101"
    assert table.verticalHeaderItem(0).text() == "1"  # line 1 of the file is a record
    assert shown_mapping(dialog) == {  # guessed from the values: the category is left to choose
        "external_id": "1",
        "service_code": "(none)",
        "description": "(none)",
        "address": "(none)",
        "requested_at": "9",
        "updated_at": "(none)",
        "status": "2",
        "x": "16",
        "y": "15",
        "wkt": "(none)",
    }
    assert dialog.crs_widget.crs().authid() == "EPSG:4326"
    for name, column in (
        ("external_id", "1"),
        ("status", "2"),
        ("service_code", "5"),
        ("requested_at", "9"),
        ("x", "16"),
        ("y", "15"),
    ):
        combo = dialog.mapping_combos[name]
        combo.setCurrentIndex(combo.findText(column))
    dialog.crs_widget.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    assert dialog.check_label.text() == (
        "4 rows checked: 4 readable.\nQuality guard on these 4 rows: 2 would be stored, 2 "
        "quarantined (1 × Outside the 24 communes, 1 × Category to sort out)."
    )
    parameters = dialog.parameters()
    assert parameters["HEADER"] == 2 and parameters["FIELD_STATUS"] == "2"
    assert count_reports(gup_db, "export_311") == 0  # the preview wrote nothing
    assert (
        gup_db.scalar("SELECT count(*) FROM gup_signalement.source WHERE nom = 'export_311'") == 0
    )

    wait_for_import(dialog, dialog.start_import())
    assert dialog.summary_label.text().startswith(
        "Done: 4 read, 4 new, 0 updated, 0 unchanged, 2 quarantined"
    ), dialog.summary_label.text()

    dialog.no_header_box.setChecked(False)  # the user says the first row is a header
    assert table.rowCount() == 3 and table.horizontalHeaderItem(0).text() == "101"
    assert (
        "The first row looks like data, not like column names (101, open, , Voirie, "
        "voirie)" in dialog.info_label.text()
    )
    assert dialog.parameters()["HEADER"] == 1


def test_the_guard_preview_uses_the_source_s_category_mapping(dialog, tmp_path, gup_db):
    from gup_signalement_plugin.db import ingest_repository as ingest

    path = _headerless_export(tmp_path)
    ingest.save_source(
        gup_db, ingest.Source(nom="mapped", type="fichier", mapping={"xyz": "voirie"})
    )
    assert choose(dialog, path)
    for name, column in (
        ("external_id", "1"),
        ("service_code", "5"),
        ("requested_at", "9"),
        ("x", "16"),
        ("y", "15"),
    ):
        combo = dialog.mapping_combos[name]
        combo.setCurrentIndex(combo.findText(column))
    assert "2 would be stored, 2 quarantined" in dialog.check_label.text()
    dialog.name_edit.setText("mapped")
    dialog.name_edit.editingFinished.emit()
    assert (
        "3 would be stored, 1 quarantined (1 × Outside the 24 communes)."
        in dialog.check_label.text()
    )


def test_the_guard_preview_without_communes_says_why(
    gup_provider, empty_connection, messages, latin1_csv
):
    from gup_signalement_plugin.gui.import_dialog import ImportReportsDialog

    dialog = ImportReportsDialog(empty_connection)
    try:
        assert choose(dialog, latin1_csv)
        assert "\nQuality guard not run: " in dialog.check_label.text()
    finally:
        dialog.reject()
        dialog.deleteLater()


@pytest.mark.parametrize(
    "name, data, fragment",
    [
        (
            "photo.csv",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
            "photo.csv is not a text (CSV) file: it is a PNG image. Nothing was imported.",
        ),
        ("vide.csv.gz", gzip.compress(b""), "vide.csv.gz is empty: there is no report to import."),
        ("entete.csv", b"id;date\n", "entete.csv has only a header row (2 columns)"),
    ],
)
def test_files_that_cannot_be_imported_are_said_and_nothing_is_importable(
    dialog, tmp_path, name, data, fragment
):
    path = tmp_path / name
    path.write_bytes(data)
    assert not choose(dialog, path)
    assert fragment in dialog.messages[-1][1] and fragment in dialog.info_label.text()
    assert not dialog.import_button.isEnabled() and dialog.preview_table.rowCount() == 0


def test_duplicate_names_long_rows_and_the_time_zone(dialog, tmp_path, gup_db):
    text = (
        "id;categorie;description;description;date;lon;lat\n"
        "U1;voirie;Trou;profond;2024-03-18 14:05;{0};{1};en plus\n"
    ).format(*VITRY)
    path = tmp_path / "us_city.csv"
    path.write_bytes(text.encode("utf-8"))
    assert choose(dialog, path)
    assert not dialog.no_header_box.isChecked()
    info = dialog.info_label.text()
    assert "Columns renamed so that no cell is lost: « description » → « description (2) »." in info
    assert (
        "1 row(s) have more cells than the header (first: line 2): the extra cells are kept "
        "in the columns 8." in info
    )
    table = dialog.preview_table
    assert [table.item(0, c).text() for c in (3, 7)] == ["profond", "en plus"]
    assert dialog.zone_combo.currentText() == "Europe/Paris"
    dialog.zone_combo.setCurrentText("America/Chicago")
    assert dialog.parameters()["TIME_ZONE"] == "America/Chicago"
    wait_for_import(dialog, dialog.start_import())
    assert gup_db.scalar(
        "SELECT date_signalement FROM gup_signalement.signalement WHERE source = 'us_city'"
    ) == dt.datetime(2024, 3, 18, 19, 5, tzinfo=dt.timezone.utc)
    dialog.zone_combo.setCurrentText("Chicago")
    assert "Unknown time zone 'Chicago'" in dialog.check_label.text()


def test_the_dialog_fits_the_screen_and_keeps_import_in_view(dialog):
    from qgis.PyQt.QtGui import QGuiApplication

    available = QGuiApplication.primaryScreen().availableGeometry()
    assert available.height() < 940  # the offscreen screen is smaller than the wanted size
    assert dialog.height() <= available.height() and dialog.width() <= available.width()
    dialog.show()
    QCoreApplication.processEvents()
    bottom = dialog.import_button.mapTo(dialog, dialog.import_button.rect().bottomLeft()).y()
    assert bottom <= dialog.height()  # outside the scrolled part
