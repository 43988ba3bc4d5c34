"""Emerging hotspots: a space-time cube of report counts, Gi* per bin over a space-time
neighbourhood, a Mann-Kendall trend per cell and ArcGIS-like categories (docs/HOTSPOTS.md)."""

from dataclasses import dataclass, field
from typing import Any, Dict, Optional, Tuple

import numpy as np

from .gistar import Weights, benjamini_hochberg, normal_two_sided_p, z_scores
from .problems import MIN_REPORTS, TOO_FEW_REPORTS, HotspotRefusal, require_parameter

UNITS = ("week", "month", "quarter")
MIN_EMERGING_REPORTS = 2 * MIN_REPORTS  # ArcGIS asks for at least 60 points
HOT_CATEGORIES = (
    "new",
    "consecutive",
    "intensifying",
    "persistent",
    "diminishing",
    "sporadic",
    "oscillating",
    "historical",
)
CATEGORIES = (
    tuple("{}_hot".format(c) for c in HOT_CATEGORIES)
    + tuple("{}_cold".format(c) for c in HOT_CATEGORIES)
    + ("no_pattern",)
)
NO_PATTERN = len(CATEGORIES) - 1
_MONDAY_1970 = 4  # 1970-01-05, a Monday, is day 4 of the epoch


def _step_numbers(dates: np.ndarray, unit: str) -> np.ndarray:
    require_parameter(unit in UNITS, "unit", unit)
    if unit == "week":
        return (np.asarray(dates, dtype="datetime64[D]").astype(np.int64) - _MONDAY_1970) // 7
    months = np.asarray(dates, dtype="datetime64[D]").astype("datetime64[M]").astype(np.int64)
    return months // 3 if unit == "quarter" else months


def _step_start(number: np.ndarray, unit: str) -> np.ndarray:
    if unit == "week":
        return (number * 7 + _MONDAY_1970).astype("datetime64[D]")
    months = number * 3 if unit == "quarter" else number
    return months.astype("datetime64[M]").astype("datetime64[D]")


def time_steps(
    dates: np.ndarray,
    unit: str,
    first: Optional[np.datetime64] = None,
    last: Optional[np.datetime64] = None,
) -> Tuple[np.ndarray, np.ndarray]:
    """Calendar step of each date (ISO week from Monday, calendar month or quarter), numbered
    from the step holding `first` (default: the earliest date) to the one holding `last`
    (default: the latest); -1 outside. Returns the steps and the first day of each step."""
    number = _step_numbers(dates, unit)
    lo = number.min() if first is None else _step_numbers(np.array([first]), unit)[0]
    hi = number.max() if last is None else _step_numbers(np.array([last]), unit)[0]
    step = number - lo
    step[(number < lo) | (number > hi)] = -1
    return step, _step_start(np.arange(lo, hi + 1), unit)


def mann_kendall(series: np.ndarray) -> Tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Mann-Kendall test of each row: S, its variance (ties corrected), z (continuity
    corrected) and the two-sided p-value."""
    x = np.atleast_2d(np.asarray(series, dtype=float))
    t = x.shape[1]
    s = np.zeros(x.shape[0])
    ties = np.zeros(x.shape[0])
    for i in range(t):
        s += np.sign(x[:, i + 1 :] - x[:, i : i + 1]).sum(axis=1)
        same = (x == x[:, i : i + 1]).sum(axis=1)  # size of the tie group of x[:, i]
        ties += (same - 1) * (2 * same + 5)  # summed over the group: t(t-1)(2t+5)
    var = (t * (t - 1) * (2 * t + 5) - ties) / 18.0
    root = np.sqrt(np.maximum(var, 0.0))
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(root > 0, (s - np.sign(s)) / root, 0.0)
    return s, var, z, normal_two_sided_p(z)


def _trailing_run(flags: np.ndarray) -> np.ndarray:
    return np.cumprod(flags[:, ::-1], axis=1).sum(axis=1)


def _family(
    hot: np.ndarray, cold: np.ndarray, up: np.ndarray, down: np.ndarray
) -> Dict[str, np.ndarray]:
    """The eight hot categories (apply to cold with hot/cold and up/down swapped)."""
    t = hot.shape[1]
    significant = hot | cold
    final = hot[:, -1]
    mostly = hot.sum(axis=1) * 10 >= 9 * t
    run = _trailing_run(hot)
    before_run = (significant & (np.arange(t)[None, :] < (t - run)[:, None])).any(axis=1)
    new = final & ~significant[:, :-1].any(axis=1)
    consecutive = final & (run >= 2) & ~before_run & ~mostly
    return {
        "new": new,
        "consecutive": consecutive,
        "intensifying": final & mostly & up,
        "persistent": final & mostly & ~up & ~down,
        "diminishing": final & mostly & down,
        "sporadic": final & ~mostly & ~cold.any(axis=1) & ~new & ~consecutive,
        "oscillating": final & ~mostly & cold[:, :-1].any(axis=1),
        "historical": ~final & mostly,
    }


def categorise(
    hot: np.ndarray, cold: np.ndarray, trend_z: np.ndarray, trend_p: np.ndarray, trend_alpha: float
) -> np.ndarray:
    """Index into CATEGORIES of each cell: the first rule that holds, in the order of
    CATEGORIES, historical ones last (a cell hot or cold in the final step is described by it)."""
    up = (trend_p <= trend_alpha) & (trend_z > 0)
    down = (trend_p <= trend_alpha) & (trend_z < 0)
    rules = {"{}_hot".format(k): v for k, v in _family(hot, cold, up, down).items()}
    rules.update({"{}_cold".format(k): v for k, v in _family(cold, hot, down, up).items()})
    order = [c for c in CATEGORIES[:-1] if not c.startswith("historical")] + [
        "historical_hot",
        "historical_cold",
    ]
    category = np.full(hot.shape[0], NO_PATTERN, dtype=np.int8)
    for name in reversed(order):
        category[rules[name]] = CATEGORIES.index(name)
    return category


@dataclass
class EmergingResult:
    """Cube (cells x steps): counts, Gi* z, p two-sided, hot/cold flags (90 %, FDR if on);
    per cell: Mann-Kendall S, z, p of the z series and the category (index in CATEGORIES)."""

    counts: np.ndarray
    z: np.ndarray
    p: np.ndarray
    hot: np.ndarray
    cold: np.ndarray
    trend_s: np.ndarray
    trend_z: np.ndarray
    trend_p: np.ndarray
    category: np.ndarray
    choices: Dict[str, Any] = field(default_factory=dict)

    def category_names(self) -> np.ndarray:
        return np.asarray(CATEGORIES, dtype=object)[self.category]


def space_time_local_sums(
    counts: np.ndarray, weights: Weights, time_window: int
) -> Tuple[np.ndarray, np.ndarray]:
    """Sums over the space-time neighbourhood of each bin (cell i, step t): the cells of i's
    spatial neighbourhood (i included) in steps t - time_window .. t (those that exist);
    returns the sums and the number of bins in each neighbourhood."""
    spatial = weights.local_sums(counts)  # (n, T)
    cumulative = np.cumsum(spatial, axis=1)
    shifted = np.zeros_like(cumulative)
    shifted[:, time_window + 1 :] = cumulative[:, : counts.shape[1] - time_window - 1]
    steps = np.minimum(np.arange(counts.shape[1]), time_window) + 1
    return cumulative - shifted, weights.cardinality[:, None] * steps[None, :]


def emerging_hotspots(
    cell: np.ndarray,
    step: np.ndarray,
    n_steps: int,
    weights: Weights,
    time_window: int = 1,
    fdr: bool = True,
    alpha: float = 0.10,
    trend_alpha: float = 0.10,
    min_total: Optional[int] = MIN_EMERGING_REPORTS,
) -> EmergingResult:
    """Emerging hotspot analysis of reports given by their cell index and step index (-1 in
    either: left out). Gi* is computed over the whole cube (n cells x n_steps bins)."""
    require_parameter(n_steps >= 2, "n_steps", n_steps)
    require_parameter(time_window >= 0, "time_window", time_window)
    require_parameter(0 < alpha < 1, "alpha", alpha)
    n = weights.n
    cell = np.asarray(cell, dtype=np.int64)
    step = np.asarray(step, dtype=np.int64)
    used = (cell >= 0) & (step >= 0) & (step < n_steps)
    total = int(used.sum())
    if min_total is not None and total < min_total:
        raise HotspotRefusal(TOO_FEW_REPORTS, reports=total, minimum=min_total)
    counts = np.bincount(cell[used] * n_steps + step[used], minlength=n * n_steps)
    counts = counts.reshape(n, n_steps).astype(float)
    local, card = space_time_local_sums(counts, weights, time_window)
    z = z_scores(counts.ravel(), local.ravel(), card.ravel()).reshape(n, n_steps)
    p = normal_two_sided_p(z)
    if fdr:
        significant, threshold = benjamini_hochberg(p.ravel(), alpha)
        significant = significant.reshape(n, n_steps)
    else:
        significant, threshold = p <= alpha, alpha
    hot, cold = significant & (z > 0), significant & (z < 0)
    trend_s, _, trend_z, trend_p = mann_kendall(z)
    category = categorise(hot, cold, trend_z, trend_p, trend_alpha)
    choices = {
        "cells": int(n),
        "steps": int(n_steps),
        "bins": int(n * n_steps),
        "reports": total,
        "reports_left_out": int(cell.size - total),
        "weights": weights.kind,
        "band": weights.band,
        "k": weights.k,
        "time_window": int(time_window),
        "fdr": bool(fdr),
        "alpha": alpha,
        "p_threshold": threshold,
        "trend_alpha": trend_alpha,
        "categories": {
            name: int(c)
            for name, c in zip(CATEGORIES, np.bincount(category, minlength=len(CATEGORIES)))
        },
    }
    return EmergingResult(counts, z, p, hot, cold, trend_s, trend_z, trend_p, category, choices)
