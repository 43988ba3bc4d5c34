"""A PostgreSQL connection with real transactions, bind parameters and errors a user can read.

We use psycopg2 (shipped with QGIS) rather than QgsAbstractDatabaseProviderConnection.executeSql:
executeSql has no bind parameters, raises exceptions of two unrelated classes and leaves its
session aborted after a failed transaction (docs/DEVELOPER_GUIDE.md, trap T8)."""

import contextlib
import re
from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple

import psycopg2
import psycopg2.errorcodes
import psycopg2.extras

from ..core.errors import GupError
from ..core.schema import SCHEMA  # noqa: F401 (re-exported: every repository reads it here)

# admin_shutdown, crash_shutdown, cannot_connect_now: the server ended the session.
LOST_CONNECTION_CODES = ("57P01", "57P02", "57P03")


class DatabaseError(GupError):
    """A database failure explained for the user; the transaction has been rolled back."""

    def __init__(self, message: str, code: str = "", **params: Any):
        super().__init__(message)
        self.code = code
        self.params = params


# Known constraint violations, as codes with parameters (toolbelt/database_text.py).
UNKNOWN_CATEGORY = "database.unknown_category"
UNKNOWN_COMMUNE = "database.unknown_commune"
UNKNOWN_REFERENCE = "database.unknown_reference"
STILL_USED = "database.still_used"
ALREADY_EXISTS = "database.already_exists"
MESSAGES = {
    UNKNOWN_CATEGORY: "unknown category '{value}': it is not in the catalogue (import or create "
    "it first); nothing was written",
    UNKNOWN_COMMUNE: "unknown commune '{value}' (INSEE code): it is not in the database (import "
    "the communes first); nothing was written",
    UNKNOWN_REFERENCE: "{column} '{value}' does not exist in the table {table}; nothing was "
    "written",
    STILL_USED: "{column} '{value}' is still used by the table {table}: change or delete those "
    "rows first; nothing was written",
    ALREADY_EXISTS: "{column} '{value}' already exists in the table {table}; nothing was written",
}
_KEY_DETAIL = re.compile(
    r'Key \((?P<column>.+?)\)=\((?P<value>.*)\) (?P<verb>is not present in|'
    r'is still referenced from|already exists)(?: table "(?P<table>[^"]+)")?'
)


def constraint_problem(exc: Exception) -> Optional[Tuple[str, Dict[str, str]]]:
    """(code, params) of a foreign-key or unique violation whose detail names the key."""
    diag = getattr(exc, "diag", None)
    match = _KEY_DETAIL.match((diag.message_detail or "") if diag is not None else "")
    if match is None:
        return None
    params = {
        "column": match["column"],
        "value": match["value"],
        "table": match["table"] or diag.table_name or "",
    }
    if match["verb"] == "already exists":
        return ALREADY_EXISTS, params
    if match["verb"] == "is still referenced from":
        return STILL_USED, params
    code = {"categorie": UNKNOWN_CATEGORY, "commune": UNKNOWN_COMMUNE}.get(
        params["table"], UNKNOWN_REFERENCE
    )
    return code, params


def database_error(exc: Exception, role: str = "") -> DatabaseError:
    """The DatabaseError of a psycopg2 error: a known constraint violation as a code."""
    known = constraint_problem(exc)
    if known is None:
        return DatabaseError(explain(exc, role))
    code, params = known
    return DatabaseError(MESSAGES[code].format(**params), code, **params)


def explain(exc: Exception, role: str = "") -> str:
    """A readable sentence for a psycopg2 error."""
    code = getattr(exc, "pgcode", None)
    if (
        code in LOST_CONNECTION_CODES
        or isinstance(exc, psycopg2.InterfaceError)
        or "closed the connection" in str(exc)
    ):
        return (
            "The connection to the database was lost ({}): the current step was not "
            "written; what was saved before it is kept.".format(str(exc).strip())
        )
    if isinstance(exc, psycopg2.OperationalError) and code is None:
        return "Cannot connect to the database: {}".format(str(exc).strip())
    diag = getattr(exc, "diag", None)
    primary = (
        diag.message_primary if diag is not None and diag.message_primary else str(exc)
    ).strip()
    detail = diag.message_detail if diag is not None and diag.message_detail else ""
    if code == psycopg2.errorcodes.INSUFFICIENT_PRIVILEGE:
        return (
            "The database role {} lacks the rights for this operation ({}). Ask the database "
            "administrator to grant them."
        ).format("'{}'".format(role) if role else "", primary)
    if code in (
        psycopg2.errorcodes.FOREIGN_KEY_VIOLATION,
        psycopg2.errorcodes.UNIQUE_VIOLATION,
        psycopg2.errorcodes.NOT_NULL_VIOLATION,
        psycopg2.errorcodes.CHECK_VIOLATION,
    ):
        return "{}{}".format(primary, " ({})".format(detail) if detail else "")
    if (
        code == psycopg2.errorcodes.UNDEFINED_TABLE
        or code == psycopg2.errorcodes.INVALID_SCHEMA_NAME
    ):
        return (
            "{}: the GUP structure is missing or too old in this database; run 'Create "
            "database structure' or 'Upgrade database structure'."
        ).format(primary)
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
                self._conn = psycopg2.connect(
                    self.dsn, connect_timeout=15, application_name="gup_signalement_plugin"
                )
            except psycopg2.Error as exc:
                raise database_error(exc) from exc
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
            raise database_error(exc, "" if lost else self.role) from exc
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
