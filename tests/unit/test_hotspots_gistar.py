"""Getis-Ord Gi*: z-scores against esda (crafted grids and real Paris reports), permutation
pseudo p-values, Benjamini-Hochberg, Gi_Bin classes and the refusals."""

import itertools
import math

import numpy as np
import pandas as pd
import pytest
import shapely
from shapely.geometry import box

from gup_signalement_plugin.core.hotspots import (
    HexGrid,
    HotspotRefusal,
    Weights,
    benjamini_hochberg,
    distance_band,
    gi_bins,
    gi_star,
    hex_hotspots,
    knn_weights,
    normal_two_sided_p,
    smallest_band,
)
from gup_signalement_plugin.core.hotspots.gistar import permutation_p
from tests.helpers import SHARED_DATA
from tests.lambert93 import lambert93
from tests.unit.hotspot_oracles import esda_g_local

X0, Y0 = 650000.0, 6850000.0


def crafted_grid(side=1200.0, size=100.0):
    """A hexagonal grid over a square with a hot corner and a cold band."""
    grid = HexGrid.build(box(X0, Y0, X0 + side, Y0 + side), size)
    cx, cy = grid.centres()
    rng = np.random.default_rng(3)
    counts = rng.poisson(5, grid.n).astype(float)
    counts[(cx < X0 + 300) & (cy < Y0 + 300)] += 20
    counts[np.abs(cy - (Y0 + 800)) < 60] = 0
    return grid, cx, cy, counts


@pytest.fixture(scope="module")
def paris():
    frame = pd.read_csv(
        SHARED_DATA / "dansmarue_paris_2023-2024.csv.gz", usecols=["lon", "lat"]
    ).dropna()
    x, y = lambert93(frame["lon"].to_numpy(), frame["lat"].to_numpy())
    territory = shapely.convex_hull(shapely.multipoints(np.column_stack([x, y])))
    return x, y, territory


@pytest.mark.parametrize("weights", ["band", "wide_band", "knn"])
def test_z_equals_esda_on_a_crafted_grid(weights):
    grid, cx, cy, counts = crafted_grid()
    w = {
        "band": lambda: distance_band(cx, cy),
        "wide_band": lambda: distance_band(cx, cy, 250.0),
        "knn": lambda: knn_weights(cx, cy, 8),
    }[weights]()
    result = gi_star(counts, w, permutations=0)
    oracle = esda_g_local(counts, w)
    assert np.abs(result.z - oracle.Zs).max() < 1e-9
    # ArcGIS's GiPValue is two-sided; esda's p_norm is one-sided
    assert np.allclose(result.p, 2 * oracle.p_norm, rtol=1e-9, atol=1e-15)


def test_z_equals_esda_on_paris_reports(paris):
    x, y, territory = paris
    grid, counts, result = hex_hotspots(x, y, territory, cell_size=250.0, permutations=0)
    assert result.choices["cells"] == grid.n > 1000
    assert result.choices["reports"] + result.choices["reports_outside"] == x.size
    oracle = esda_g_local(counts, distance_band(*grid.centres(), result.choices["band"]))
    assert np.abs(result.z - oracle.Zs).max() < 1e-9
    assert (result.bin == 3).sum() > 10 and (result.bin < 0).sum() > 10


def test_smallest_band_gives_every_cell_a_neighbour_and_is_reported():
    grid, cx, cy, counts = crafted_grid()
    assert smallest_band(cx, cy) == pytest.approx(100.0, abs=1e-6)
    _, _, result = hex_hotspots(
        np.r_[cx, cx],
        np.r_[cy, cy],
        box(X0, Y0, X0 + 1200, Y0 + 1200),
        cell_size=100.0,
        permutations=0,
    )
    assert result.choices["band"] == pytest.approx(100.0, abs=1e-6)
    assert result.choices["band_source"] == "smallest_with_neighbour"
    assert result.neighbours.min() >= 2
    # an isolated cell 1 km away sets the band
    w = distance_band(np.r_[cx, X0 - 1000.0], np.r_[cy, Y0])
    far = np.hypot(cx - (X0 - 1000.0), cy - Y0).min()
    assert w.band == pytest.approx(far, rel=1e-6)
    assert w.cardinality[-1] >= 2


def test_a_band_too_small_is_refused():
    _, cx, cy, _ = crafted_grid()
    with pytest.raises(HotspotRefusal) as error:
        distance_band(cx, cy, 99.0)
    assert error.value.code == "no_neighbour"
    assert error.value.params["cells_without"] == cx.size
    assert error.value.params["smallest_band"] == pytest.approx(100.0)
    with pytest.raises(HotspotRefusal) as error:
        knn_weights(cx[:5], cy[:5], 5)
    assert error.value.code == "no_neighbour"


def test_knn_takes_the_nearest_cells():
    rng = np.random.default_rng(5)
    x, y = X0 + rng.uniform(0, 5000, 400), Y0 + rng.uniform(0, 200, 400)
    w = knn_weights(x, y, 6)
    assert (w.cardinality == 7).all()
    d = np.hypot(x[:, None] - x[None, :], y[:, None] - y[None, :])
    expected = np.sort(np.argsort(d, axis=1, kind="stable")[:, :7], axis=1)
    got = np.sort(w.indices.reshape(400, 7), axis=1)
    assert np.array_equal(got, expected)


def test_refusals():
    _, cx, cy, counts = crafted_grid()
    w = distance_band(cx, cy)
    few = np.zeros(cx.size)
    few[:29] = 1
    with pytest.raises(HotspotRefusal) as error:
        gi_star(few, w, permutations=0)
    assert (error.value.code, error.value.params) == (
        "too_few_reports",
        {"reports": 29, "minimum": 30},
    )
    few[29] = 1
    assert gi_star(few, w, permutations=0).choices["reports"] == 30
    with pytest.raises(HotspotRefusal) as error:
        gi_star(np.full(cx.size, 4.0), w, permutations=0)
    assert error.value.code == "zero_variance"
    with pytest.raises(HotspotRefusal) as error:
        distance_band(cx / 1e5, cy / 1e5 - 40)
    assert error.value.code == "geographic_coordinates"
    with pytest.raises(HotspotRefusal) as error:
        hex_hotspots(np.full(29, X0 + 50), np.full(29, Y0 + 50), box(X0, Y0, X0 + 900, Y0 + 900))
    assert error.value.code == "too_few_reports"


def test_normal_p_values():
    z = np.array([0.0, 1.959963984540054, -2.5758293035489004, 1.6448536269514722, 8.0])
    assert np.allclose(
        normal_two_sided_p(z), [1.0, 0.05, 0.01, 0.10, 1.2441921e-15], rtol=1e-7, atol=0
    )


def test_benjamini_hochberg_by_hand():
    p = np.array([0.30, 0.004, 0.019, 0.011, 0.6, 0.020, 0.9, 0.04, 0.5, 0.2])
    # sorted: .004 .011 .019 .020 .04 ...; limits i * .05 / 10: .005 .010 .015 .020 .025 ...
    # .011 and .019 fail their own limit but .020 meets rank 4's: the step-up keeps ranks 1-4
    significant, threshold = benjamini_hochberg(p, 0.05)
    assert threshold == 0.020
    assert np.flatnonzero(significant).tolist() == [1, 2, 3, 5]
    # at .04 the limits are .004 .008 .012 .016 .020: only rank 1
    significant, threshold = benjamini_hochberg(p, 0.04)
    assert np.flatnonzero(significant).tolist() == [1] and threshold == 0.004
    significant, threshold = benjamini_hochberg(np.array([0.02, 0.5]), 0.01)
    assert not significant.any() and threshold == 0.0


def test_gi_bins_limits_are_inclusive_and_signed():
    p = np.array([0.01, 0.05, 0.10, 0.1000001, 0.01, 0.0100001])
    z = np.array([3.0, 2.0, 1.7, 1.6, -3.0, -2.6])
    bins, thresholds = gi_bins(z, p, fdr=False)
    assert bins.tolist() == [3, 2, 1, 0, -3, -2]
    assert thresholds == {0.01: 0.01, 0.05: 0.05, 0.10: 0.10}


def test_gi_bins_with_fdr_are_stricter():
    grid, cx, cy, counts = crafted_grid()
    w = distance_band(cx, cy)
    raw = gi_star(counts, w, permutations=0, fdr=False)
    fdr = gi_star(counts, w, permutations=0, fdr=True)
    assert np.array_equal(raw.z, fdr.z) and np.array_equal(raw.p, fdr.p)
    assert (np.abs(fdr.bin) <= np.abs(raw.bin)).all()
    assert (np.abs(fdr.bin) < np.abs(raw.bin)).any()
    for level, alpha in ((3, 0.01), (2, 0.05), (1, 0.10)):
        significant, threshold = benjamini_hochberg(fdr.p, alpha)
        assert fdr.choices["p_thresholds"][alpha] == threshold
        assert np.array_equal(np.abs(fdr.bin) >= level, significant)


def neighbour_sums(values, i, k):
    """Sum of every k-subset of the cells other than i (the exact conditional distribution)."""
    others = np.delete(values, i)
    sums = np.array([others[list(c)].sum() for c in itertools.combinations(range(others.size), k)])
    return sums


def test_permutation_p_matches_the_exact_conditional_distribution():
    values = np.array([9.0, 1, 2, 0, 3, 1, 0, 2, 5, 1, 0, 4])
    n = values.size
    # a ring: each cell with itself and its two neighbours
    indptr = np.arange(0, 3 * n + 1, 3)
    indices = np.array([[(i - 1) % n, i, (i + 1) % n] for i in range(n)]).ravel()
    w = Weights(indptr, np.sort(indices.reshape(n, 3), axis=1).ravel(), "test")
    local = w.local_sums(values)
    permutations = 20000
    p_sim = permutation_p(values, w, local, permutations, np.random.default_rng(11))
    for i in range(n):
        sums = neighbour_sums(values, i, 2)
        observed = local[i] - values[i]
        larger = (sums >= observed).mean()
        expected = (min(larger, 1 - larger) * permutations + 1) / (permutations + 1)
        assert abs(p_sim[i] - expected) < 4 * math.sqrt(expected * (1 - expected) / permutations)
    # values that are not whole numbers (summed in floats) give the same draws and ties
    shifted = values + 0.25
    same = permutation_p(shifted, w, w.local_sums(shifted), permutations, np.random.default_rng(11))
    assert np.array_equal(same, p_sim)


def test_permutation_p_is_reproducible_and_agrees_with_esda(paris):
    x, y, territory = paris
    grid, counts, result = hex_hotspots(x, y, territory, cell_size=250.0, seed=42)
    again = gi_star(counts, distance_band(*grid.centres()), seed=42)
    other = gi_star(counts, distance_band(*grid.centres()), seed=43)
    assert np.array_equal(result.p_sim, again.p_sim)
    assert not np.array_equal(result.p_sim, other.p_sim)
    assert result.p_sim.min() == 1 / 1000 and result.p_sim.max() <= 0.5 + 1e-12
    oracle = esda_g_local(counts, distance_band(*grid.centres()), permutations=999, seed=42)
    from scipy.stats import spearmanr  # test-only

    assert spearmanr(result.p_sim, oracle.p_sim)[0] > 0.95
    # strongly significant for one is strongly significant for the other (the draws differ)
    mine, theirs = result.p_sim <= 0.001, oracle.p_sim <= 0.001
    assert mine.sum() > 100 and theirs.sum() > 100
    assert (mine & theirs).sum() >= 0.8 * max(mine.sum(), theirs.sum())
    assert (oracle.p_sim[mine] <= 0.01).all() and (result.p_sim[theirs] <= 0.01).all()
    # folded pseudo p tells the same as the analytic p where the normal law is good
    assert spearmanr(result.p_sim, result.p)[0] > 0.9


def test_knn_keeps_the_cell_itself_among_duplicates():
    x = np.array([X0, X0, X0, X0 + 10, X0 + 20])
    y = np.full(5, Y0)
    w = knn_weights(x, y, 1)
    for i in range(5):
        assert i in w.indices[w.indptr[i] : w.indptr[i + 1]]
    assert (w.cardinality == 2).all()
