"""A PostgreSQL connection with real transactions, bind parameters and errors a user can read.

We use psycopg2 (shipped with QGIS) rather than QgsAbstractDatabaseProviderConnection.executeSql:
executeSql has no bind parameters, raises exceptions of two unrelated classes and leaves its
session aborted after a failed transaction (docs/DEVELOPER_GUIDE.md, trap T8)."""
import contextlib
from typing import Any, Dict, Iterator, List, Optional, Sequence

import psycopg2
import psycopg2.errorcodes
import psycopg2.extras

from ..core.errors import GupError
from ..core.schema import SCHEMA

# admin_shutdown, crash_shutdown, cannot_connect_now: the server ended the session.
LOST_CONNECTION_CODES = ("57P01", "57P02", "57P03")


class DatabaseError(GupError):
    """A database failure explained for the user; the transaction has been rolled back."""


def explain(exc: Exception, role: str = "") -> str:
    """A readable sentence for a psycopg2 error."""
    code = getattr(exc, "pgcode", None)
    if (code in LOST_CONNECTION_CODES or isinstance(exc, psycopg2.InterfaceError)
            or "closed the connection" in str(exc)):
        return ("The connection to the database was lost ({}): the current step was not "
                "written; what was saved before it is kept.".format(str(exc).strip()))
    if isinstance(exc, psycopg2.OperationalError) and code is None:
        return "Cannot connect to the database: {}".format(str(exc).strip())
    diag = getattr(exc, "diag", None)
    primary = (diag.message_primary if diag is not None and diag.message_primary else str(exc)).strip()
    detail = (diag.message_detail if diag is not None and diag.message_detail else "")
    if code == psycopg2.errorcodes.INSUFFICIENT_PRIVILEGE:
        return ("The database role {} lacks the rights for this operation ({}). Ask the database "
                "administrator to grant them.").format("'{}'".format(role) if role else "", primary)
    if code in (psycopg2.errorcodes.FOREIGN_KEY_VIOLATION, psycopg2.errorcodes.UNIQUE_VIOLATION,
                psycopg2.errorcodes.NOT_NULL_VIOLATION, psycopg2.errorcodes.CHECK_VIOLATION):
        return "{}{}".format(primary, " ({})".format(detail) if detail else "")
    if code == psycopg2.errorcodes.UNDEFINED_TABLE or code == psycopg2.errorcodes.INVALID_SCHEMA_NAME:
        return ("{}: the GUP structure is missing or too old in this database; run 'Create "
                "database structure' or 'Upgrade database structure'.").format(primary)
    return primary + (" ({})".format(detail) if detail else "")


class Database:
    """One connection to one database. Use ``with db.transaction() as cur:`` for every write."""

    def __init__(self, dsn: str, author: Optional[str] = None):
        self.dsn = dsn
        self.author = author
        self._conn = None

    @property
    def connection(self):
        if self._conn is None or self._conn.closed:
            try:
                self._conn = psycopg2.connect(self.dsn, connect_timeout=15,
                                              application_name="gup_signalement_plugin")
            except psycopg2.Error as exc:
                raise DatabaseError(explain(exc)) from exc
        return self._conn

    @property
    def role(self) -> str:
        return self.connection.get_dsn_parameters().get("user", "")

    @property
    def name(self) -> str:
        return self.connection.get_dsn_parameters().get("dbname", "")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        """A cursor in one transaction: committed at the end, rolled back on any error."""
        conn = self.connection
        cur = conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor)
        try:
            if self.author:
                cur.execute("SELECT set_config('gup_signalement.author', %s, true)", (self.author,))
            yield cur
            conn.commit()
        except psycopg2.Error as exc:
            lost = self._rollback(conn)
            raise DatabaseError(explain(exc, "" if lost else self.role)) from exc
        except BaseException:
            self._rollback(conn)
            raise
        finally:
            if not cur.closed:
                cur.close()

    @staticmethod
    def _rollback(conn) -> bool:
        """Roll back; True when the connection was lost (nothing to roll back: the server did)."""
        if not conn.closed:
            try:
                conn.rollback()
                return False
            except psycopg2.Error:
                pass
        return True

    def query(self, sql: str, params: Sequence[Any] = ()) -> List[Dict[str, Any]]:
        """Rows of a read-only query as dicts."""
        with self.transaction() as cur:
            cur.execute(sql, params)
            return [dict(row) for row in cur.fetchall()] if cur.description else []

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        rows = self.query(sql, params)
        return next(iter(rows[0].values())) if rows else None

    def close(self) -> None:
        if self._conn is not None and not self._conn.closed:
            self._conn.close()
        self._conn = None

    def __enter__(self) -> "Database":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()
