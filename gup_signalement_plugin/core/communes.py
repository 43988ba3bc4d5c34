"""Communes as imported from any polygon layer: checks before anything is written."""

from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

import shapely
import shapely.wkb

from .catalogue import INSEE_CODE_PATTERN
from .errors import InputError, Problem


@dataclass
class CommuneRecord:
    insee_code: str
    name: str
    wkb: Optional[bytes]  # polygon or multipolygon, in the CRS given by the importer
    where: str = ""  # e.g. "feature 12" for messages
    population: Optional[int] = None

    @property
    def departement(self) -> str:
        """'94' for 94081, '2A' for Corsica, '971' for overseas communes."""
        return self.insee_code[:3] if self.insee_code.startswith("97") else self.insee_code[:2]


# Problem codes, with their English sentence (toolbelt/communes_text.py translates them).
BAD_INSEE_CODE = "communes.bad_insee_code"
INSEE_CODE_USED = "communes.insee_code_used"
EMPTY_NAME = "communes.empty_name"
NO_GEOMETRY = "communes.no_geometry"
UNREADABLE_GEOMETRY = "communes.unreadable_geometry"
EMPTY_GEOMETRY = "communes.empty_geometry"
NOT_POLYGON = "communes.not_polygon"
INVALID_GEOMETRY = "communes.invalid_geometry"
NONE_IMPORTED = "communes.none_imported"
MESSAGES = {
    BAD_INSEE_CODE: "invalid INSEE code '{insee}' (5 characters, e.g. 94081)",
    INSEE_CODE_USED: "INSEE code {insee} already used by {first}",
    EMPTY_NAME: "empty commune name",
    NO_GEOMETRY: "commune {insee}: no geometry",
    UNREADABLE_GEOMETRY: "commune {insee}: unreadable geometry ({detail})",
    EMPTY_GEOMETRY: "commune {insee}: empty geometry",
    NOT_POLYGON: "commune {insee}: {kind} geometry, a polygon is expected",
    INVALID_GEOMETRY: "commune {insee}: invalid geometry: {reason}",
    NONE_IMPORTED: "No commune was imported:",
}


def _problem(where: str, code: str, /, **params) -> Problem:
    return Problem.coded(where, code, MESSAGES[code], **params)


def refused(problems: Sequence[Problem]) -> InputError:
    """The error of a refused commune import, its summary given as a code too."""
    return InputError(problems, MESSAGES[NONE_IMPORTED], NONE_IMPORTED)


def geometry_problem(wkb: Optional[bytes]) -> Optional[Tuple[str, Dict[str, str]]]:
    """Why a polygon geometry cannot be stored (a code and its parameters), or None."""
    if not wkb:
        return NO_GEOMETRY, {}
    try:
        geom = shapely.wkb.loads(bytes(wkb))
    except Exception as exc:  # shapely raises GEOSException or others on garbage
        return UNREADABLE_GEOMETRY, {"detail": str(exc)}
    if geom.is_empty:
        return EMPTY_GEOMETRY, {}
    if geom.geom_type not in ("Polygon", "MultiPolygon"):
        return NOT_POLYGON, {"kind": geom.geom_type}
    if not geom.is_valid:
        return INVALID_GEOMETRY, {"reason": shapely.is_valid_reason(geom)}
    return None


def validate_communes(records: Sequence[CommuneRecord]) -> List[Problem]:
    """Every problem of a commune import: INSEE code format, duplicates, names, geometries."""
    problems: List[Problem] = []
    seen = {}
    for record in records:
        where = record.where or record.insee_code
        if not INSEE_CODE_PATTERN.match(record.insee_code or ""):
            problems.append(_problem(where, BAD_INSEE_CODE, insee=record.insee_code))
        elif record.insee_code in seen:
            problems.append(
                _problem(
                    where, INSEE_CODE_USED, insee=record.insee_code, first=seen[record.insee_code]
                )
            )
        seen.setdefault(record.insee_code, where)
        if not (record.name or "").strip():
            problems.append(_problem(where, EMPTY_NAME))
        found = geometry_problem(record.wkb)
        if found:
            code, params = found
            problems.append(_problem(where, code, insee=record.insee_code, **params))
    return problems
