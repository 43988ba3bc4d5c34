"""QGIS-layer fixtures. Plugin modules are imported inside fixtures only
(docs/DEVELOPER_GUIDE.md T3)."""

import pytest


@pytest.fixture
def gup_connection(gup_dsn, qgis_app):
    """A QGIS PostgreSQL connection named 'gup_test' on a fresh loaded database."""
    from qgis.core import QgsDataSourceUri, QgsProviderRegistry

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    uri = QgsDataSourceUri(gup_dsn)
    connection = metadata.createConnection(
        uri.uri(False), {"saveUsername": True, "savePassword": True}
    )
    connection.store("gup_test")
    yield "gup_test"
    metadata.deleteConnection("gup_test")


@pytest.fixture
def empty_connection(postgis_dsn, qgis_app):
    """A QGIS PostgreSQL connection named 'gup_empty' on a database with PostGIS only."""
    from qgis.core import QgsDataSourceUri, QgsProviderRegistry

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    connection = metadata.createConnection(
        QgsDataSourceUri(postgis_dsn).uri(False), {"saveUsername": True, "savePassword": True}
    )
    connection.store("gup_empty")
    yield "gup_empty"
    metadata.deleteConnection("gup_empty")


@pytest.fixture
def gup_provider(qgis_processing):
    """The plugin loaded as qgis_process does: classFactory(None) then initProcessing()."""
    import gup_signalement_plugin

    plugin = gup_signalement_plugin.classFactory(None)
    plugin.initProcessing()
    yield plugin.provider
    plugin.unload()


@pytest.fixture
def messages(monkeypatch):
    """Message boxes recorded as (kind, text) instead of shown; questions answer Discard."""
    from qgis.PyQt.QtWidgets import QMessageBox

    shown = []
    for kind in ("critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda *args, k=kind: shown.append((k, args[2])))
    monkeypatch.setattr(QMessageBox, "exec_", lambda *args: QMessageBox.Discard)
    return shown


@pytest.fixture
def french_qgis():
    """QGIS in French for the test (the plugin's translator follows locale/userLocale)."""
    from qgis.core import QgsSettings

    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "fr_FR")
    yield
    settings.setValue("locale/userLocale", "en_US")
