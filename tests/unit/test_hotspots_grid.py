"""Hexagonal grid: cell size, clipping to the territory, vectorised assignment, polygons."""

import numpy as np
import pytest
import shapely
from shapely.geometry import Polygon, box

from gup_signalement_plugin.core.hotspots import HexGrid, HotspotRefusal, count_in_polygons
from gup_signalement_plugin.core.hotspots.grid import axial_centres, axial_round

X0, Y0 = 650000.0, 6850000.0


def test_assignment_is_the_nearest_centre():
    rng = np.random.default_rng(7)
    size = 100.0
    x = X0 + rng.uniform(-2000, 2000, 20000)
    y = Y0 + rng.uniform(-2000, 2000, 20000)
    q, r = axial_round(x, y, size)
    # brute force: the nearest of the 25 centres around a plain rounding of the axial coordinates
    rough_r = np.floor(y / (1.5 * size / np.sqrt(3))).astype(int)
    rough_q = np.floor(x / size - rough_r / 2.0).astype(int)
    shifts = np.array([(a, b) for a in range(-2, 3) for b in range(-2, 3)])
    cq = rough_q[:, None] + shifts[None, :, 0]
    cr = rough_r[:, None] + shifts[None, :, 1]
    cx, cy = axial_centres(cq, cr, size)
    nearest = np.argmin((cx - x[:, None]) ** 2 + (cy - y[:, None]) ** 2, axis=1)
    rows = np.arange(x.size)
    assert np.array_equal(q, cq[rows, nearest])
    assert np.array_equal(r, cr[rows, nearest])


def test_cell_size_is_the_distance_between_adjacent_centres():
    territory = box(X0, Y0, X0 + 1000, Y0 + 1000)
    grid = HexGrid.build(territory, 150.0)
    cx, cy = grid.centres()
    d = np.hypot(cx[:, None] - cx[None, :], cy[:, None] - cy[None, :])
    np.fill_diagonal(d, np.inf)
    assert np.allclose(d.min(axis=1), 150.0)
    area = shapely.area(grid.polygons())
    assert np.allclose(area, np.sqrt(3) / 2 * 150.0**2)
    # the hexagons tile the plane: each point falls in the hexagon of its cell
    rng = np.random.default_rng(1)
    x, y = rng.uniform(X0, X0 + 1000, 500), rng.uniform(Y0, Y0 + 1000, 500)
    cell = grid.assign(x, y)
    assert (cell >= 0).all()
    assert shapely.contains_xy(grid.polygons()[cell], x, y).all()


def test_cells_outside_the_territory_do_not_exist_and_points_outside_are_left_out():
    # an L-shaped territory: the empty quarter has no cell, so no zero there
    territory = Polygon(
        [
            (X0, Y0),
            (X0 + 2000, Y0),
            (X0 + 2000, Y0 + 1000),
            (X0 + 1000, Y0 + 1000),
            (X0 + 1000, Y0 + 2000),
            (X0, Y0 + 2000),
        ]
    )
    grid = HexGrid.build(territory, 100.0)
    polygons = grid.polygons()
    assert shapely.intersects(polygons, territory).all()
    empty_quarter = box(X0 + 1120, Y0 + 1120, X0 + 2000, Y0 + 2000)
    assert not shapely.intersects(polygons, empty_quarter).any()
    # a border cell keeps its points inside the territory only
    x = np.array([X0 + 1000 - 1, X0 + 1000 + 1, X0 + 1500, X0 + 500])
    y = np.array([Y0 + 1500, Y0 + 1500, Y0 + 1500, Y0 + 500])
    cell = grid.assign(x, y)
    assert cell[0] >= 0 and cell[3] >= 0
    assert cell[1] == -1 and cell[2] == -1
    counts, outside = grid.counts(x, y)
    assert (counts.sum(), outside) == (2, 2)
    # a point on the territory's border is inside
    assert grid.assign(np.array([X0 + 1000.0]), np.array([Y0 + 1500.0]))[0] >= 0


def test_degrees_are_refused():
    with pytest.raises(HotspotRefusal) as error:
        HexGrid.build(box(2.2, 48.8, 2.5, 48.9), 100.0)
    assert error.value.code == "geographic_coordinates"


def test_counts_in_polygons_once_per_point():
    polygons = [box(X0, Y0, X0 + 100, Y0 + 100), box(X0 + 100, Y0, X0 + 200, Y0 + 100)]
    x = np.array([X0 + 50, X0 + 150, X0 + 100, X0 + 300, X0 + 160])
    y = np.array([Y0 + 50, Y0 + 50, Y0 + 50, Y0 + 50, Y0 + 10])
    counts, owner = count_in_polygons(polygons, x, y)
    assert owner.tolist() == [0, 1, 0, -1, 1]
    assert counts.tolist() == [2, 2]
