"""The shared parts of the dialogs: the pending-changes base dialog, one label per routing
status, one way to find a layer's connection."""

import pytest
from qgis.PyQt.QtWidgets import QDialogButtonBox, QMessageBox


@pytest.fixture
def questions(monkeypatch):
    """Questions recorded as their text, answered with ``questions.answer`` (Cancel first);
    errors recorded as (kind, text)."""

    class Recorder(list):
        answer = QMessageBox.Cancel

    asked = Recorder()
    asked.errors = []

    def exec_(box):
        asked.append(box.text())
        return asked.answer

    monkeypatch.setattr(QMessageBox, "exec_", exec_)
    monkeypatch.setattr(
        QMessageBox, "critical", lambda *args: asked.errors.append(("critical", args[2]))
    )
    return asked


def probe_dialog(database=None):
    """The smallest dialog on the base: its pending changes are cells of the matrix."""
    from qgis.PyQt.QtWidgets import QVBoxLayout

    from gup_signalement_plugin.db import repositories as repo
    from gup_signalement_plugin.gui.pending_changes_dialog import PendingChangesDialog

    class Probe(PendingChangesDialog):
        def __init__(self):
            super().__init__(database=database)
            self.pending = []
            self.loads = 0
            layout = QVBoxLayout(self)
            layout.addLayout(self.connection_bar())
            layout.addLayout(self.save_bar())

        def load(self):
            self.pending = []
            self.loads += 1
            self.changes_updated()
            return True

        def pending_changes(self):
            return list(self.pending)

        def write_changes(self, changes):
            repo.save_settings(self.database, changes)

        def edit(self, insee="94081", code="voirie"):
            from gup_signalement_plugin.core.catalogue import CommuneSetting, Stage

            self.pending.append(CommuneSetting(insee, code, Stage.PUBLIC))
            self.changes_updated()

    return Probe()


@pytest.fixture
def probe(gup_dsn, qgis_app, questions):
    from gup_signalement_plugin.db.database import Database

    database = Database(gup_dsn, author="parts-test")
    dialog = probe_dialog(database)
    yield dialog
    database.close()
    dialog.deleteLater()


def save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.Save)


def stored_cells(database):
    return database.scalar("SELECT count(*) FROM gup_signalement.commune_categorie")


def test_save_is_enabled_only_while_there_are_pending_changes(probe):
    assert not save_button(probe).isEnabled()
    probe.edit()
    assert save_button(probe).isEnabled()
    probe.pending = []
    probe.changes_updated()
    assert not save_button(probe).isEnabled()


def test_buttons_are_the_translated_standard_ones(probe):
    assert sorted(b.text() for b in probe.buttons.buttons()) == ["Close", "Save"]


def test_close_with_pending_changes_asks_and_cancel_keeps_them(probe, questions):
    probe.show()
    probe.edit()
    probe.reject()
    assert questions == ["1 change(s) are not saved. Discard them?"]
    assert probe.isVisible() and len(probe.pending_changes()) == 1
    questions.answer = QMessageBox.Discard
    probe.reject()
    assert not probe.isVisible() and len(questions) == 2


def test_close_without_pending_changes_does_not_ask(probe, questions):
    probe.show()
    probe.reject()
    assert questions == [] and not probe.isVisible()


def test_save_writes_in_one_go_then_reloads(probe):
    probe.edit("94081")
    probe.edit("94041")
    assert probe.save()
    assert stored_cells(probe.database) == 2
    assert probe.pending_changes() == [] and probe.loads == 1
    assert not save_button(probe).isEnabled()


def test_a_refused_save_keeps_the_edits_and_shows_why(probe, questions):
    probe.edit("94081")
    probe.edit("99999")  # no such commune: the whole save is refused
    assert not probe.save()
    kind, text = questions.errors[-1]
    assert kind == "critical" and text.startswith("Nothing was saved; your changes are still here.")
    assert "99999" in text
    assert len(probe.pending_changes()) == 2 and save_button(probe).isEnabled()
    assert stored_cells(probe.database) == 0 and probe.loads == 0


def test_loading_another_connection_asks_and_discard_keeps_nothing(
    gup_connection, qgis_app, questions
):
    dialog = probe_dialog()
    try:
        assert dialog.connection_combo is not None
        dialog.connection_combo.setCurrentText(gup_connection)
        assert dialog._load_from_combo() and dialog.loads == 1 and questions == []
        first = dialog.database
        dialog.edit()
        assert not dialog._load_from_combo()  # Cancel: nothing reloaded, the edit kept
        assert questions == ["1 change(s) are not saved. Discard them?"]
        assert dialog.database is first and dialog.loads == 1
        assert len(dialog.pending_changes()) == 1
        questions.answer = QMessageBox.Discard
        assert dialog._load_from_combo()
        assert dialog.loads == 2 and dialog.pending_changes() == []
        assert dialog.database is not first and first._conn is None  # closed
        assert stored_cells(dialog.database) == 0  # discarded, not written
    finally:
        if dialog.database is not None:
            dialog.database.close()
        dialog.deleteLater()


def test_matrix_and_services_dialogs_are_built_on_the_base():
    from gup_signalement_plugin.gui.matrix_dialog import CategoryMatrixDialog
    from gup_signalement_plugin.gui.pending_changes_dialog import PendingChangesDialog
    from gup_signalement_plugin.gui.services_dialog import ServicesDialog

    assert issubclass(CategoryMatrixDialog, PendingChangesDialog)
    assert issubclass(ServicesDialog, PendingChangesDialog)


# One label per routing status ---------------------------------------------------------------
def explanation(status):
    from gup_signalement_plugin.usecases.routing import ReportExplanation

    return ReportExplanation(
        report_id=1,
        status=status,
        reason_code=None,
        sentence=None,
        manual=False,
        insee_code=None,
        service_id=None,
        service_name=None,
        extra_service_ids=(),
        extra_service_names=(),
        perimeter_id=None,
        wkb_point=b"",
    )


def test_why_dialog_and_reports_legend_name_each_status_alike(gup_dsn, qgis_app):
    from gup_signalement_plugin.db.database import Database
    from gup_signalement_plugin.gui.why_dialog import WhyThisServiceDialog
    from gup_signalement_plugin.toolbelt.routing_layers import STATUS_COLORS, reports_renderer

    legend = {c.value(): c.label() for c in reports_renderer().categories()}
    assert set(legend) == set(STATUS_COLORS) == {"routed", "triage", "not_open", "quarantine"}
    with Database(gup_dsn) as database:
        dialog = WhyThisServiceDialog(database, 0)  # no such report: filled below
    try:
        shown = {}
        for status in legend:
            dialog.explanation = explanation(status)
            dialog._fill()
            shown[status] = dialog.status_label.text()
        assert shown == legend
        assert legend["triage"] == "Triage queue (no competent service)"
    finally:
        dialog.deleteLater()


# One way to find a layer's connection -----------------------------------------------------
@pytest.fixture
def twin_connection(gup_dsn, gup_connection):
    """A second stored connection to the same database, sorted before 'gup_test'."""
    from qgis.core import QgsDataSourceUri, QgsProviderRegistry

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    connection = metadata.createConnection(
        QgsDataSourceUri(gup_dsn).uri(False), {"saveUsername": True, "savePassword": True}
    )
    connection.store("aaa_twin")
    yield "aaa_twin"
    metadata.deleteConnection("aaa_twin")


def test_a_plugin_layer_keeps_the_connection_it_was_built_from(gup_connection, twin_connection):
    from qgis.core import QgsProject

    from gup_signalement_plugin.toolbelt.connections import layer_connection
    from gup_signalement_plugin.toolbelt.routing_layers import add_services_table

    project = QgsProject()
    layer = add_services_table(gup_connection, project)
    assert layer_connection(layer) == gup_connection  # not the twin found by its address
    from gup_signalement_plugin.toolbelt.incoming_layers import add_quarantine_layer

    quarantine = add_quarantine_layer(twin_connection, project)
    assert layer_connection(quarantine) == twin_connection


def test_another_layer_is_matched_on_its_database(
    gup_connection, twin_connection, gup_dsn, postgis_dsn
):
    from qgis.core import QgsDataSourceUri, QgsVectorLayer

    from gup_signalement_plugin.toolbelt.connections import (
        LAYER_CONNECTION_PROPERTY,
        layer_connection,
    )

    def table_layer(dsn):
        uri = QgsDataSourceUri(dsn)
        uri.setDataSource("gup_signalement", "service", "", "", "id")
        return QgsVectorLayer(uri.uri(False), "by hand", "postgres")

    by_hand = table_layer(gup_dsn)
    assert layer_connection(by_hand) == twin_connection  # the first stored one to that database
    by_hand.setCustomProperty(LAYER_CONNECTION_PROPERTY, "deleted since")
    assert layer_connection(by_hand) == twin_connection
    assert layer_connection(table_layer(postgis_dsn)) is None  # no stored connection to it
