"""Incoming channels in QGIS, on a real PostGIS and a real loopback Open311 server: the API key
from the auth manager, the sources dialog (save, synchronise in a QgsTask, cancel, refusals)
and the phone channel (map tool and dialog)."""

import datetime as dt

import pytest
from qgis.core import (
    QgsApplication,
    QgsAuthMethodConfig,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
)
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QEvent, QPoint, Qt

from tests.helpers import wait_for
from tests.open311_server import Faults, Open311TestServer, synthetic_requests

UTC = dt.timezone.utc
SINCE = dt.datetime(2023, 12, 1, tzinfo=UTC)
VITRY = (2.3920, 48.7872)
PARIS = (2.35, 48.86)


def count_rows(db, table: str, source: str) -> int:
    return db.scalar(
        "SELECT count(*) FROM gup_signalement.{} WHERE source = %s".format(table), (source,)
    )


# The API key --------------------------------------------------------------------------------
@pytest.fixture
def auth_config(qgis_app):
    """A Basic authentication configuration whose password is an API key."""
    manager = QgsApplication.authManager()
    assert manager.setMasterPassword("master-for-tests", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("open311 key")
    config.setConfig("username", "gup")
    config.setConfig("password", "k3y-0f-the-server")
    assert manager.storeAuthenticationConfig(config)[0]
    yield config.id()
    manager.removeAuthenticationConfig(config.id())


def test_api_key_from_a_basic_auth_config(auth_config):
    from gup_signalement_plugin.core.errors import GupError
    from gup_signalement_plugin.toolbelt.auth import api_key_for

    assert api_key_for(auth_config) == "k3y-0f-the-server"
    assert api_key_for("") is None and api_key_for(None) is None
    with pytest.raises(GupError, match="no authentication configuration 'zzzz999'"):
        api_key_for("zzzz999")


def test_api_key_from_a_token_config(qgis_app, auth_config):
    from gup_signalement_plugin.core.errors import GupError
    from gup_signalement_plugin.toolbelt.auth import api_key_for

    manager = QgsApplication.authManager()
    token, empty = QgsAuthMethodConfig("EsriToken"), QgsAuthMethodConfig("Basic")
    token.setName("token")
    token.setConfig("token", "t0ken")
    empty.setName("no key")
    empty.setConfig("username", "only-a-user")
    for config in (token, empty):
        assert manager.storeAuthenticationConfig(config)[0]
    try:
        assert api_key_for(token.id()) == "t0ken"
        with pytest.raises(GupError, match="holds no API key"):
            api_key_for(empty.id())
    finally:
        for config in (token, empty):
            manager.removeAuthenticationConfig(config.id())


# Sources dialog -----------------------------------------------------------------------------
@pytest.fixture
def sources_dialog(gup_connection, messages):
    from gup_signalement_plugin.gui.sources_dialog import SourcesDialog

    dialog = SourcesDialog(gup_connection)
    dialog.messages = messages
    yield dialog
    dialog.reject()
    dialog.deleteLater()


def fill_form(dialog, name, url, page_size=100, mapping=None):
    from gup_signalement_plugin.toolbelt.values import qdatetime

    dialog.edit_source(None)
    dialog.name_edit.setText(name)
    dialog.label_edit.setText("Application {}".format(name))
    dialog.url_edit.setText(url)
    dialog.page_size_spin.setValue(page_size)
    dialog.since_edit.setDateTime(qdatetime(SINCE))
    for code, category in (mapping or {}).items():
        row = dialog.add_mapping_row(code)
        combo = dialog.mapping_table.cellWidget(row, 1)
        combo.setCurrentIndex(combo.findData(category))


def add_source(db, url, name="appli", page_size=100):
    from gup_signalement_plugin.db import ingest_repository as ingest

    ingest.save_source(
        db,
        ingest.Source(
            nom=name,
            type="open311",
            url=url,
            taille_page=page_size,
            synchro_depuis=SINCE,
            mapping={"0042": "graffitis"},
        ),
    )


def run_sync(dialog, full=False, while_running=None):
    """Start the dialog's task like the button does, optionally act while it runs, and wait."""
    task = dialog.sync_task(full)
    QgsApplication.taskManager().addTask(task)
    assert dialog.is_syncing() and dialog.cancel_button.isEnabled()
    assert not dialog.sync_button.isEnabled()
    if while_running is not None:
        while_running(task)
    wait_for(lambda: not dialog.is_syncing())
    return task


def test_dialog_lists_saved_sources(sources_dialog, gup_db):
    from gup_signalement_plugin.usecases import ingest as ingest_uc

    add_source(gup_db, "https://open311.example.org/v2", "appli")
    ingest_uc.enter_phone_report(gup_db, "voirie", *VITRY, "Trou devant l'école")
    assert sources_dialog.refresh()
    table = sources_dialog.sources_table
    assert table.rowCount() == 2
    rows = {table.item(r, 0).text(): [table.item(r, c).text() for c in range(10)] for r in range(2)}
    assert rows["appli"][2:7] == [
        "Open311",
        "https://open311.example.org/v2",
        "JSON",
        "100",
        "citizens",
    ]
    assert rows["appli"][8:] == ["no", "yes"] and rows["telephone"][2] == "phone"
    table.selectRow(list(rows).index("appli"))
    assert sources_dialog.url_edit.text() == "https://open311.example.org/v2"
    assert sources_dialog.name_edit.isReadOnly() and sources_dialog.sync_button.isEnabled()
    assert sources_dialog.mapping_table.cellWidget(0, 1).currentData() == "graffitis"


def test_saving_a_new_source_with_a_mapping(sources_dialog, gup_db, auth_config):
    from gup_signalement_plugin.db import ingest_repository as ingest

    fill_form(
        sources_dialog,
        "dansmarue",
        "https://dmr.example.org/open311/v2",
        page_size=250,
        mapping={"0042": "graffitis", "ENC": "depots_sauvages"},
    )
    sources_dialog.jurisdiction_edit.setText("94081")
    sources_dialog.auth_select.setConfigId(auth_config)
    sources_dialog.audience_combo.setCurrentIndex(sources_dialog.audience_combo.findData("agents"))
    sources_dialog.reread_spin.setValue(3)
    assert sources_dialog.save(), sources_dialog.messages
    source = ingest.get_source(gup_db, "dansmarue")
    assert (source.type, source.url, source.jurisdiction_id, source.taille_page) == (
        "open311",
        "https://dmr.example.org/open311/v2",
        "94081",
        250,
    )
    assert source.authcfg == auth_config and source.audience == "agents"
    assert source.synchro_depuis == SINCE and source.relecture_jours == 3 and source.actif
    assert source.mapping == {"0042": "graffitis", "ENC": "depots_sauvages"}
    assert sources_dialog.selected_name() == "dansmarue"  # saved, listed and selected

    # editing it again replaces the mapping, in one transaction
    sources_dialog.mapping_table.setCurrentCell(0, 0)
    sources_dialog._remove_mapping_rows()
    assert sources_dialog.save()
    assert ingest.get_source(gup_db, "dansmarue").mapping == {"ENC": "depots_sauvages"}


def test_invalid_input_is_refused_and_the_form_is_kept(sources_dialog, gup_db):
    from gup_signalement_plugin.db import ingest_repository as ingest

    fill_form(sources_dialog, "appli", "htp:/nowhere", mapping={"X": "voirie"})
    sources_dialog.add_mapping_row("X", "eclairage")
    assert not sources_dialog.save()
    kind, text = sources_dialog.messages[-1]
    assert kind == "critical" and "not saved" in text
    assert "'htp:/nowhere' is not an http(s) address" in text and "'X' is listed twice" in text
    assert ingest.list_sources(gup_db) == []
    assert sources_dialog.url_edit.text() == "htp:/nowhere"
    assert sources_dialog.mapping_table.rowCount() == 2

    sources_dialog.url_edit.setText("https://")  # no host
    sources_dialog.mapping_table.removeRow(1)
    sources_dialog.name_edit.setText("Appli avec espaces")
    assert not sources_dialog.save()
    assert "is not a valid name" in sources_dialog.messages[-1][1]
    assert "'https://' is not an http(s) address" in sources_dialog.messages[-1][1]
    assert ingest.list_sources(gup_db) == []


def test_sync_in_a_task_stores_every_request_and_shows_the_summary(sources_dialog, gup_db):
    from gup_signalement_plugin.db import ingest_repository as ingest

    with Open311TestServer(items=synthetic_requests(300, seed=1, span_days=60)) as server:
        fill_form(sources_dialog, "appli", server.url, mapping={"0042": "graffitis"})
        assert sources_dialog.save()
        shown = []
        sources_dialog.progress_bar.valueChanged.connect(shown.append)
        run_sync(sources_dialog)
    assert (
        count_rows(gup_db, "signalement", "appli") + count_rows(gup_db, "quarantaine", "appli")
        == 300
    )
    summary = sources_dialog.summary_label.text()
    assert summary.startswith("Done: 300 read, 300 new") and "routed" in summary
    assert any(0 < value < 100 for value in shown)  # the bar followed the task's progress
    assert sources_dialog.progress_bar.value() == 100
    assert "Page 1: " in sources_dialog.log_view.toPlainText()
    runs = ingest.recent_runs(gup_db)
    assert [(r["source"], r["etat"], r["lus"]) for r in runs] == [("appli", "done", 300)]
    assert sources_dialog.runs_table.rowCount() == 1
    assert sources_dialog.runs_table.item(0, 3).text() == "done"
    assert sources_dialog.runs_table.item(0, 4).text() == "300"
    row = [s.nom for s in sources_dialog.sources].index("appli")
    assert sources_dialog.sources_table.item(row, 7).text() != ""  # last sync shown
    assert sources_dialog.sync_button.isEnabled() and not sources_dialog.cancel_button.isEnabled()


def test_cancel_keeps_what_was_stored_and_logs_the_run_canceled(sources_dialog, gup_db):
    from gup_signalement_plugin.db import ingest_repository as ingest

    faults = Faults(slow_first=1000, slow_seconds=0.3)
    with Open311TestServer(
        items=synthetic_requests(300, seed=1, span_days=60), faults=faults
    ) as server:
        add_source(gup_db, server.url, page_size=10)
        assert sources_dialog.refresh(select="appli")

        def cancel_after_the_first_page(task):
            wait_for(lambda: "Page 1:" in sources_dialog.log_view.toPlainText())
            sources_dialog.cancel_button.click()

        run_sync(sources_dialog, while_running=cancel_after_the_first_page)
    kept = count_rows(gup_db, "signalement", "appli") + count_rows(gup_db, "quarantaine", "appli")
    assert 10 <= kept < 300
    run = ingest.recent_runs(gup_db)[0]
    assert run["etat"] == "canceled" and run["lus"] == kept and "Canceled" in run["message"]
    assert ingest.get_source(gup_db, "appli").curseur is not None  # the next run resumes
    assert sources_dialog.summary_label.text().startswith("Not finished: Canceled by the user")
    row = [s.nom for s in sources_dialog.sources].index("appli")
    assert sources_dialog.sources_table.item(row, 8).text() == "yes"
    assert sources_dialog.runs_table.item(0, 3).text() == "canceled"


def test_the_api_key_comes_from_the_auth_config_and_errors_are_shown(
    sources_dialog, gup_db, auth_config
):
    from gup_signalement_plugin.db import ingest_repository as ingest

    with Open311TestServer(count=5, api_key="k3y-0f-the-server") as server:
        add_source(gup_db, server.url)
        assert sources_dialog.refresh(select="appli")
        run_sync(sources_dialog)  # no auth configuration: the server refuses
        assert "Invalid api_key" in sources_dialog.summary_label.text()
        assert ingest.recent_runs(gup_db)[0]["etat"] == "failed"
        assert sources_dialog.runs_table.item(0, 3).text() == "failed"

        sources_dialog.auth_select.setConfigId(auth_config)
        assert sources_dialog.save()
        run_sync(sources_dialog)
        assert all(params.get("api_key") == "k3y-0f-the-server" for _, params in server.calls[-2:])
    assert sources_dialog.summary_label.text().startswith("Done: 5 read, 5 new")
    assert ingest.get_source(gup_db, "appli").authcfg == auth_config
    assert "k3y" not in str(gup_db.query("SELECT * FROM gup_signalement.source"))


def test_fetch_service_codes_adds_the_foreign_ones(sources_dialog):
    with Open311TestServer(count=0) as server:
        fill_form(sources_dialog, "appli", server.url)
        assert sources_dialog.fetch_service_codes() == 1
    table = sources_dialog.mapping_table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["0042"]
    assert "4 service code(s) on the server, 1 added" in sources_dialog.messages[-1][1]


# Phone channel ------------------------------------------------------------------------------
@pytest.fixture
def phone_dialog(gup_connection, messages):
    from gup_signalement_plugin.gui.phone_entry import PhoneReportDialog

    def make(lon, lat):
        dialog = PhoneReportDialog(lon, lat, gup_connection)
        dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("voirie"))
        dialog.description_edit.setPlainText("Nid-de-poule devant l'école")
        dialog.address_edit.setText("12 rue de la République")
        made.append(dialog)
        return dialog

    made = []
    yield make
    for dialog in made:
        dialog.deleteLater()


def test_phone_report_in_vitry_is_stored_and_routed(phone_dialog, gup_db, messages):
    dialog = phone_dialog(*VITRY)
    assert dialog.place_label.text() == "2.392000, 48.787200"
    assert dialog.category_combo.currentText() == "Chaussée ou trottoir abîmé"
    assert dialog.audience_combo.currentData() == "public"
    assert (
        abs(dialog.moment_edit.dateTime().secsTo(dialog.moment_edit.dateTime().currentDateTime()))
        < 60
    )
    result = dialog.submit()
    assert result is not None and result.stored and result.sentence
    row = gup_db.query(
        "SELECT categorie_code, audience, adresse, description, statut_routage, raison "
        "FROM gup_signalement.signalement WHERE source = 'telephone'"
    )
    assert row == [
        {
            "categorie_code": "voirie",
            "audience": "public",
            "adresse": "12 rue de la République",
            "description": "Nid-de-poule devant l'école",
            "statut_routage": result.routing_status,
            "raison": result.sentence,
        }
    ]
    assert "Vitry-sur-Seine" in result.sentence
    assert messages[-1][0] == "information" and result.sentence in messages[-1][1]
    assert dialog.result() == dialog.Accepted


def test_phone_report_in_paris_is_quarantined_with_its_reasons(phone_dialog, gup_db, messages):
    dialog = phone_dialog(*PARIS)
    dialog.audience_combo.setCurrentIndex(dialog.audience_combo.findData("agents"))
    result = dialog.submit()
    assert result is not None and not result.stored and result.reasons
    assert count_rows(gup_db, "signalement", "telephone") == 0
    assert gup_db.query(
        "SELECT raisons, audience FROM gup_signalement.quarantaine WHERE source = 'telephone'"
    ) == [{"raisons": ["outside_territory"], "audience": "agents"}]
    kind, text = messages[-1]
    assert kind == "warning" and all(reason in text for reason in result.reasons)


def test_phone_report_error_keeps_the_dialog_open(phone_dialog, gup_db, messages):
    from gup_signalement_plugin.db.database import Database

    dialog = phone_dialog(*VITRY)
    dialog.show()
    dialog.database = Database("host=127.0.0.1 port=1 dbname=nowhere connect_timeout=2")
    assert dialog.submit() is None
    assert messages[-1][0] == "critical" and "Nothing was recorded" in messages[-1][1]
    assert dialog.isVisible() and dialog.result_of_entry is None
    assert dialog.description_edit.toPlainText() == "Nid-de-poule devant l'école"
    assert dialog.address_edit.text() == "12 rue de la République"
    assert count_rows(gup_db, "signalement", "telephone") == 0
    dialog.reject()


def test_map_tool_gives_the_clicked_place_in_wgs84(qgis_canvas, gup_connection, messages):
    from gup_signalement_plugin.gui.phone_entry import PhoneReportTool

    lambert = QgsCoordinateReferenceSystem("EPSG:2154")
    to_lambert = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"), lambert, QgsProject.instance()
    )
    vitry = to_lambert.transform(QgsPointXY(*VITRY))
    assert 654000 < vitry.x() < 657000 and 6852000 < vitry.y() < 6856000  # Lambert-93 metres
    qgis_canvas.setDestinationCrs(lambert)
    qgis_canvas.setExtent(
        QgsRectangle(vitry.x() - 700, vitry.y() - 500, vitry.x() + 300, vitry.y() + 500)
    )
    tool = PhoneReportTool(qgis_canvas)
    qgis_canvas.setMapTool(tool)
    chosen = []
    tool.placeChosen.connect(lambda lon, lat: chosen.append((lon, lat)))
    pixel = qgis_canvas.getCoordinateTransform().transform(vitry)
    event = QgsMapMouseEvent(
        qgis_canvas,
        QEvent.MouseButtonPress,
        QPoint(round(pixel.x()), round(pixel.y())),
        Qt.LeftButton,
    )
    tool.canvasPressEvent(event)
    try:
        assert len(chosen) == 1
        lon, lat = chosen[0]
        tolerance = 2 * qgis_canvas.mapUnitsPerPixel() / 70000.0  # two pixels, in degrees
        assert abs(lon - VITRY[0]) < tolerance and abs(lat - VITRY[1]) < tolerance
        assert tool.dialog is not None and tool.dialog.isVisible()
        assert tool.dialog.place_label.text() == "{:.6f}, {:.6f}".format(lon, lat)
        assert tool.dialog.category_combo.count() > 5
    finally:
        if tool.dialog is not None:
            tool.dialog.reject()
        qgis_canvas.unsetMapTool(tool)


def test_a_sync_ending_leaves_what_the_user_is_typing(sources_dialog, gup_db):
    with Open311TestServer(items=synthetic_requests(300, seed=2, span_days=60)) as server:
        fill_form(sources_dialog, "appli", server.url)
        assert sources_dialog.save()

        def start_typing_a_new_source(_task):
            sources_dialog.new_button.click()
            sources_dialog.name_edit.setText("nouvelle")
            sources_dialog.url_edit.setText("https://nouvelle.example.org/v2")

        run_sync(sources_dialog, while_running=start_typing_a_new_source)
    assert sources_dialog.summary_label.text().startswith("Done: 300 read")
    assert sources_dialog.name_edit.text() == "nouvelle"
    assert sources_dialog.url_edit.text() == "https://nouvelle.example.org/v2"
