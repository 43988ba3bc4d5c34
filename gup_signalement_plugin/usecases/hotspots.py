"""Hotspot use cases: Gi* on a hexagonal grid or on polygons, emerging hotspots, DBSCAN
clusters, same-address concentrations, points noirs and their page (before / after works)."""

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Sequence

import numpy as np
import shapely

from ..core.hotspots import (
    DEFAULT_CELL_SIZE,
    EmergingResult,
    GiStarResult,
    HexGrid,
    address_concentrations,
    count_in_polygons,
    distance_band,
    emerging_hotspots,
    gi_star,
    hex_hotspots,
    knn_weights,
    mann_kendall,
    proximity_concentrations,
    time_steps,
)
from ..core.hotspots.gistar import DEFAULT_PERMUTATIONS, DEFAULT_SEED
from ..core.hotspots.problems import MIN_REPORTS, TOO_FEW_REPORTS, HotspotRefusal
from ..db import hotspots_repository as hr
from ..db.database import Database
from ..db.hotspots_repository import (
    POINT_NOIR_STATUSES,
    ReportFilter,  # noqa: F401
    ReportPoints,
)


@dataclass
class HotspotCells:
    """Gi* per cell (or per polygon): the geometries, report counts, border flags, the result
    and every choice made (the core's, plus the filter and the reports read)."""

    polygons: np.ndarray
    counts: np.ndarray
    border: np.ndarray
    result: GiStarResult
    choices: Dict[str, Any] = field(default_factory=dict)


def _choices(
    result_choices: Dict[str, Any], points: ReportPoints, report_filter: ReportFilter
) -> Dict[str, Any]:
    choices = dict(result_choices)
    choices["reports_read"] = points.size
    choices["filter"] = {
        k: (str(v) if isinstance(v, dt.date) else v) for k, v in report_filter.params().items() if v
    }
    return choices


def gistar_grid(
    db: Database,
    report_filter: ReportFilter,
    cell_size: float = DEFAULT_CELL_SIZE,
    band: Optional[float] = None,
    k: Optional[int] = None,
    permutations: int = DEFAULT_PERMUTATIONS,
    seed: Optional[int] = DEFAULT_SEED,
    fdr: bool = True,
) -> HotspotCells:
    """Gi* of the filtered reports on a hexagonal grid over the communes."""
    points = hr.load_reports(db, report_filter)
    grid, counts, result = hex_hotspots(
        points.x, points.y, hr.territory(db), cell_size, band, k, permutations, seed, fdr
    )
    return HotspotCells(
        grid.polygons(),
        counts,
        ~grid.inner,
        result,
        _choices(result.choices, points, report_filter),
    )


def gistar_polygons(
    db: Database,
    report_filter: ReportFilter,
    polygons: Sequence[shapely.Geometry],
    band: Optional[float] = None,
    k: Optional[int] = None,
    permutations: int = DEFAULT_PERMUTATIONS,
    seed: Optional[int] = DEFAULT_SEED,
    fdr: bool = True,
) -> HotspotCells:
    """Gi* of the filtered reports counted in any polygons (Lambert-93): communes, QPV...
    Neighbourhoods between the polygons' centroids (band or k nearest)."""
    points = hr.load_reports(db, report_filter)
    if points.size < MIN_REPORTS:
        raise HotspotRefusal(TOO_FEW_REPORTS, reports=points.size, minimum=MIN_REPORTS)
    polygons = np.asarray(polygons, dtype=object)
    counts, _owner = count_in_polygons(polygons, points.x, points.y)
    centroids = shapely.centroid(polygons)
    cx, cy = shapely.get_x(centroids), shapely.get_y(centroids)
    weights = knn_weights(cx, cy, k) if k else distance_band(cx, cy, band)
    result = gi_star(counts, weights, permutations=permutations, seed=seed, fdr=fdr)
    result.choices.update(
        {
            "reports_outside": int(points.size - counts.sum()),
            "outliers_removed": 0,
            "band_source": "k_nearest" if k else ("given" if band else "smallest_with_neighbour"),
        }
    )
    return HotspotCells(
        polygons,
        counts,
        np.zeros(polygons.size, dtype=bool),
        result,
        _choices(result.choices, points, report_filter),
    )


@dataclass
class EmergingCells:
    """Emerging hotspots on a hexagonal grid: cells, the result and the first day of each step."""

    grid: HexGrid
    result: EmergingResult
    step_starts: np.ndarray
    choices: Dict[str, Any] = field(default_factory=dict)


def emerging_grid(
    db: Database,
    report_filter: ReportFilter,
    unit: str = "month",
    cell_size: float = DEFAULT_CELL_SIZE,
    time_window: int = 1,
    band: Optional[float] = None,
    k: Optional[int] = None,
    fdr: bool = True,
) -> EmergingCells:
    """Emerging hotspots of the filtered reports over the communes, per week, month or quarter
    (from the first report's step to the last, or to the filter's days when given)."""
    points = hr.load_reports(db, report_filter)
    if points.size < 2 * MIN_REPORTS:
        raise HotspotRefusal(TOO_FEW_REPORTS, reports=points.size, minimum=2 * MIN_REPORTS)
    grid = HexGrid.build(hr.territory(db), cell_size)
    cx, cy = grid.centres()
    weights = knn_weights(cx, cy, k) if k else distance_band(cx, cy, band)
    first = np.datetime64(report_filter.first_day) if report_filter.first_day else None
    last = np.datetime64(report_filter.last_day) if report_filter.last_day else None
    steps, starts = time_steps(points.days, unit, first, last)
    result = emerging_hotspots(
        grid.assign(points.x, points.y),
        steps,
        starts.size,
        weights,
        time_window=time_window,
        fdr=fdr,
    )
    choices = _choices(result.choices, points, report_filter)
    choices.update(
        {
            "unit": unit,
            "cell_size": float(cell_size),
            "first_step": str(starts[0]),
            "last_step": str(starts[-1]),
        }
    )
    return EmergingCells(grid, result, starts, choices)


def report_clusters(
    db: Database,
    report_filter: ReportFilter,
    distance: float,
    min_reports: int,
    days: Optional[int] = None,
) -> List[Dict[str, Any]]:
    """DBSCAN clusters of the filtered reports (noise left out), space-time with ``days``."""
    return hr.dbscan_clusters(db, report_filter, distance, min_reports, days)


def concentrations(
    db: Database, report_filter: ReportFilter, distance: Optional[float], min_reports: int
):
    """Same-address concentrations (``distance`` None) or reports within ``distance`` metres
    of each other; returns the reports read and the concentrations (indexes into them)."""
    points = hr.load_reports(db, report_filter)
    if distance is None:
        found = address_concentrations(points.addresses, points.x, points.y, min_reports)
    else:
        found = proximity_concentrations(points.x, points.y, distance, min_reports)
    return points, found


# --- points noirs -------------------------------------------------------------------------


def save_point_noir(
    db: Database,
    name: str,
    polygons_wkb: Sequence[bytes],
    categories: Sequence[str] = (),
    status: str = "watch",
    notes: Optional[str] = None,
    works_day: Optional[dt.date] = None,
    origin: Optional[str] = None,
) -> int:
    """A point noir from Lambert-93 polygons as WKB (cells of a hotspot result, or drawn
    ones), dissolved by the database."""
    return hr.save_point_noir(
        db, name, polygons_wkb, categories, status, notes=notes, works_day=works_day, origin=origin
    )


@dataclass
class PointNoirPage:
    """What a point noir's page shows: reports before and after a day (that day counts after),
    over ``days`` on each side (None: all), the monthly counts and their Mann-Kendall trend."""

    point_noir: Dict[str, Any]
    day: Optional[dt.date]
    before: int
    after: int
    months: List[str]
    monthly_counts: List[int]
    trend_z: float
    trend_p: float


def point_noir_page(
    db: Database, point_noir_id: int, day: Optional[dt.date] = None, days: Optional[int] = None
) -> PointNoirPage:
    """Counts before / after ``day`` (default: the point noir's works date)."""
    info = hr.point_noir(db, point_noir_id)
    day = day or info.get("date_travaux")
    reports = hr.linked_days(db, point_noir_id)
    before = after = 0
    if day is not None:
        cut = np.datetime64(day, "D")
        window = np.timedelta64(days, "D") if days else None
        earlier = reports < cut
        later = ~earlier
        if window is not None:
            earlier &= reports >= cut - window
            later &= reports < cut + window
        before, after = int(earlier.sum()), int(later.sum())
    months: List[str] = []
    counts: List[int] = []
    trend_z = trend_p = float("nan")
    if reports.size:
        month = reports.astype("datetime64[M]")
        span = np.arange(month.min(), month.max() + 1)
        counts = [int(c) for c in np.bincount((month - span[0]).astype(int), minlength=span.size)]
        months = [str(m) for m in span]
        if span.size >= 3:
            _s, _var, z, p = mann_kendall(np.array([counts], dtype=float))
            trend_z, trend_p = float(z[0]), float(p[0])
    return PointNoirPage(info, day, before, after, months, counts, trend_z, trend_p)


def linked_reports(db: Database, point_noir_id: int) -> List[int]:
    """Ids of the reports linked to a point noir."""
    return hr.linked_reports(db, point_noir_id)
