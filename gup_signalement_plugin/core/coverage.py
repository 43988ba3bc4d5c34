"""Checks of the competence map: gaps and overlaps per category, and the dry-run of a change.

- gap: part of the territory where no perimeter accepts the category on the day;
- overlap: part where perimeters of two different services accept the category with the same
  priority and no perimeter of higher priority covers it (routing is still deterministic:
  smallest perimeter, then lowest id; the check shows where the rule had to decide)."""

import datetime as dt
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

import numpy as np
import pandas as pd
import shapely

from .routing import Perimeter, Router, RoutingResult


@dataclass
class Overlap:
    geometry: object
    perimeter_ids: Tuple[int, int]
    service_ids: Tuple[int, int]
    priority: int


@dataclass
class CommuneCoverage:
    insee_code: str
    name: str
    area: float
    gap_area: float
    overlap_area: float

    @property
    def gap_share(self) -> float:
        return self.gap_area / self.area if self.area else 0.0


@dataclass
class CoverageReport:
    category: str
    day: dt.date
    gaps: object  # shapely geometry (may be empty)
    overlaps: List[Overlap] = field(default_factory=list)
    communes: List[CommuneCoverage] = field(default_factory=list)


def competing_perimeters(router: Router, category: str, day: dt.date) -> List[Perimeter]:
    """Perimeters that would compete for a report of this category on this day."""
    keys = [category, router.parents.get(category)]
    return [
        p
        for p in router.perimeters
        if not p.extra_recipient
        and p.accepts(keys)
        and (p.valid_from is None or p.valid_from <= day)
        and (p.valid_to is None or p.valid_to >= day)
    ]


def _polygonal(geometry):
    """Only the polygon parts (intersections may add lines or points along shared edges)."""
    parts = [g for g in shapely.get_parts(geometry) if g.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(parts) if parts else shapely.Polygon()


def check_coverage(
    router: Router, category: str, day: dt.date, min_area: float = 1.0
) -> CoverageReport:
    """Gaps and same-priority overlaps of one category, with a summary per commune.
    Slivers smaller than ``min_area`` (m²) are ignored."""
    perimeters = competing_perimeters(router, category, day)
    territory = shapely.union_all([c.geometry for c in router.communes])
    covered = (
        shapely.union_all([p.geometry for p in perimeters]) if perimeters else shapely.Polygon()
    )
    gaps = _polygonal(shapely.difference(territory, covered))
    gaps = shapely.MultiPolygon([g for g in shapely.get_parts(gaps) if g.area >= min_area])
    overlaps = []
    if perimeters:
        geoms = np.array([p.geometry for p in perimeters])
        left, right = shapely.STRtree(geoms).query(geoms, predicate="intersects")
        for i, j in zip(left.tolist(), right.tolist()):
            a, b = perimeters[i], perimeters[j]
            if i >= j or a.priority != b.priority or a.service_id == b.service_id:
                continue
            common = _polygonal(shapely.intersection(a.geometry, b.geometry))
            higher = [p.geometry for p in perimeters if p.priority > a.priority]
            if higher:
                common = _polygonal(shapely.difference(common, shapely.union_all(higher)))
            common = shapely.intersection(common, territory)
            if common.area >= min_area:
                overlaps.append(
                    Overlap(common, (a.id, b.id), (a.service_id, b.service_id), a.priority)
                )
    overlap_union = (
        shapely.union_all([o.geometry for o in overlaps]) if overlaps else shapely.Polygon()
    )
    communes = [
        CommuneCoverage(
            c.insee_code,
            c.name,
            c.geometry.area,
            shapely.intersection(c.geometry, gaps).area,
            shapely.intersection(c.geometry, overlap_union).area,
        )
        for c in router.communes
    ]
    return CoverageReport(category, day, gaps, overlaps, communes)


@dataclass
class DryRun:
    """Reports whose routing would change: their indexes in the batch, before and after."""

    moved: np.ndarray  # indexes of the reports that change service or status
    report_ids: np.ndarray
    insee_code: np.ndarray
    from_service: np.ndarray  # -1: none
    to_service: np.ndarray
    from_status: np.ndarray
    to_status: np.ndarray
    from_reason: np.ndarray
    to_reason: np.ndarray

    def __len__(self) -> int:
        return len(self.moved)

    def table(self) -> pd.DataFrame:
        return pd.DataFrame(
            {
                "report_id": self.report_ids,
                "code_insee": self.insee_code,
                "from_service": self.from_service,
                "to_service": self.to_service,
                "from_status": self.from_status,
                "to_status": self.to_status,
                "from_reason": self.from_reason,
                "to_reason": self.to_reason,
            }
        )

    def counts_by_commune(self) -> Dict[Optional[str], int]:
        return self.table().groupby("code_insee", dropna=False).size().to_dict()

    def counts_by_move(self) -> Dict[Tuple[int, int], int]:
        """(from service, to service) -> number of reports (-1 = no service)."""
        return self.table().groupby(["from_service", "to_service"]).size().to_dict()


def compare_routings(before: RoutingResult, after: RoutingResult) -> DryRun:
    """Compare two routings of the same batch of reports."""
    if len(before) != len(after):
        raise ValueError("the two routings are not of the same reports")
    moved = np.flatnonzero(
        (before.service_id != after.service_id) | (before.status != after.status)
    )
    ids = (
        before.reports.ids
        if before.reports is not None and before.reports.ids is not None
        else np.arange(len(before))
    )
    return DryRun(
        moved,
        np.asarray(ids)[moved],
        after.insee_code[moved],
        before.service_id[moved],
        after.service_id[moved],
        before.status[moved],
        after.status[moved],
        before.reason_code[moved],
        after.reason_code[moved],
    )
