"""The atlas use case without QGIS: read the reports, compute each page's figures and draw its
charts to SVG files, before the layout is exported (toolbelt/atlas_layout.py does the QGIS part).

Pages are plain dicts ``{"key", "title", "wkb"}`` in Lambert-93: the communes by default
(``db.atlas_repository.commune_pages``), or the features of any polygon layer. Figure providers
(core/atlas_figures.FigureProvider) add key figures: triage and hotspots plug in there."""

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, List, Optional, Sequence

from ..core.atlas_charts import bar_chart_svg, trend_chart_svg
from ..core.atlas_figures import (
    DEFAULT_PROVIDERS,
    AtlasReport,
    FigureProvider,
    PageFigures,
    page_figures,
    period_months,
    reports_in_polygons,
    top_categories,
)
from ..core.errors import GupError, InputError
from ..db import atlas_repository
from ..db.atlas_repository import commune_pages  # noqa: F401 (the default pages, for the QGIS side)
from ..db.database import Database

Progress = Callable[[float], None]
BARS_KEPT = 8


class AtlasCanceled(GupError):
    """The user canceled the export: nothing was written."""


@dataclass(frozen=True)
class AtlasFilters:
    group: Optional[str] = None
    start: Optional[dt.date] = None
    end: Optional[dt.date] = None


@dataclass(frozen=True)
class ChartTexts:
    """The translated texts of the charts (given by the QGIS side)."""

    bar_title: str = "Reports by category"
    trend_title: str = "Reports per month"
    empty: str = "No report"
    others: str = "Others"
    month_names: Sequence[str] = (
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
        "Nov",
        "Dec",
    )


@dataclass
class PreparedPage:
    key: str
    title: str
    wkb: bytes
    figures: PageFigures
    bar_chart: Optional[Path]  # None when the charts are left out
    trend_chart: Optional[Path]


@dataclass
class PreparedAtlas:
    pages: List[PreparedPage]
    reports: List[AtlasReport]
    filters: AtlasFilters
    months: List[str] = field(default_factory=list)


def check_filters(filters: AtlasFilters, groups: Sequence[str]) -> None:
    if filters.start and filters.end and filters.start > filters.end:
        raise InputError(
            [],
            "The period starts ({}) after it ends ({}).".format(
                filters.start.isoformat(), filters.end.isoformat()
            ),
        )
    if filters.group is not None and filters.group not in groups:
        raise InputError(
            [],
            "Unknown category group '{}'; the groups are: {}.".format(
                filters.group, ", ".join(groups)
            ),
        )


def prepare_atlas(
    db: Database,
    pages: Sequence[dict],
    filters: AtlasFilters,
    folder: Path,
    texts: ChartTexts = ChartTexts(),
    providers: Sequence[FigureProvider] = DEFAULT_PROVIDERS,
    progress: Progress = lambda pct: None,
    is_canceled: Callable[[], bool] = lambda: False,
    draw_charts: bool = True,
) -> PreparedAtlas:
    """Figures and chart files (``folder/bar_<n>.svg``, ``folder/trend_<n>.svg``) of every page
    (no chart file with ``draw_charts=False``)."""
    if not pages:
        raise InputError([], "The coverage layer has no feature: there is no page to print.")
    check_filters(filters, atlas_repository.category_groups(db))
    reports = atlas_repository.atlas_reports(db, filters.group, filters.start, filters.end)
    months = period_months(reports, filters.start, filters.end)
    members = reports_in_polygons(reports, [page["wkb"] for page in pages])
    prepared = []
    for index, (page, indexes) in enumerate(zip(pages, members)):
        if is_canceled():
            raise AtlasCanceled("Atlas canceled: no file was written.")
        figures = page_figures([reports[i] for i in indexes], months, providers)
        bar_chart = trend_chart = None
        if draw_charts:
            bars = top_categories(figures.by_category, BARS_KEPT, texts.others)
            bar_chart = bar_chart_svg(
                bars, texts.bar_title, texts.empty, folder / "bar_{}.svg".format(index)
            )
            trend_chart = trend_chart_svg(
                figures.monthly,
                texts.trend_title,
                texts.empty,
                texts.month_names,
                folder / "trend_{}.svg".format(index),
            )
        prepared.append(
            PreparedPage(
                str(page["key"]), str(page["title"]), page["wkb"], figures, bar_chart, trend_chart
            )
        )
        progress(100.0 * (index + 1) / len(pages))
    return PreparedAtlas(prepared, reports, filters, months)
