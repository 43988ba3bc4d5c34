"""Triage statistics (issue 12): the figures of core/triage_stats.py over a period and filters,
with the names of communes, services and categories, and the two charts drawn by
core/atlas_charts.py (the atlas's charts). No QGIS here: the Processing algorithm
``triage_statistics`` and the statistics panel both call ``statistics``."""

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

import pandas as pd

from ..core import atlas_charts, triage_stats
from ..db import repositories as repo
from ..db import services_repository
from ..db import triage_repository as triage_repo
from ..db.database import Database
from .atlas import ChartTexts


@dataclass(frozen=True)
class StatisticsFilters:
    """Reports received from ``start`` to ``end`` (both included, Paris days); None: not
    filtered. ``service_ids``: the report's main service."""

    start: Optional[dt.date] = None
    end: Optional[dt.date] = None
    insee_codes: Optional[Sequence[str]] = None
    service_ids: Optional[Sequence[int]] = None
    categories: Optional[Sequence[str]] = None


@dataclass
class Statistics:
    """``table``: core/triage_stats.statistics_table with a ``label`` column (the name of the
    commune, service or category); ``trend``: received and closed per month."""

    table: pd.DataFrame
    trend: pd.DataFrame
    labels: Dict[Tuple[str, str], str] = field(default_factory=dict)

    @property
    def overall(self) -> dict:
        return self.table.iloc[0].to_dict()

    def bars(self, dimension: str) -> List[Tuple[str, int]]:
        rows = self.table[self.table["dimension"] == dimension]
        return [
            (label or code, int(n))
            for code, label, n in zip(rows["code"], rows["label"], rows["reports"])
        ]


def _filtered(reports: pd.DataFrame, filters: StatisticsFilters) -> pd.DataFrame:
    keep = pd.Series(True, index=reports.index)
    if filters.insee_codes is not None:
        keep &= reports["insee_code"].isin(list(filters.insee_codes))
    if filters.service_ids is not None:
        keep &= reports["service_id"].isin(list(filters.service_ids))
    if filters.categories is not None:
        keep &= reports["category"].isin(list(filters.categories))
    return reports[keep]


def dimension_labels(db: Database) -> Dict[Tuple[str, str], str]:
    """(dimension, code) -> the name shown: commune name, service name, category label."""
    labels = {("commune", c["code_insee"]): c["nom"] for c in repo.list_communes(db)}
    labels.update({("service", str(s.id)): s.name for s in services_repository.list_services(db)})
    labels.update(
        {("category", c.code): c.internal_label or c.public_label for c in repo.list_categories(db)}
    )
    return labels


def statistics(db: Database, filters: StatisticsFilters = StatisticsFilters()) -> Statistics:
    reports = _filtered(
        triage_repo.report_frame(db, received_from=filters.start, received_to=filters.end), filters
    )
    labels = dimension_labels(db)
    table = triage_stats.statistics_table(reports)
    table.insert(
        2, "label", [labels.get((d, c), "") for d, c in zip(table["dimension"], table["code"])]
    )
    return Statistics(table, triage_stats.monthly_trend(reports), labels)


def write_charts(
    result: Statistics, folder: Path, texts: ChartTexts, bar_dimension: str = "category"
) -> List[Path]:
    """The bar chart (reports per ``bar_dimension``, 12 largest) and the monthly trend of
    reports received, as SVG files in ``folder``; returns their paths."""
    folder = Path(folder)
    bar = atlas_charts.bar_chart_svg(
        result.bars(bar_dimension)[:12],
        texts.bar_title,
        texts.empty,
        folder / "statistics_by_{}.svg".format(bar_dimension),
    )
    monthly = [(month, int(n)) for month, n in result.trend["received"].items()]
    trend = atlas_charts.trend_chart_svg(
        monthly, texts.trend_title, texts.empty, texts.month_names, folder / "statistics_trend.svg"
    )
    return [bar, trend]
