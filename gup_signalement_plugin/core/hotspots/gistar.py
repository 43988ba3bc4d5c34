"""Getis-Ord Gi* with binary weights (the cell itself included), analytic and permutation
inference, Benjamini-Hochberg FDR and ArcGIS-like Gi_Bin classes. Definitions: docs/HOTSPOTS.md."""

import math
from dataclasses import dataclass, field
from typing import Any, Dict, Optional, Tuple

import numpy as np
import shapely

from .problems import (
    MIN_REPORTS,
    NO_NEIGHBOUR,
    TOO_FEW_CELLS,
    TOO_FEW_REPORTS,
    ZERO_VARIANCE,
    HotspotRefusal,
    check_projected,
    require_parameter,
)

# (Gi_Bin class, significance level): 99 %, 95 %, 90 % confidence
CONFIDENCE_LEVELS = ((3, 0.01), (2, 0.05), (1, 0.10))
# relative tolerance added to the automatic band so that equal distances computed with
# different rounding (a regular grid) are all inside it
BAND_TOLERANCE = 1e-9
DEFAULT_PERMUTATIONS = 999
DEFAULT_SEED = 20240601
# elements (permutations x cells) drawn at once
CHUNK_ELEMENTS = 1 << 20

_erfc = np.vectorize(math.erfc, otypes=[float])


def normal_two_sided_p(z: np.ndarray) -> np.ndarray:
    """Two-sided p-value of a standard normal z: erfc(|z| / sqrt(2))."""
    return _erfc(np.abs(np.asarray(z, dtype=float)) / math.sqrt(2.0))


@dataclass
class Weights:
    """Binary spatial weights in CSR form; row i lists i itself and its neighbours."""

    indptr: np.ndarray
    indices: np.ndarray
    kind: str  # "distance_band" or "knn"
    band: Optional[float] = None
    k: Optional[int] = None

    @property
    def n(self) -> int:
        return int(self.indptr.size - 1)

    @property
    def cardinality(self) -> np.ndarray:
        """Cells in each neighbourhood, the cell itself included."""
        return np.diff(self.indptr)

    def local_sums(self, values: np.ndarray) -> np.ndarray:
        """Sum of the values over each neighbourhood (values: (n,) or (n, t)); reduceat is right
        because no row is empty (each holds at least the cell itself)."""
        gathered = np.asarray(values)[self.indices]
        return np.add.reduceat(gathered, self.indptr[:-1], axis=0)


def _points(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    check_projected(x, y)
    if np.asarray(x).size < 2:
        raise HotspotRefusal(TOO_FEW_CELLS, cells=int(np.asarray(x).size), minimum=2)
    return shapely.points(np.asarray(x, dtype=float), np.asarray(y, dtype=float))


def smallest_band(x: np.ndarray, y: np.ndarray) -> float:
    """The smallest distance band that gives every cell at least one neighbour."""
    points = _points(x, y)
    return _largest_nearest(shapely.STRtree(points), points)


def _largest_nearest(tree: shapely.STRtree, points: np.ndarray) -> float:
    (_, _), distance = tree.query_nearest(points, exclusive=True, return_distance=True)
    return float(distance.max())


def _csr(rows: np.ndarray, cols: np.ndarray, n: int) -> Tuple[np.ndarray, np.ndarray]:
    order = np.lexsort((cols, rows))
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=n), out=indptr[1:])
    return indptr, cols[order].astype(np.int64)


def distance_band(x: np.ndarray, y: np.ndarray, band: Optional[float] = None) -> Weights:
    """Binary weights: every cell whose centre is within `band` metres (the cell included).

    Without `band`, the smallest band giving every cell a neighbour (plus BAND_TOLERANCE)."""
    points = _points(x, y)
    tree = shapely.STRtree(points)
    if band is None:
        band = _largest_nearest(tree, points) * (1.0 + BAND_TOLERANCE)
    require_parameter(band > 0 and np.isfinite(band), "band", band)
    rows, cols = tree.query(points, predicate="dwithin", distance=band)
    indptr, indices = _csr(rows, cols, points.size)
    alone = int(np.sum(np.diff(indptr) < 2))
    if alone:
        raise HotspotRefusal(
            NO_NEIGHBOUR,
            cells_without=alone,
            band=float(band),
            smallest_band=_largest_nearest(tree, points),
        )
    return Weights(indptr, indices, "distance_band", band=float(band))


def knn_weights(x: np.ndarray, y: np.ndarray, k: int) -> Weights:
    """Binary weights: each cell and its k nearest cells (ties: nearer first, then lower index)."""
    points = _points(x, y)
    n = points.size
    if not 1 <= k < n:
        raise HotspotRefusal(NO_NEIGHBOUR, k=k, cells=int(n))
    xmin, ymin, xmax, ymax = shapely.total_bounds(points)
    area = max((xmax - xmin) * (ymax - ymin), 1e-12)
    radius = math.sqrt(area * (k + 1) / (math.pi * n)) * 1.5
    tree = shapely.STRtree(points)
    px, py = shapely.get_x(points), shapely.get_y(points)
    rows_all, cols_all = [], []
    todo = np.arange(n)
    while todo.size:
        rows, cols = tree.query(points[todo], predicate="dwithin", distance=radius)
        rows = todo[rows]
        found = np.bincount(rows, minlength=n)[todo]
        done = todo[found >= k + 1]
        keep = np.isin(rows, done)
        rows_all.append(rows[keep])
        cols_all.append(cols[keep])
        todo = todo[found < k + 1]
        radius *= 2.0
    rows, cols = np.concatenate(rows_all), np.concatenate(cols_all)
    dist = np.hypot(px[rows] - px[cols], py[rows] - py[cols])
    dist[rows == cols] = -1.0  # the cell itself first
    order = np.lexsort((cols, dist, rows))
    rows, cols = rows[order], cols[order]
    start = np.searchsorted(rows, np.arange(n))
    rank = np.arange(rows.size) - start[rows]
    keep = rank <= k
    indptr, indices = _csr(rows[keep], cols[keep], n)
    return Weights(indptr, indices, "knn", k=int(k))


def gi_star_z(values: np.ndarray, weights: Weights) -> Tuple[np.ndarray, np.ndarray]:
    """Analytic Gi* z-scores (Ord & Getis 1995, binary weights) and the local sums."""
    values = np.asarray(values, dtype=float)
    local = weights.local_sums(values)
    return z_scores(values, local, weights.cardinality), local


def z_scores(values: np.ndarray, local: np.ndarray, cardinality: np.ndarray) -> np.ndarray:
    """Gi* z of local sums over neighbourhoods of `cardinality` cells (itself included):
    (local - mean * card) / (s * sqrt(card * (n - card) / (n - 1))), mean and s (population
    standard deviation) over all n values. Refuses equal values everywhere."""
    n = values.size
    mean = float(values.mean())
    spread = math.sqrt(max(float((values**2).mean()) - mean**2, 0.0))
    if spread <= 1e-12 * max(abs(mean), 1.0):
        raise HotspotRefusal(ZERO_VARIANCE, cells=int(n), value=mean)
    card = np.asarray(cardinality, dtype=float)
    denominator = spread * np.sqrt(card * (n - card) / (n - 1.0))
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(denominator > 0, (local - mean * card) / denominator, 0.0)


def permutation_p(
    values: np.ndarray,
    weights: Weights,
    local: np.ndarray,
    permutations: int,
    rng: np.random.Generator,
) -> np.ndarray:
    """Conditional permutation pseudo p-value (folded, as esda): the cell's own value held
    fixed, its k neighbours drawn without replacement from the n - 1 other cells.

    Each permutation is a random order of the n cells; cell i reads the k cells at positions
    o_i .. o_i + k - 1, or, when i itself is among them, the k others of positions
    o_i .. o_i + k: a uniform sample of k of the n - 1 others. The offsets
    o_i = i * (n - 1 - kmax) // (n - 1) grow with i (memory read in order); window sums come
    from prefix sums, so a permutation costs O(n) whatever k is.
    p = (min(#sim >= obs, #sim < obs) + 1) / (permutations + 1)."""
    values = np.asarray(values, dtype=float)
    n = values.size
    others = weights.cardinality - 1
    observed = local - values
    # whole counts are summed exactly in integers; other values with a small tolerance
    whole = bool(np.all(values == np.rint(values))) and float(np.abs(values).sum()) < 2**31
    work = values.astype(np.int32) if whole else values
    limit = observed if whole else observed - 1e-9 * (np.abs(observed) + 1.0)
    start = np.arange(n, dtype=np.int64) * (n - 1 - int(others.max())) // (n - 1)
    end = start + others
    index_type = np.int32 if n < 2**31 else np.int64
    base = np.arange(n, dtype=index_type)
    chunk = max(1, min(permutations, CHUNK_ELEMENTS // n))
    tiled = np.tile(work, chunk)
    larger = np.zeros(n, dtype=np.int64)
    done = 0
    while done < permutations:
        size = min(chunk, permutations - done)
        # position[p, j]: where cell j stands in permutation p; the values are scattered to
        # their positions (no inverse permutation needed)
        position = rng.permuted(np.broadcast_to(base, (size, n)), axis=1)
        flat = (position + (np.arange(size, dtype=np.int64) * n)[:, None]).ravel()
        drawn = np.empty(size * n, dtype=work.dtype)
        drawn[flat] = tiled[: size * n]
        drawn = drawn.reshape(size, n)
        prefix = np.zeros((size, n + 1), dtype=work.dtype)
        np.cumsum(drawn, axis=1, out=prefix[:, 1:])
        sims = np.take(prefix, end, axis=1) - np.take(prefix, start, axis=1)
        # the rare windows holding the cell itself read one position further instead
        rows, cells = np.nonzero((position >= start) & (position < end))
        sims[rows, cells] += drawn[rows, end[cells]] - work[cells]
        larger += (sims >= limit).sum(axis=0)
        done += size
    smaller = permutations - larger
    return (np.minimum(larger, smaller) + 1.0) / (permutations + 1.0)


def benjamini_hochberg(p: np.ndarray, alpha: float) -> Tuple[np.ndarray, float]:
    """Benjamini-Hochberg at level alpha: which tests are significant, and the p threshold
    (the largest p(i) with p(i) <= i * alpha / m; 0.0 when none is significant)."""
    p = np.asarray(p, dtype=float)
    m = p.size
    ordered = np.sort(p)
    passing = np.flatnonzero(ordered <= alpha * np.arange(1, m + 1) / m)
    threshold = float(ordered[passing[-1]]) if passing.size else 0.0
    return (p <= threshold) & (passing.size > 0), threshold


def gi_bins(z: np.ndarray, p: np.ndarray, fdr: bool) -> Tuple[np.ndarray, Dict[float, float]]:
    """Gi_Bin: +-3/+-2/+-1 at 99/95/90 % confidence (p two-sided), 0 otherwise; with FDR each
    level is Benjamini-Hochberg at its alpha. Returns the classes and each level's p threshold."""
    bins = np.zeros(np.asarray(z).size, dtype=np.int8)
    thresholds = {}
    for level, alpha in reversed(CONFIDENCE_LEVELS):
        if fdr:
            significant, thresholds[alpha] = benjamini_hochberg(p, alpha)
        else:
            significant, thresholds[alpha] = p <= alpha, alpha
        bins[significant] = level
    return (bins * np.sign(z)).astype(np.int8), thresholds


@dataclass
class GiStarResult:
    """Per cell: z (GiZScore), p two-sided (GiPValue, never FDR-adjusted), p_sim (pseudo p,
    None without permutations), bin (Gi_Bin), neighbours (NNeighbors, the cell included)."""

    z: np.ndarray
    p: np.ndarray
    p_sim: Optional[np.ndarray]
    bin: np.ndarray
    neighbours: np.ndarray
    local_sum: np.ndarray
    choices: Dict[str, Any] = field(default_factory=dict)


def gi_star(
    values: np.ndarray,
    weights: Weights,
    permutations: int = DEFAULT_PERMUTATIONS,
    seed: Optional[int] = DEFAULT_SEED,
    fdr: bool = True,
    min_total: Optional[float] = MIN_REPORTS,
) -> GiStarResult:
    """Gi* of `values` (reports per cell) over `weights`; refuses fewer than `min_total` reports
    and equal values everywhere. Every choice made is in `choices`."""
    values = np.asarray(values, dtype=float)
    require_parameter(values.size == weights.n, "values", values.size)
    require_parameter(permutations >= 0, "permutations", permutations)
    total = float(values.sum())
    if min_total is not None and total < min_total:
        raise HotspotRefusal(TOO_FEW_REPORTS, reports=total, minimum=min_total)
    z, local = gi_star_z(values, weights)
    p = normal_two_sided_p(z)
    p_sim = None
    if permutations:
        p_sim = permutation_p(values, weights, local, permutations, np.random.default_rng(seed))
    bins, thresholds = gi_bins(z, p, fdr)
    card = weights.cardinality
    choices = {
        "cells": int(values.size),
        "reports": total,
        "weights": weights.kind,
        "band": weights.band,
        "k": weights.k,
        "neighbours_min": int(card.min()),
        "neighbours_max": int(card.max()),
        "neighbours_mean": float(card.mean()),
        "permutations": int(permutations),
        "seed": seed,
        "fdr": bool(fdr),
        "p_thresholds": thresholds,
        "hot_cells": int((bins > 0).sum()),
        "cold_cells": int((bins < 0).sum()),
    }
    return GiStarResult(z, p, p_sim, bins, card, local, choices)
