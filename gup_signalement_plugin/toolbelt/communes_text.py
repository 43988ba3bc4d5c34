"""The problems of a commune import (core/communes.py codes) as translated sentences."""

from typing import Dict

from qgis.PyQt.QtCore import QCoreApplication

from ..core import communes as rules


def templates() -> Dict[str, str]:
    """One translated sentence per code; the parameters are those of communes.MESSAGES."""
    translate = QCoreApplication.translate
    return {
        rules.BAD_INSEE_CODE: translate(
            "CommunesText", "invalid INSEE code '{insee}' (5 characters, e.g. 94081)"
        ),
        rules.INSEE_CODE_USED: translate(
            "CommunesText", "INSEE code {insee} already used by {first}"
        ),
        rules.EMPTY_NAME: translate("CommunesText", "empty commune name"),
        rules.NO_GEOMETRY: translate("CommunesText", "commune {insee}: no geometry"),
        rules.UNREADABLE_GEOMETRY: translate(
            "CommunesText", "commune {insee}: unreadable geometry ({detail})"
        ),
        rules.EMPTY_GEOMETRY: translate("CommunesText", "commune {insee}: empty geometry"),
        rules.NOT_POLYGON: translate(
            "CommunesText", "commune {insee}: {kind} geometry, a polygon is expected"
        ),
        rules.INVALID_GEOMETRY: translate(
            "CommunesText", "commune {insee}: invalid geometry: {reason}"
        ),
        rules.NONE_IMPORTED: translate("CommunesText", "No commune was imported:"),
    }
