"""Hexagonal grid over a territory (Lambert-93 metres) and report counts per cell or polygon.

Pointy-top hexagons; `cell_size` is the distance between the centres of two adjacent cells,
which is also the hexagon's width across flats (side = cell_size / sqrt(3)). The grid is
anchored at (0, 0), so a cell (q, r) is the same place in every analysis. A cell belongs to the
grid when its hexagon intersects the territory; cells entirely outside never exist (never zeros).
"""

from dataclasses import dataclass
from typing import Optional, Sequence, Tuple

import numpy as np
import shapely

from .problems import check_projected, require_parameter

SQRT3 = np.sqrt(3.0)


def axial_round(x: np.ndarray, y: np.ndarray, cell_size: float) -> Tuple[np.ndarray, np.ndarray]:
    """Axial coordinates (q, r) of the hexagon containing each point (cube rounding)."""
    side = cell_size / SQRT3
    rf = np.asarray(y, dtype=float) / (1.5 * side)
    qf = np.asarray(x, dtype=float) / cell_size - rf / 2.0
    sf = -qf - rf
    q, r, s = np.rint(qf), np.rint(rf), np.rint(sf)
    dq, dr, ds = np.abs(q - qf), np.abs(r - rf), np.abs(s - sf)
    fix_q = (dq > dr) & (dq > ds)
    fix_r = ~fix_q & (dr > ds)
    q = np.where(fix_q, -r - s, q)
    r = np.where(fix_r, -q - s, r)
    return q.astype(np.int64), r.astype(np.int64)


def axial_centres(q: np.ndarray, r: np.ndarray, cell_size: float) -> Tuple[np.ndarray, np.ndarray]:
    """Centre coordinates of the cells (q, r)."""
    side = cell_size / SQRT3
    return cell_size * (q + r / 2.0), 1.5 * side * r


def hexagons(cx: np.ndarray, cy: np.ndarray, cell_size: float) -> np.ndarray:
    """Shapely polygons of pointy-top hexagons centred on (cx, cy)."""
    side = cell_size / SQRT3
    angles = np.deg2rad(np.arange(6) * 60.0 + 30.0)
    xs = cx[:, None] + side * np.cos(angles)[None, :]
    ys = cy[:, None] + side * np.sin(angles)[None, :]
    rings = np.stack([xs, ys], axis=-1)
    rings = np.concatenate([rings, rings[:, :1]], axis=1)
    return shapely.polygons(rings)


@dataclass
class HexGrid:
    """Cells of the grid kept over the territory, with a lookup from (q, r) to cell index."""

    cell_size: float
    q: np.ndarray
    r: np.ndarray
    inner: np.ndarray  # hexagon entirely inside the territory
    territory: shapely.Geometry
    _q0: int = 0
    _r0: int = 0
    _table: Optional[np.ndarray] = None

    @classmethod
    def build(cls, territory: shapely.Geometry, cell_size: float) -> "HexGrid":
        """Cells whose hexagon intersects `territory` (a projected polygon, metres)."""
        require_parameter(cell_size > 0 and np.isfinite(cell_size), "cell_size", cell_size)
        xmin, ymin, xmax, ymax = shapely.bounds(territory)
        check_projected(np.array([xmin, xmax]), np.array([ymin, ymax]))
        side = cell_size / SQRT3
        r_range = np.arange(
            int(np.floor(ymin / (1.5 * side))) - 1, int(np.ceil(ymax / (1.5 * side))) + 2
        )
        q_lo = int(np.floor(xmin / cell_size - r_range.max() / 2.0)) - 1
        q_hi = int(np.ceil(xmax / cell_size - r_range.min() / 2.0)) + 1
        q, r = np.meshgrid(np.arange(q_lo, q_hi + 1), r_range, indexing="ij")
        q, r = q.ravel(), r.ravel()
        cx, cy = axial_centres(q, r, cell_size)
        near = (
            (cx >= xmin - cell_size)
            & (cx <= xmax + cell_size)
            & (cy >= ymin - cell_size)
            & (cy <= ymax + cell_size)
        )
        q, r, cx, cy = q[near], r[near], cx[near], cy[near]
        shapely.prepare(territory)
        polys = hexagons(cx, cy, cell_size)
        keep = shapely.intersects(territory, polys)
        inner = shapely.contains_properly(territory, polys[keep])
        grid = cls(float(cell_size), q[keep], r[keep], inner, territory)
        grid._index()
        return grid

    def _index(self) -> None:
        self._q0, self._r0 = int(self.q.min()), int(self.r.min())
        shape = (int(self.q.max()) - self._q0 + 1, int(self.r.max()) - self._r0 + 1)
        self._table = np.full(shape, -1, dtype=np.int64)
        self._table[self.q - self._q0, self.r - self._r0] = np.arange(self.q.size)

    @property
    def n(self) -> int:
        return int(self.q.size)

    def centres(self) -> Tuple[np.ndarray, np.ndarray]:
        return axial_centres(self.q, self.r, self.cell_size)

    def polygons(self) -> np.ndarray:
        """The hexagons of the kept cells (whole hexagons, not cut by the territory)."""
        return hexagons(*self.centres(), self.cell_size)

    def assign(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Cell index of each point, -1 for points outside the territory (border included in)."""
        x = np.asarray(x, dtype=float)
        y = np.asarray(y, dtype=float)
        q, r = axial_round(x, y, self.cell_size)
        qi, ri = q - self._q0, r - self._r0
        inside = (qi >= 0) & (ri >= 0) & (qi < self._table.shape[0]) & (ri < self._table.shape[1])
        cell = np.full(x.size, -1, dtype=np.int64)
        cell[inside] = self._table[qi[inside], ri[inside]]
        # only points of border cells need a test against the territory itself
        border = np.flatnonzero(cell >= 0)
        border = border[~self.inner[cell[border]]]
        if border.size:
            # intersects on points, not intersects_xy: under qgis_process (QGIS's GEOS 3.11
            # loaded first) intersects_xy on a prepared polygon crashes the process
            points = shapely.points(x[border], y[border])
            out = ~shapely.intersects(self.territory, points)
            cell[border[out]] = -1
        return cell

    def counts(self, x: np.ndarray, y: np.ndarray) -> Tuple[np.ndarray, int]:
        """Reports per cell, and the number of reports outside the territory."""
        cell = self.assign(x, y)
        inside = cell >= 0
        return np.bincount(cell[inside], minlength=self.n), int(x.size - inside.sum())


def count_in_polygons(
    polygons: Sequence[shapely.Geometry], x: np.ndarray, y: np.ndarray
) -> Tuple[np.ndarray, np.ndarray]:
    """Reports per polygon (communes, QPV...) and each point's polygon index (-1: none).

    A point on a border shared by several polygons is counted once, in the lowest index."""
    polygons = np.asarray(polygons, dtype=object)
    points = shapely.points(np.asarray(x, dtype=float), np.asarray(y, dtype=float))
    tree = shapely.STRtree(polygons)
    point_idx, poly_idx = tree.query(points, predicate="intersects")
    owner = np.full(points.size, np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(owner, point_idx, poly_idx)
    owner[owner == np.iinfo(np.int64).max] = -1
    counts = np.bincount(owner[owner >= 0], minlength=polygons.size)
    return counts, owner
