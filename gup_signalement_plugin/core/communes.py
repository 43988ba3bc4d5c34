"""Communes as imported from any polygon layer: checks before anything is written."""
from dataclasses import dataclass
from typing import List, Optional, Sequence

import shapely
import shapely.wkb

from .catalogue import INSEE_CODE_PATTERN
from .errors import Problem


@dataclass
class CommuneRecord:
    insee_code: str
    name: str
    wkb: Optional[bytes]  # polygon or multipolygon, in the CRS given by the importer
    where: str = ""       # e.g. "feature 12" for messages
    population: Optional[int] = None

    @property
    def departement(self) -> str:
        """'94' for 94081, '2A' for Corsica, '971' for overseas communes."""
        return self.insee_code[:3] if self.insee_code.startswith("97") else self.insee_code[:2]


def geometry_problem(wkb: Optional[bytes]) -> Optional[str]:
    """Why a polygon geometry cannot be stored, or None when it can."""
    if not wkb:
        return "no geometry"
    try:
        geom = shapely.wkb.loads(bytes(wkb))
    except Exception as exc:  # shapely raises GEOSException or others on garbage
        return "unreadable geometry ({})".format(exc)
    if geom.is_empty:
        return "empty geometry"
    if geom.geom_type not in ("Polygon", "MultiPolygon"):
        return "{} geometry, a polygon is expected".format(geom.geom_type)
    if not geom.is_valid:
        return "invalid geometry: {}".format(shapely.is_valid_reason(geom))
    return None


def validate_communes(records: Sequence[CommuneRecord]) -> List[Problem]:
    """Every problem of a commune import: INSEE code format, duplicates, names, geometries."""
    problems: List[Problem] = []
    seen = {}
    for record in records:
        where = record.where or record.insee_code
        if not INSEE_CODE_PATTERN.match(record.insee_code or ""):
            problems.append(Problem(where, "invalid INSEE code '{}' (5 characters, e.g. 94081)"
                                    .format(record.insee_code)))
        elif record.insee_code in seen:
            problems.append(Problem(where, "INSEE code {} already used by {}".format(
                record.insee_code, seen[record.insee_code])))
        seen.setdefault(record.insee_code, where)
        if not (record.name or "").strip():
            problems.append(Problem(where, "empty commune name"))
        reason = geometry_problem(record.wkb)
        if reason:
            problems.append(Problem(where, "commune {}: {}".format(record.insee_code, reason)))
    return problems
