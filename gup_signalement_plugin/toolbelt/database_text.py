"""The database errors the plugin recognises (db/database.py codes) as translated sentences."""

from typing import Dict

from qgis.PyQt.QtCore import QCoreApplication

from ..db.database import (
    ALREADY_EXISTS,
    STILL_USED,
    UNKNOWN_CATEGORY,
    UNKNOWN_COMMUNE,
    UNKNOWN_REFERENCE,
)


def templates() -> Dict[str, str]:
    """One translated sentence per code; the parameters are those of database.MESSAGES."""
    translate = QCoreApplication.translate
    return {
        UNKNOWN_CATEGORY: translate(
            "DatabaseText",
            "unknown category '{value}': it is not in the catalogue (import or create it first); "
            "nothing was written",
        ),
        UNKNOWN_COMMUNE: translate(
            "DatabaseText",
            "unknown commune '{value}' (INSEE code): it is not in the database (import the "
            "communes first); nothing was written",
        ),
        UNKNOWN_REFERENCE: translate(
            "DatabaseText",
            "{column} '{value}' does not exist in the table {table}; nothing was written",
        ),
        STILL_USED: translate(
            "DatabaseText",
            "{column} '{value}' is still used by the table {table}: change or delete those rows "
            "first; nothing was written",
        ),
        ALREADY_EXISTS: translate(
            "DatabaseText",
            "{column} '{value}' already exists in the table {table}; nothing was written",
        ),
    }
