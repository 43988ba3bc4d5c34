"""The figures of an atlas page, on plain records (no QGIS): which reports fall in each page's
polygon, counts by category, open / closed, the median delay to closure and a monthly series.

Later figures (share within the target delay from triage, hotspot classes…) plug in as
``FigureProvider``s: a key, an English label and a function of the page's records returning the
text shown. ``DEFAULT_PROVIDERS`` holds the share closed within the target delay (triage)."""

import datetime as dt
import statistics
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np
import shapely

NOT_AVAILABLE = "—"


@dataclass(frozen=True)
class AtlasReport:
    """One report as the atlas needs it (Lambert-93 coordinates, aware datetimes)."""

    category: str  # label of the top-level category
    status: str  # 'open' or 'closed' (closed by triage, or by the external system)
    received: dt.datetime  # date_signalement
    updated: Optional[dt.datetime]  # date_maj: the closure date of a report closed outside triage
    x: float
    y: float
    closed_at: Optional[dt.datetime] = None  # cloture_le of a report closed by triage
    due_day: Optional[dt.date] = None  # date_prevue: target day (French working days)


@dataclass(frozen=True)
class FigureProvider:
    """A key figure computed per page: ``compute(records) -> text``."""

    key: str
    label: str
    compute: Callable[[Sequence[AtlasReport]], str]


def share_within_target(records: Sequence[AtlasReport]) -> str:
    """Among the reports closed by triage that have a target day, the share closed on or
    before it (core/triage_stats.py's rule): '75 % (3/4)'; '—' when there is none."""
    counted = [r for r in records if r.closed_at is not None and r.due_day is not None]
    if not counted:
        return NOT_AVAILABLE
    within = sum(1 for r in counted if r.closed_at.date() <= r.due_day)
    return "{:.0f} % ({}/{})".format(100.0 * within / len(counted), within, len(counted))


DEFAULT_PROVIDERS: Tuple[FigureProvider, ...] = (
    FigureProvider(
        "share_within_target", "Share closed within the target delay", share_within_target
    ),
)


@dataclass
class PageFigures:
    total: int
    open: int
    closed: int
    by_category: List[Tuple[str, int]]  # largest first, then by label
    median_delay_days: Optional[float]  # None when no closed report has a closure date
    delays_counted: int  # closed reports with a usable closure date
    monthly: List[Tuple[str, int]]  # ('YYYY-MM', count), every month of the period
    extra: Dict[str, str] = field(default_factory=dict)  # provider key -> text


def reports_in_polygons(
    records: Sequence[AtlasReport], polygons_wkb: Sequence[bytes]
) -> List[List[int]]:
    """For each polygon, the indexes of the records it covers (a point on the border counts;
    overlapping polygons may share a report)."""
    if not records:
        return [[] for _ in polygons_wkb]
    points = shapely.points(np.array([r.x for r in records]), np.array([r.y for r in records]))
    tree = shapely.STRtree(points)
    result = []
    for wkb in polygons_wkb:
        polygon = shapely.from_wkb(wkb)
        hits = tree.query(polygon, predicate="covers")
        result.append(sorted(int(i) for i in hits))
    return result


def delay_days(report: AtlasReport) -> Optional[float]:
    """Days from reception to closure for a closed report with a closure date not before
    reception; None otherwise. The closure date is triage's (``closed_at``); for a report
    closed outside triage, its last update (``updated``), the only date known."""
    closed = report.closed_at if report.closed_at is not None else report.updated
    if report.status != "closed" or closed is None or closed < report.received:
        return None
    return (closed - report.received).total_seconds() / 86400.0


def median_delay(records: Sequence[AtlasReport]) -> Tuple[Optional[float], int]:
    delays = [d for d in (delay_days(r) for r in records) if d is not None]
    return (statistics.median(delays) if delays else None), len(delays)


def month_key(moment: dt.datetime) -> str:
    return "{:04d}-{:02d}".format(moment.year, moment.month)


def months_between(first: dt.date, last: dt.date) -> List[str]:
    """Every month from first's to last's, both included ('YYYY-MM')."""
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append("{:04d}-{:02d}".format(year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def monthly_series(records: Sequence[AtlasReport], months: Sequence[str]) -> List[Tuple[str, int]]:
    """Counts per month of reception, zero-filled over ``months``. Months are taken from the
    received datetime as given (callers pass local time: a report at 00:30 on the 1st in Paris
    belongs to that month)."""
    counts = Counter(month_key(r.received) for r in records)
    return [(m, counts.get(m, 0)) for m in months]


def period_months(
    records: Sequence[AtlasReport], start: Optional[dt.date] = None, end: Optional[dt.date] = None
) -> List[str]:
    """The months of the atlas: the chosen period, else from the first to the last report."""
    if start is None and not records:
        return []
    first = start or min(r.received for r in records).date()
    if end is None:
        last = max(r.received for r in records).date() if records else first
    else:
        last = end
    return months_between(first, last) if first <= last else []


def page_figures(
    records: Sequence[AtlasReport],
    months: Sequence[str],
    providers: Sequence[FigureProvider] = DEFAULT_PROVIDERS,
) -> PageFigures:
    counts = Counter(r.category for r in records)
    median, counted = median_delay(records)
    return PageFigures(
        total=len(records),
        open=sum(1 for r in records if r.status == "open"),
        closed=sum(1 for r in records if r.status == "closed"),
        by_category=sorted(counts.items(), key=lambda item: (-item[1], item[0])),
        median_delay_days=median,
        delays_counted=counted,
        monthly=monthly_series(records, months),
        extra={p.key: p.compute(records) for p in providers},
    )


def top_categories(
    by_category: Sequence[Tuple[str, int]], keep: int, others_label: str
) -> List[Tuple[str, int]]:
    """The ``keep`` largest categories, the rest summed as one bar named ``others_label``."""
    if len(by_category) <= keep:
        return list(by_category)
    rest = sum(n for _, n in by_category[keep - 1 :])
    return list(by_category[: keep - 1]) + [(others_label, rest)]


def format_decimal(value: Optional[float], decimals: int = 1, separator: str = ",") -> str:
    """1.26 -> '1,3' (French decimal comma); None -> '—'."""
    if value is None:
        return NOT_AVAILABLE
    return "{:.{}f}".format(value, decimals).replace(".", separator)
