"""The one check of competence perimeters, used by the import and by the dry-run.

Refused, for every feature at once: unknown service or category, validity dates reversed, no
geometry, no polygon, invalid geometry (unless ``repair``: polygon parts of make_valid kept,
said in a warning), geometry entirely outside the territory's communes. Each problem carries a
code and its parameters; the QGIS side turns them into translated sentences
(toolbelt/perimeter_text.py)."""

import datetime as dt
from dataclasses import dataclass
from typing import Collection, List, Mapping, Optional, Sequence, Tuple

import shapely

from .errors import Problem
from .routing import Perimeter

UNKNOWN_SERVICE = "unknown_service"
UNKNOWN_CATEGORIES = "unknown_categories"
DATES_REVERSED = "dates_reversed"
NO_GEOMETRY = "no_geometry"
NOT_POLYGON = "not_polygon"
INVALID_GEOMETRY = "invalid_geometry"
GEOMETRY_REPAIRED = "geometry_repaired"  # a warning, not a refusal
OUTSIDE_TERRITORY = "outside_territory"

MESSAGES = {
    UNKNOWN_SERVICE: "unknown service '{service}'",
    UNKNOWN_CATEGORIES: "unknown categor(y/ies): {codes}",
    DATES_REVERSED: "valid_to is before valid_from ({valid_to} < {valid_from})",
    NO_GEOMETRY: "no geometry",
    NOT_POLYGON: "not a polygon",
    INVALID_GEOMETRY: "invalid geometry: {reason} (fix it, or use the repair option)",
    GEOMETRY_REPAIRED: "invalid geometry repaired ({reason})",
    OUTSIDE_TERRITORY: "entirely outside the territory's communes",
}


@dataclass
class PerimeterRecord:
    """A perimeter to import or to dry-run: the service by name, geometry as WKB (Lambert-93
    unless said otherwise)."""

    service_name: str
    name: str
    wkb: Optional[bytes]
    categories: Optional[Tuple[str, ...]] = None  # None = every category
    priority: int = 0
    extra_recipient: bool = False
    valid_from: Optional[dt.date] = None
    valid_to: Optional[dt.date] = None
    where: str = ""


@dataclass(frozen=True)
class PerimeterProblem(Problem):
    """A problem of one perimeter: ``code`` (see MESSAGES) and its parameters."""

    @classmethod
    def make(cls, where: str, code: str, **params) -> "PerimeterProblem":
        return cls.coded(where, code, MESSAGES[code], **params)


@dataclass
class PerimeterCheck:
    """What the check found: the perimeters (usable when there is no problem), the problems
    and the warnings (repaired geometries)."""

    perimeters: List[Perimeter]
    problems: List[PerimeterProblem]
    warnings: List[PerimeterProblem]


def where_of(record: PerimeterRecord, index: int) -> str:
    return "{} ({})".format(record.where or "feature {}".format(index + 1), record.name)


def _polygon_geometry(geometry):
    """The geometry itself for a (Multi)Polygon, else the union of its polygon parts (None
    when it has none)."""
    if geometry.geom_type in ("Polygon", "MultiPolygon"):
        return geometry
    parts = [g for g in shapely.get_parts(geometry) if g.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(parts) if parts else None


def check_perimeters(
    records: Sequence[PerimeterRecord],
    services: Mapping[str, int],
    categories: Collection[str],
    communes: Sequence[object],
    repair: bool = False,
) -> PerimeterCheck:
    """Check perimeters (WKB in Lambert-93) against the services (name -> id), the category
    codes and the commune geometries. The perimeters returned have ids in feature order
    (1, 2, ...) and their geometry as it will be stored (repaired when asked)."""
    territory = list(communes)
    shapely.prepare(territory)
    problems: List[PerimeterProblem] = []
    warnings: List[PerimeterProblem] = []
    perimeters: List[Perimeter] = []
    for index, record in enumerate(records):
        where = where_of(record, index)
        found = len(problems)
        if record.service_name not in services:
            problems.append(
                PerimeterProblem.make(where, UNKNOWN_SERVICE, service=record.service_name)
            )
        unknown = sorted(set(record.categories or ()) - set(categories))
        if unknown:
            problems.append(
                PerimeterProblem.make(where, UNKNOWN_CATEGORIES, codes=", ".join(unknown))
            )
        if record.valid_from and record.valid_to and record.valid_to < record.valid_from:
            problems.append(
                PerimeterProblem.make(
                    where, DATES_REVERSED, valid_from=record.valid_from, valid_to=record.valid_to
                )
            )
        geometry = shapely.from_wkb(bytes(record.wkb)) if record.wkb else None
        if geometry is None or geometry.is_empty:
            problems.append(PerimeterProblem.make(where, NO_GEOMETRY))
            continue
        if shapely.get_dimensions(geometry) != 2:
            problems.append(PerimeterProblem.make(where, NOT_POLYGON))
            continue
        if not geometry.is_valid:
            reason = shapely.is_valid_reason(geometry)
            if not repair:
                problems.append(PerimeterProblem.make(where, INVALID_GEOMETRY, reason=reason))
                continue
            warnings.append(PerimeterProblem.make(where, GEOMETRY_REPAIRED, reason=reason))
            geometry = shapely.make_valid(geometry)
        geometry = _polygon_geometry(geometry)
        if geometry is None:
            problems.append(PerimeterProblem.make(where, NOT_POLYGON))
            continue
        if not any(shapely.intersects(commune, geometry) for commune in territory):
            problems.append(PerimeterProblem.make(where, OUTSIDE_TERRITORY))
        if len(problems) == found:
            perimeters.append(
                Perimeter(
                    index + 1,
                    services[record.service_name],
                    record.name,
                    geometry,
                    frozenset(record.categories) if record.categories else None,
                    record.priority,
                    record.extra_recipient,
                    record.valid_from,
                    record.valid_to,
                )
            )
    return PerimeterCheck(perimeters, problems, warnings)
