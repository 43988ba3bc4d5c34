"""Credentials come from QGIS's authentication manager or a pg_service, never from the plugin."""

import pytest
from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsDataSourceUri, QgsProviderRegistry


def _server(dsn):
    parts = dict(p.split("=", 1) for p in dsn.split())
    return parts


@pytest.fixture
def password_role(admin_execute):
    admin_execute(
        "DO $$ BEGIN CREATE ROLE gup_auth_user LOGIN PASSWORD 's3cret'; "
        "EXCEPTION WHEN duplicate_object THEN NULL; END $$"
    )
    return "gup_auth_user", "s3cret"


def test_connection_with_authcfg(gup_dsn, password_role, qgis_app):
    from gup_signalement_plugin.toolbelt.connections import database_for_connection

    manager = QgsApplication.authManager()
    assert manager.setMasterPassword("master-for-tests", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("gup test")
    config.setConfig("username", password_role[0])
    config.setConfig("password", password_role[1])
    assert manager.storeAuthenticationConfig(config)[0]
    server = _server(gup_dsn)
    uri = QgsDataSourceUri()
    uri.setConnection(
        server["host"],
        server["port"],
        server["dbname"],
        "",
        "",
        QgsDataSourceUri.SslPrefer,
        config.id(),
    )
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.createConnection(uri.uri(False), {}).store("gup_authcfg")
    try:
        stored = metadata.findConnection("gup_authcfg").uri()
        assert "s3cret" not in stored and "authcfg=" + config.id() in stored
        with database_for_connection("gup_authcfg") as db:
            assert db.scalar("SELECT current_user") == "gup_auth_user"
    finally:
        metadata.deleteConnection("gup_authcfg")
        manager.removeAuthenticationConfig(config.id())


def test_connection_with_pg_service(gup_dsn, tmp_path, monkeypatch, qgis_app):
    from gup_signalement_plugin.toolbelt.connections import database_for_connection

    server = _server(gup_dsn)
    service_file = tmp_path / "pg_service.conf"
    service_file.write_text(
        "[gup_svc]\nhost={host}\nport={port}\ndbname={dbname}\nuser={user}\n".format(**server)
    )
    monkeypatch.setenv("PGSERVICEFILE", str(service_file))
    uri = QgsDataSourceUri()
    uri.setConnection("gup_svc", "", "", "")
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.createConnection(uri.uri(False), {}).store("gup_service")
    try:
        with database_for_connection("gup_service") as db:
            assert db.name == server["dbname"]
            assert db.scalar("SELECT count(*) FROM gup_signalement.commune") == 24
    finally:
        metadata.deleteConnection("gup_service")


def test_unknown_connection_name(qgis_app):
    from gup_signalement_plugin.core.errors import GupError
    from gup_signalement_plugin.toolbelt.connections import database_for_connection

    with pytest.raises(GupError, match="no PostgreSQL connection named 'absent'"):
        database_for_connection("absent")
