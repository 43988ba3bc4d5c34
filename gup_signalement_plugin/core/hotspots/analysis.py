"""One call from reports to Gi* on a hexagonal grid, with every automatic choice reported."""

from typing import Optional, Tuple

import numpy as np
import shapely

from .gistar import (
    DEFAULT_PERMUTATIONS,
    DEFAULT_SEED,
    GiStarResult,
    distance_band,
    gi_star,
    knn_weights,
)
from .grid import HexGrid
from .problems import MIN_REPORTS, TOO_FEW_REPORTS, HotspotRefusal, check_projected

DEFAULT_CELL_SIZE = 200.0  # metres


def hex_hotspots(
    x: np.ndarray,
    y: np.ndarray,
    territory: shapely.Geometry,
    cell_size: float = DEFAULT_CELL_SIZE,
    band: Optional[float] = None,
    k: Optional[int] = None,
    permutations: int = DEFAULT_PERMUTATIONS,
    seed: Optional[int] = DEFAULT_SEED,
    fdr: bool = True,
) -> Tuple[HexGrid, np.ndarray, GiStarResult]:
    """Reports (projected metres) counted on a hexagonal grid over the territory, then Gi*
    with a distance band (given, or the smallest giving every cell a neighbour) or k nearest
    neighbours. Returns the grid, the counts and the result (choices filled in)."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    check_projected(x, y)
    if x.size < MIN_REPORTS:
        raise HotspotRefusal(TOO_FEW_REPORTS, reports=int(x.size), minimum=MIN_REPORTS)
    grid = HexGrid.build(territory, cell_size)
    counts, outside = grid.counts(x, y)
    cx, cy = grid.centres()
    weights = knn_weights(cx, cy, k) if k else distance_band(cx, cy, band)
    result = gi_star(counts, weights, permutations=permutations, seed=seed, fdr=fdr)
    result.choices.update(
        {
            "cell_size": float(cell_size),
            "reports_outside": outside,
            "band_source": "k_nearest" if k else ("given" if band else "smallest_with_neighbour"),
            "outliers_removed": 0,
        }
    )
    return grid, counts, result
