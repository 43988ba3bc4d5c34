"""Emerging hotspots: time steps, Mann-Kendall against pymannkendall, space-time Gi* against
esda, and each category on a crafted series."""

import numpy as np
import pytest
from shapely.geometry import box

from gup_signalement_plugin.core.hotspots import (
    CATEGORIES,
    HexGrid,
    HotspotRefusal,
    Weights,
    benjamini_hochberg,
    distance_band,
    emerging_hotspots,
    mann_kendall,
    time_steps,
)
from gup_signalement_plugin.core.hotspots.emerging import categorise, space_time_local_sums
from tests.unit.hotspot_oracles import esda_g_local

X0, Y0 = 650000.0, 6850000.0


def test_time_steps_follow_the_calendar():
    dates = np.array(
        ["2024-01-31", "2024-02-01", "2024-03-31", "2024-04-01", "2024-12-31"],
        dtype="datetime64[D]",
    )
    step, starts = time_steps(dates, "month")
    assert step.tolist() == [0, 1, 2, 3, 11]
    assert starts[0] == np.datetime64("2024-01-01") and starts.size == 12
    step, starts = time_steps(dates, "quarter")
    assert step.tolist() == [0, 0, 0, 1, 3]
    assert starts.tolist()[1] == np.datetime64("2024-04-01").astype(object)
    # 2024-01-07 is a Sunday, 2024-01-08 a Monday
    week_dates = np.array(
        ["2024-01-07", "2024-01-08", "2024-01-14", "2024-01-15"], dtype="datetime64[D]"
    )
    step, starts = time_steps(week_dates, "week")
    assert step.tolist() == [0, 1, 1, 2]
    assert starts[0] == np.datetime64("2024-01-01")
    step, starts = time_steps(
        dates, "month", first=np.datetime64("2024-02-15"), last=np.datetime64("2024-03-01")
    )
    assert step.tolist() == [-1, 0, 1, -1, -1] and starts.size == 2


@pytest.mark.parametrize("length", [4, 10, 36, 60])
def test_mann_kendall_equals_pymannkendall(length):
    import pymannkendall

    rng = np.random.default_rng(length)
    series = [
        np.round(rng.normal(size=length) + trend * np.arange(length), 0)
        for trend in (0.0, 0.05, 0.3, -0.3)
    ]
    series.append(np.full(length, 2.0))  # all tied
    series.append(np.arange(length, dtype=float))  # no tie
    s, var, z, p = mann_kendall(np.array(series))
    for i, row in enumerate(series):
        oracle = pymannkendall.original_test(row, alpha=0.1)
        assert s[i] == oracle.s
        assert var[i] == pytest.approx(oracle.var_s, rel=1e-12)
        assert z[i] == pytest.approx(oracle.z, rel=1e-12, abs=1e-15)
        assert p[i] == pytest.approx(oracle.p, rel=1e-9, abs=1e-15)
        trend = (
            "increasing"
            if (p[i] <= 0.1 and z[i] > 0)
            else ("decreasing" if (p[i] <= 0.1 and z[i] < 0) else "no trend")
        )
        assert trend == oracle.trend


def test_space_time_z_equals_esda_on_explicit_space_time_weights():
    grid = HexGrid.build(box(X0, Y0, X0 + 600, Y0 + 600), 100.0)
    cx, cy = grid.centres()
    w = distance_band(cx, cy)
    steps, window = 5, 2
    rng = np.random.default_rng(2)
    cell = rng.integers(0, grid.n, 3000)
    step = rng.integers(0, steps, 3000)
    cell[:400] = 0
    step[:400] = 4
    result = emerging_hotspots(cell, step, steps, w, time_window=window)
    # bin (i, t) -> i * steps + t; neighbours (j, s): j near i, t - window <= s <= t
    rows, cols = [], []
    for i in range(grid.n):
        for t in range(steps):
            for j in w.indices[w.indptr[i] : w.indptr[i + 1]]:
                for s in range(max(0, t - window), t + 1):
                    rows.append(i * steps + t)
                    cols.append(j * steps + s)
    rows, cols = np.array(rows), np.array(cols)
    order = np.lexsort((cols, rows))
    indptr = np.r_[0, np.cumsum(np.bincount(rows, minlength=grid.n * steps))]
    st = Weights(indptr, cols[order], "space_time")
    oracle = esda_g_local(result.counts.ravel(), st)
    assert np.abs(result.z.ravel() - oracle.Zs).max() < 1e-9
    local, card = space_time_local_sums(result.counts, w, window)
    assert card[0].tolist() == [w.cardinality[0] * m for m in (1, 2, 3, 3, 3)]
    assert result.hot[0, 4] and result.category[0] == CATEGORIES.index("new_hot")


H, C, _ = 1, -1, 0


def classify(pattern, trend=0.0):
    """Category name of one cell from its series of H (hot) / C (cold) / _ and a trend z."""
    flags = np.array([pattern])
    category = categorise(
        flags == H, flags == C, np.array([trend]), np.array([0.01 if trend else 0.9]), 0.10
    )
    return CATEGORIES[category[0]]


TEN_HOT = [H] * 10


@pytest.mark.parametrize(
    "pattern, trend, expected",
    [
        ([_] * 9 + [H], 0.0, "new_hot"),
        ([_] * 7 + [H] * 3, 0.0, "consecutive_hot"),
        ([_] * 8 + [H] * 2, 0.0, "consecutive_hot"),
        (TEN_HOT, 2.0, "intensifying_hot"),
        (TEN_HOT, 0.0, "persistent_hot"),
        ([_] + [H] * 9, 0.0, "persistent_hot"),  # 9 of 10 = 90 %
        (TEN_HOT, -2.0, "diminishing_hot"),
        ([_, H, _, H, _, _, H, H, _, H], 0.0, "sporadic_hot"),
        ([H] + [_] * 6 + [H] * 3, 0.0, "sporadic_hot"),  # hot before the final run
        ([_, C, _, _, H, _, _, _, H, H], 0.0, "oscillating_hot"),
        ([C] + [_] * 8 + [H], 0.0, "oscillating_hot"),  # cold before: not new
        ([H] * 9 + [_], 0.0, "historical_hot"),
        ([H] * 9 + [_], -2.0, "historical_hot"),
        ([_] * 9 + [C], 0.0, "new_cold"),
        ([_] * 7 + [C] * 3, 0.0, "consecutive_cold"),
        ([C] * 10, -2.0, "intensifying_cold"),
        ([C] * 10, 0.0, "persistent_cold"),
        ([C] * 10, 2.0, "diminishing_cold"),
        ([_, C, _, C, _, _, C, C, _, C], 0.0, "sporadic_cold"),
        ([_, H, _, _, C, _, _, _, C, C], 0.0, "oscillating_cold"),
        ([C] * 9 + [_], 0.0, "historical_cold"),
        ([_] * 10, 0.0, "no_pattern"),
        ([H] * 8 + [_, _], 0.0, "no_pattern"),  # 80 %, final not hot
        ([_, H, _, H, _, _, _, _, _, _], 0.0, "no_pattern"),
        ([_] * 9 + [H], 2.0, "new_hot"),
        ([H] * 8 + [_, H], 0.0, "persistent_hot"),  # 90 % of steps hot, the final one too
    ],
)
def test_each_category_on_a_crafted_series(pattern, trend, expected):
    assert classify(pattern, trend) == expected


def test_persistent_needs_ninety_percent_exactly():
    assert classify([_] + [H] * 9) == "persistent_hot"
    assert classify([_, _] + [H] * 8) == "consecutive_hot"  # 80 %: a run from the start
    assert classify([_] * 2 + [H] * 18) == "persistent_hot"  # 18 / 20 = 90 %
    assert classify([_] * 3 + [H] * 17) == "consecutive_hot"  # 85 %


def test_historical_cold_final_step_wins_over_historical_hot():
    # hot 9 steps then cold in the final one: the current state (cold) describes the cell
    assert classify([H] * 9 + [C]) == "oscillating_cold"


def test_refusals_and_choices():
    grid = HexGrid.build(box(X0, Y0, X0 + 600, Y0 + 600), 100.0)
    w = distance_band(*grid.centres())
    with pytest.raises(HotspotRefusal) as error:
        emerging_hotspots(np.zeros(59, dtype=int), np.zeros(59, dtype=int), 3, w)
    assert error.value.params == {"reports": 59, "minimum": 60}
    result = emerging_hotspots(
        np.r_[np.zeros(59, dtype=int), 1, -1], np.r_[np.zeros(59, dtype=int), 2, 0], 3, w
    )
    assert (result.choices["reports"], result.choices["reports_left_out"]) == (60, 1)
    assert result.choices["time_window"] == 1 and result.choices["fdr"] is True
    assert sum(result.choices["categories"].values()) == grid.n


def test_hot_and_cold_bins_use_fdr_when_asked():
    grid = HexGrid.build(box(X0, Y0, X0 + 1500, Y0 + 1500), 100.0)
    w = distance_band(*grid.centres())
    rng = np.random.default_rng(8)
    cell = rng.integers(0, grid.n, 20000)
    step = rng.integers(0, 6, 20000)
    cell[:60], step[:60] = 5, 3
    with_fdr = emerging_hotspots(cell, step, 6, w)
    raw = emerging_hotspots(cell, step, 6, w, fdr=False)
    significant, threshold = benjamini_hochberg(with_fdr.p.ravel(), 0.10)
    assert np.array_equal(with_fdr.hot | with_fdr.cold, significant.reshape(grid.n, 6))
    assert with_fdr.choices["p_threshold"] == threshold
    assert np.array_equal(raw.hot, (raw.p <= 0.10) & (raw.z > 0))
    assert (raw.hot | raw.cold).sum() > (with_fdr.hot | with_fdr.cold).sum() > 0
