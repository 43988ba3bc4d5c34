"""From a QGIS PostgreSQL connection (browser panel) to a Database.

Credentials are never stored by the plugin: they come from the connection's pg_service, its
authentication configuration (QGIS auth manager), or libpq's own sources (.pgpass, PGPASSWORD)."""

from typing import List, Optional

from qgis.core import QgsApplication, QgsDataSourceUri, QgsProviderRegistry, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import GupError
from ..core.schema import SCHEMA
from ..db.database import Database  # the connection type: opened here for the QGIS side
from .auth import load_auth_config

LAST_CONNECTION_KEY = "gup_signalement/connection"
LAYER_CONNECTION_PROPERTY = "gup_signalement/connection"  # set on the layers the plugin builds


def connection_names() -> List[str]:
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    return sorted(metadata.connections().keys())


def default_connection() -> str:
    """The connection to pre-select: the last one used by a dialog or an algorithm if it still
    exists, else the only one, else '' (the user chooses)."""
    names = connection_names()
    last = QgsSettings().value(LAST_CONNECTION_KEY, "") or ""
    if last in names:
        return last
    return names[0] if len(names) == 1 else ""


def remember_connection(name: str) -> None:
    if name:
        QgsSettings().setValue(LAST_CONNECTION_KEY, name)


def _quote(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def dsn_from_uri(uri: QgsDataSourceUri) -> str:
    """A libpq connection string from a QGIS data source URI, resolving its authcfg."""
    parts = []
    if uri.service():
        parts.append("service=" + _quote(uri.service()))
    if uri.host():
        parts.append("host=" + _quote(uri.host()))
    if uri.port():
        parts.append("port=" + _quote(uri.port()))
    if uri.database():
        parts.append("dbname=" + _quote(uri.database()))
    user, password = uri.username(), uri.password()
    if uri.authConfigId():
        config = load_auth_config(uri.authConfigId())
        user = config.config("username") or user
        password = config.config("password") or password
    if user:
        parts.append("user=" + _quote(user))
    if password:
        parts.append("password=" + _quote(password))
    mode = uri.sslMode()
    if mode not in (QgsDataSourceUri.SslPrefer,):
        ssl = {
            QgsDataSourceUri.SslDisable: "disable",
            QgsDataSourceUri.SslAllow: "allow",
            QgsDataSourceUri.SslRequire: "require",
            QgsDataSourceUri.SslVerifyCa: "verify-ca",
            QgsDataSourceUri.SslVerifyFull: "verify-full",
        }.get(mode)
        if ssl:
            parts.append("sslmode=" + ssl)
    return " ".join(parts)


def database_for_connection(name: str) -> Database:
    """The Database behind a stored QGIS PostgreSQL connection, by name."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    try:
        connection = metadata.findConnection(name)
    except Exception:  # QgsProviderConnectionException on older bindings
        connection = None
    if connection is None:
        raise GupError(
            QCoreApplication.translate(
                "Connections",
                "There is no PostgreSQL connection named '{}' in QGIS (Browser panel "
                "> PostgreSQL > New Connection).",
            ).format(name)
        )
    author = QgsApplication.instance().userFullName() if QgsApplication.instance() else None
    return Database(dsn_from_uri(QgsDataSourceUri(connection.uri())), author=author or None)


def layer_uri(
    name: str, table: str, geometry_column: str = "geom", key: str = "", sql: str = ""
) -> str:
    """A postgres layer source for a table of our schema, through the stored connection's URI
    (keeps its service/authcfg: no password is written into the project). Metadata are exact,
    whatever the connection says: estimated ones show the whole table's size and extent to a
    role that row-level security limits (docs/RIGHTS.md, QGIS_PLUGIN_PRACTICE P19)."""

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    uri = QgsDataSourceUri(metadata.findConnection(name).uri())
    uri.setDataSource(SCHEMA, table, geometry_column, sql, key)
    uri.setUseEstimatedMetadata(False)
    return uri.uri(False)


def same_table(source: str, other: str) -> bool:
    """Whether two postgres layer sources read the same table of the same database (QGIS adds
    options such as checkPrimaryKeyUnicity to a layer's source)."""

    def identity(text):
        uri = QgsDataSourceUri(text)
        return (uri.service(), uri.host(), uri.port(), uri.database(), uri.schema(), uri.table())

    return identity(source) == identity(other)


def _database_identity(uri: QgsDataSourceUri):
    return uri.service(), uri.host(), uri.port() or "5432", uri.database()


def set_layer_connection(layer, name: str) -> None:
    """Write on a layer (saved with the project) the stored connection it was built from."""
    layer.setCustomProperty(LAYER_CONNECTION_PROPERTY, name)


def layer_connection(layer) -> Optional[str]:
    """The stored connection a postgres layer reads from: the one the plugin's layer builders
    wrote on it while it still exists, else the first stored connection to the same database
    (service, host, port, database name), else None."""
    names = connection_names()
    written = layer.customProperty(LAYER_CONNECTION_PROPERTY)
    if written and str(written) in names:
        return str(written)
    identity = _database_identity(QgsDataSourceUri(layer.source()))
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    for name in names:
        if _database_identity(QgsDataSourceUri(metadata.findConnection(name).uri())) == identity:
            return name
    return None
