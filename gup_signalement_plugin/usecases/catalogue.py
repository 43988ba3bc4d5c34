"""Use cases of the catalogue: communes, categories, the communes x categories settings and the
database structure. Run by the Processing algorithms, the dialogs, the demo and the benchmarks;
no QGIS here.

Each use case validates everything before writing, writes in one transaction, and returns
figures."""

from typing import Sequence

from ..core.catalogue import catalogue_to_csv, read_catalogue_csv, settings_to_csv
from ..core.communes import CommuneRecord, refused, validate_communes
from ..db import repositories as repo
from ..db.database import Database

# What the dialogs and algorithms read or write as is: one name each, defined in db/.
from ..db.migrations import (
    create_structure,
    installed_version,
    pending_upgrades,  # noqa: F401
    target_version,
    upgrade_structure,
)
from ..db.repositories import (
    cell_history,
    list_categories,
    list_communes,  # noqa: F401
    list_settings,
    read_settings_file,
    save_settings,
)


def import_communes(db: Database, records: Sequence[CommuneRecord], srid: int) -> int:
    problems = validate_communes(records)
    if problems:
        raise refused(problems)
    return repo.save_communes(db, records, srid)


def import_catalogue(db: Database, data: bytes, source: str) -> int:
    """Validate the whole file, then insert or update its categories in one transaction."""
    categories = read_catalogue_csv(data, source)
    return repo.save_categories(db, categories)


def export_catalogue(db: Database) -> bytes:
    return catalogue_to_csv(repo.list_categories(db))


def import_settings(db: Database, data: bytes, source: str) -> int:
    """Check a communes x categories CSV against the database, then save it in one transaction."""
    return repo.save_settings(db, repo.read_settings_file(db, data, source))


def export_settings(db: Database) -> bytes:
    return settings_to_csv(
        sorted(repo.list_settings(db), key=lambda s: (s.insee_code, s.category_code))
    )
