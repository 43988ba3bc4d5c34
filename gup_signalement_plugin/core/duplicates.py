"""Duplicate suggestions: the open reports that may describe the same thing as a given one.

A candidate is an open report (new, in progress, to triage: not closed, not itself a
duplicate), other than the report, of the same category, within ``max_distance`` metres
(Lambert-93, border included) and received at most ``max_days`` calendar days before or after
it. Both limits are set by the administrator. Candidates are ordered by distance, then by the
time between the two reports, then by id. One shapely 2 STRtree serves every query."""

import datetime as dt
from typing import Optional

import numpy as np
import pandas as pd
import shapely

from .workdays import as_days
from .workflow import OPEN_REPORT_STATUSES


class DuplicateFinder:
    """Index of the candidate reports. ``reports`` columns: ``report_id``, ``x``, ``y``
    (Lambert-93), ``category``, ``received_day``, ``status``."""

    def __init__(self, reports: pd.DataFrame):
        candidates = reports[
            reports["status"].isin(OPEN_REPORT_STATUSES)
            & reports["x"].notna()
            & reports["y"].notna()
        ]
        self._ids = candidates["report_id"].to_numpy()
        self._x = candidates["x"].to_numpy(dtype=float)
        self._y = candidates["y"].to_numpy(dtype=float)
        self._categories = candidates["category"].to_numpy(dtype=object)
        self._days = as_days(candidates["received_day"].to_numpy())
        self._tree = shapely.STRtree(shapely.points(self._x, self._y))

    def suggest(
        self,
        x: float,
        y: float,
        category: str,
        day: dt.date,
        max_distance: float,
        max_days: int,
        exclude_id: Optional[object] = None,
    ) -> pd.DataFrame:
        """Candidates near (x, y) of ``category`` around ``day``, nearest first."""
        if max_distance < 0 or max_days < 0:
            raise ValueError("the distance and the time window cannot be negative")
        hits = self._tree.query(shapely.Point(x, y), predicate="dwithin", distance=max_distance)
        hits = hits[self._categories[hits] == category]
        if exclude_id is not None:
            hits = hits[self._ids[hits] != exclude_id]
        days_apart = np.abs((self._days[hits] - np.datetime64(day, "D")).astype(np.int64))
        keep = days_apart <= max_days
        hits, days_apart = hits[keep], days_apart[keep]
        found = pd.DataFrame(
            {
                "report_id": self._ids[hits],
                "distance": np.hypot(self._x[hits] - x, self._y[hits] - y),
                "days_apart": days_apart,
            }
        )
        return found.sort_values(
            ["distance", "days_apart", "report_id"], kind="stable"
        ).reset_index(drop=True)

    def suggest_for(self, report: pd.Series, max_distance: float, max_days: int) -> pd.DataFrame:
        """Candidates for a stored report (a row with the same columns as the index)."""
        return self.suggest(
            report["x"],
            report["y"],
            report["category"],
            as_days([report["received_day"]])[0],
            max_distance,
            max_days,
            exclude_id=report["report_id"],
        )
