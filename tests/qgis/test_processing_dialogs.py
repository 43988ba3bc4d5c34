"""What a user sees of the algorithms in QGIS's Processing dialog: the help, rendered as HTML,
and the connection box, pre-filled with the last used (or the only) connection."""

import re

import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtGui import QTextDocument

KEY = "gup_signalement/connection"


def _words(text: str):
    return re.findall(r"\S+", text)


def test_every_help_renders_all_its_text(gup_provider):
    """Parsed as HTML (as the Processing dialog shows it), each help keeps every word of its
    text: '<folder>/<audience>/<INSEE>' is not swallowed as tags, '&' stays '&'."""
    checked = 0
    for algorithm in gup_provider.algorithms():
        raw = algorithm.help_text()
        assert raw, algorithm.name()
        document = QTextDocument()
        document.setHtml(algorithm.shortHelpString())
        assert _words(document.toPlainText()) == _words(raw), algorithm.name()
        checked += 1
    assert checked == len(gup_provider.algorithms()) >= 17


def test_open311_help_shows_the_folder_pattern(gup_provider):
    algorithm = gup_provider.algorithm("export_open311_services")
    document = QTextDocument()
    document.setHtml(algorithm.shortHelpString())
    assert "<folder>/<audience>/<INSEE>/services.json" in document.toPlainText()


@pytest.fixture
def remembered():
    """The remembered connection, restored after the test."""
    settings = QgsSettings()
    before = settings.value(KEY, None)
    yield settings
    if before is None:
        settings.remove(KEY)
    else:
        settings.setValue(KEY, before)


@pytest.fixture
def second_connection(gup_connection, gup_dsn):
    """A second stored connection ('gup_zz_other', sorted after 'gup_test')."""
    from qgis.core import QgsDataSourceUri, QgsProviderRegistry

    from gup_signalement_plugin.toolbelt.connections import connection_names

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.createConnection(QgsDataSourceUri(gup_dsn).uri(False), {}).store("gup_zz_other")
    assert connection_names() == [gup_connection, "gup_zz_other"]
    yield "gup_zz_other"
    metadata.deleteConnection("gup_zz_other")


@pytest.fixture
def processing_iface(qgis_iface, monkeypatch):
    """pytest-qgis's iface stub, with the browser model the Processing dialog asks for."""
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: None, raising=False)
    return qgis_iface


def _dialog_connection(name="reroute_reports"):
    """The connection QGIS's Processing dialog shows when it opens (it creates a fresh
    algorithm instance, then a widget per parameter)."""
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("gup_signalement:" + name)
    dialog = AlgorithmDialog(algorithm)
    try:
        wrapper = dialog.mainWidget().wrappers["CONNECTION_NAME"]
        return wrapper.parameterValue(), wrapper.wrappedWidget().currentText()
    finally:
        dialog.deleteLater()


def test_connection_box_defaults_to_the_last_used(
    gup_provider, second_connection, remembered, processing_iface
):
    remembered.remove(KEY)
    assert _dialog_connection() == (None, "")  # two connections, none used yet
    remembered.setValue(KEY, second_connection)
    assert _dialog_connection() == (second_connection, second_connection)
    remembered.setValue(KEY, "a connection since deleted")
    assert _dialog_connection() == (None, "")


def test_connection_box_defaults_to_the_only_connection(
    gup_provider, gup_connection, remembered, processing_iface
):
    from gup_signalement_plugin.toolbelt.connections import connection_names

    remembered.remove(KEY)
    assert connection_names() == [gup_connection]
    assert _dialog_connection() == (gup_connection, gup_connection)


def test_running_an_algorithm_remembers_its_connection(
    gup_provider, second_connection, gup_connection, remembered, processing_iface
):
    import processing

    remembered.setValue(KEY, second_connection)
    processing.run("gup_signalement:reroute_reports", {"CONNECTION_NAME": gup_connection})
    assert remembered.value(KEY) == gup_connection
    assert _dialog_connection() == (gup_connection, gup_connection)
