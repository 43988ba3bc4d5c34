"""Versioned database structure: one definition per version, no copies.

- ``sql/base/*.sql`` is the first released structure (0.1.0), frozen, run in file-name order;
- ``sql/upgrade/upgrade_to_X.Y.Z.sql`` takes a database from the previous version to X.Y.Z.
A fresh install runs the base then every upgrade file in version order, in ONE transaction; an
upgrade runs each pending file in its own transaction. Either way a failure leaves the database
as it was, so SQL files hold no BEGIN/COMMIT (a unit test checks it, with the other invariants:
docs/DEVELOPER_GUIDE.md, "The database structure")."""

import re
from pathlib import Path
from typing import Callable, List, Optional, Tuple

import psycopg2

from .database import SCHEMA, Database, DatabaseError, explain

SQL_DIR = Path(__file__).resolve().parent.parent / "sql"
BASE_VERSION = "0.1.0"  # version of the first released structure
UPGRADE_PATTERN = re.compile(r"^upgrade_to_(\d+)\.(\d+)\.(\d+)\.sql$")

Progress = Callable[[str], None]


def parse_version(text: str) -> Tuple[int, int, int]:
    """'0.10.2' -> (0, 10, 2); a '-dev' suffix is ignored. Versions compare as tuples."""
    match = re.match(r"^(\d+)\.(\d+)\.(\d+)", text.strip())
    if not match:
        raise ValueError("'{}' is not a version X.Y.Z".format(text))
    return tuple(int(part) for part in match.groups())  # type: ignore[return-value]


def base_files(sql_dir: Path = SQL_DIR) -> List[Path]:
    """The frozen structure of BASE_VERSION, in file-name order."""
    return sorted((sql_dir / "base").glob("*.sql"))


def install_files(sql_dir: Path = SQL_DIR) -> List[Path]:
    """What a fresh install runs: the base, then every upgrade file in version order."""
    return base_files(sql_dir) + [path for _version, path in upgrade_files(sql_dir)]


def upgrade_files(sql_dir: Path = SQL_DIR) -> List[Tuple[Tuple[int, int, int], Path]]:
    """Upgrade files sorted by version (as tuples: 0.10.0 comes after 0.9.0)."""
    found = []
    for path in (sql_dir / "upgrade").glob("*.sql"):
        match = UPGRADE_PATTERN.match(path.name)
        if not match:
            raise ValueError("unexpected file name in sql/upgrade: {}".format(path.name))
        found.append((tuple(int(p) for p in match.groups()), path))
    return sorted(found)


def target_version(sql_dir: Path = SQL_DIR) -> str:
    """The structure version this plugin installs: the last upgrade's, else the base version."""
    upgrades = upgrade_files(sql_dir)
    version = upgrades[-1][0] if upgrades else parse_version(BASE_VERSION)
    return "{}.{}.{}".format(*version)


def installed_version(db: Database) -> Optional[str]:
    """The version recorded in the database, or None when there is no GUP structure."""
    exists = db.scalar("SELECT to_regclass(%s) IS NOT NULL AS e", (SCHEMA + ".metadata",))
    if not exists:
        return None
    return db.scalar("SELECT version FROM {}.metadata ORDER BY id DESC LIMIT 1".format(SCHEMA))


def ensure_postgis(db: Database) -> str:
    """Check PostGIS, installing it when the role may. Returns the PostGIS version."""
    rows = db.query("SELECT extversion FROM pg_extension WHERE extname = 'postgis'")
    if rows:
        return rows[0]["extversion"]
    available = db.scalar("SELECT count(*) FROM pg_available_extensions WHERE name = 'postgis'")
    if not available:
        raise DatabaseError(
            "PostGIS is not available on this PostgreSQL server (database '{}'): "
            "install the PostGIS package on the server first.".format(db.name)
        )
    try:
        with db.transaction() as cur:
            cur.execute("CREATE EXTENSION IF NOT EXISTS postgis")
    except DatabaseError as exc:
        raise DatabaseError(
            "PostGIS is not installed in database '{}' and role '{}' cannot install "
            "it ({}). Ask an administrator to run: CREATE EXTENSION postgis;".format(
                db.name, db.role, exc
            )
        ) from exc
    return db.scalar("SELECT extversion FROM pg_extension WHERE extname = 'postgis'")


def _run_file(db: Database, cur, path: Path) -> None:
    try:
        cur.execute(path.read_text(encoding="utf-8"))
    except psycopg2.Error as exc:  # the caller's transaction rolls back; say which file failed
        raise DatabaseError("{}: {}".format(path.name, explain(exc, db.role))) from exc


def create_structure(
    db: Database, override: bool = False, progress: Progress = lambda m: None
) -> str:
    """Install the structure. An existing one is dropped only when ``override`` is True."""
    ensure_postgis(db)
    current = installed_version(db)
    schema_exists = db.scalar("SELECT count(*) FROM pg_namespace WHERE nspname = %s", (SCHEMA,))
    if schema_exists and not override:
        raise DatabaseError(
            "Database '{}' already has a GUP structure (schema {}, version {}). "
            "Nothing was changed. "
            "Use 'Upgrade database structure' to keep the data, or tick the option to drop it and "
            "ALL its data.".format(db.name, SCHEMA, current or "unknown")
        )
    version = target_version()
    with db.transaction() as cur:
        if schema_exists:
            progress("Dropping schema {} and all its data".format(SCHEMA))
            cur.execute("DROP SCHEMA {} CASCADE".format(SCHEMA))
        for path in install_files():
            progress("Running {}".format(path.name))
            _run_file(db, cur, path)
        cur.execute(
            "INSERT INTO {}.metadata (version, status) VALUES (%s, 'installed')".format(SCHEMA),
            (version,),
        )
    return version


def pending_upgrades(db: Database) -> List[Tuple[str, Path]]:
    current = installed_version(db)
    if current is None:
        raise DatabaseError("Database '{}' has no GUP structure: create it first.".format(db.name))
    if parse_version(current) > parse_version(target_version()):
        raise DatabaseError(
            "Database '{}' has structure {}, newer than this plugin ({}): update the "
            "plugin.".format(db.name, current, target_version())
        )
    return [
        ("{}.{}.{}".format(*v), path) for v, path in upgrade_files() if v > parse_version(current)
    ]


def upgrade_structure(db: Database, progress: Progress = lambda m: None) -> str:
    """Apply the pending upgrade files in version order, each in its own transaction."""
    for version, path in pending_upgrades(db):
        progress("Upgrading to {} ({})".format(version, path.name))
        with db.transaction() as cur:
            _run_file(db, cur, path)
            cur.execute(
                "INSERT INTO {}.metadata (version, status) VALUES (%s, 'upgraded')".format(SCHEMA),
                (version,),
            )
    return installed_version(db)
