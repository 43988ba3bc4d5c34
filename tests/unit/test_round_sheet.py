"""Round sheet ordering: crafted cases with a known best path, and brute force up to 8 points."""

import itertools

import numpy as np
import pytest

from gup_signalement_plugin.core.round_sheet import path_length, plan_round

# Largest ratio to the optimum accepted on random cases of at most 8 points (the measured
# worst over 600 random cases was 1.066: the heuristic is not exact, see docs/TRIAGE.md).
FACTOR = 1.10


def brute_force(start, points, closed):
    """The optimum over every visiting order (numpy over all permutations at once)."""
    coordinates = np.vstack([start, points])
    delta = coordinates[:, None, :] - coordinates[None, :, :]
    dist = np.hypot(delta[..., 0], delta[..., 1])
    perms = np.array(list(itertools.permutations(range(1, len(coordinates)))))
    nodes = np.hstack([np.zeros((len(perms), 1), dtype=int), perms])
    if closed:
        nodes = np.hstack([nodes, np.zeros((len(perms), 1), dtype=int)])
    return float(dist[nodes[:, :-1], nodes[:, 1:]].sum(axis=1).min())


def test_points_on_a_line_from_one_end():
    points = [(400, 0), (100, 0), (300, 0), (200, 0)]
    got = plan_round((0, 0), points)
    assert got.order == (1, 3, 2, 0)
    assert got.length == pytest.approx(400)


def test_start_in_the_middle_of_a_line_goes_to_the_near_end_first():
    # nearest neighbour alone goes 110 -> 90 -> ... (zigzag); the best visits the left side
    # (closest end) first, then the right side: 2 * 150 + 200 = 500
    points = [(110, 0), (90, 0), (250, 0), (-50, 0)]
    got = plan_round((100, 0), points)
    assert got.length == pytest.approx(min(2 * 150 + 250, 2 * 150 + 150))
    assert got.length == pytest.approx(brute_force((100, 0), points, False))


def test_a_square_round_trip_follows_the_sides():
    points = [(100, 100), (0, 100), (100, 0)]
    got = plan_round((0, 0), points, return_to_start=True)
    assert got.length == pytest.approx(400)
    assert got.order in ((2, 0, 1), (1, 0, 2))
    open_path = plan_round((0, 0), points)
    assert open_path.length == pytest.approx(300)


def test_crossing_paths_are_uncrossed():
    # nearest neighbour alone crosses itself on this one; the best round trip is the hull
    points = [(0, 10), (10, 10), (10, 0), (5, 11), (5, -1)]
    got = plan_round((0, 0), points, return_to_start=True)
    assert got.length == pytest.approx(brute_force((0, 0), points, True))


def test_deterministic_and_empty():
    rng = np.random.default_rng(3)
    points = rng.uniform(0, 1000, (30, 2))
    assert plan_round((0, 0), points) == plan_round((0, 0), points.copy())
    assert plan_round((0, 0), []).order == ()
    with pytest.raises(ValueError):
        plan_round((0, 0), [(1, np.nan)])


@pytest.mark.parametrize("closed", [False, True])
def test_within_the_stated_factor_of_the_optimum(closed):
    exact = 0
    for seed in range(60):
        rng = np.random.default_rng(seed)
        n = int(rng.integers(2, 9))
        points, start = rng.uniform(0, 1000, (n, 2)), rng.uniform(0, 1000, 2)
        got = plan_round(start, points, closed)
        assert sorted(got.order) == list(range(n))
        coordinates = np.vstack([start, points])
        assert got.length == pytest.approx(
            path_length(coordinates, (0,) + tuple(i + 1 for i in got.order), closed)
        )
        best = brute_force(start, points, closed)
        assert got.length <= best * FACTOR + 1e-6
        exact += got.length <= best + 1e-6
    assert exact >= 55  # measured: 57 (open path) and 59 (round trip) of 60


def test_two_opt_reverses_a_stretch_up_to_the_open_end_and_uncrosses_a_round_trip():
    from gup_signalement_plugin.core.round_sheet import _distances, _two_opt

    line = _distances(np.array([(0, 0), (3, 0), (2, 0), (1, 0)], dtype=float))
    assert _two_opt([0, 1, 2, 3], line, closed=False) == [0, 3, 2, 1]
    square = np.array([(0, 0), (10, 10), (10, 0), (0, 10)], dtype=float)
    uncrossed = _two_opt([0, 1, 2, 3], _distances(square), closed=True)
    assert path_length(square, uncrossed, closed=True) == pytest.approx(40)
