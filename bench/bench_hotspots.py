"""Hotspot core benchmark: Gi* (999 permutations + FDR) for 1,000,000 synthetic reports on a
100 m hexagonal grid over the EPT, against esda.G_Local on the same grid and weights in the same
run; then emerging hotspots over 36 monthly steps. Prints the figures; asserts nothing.

    .venv/bin/python bench/bench_hotspots.py [--reports 1000000] [--cell 100] [--no-esda]
"""

import argparse
import os
import sys
import time
import warnings
from pathlib import Path

import numpy as np
import shapely

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gup_signalement_plugin.core.hotspots import (
    HexGrid,
    distance_band,  # noqa: E402
    emerging_hotspots,
    gi_star,
    time_steps,
)
from tests.helpers import SHARED_DATA  # noqa: E402
from tests.lambert93 import ept_territory  # noqa: E402


def timed(label, function, *args, **kwargs):
    wall, cpu = time.perf_counter(), time.process_time()
    value = function(*args, **kwargs)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print("  {:<52} {:7.2f} s wall {:7.2f} s cpu".format(label, wall, cpu), flush=True)
    return value, wall, cpu


def synthetic_reports(territory, count, seed=1):
    """70 % spread over the territory, 30 % in 40 clusters (sd 50-400 m); dates over 3 years,
    some clusters growing with time."""
    rng = np.random.default_rng(seed)
    xmin, ymin, xmax, ymax = territory.bounds
    shapely.prepare(territory)
    xs, ys = [], []
    while sum(a.size for a in xs) < count:
        x = rng.uniform(xmin, xmax, count)
        y = rng.uniform(ymin, ymax, count)
        inside = shapely.contains_xy(territory, x, y)
        xs.append(x[inside])
        ys.append(y[inside])
    x, y = np.concatenate(xs)[:count], np.concatenate(ys)[:count]
    clustered = rng.random(count) < 0.3
    centre = rng.integers(0, 40, clustered.sum())
    cx, cy, sd = x[:40].copy(), y[:40].copy(), rng.uniform(50, 400, 40)
    x[clustered] = cx[centre] + rng.normal(0, 1, centre.size) * sd[centre]
    y[clustered] = cy[centre] + rng.normal(0, 1, centre.size) * sd[centre]
    days = rng.integers(0, 1096, count)
    growing = clustered.copy()
    growing[clustered] = centre < 10
    days[growing] = 1095 - np.floor(np.sqrt(rng.random(growing.sum())) * 1096).astype(int) % 1096
    dates = np.datetime64("2022-01-01") + days.astype("timedelta64[D]")
    return x, y, dates


def esda_weights(weights):
    from libpysal.weights import W

    neighbours = {
        i: weights.indices[weights.indptr[i] : weights.indptr[i + 1]].tolist()
        for i in range(weights.n)
    }
    return W(neighbours, silence_warnings=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=1_000_000)
    parser.add_argument("--cell", type=float, default=100.0)
    parser.add_argument("--permutations", type=int, default=999)
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="Gi* runs of ours and of esda n_jobs=1; the best is compared",
    )
    parser.add_argument("--no-esda", action="store_true")
    args = parser.parse_args()
    print(
        "load average before: {:.2f} {:.2f} {:.2f} on {} cores".format(
            *os.getloadavg(), os.cpu_count()
        )
    )
    territory = ept_territory(SHARED_DATA / "ept_gosb_contour.geojson")
    x, y, dates = synthetic_reports(territory, args.reports)
    print(
        "{:,} reports, EPT {:.1f} km2, cells of {:.0f} m".format(
            x.size, territory.area / 1e6, args.cell
        )
    )

    print("Gi* (ours):")
    start = time.perf_counter()
    grid, *_ = timed("hexagonal grid over the territory", HexGrid.build, territory, args.cell)
    (counts, outside), *_ = timed("reports -> cells (axial rounding)", grid.counts, x, y)
    weights, *_ = timed("distance band weights (smallest band)", distance_band, *grid.centres())
    result, gi_time, gi_cpu = timed(
        "Gi*, {} permutations, FDR".format(args.permutations),
        gi_star,
        counts,
        weights,
        permutations=args.permutations,
    )
    total = time.perf_counter() - start
    for _ in range(args.repeat - 1):
        _, wall, cpu = timed(
            "Gi* again (machine shared: best kept)",
            gi_star,
            counts,
            weights,
            permutations=args.permutations,
        )
        gi_time, gi_cpu = min(gi_time, wall), min(gi_cpu, cpu)
    print("  {:<52} {:7.2f} s   (target <= 3 s)".format("total, reports to classes", total))
    print(
        "  cells {:,}, band {:.2f} m, reports outside {:,}, hot {:,}, cold {:,}, "
        "FDR thresholds {}".format(
            grid.n,
            weights.band,
            outside,
            result.choices["hot_cells"],
            result.choices["cold_cells"],
            {a: "{:.2e}".format(t) for a, t in result.choices["p_thresholds"].items()},
        )
    )

    if not args.no_esda:
        import esda

        print(
            "esda {} G_Local (same counts, same weights, star=True, transform='B', "
            "keep_simulations=False):".format(esda.__version__)
        )
        w, *_ = timed("libpysal W from the same neighbours (not counted)", esda_weights, weights)
        best = best_cpu = None
        for jobs in [1] * args.repeat + [os.cpu_count()]:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                oracle, seconds, cpu = timed(
                    "G_Local, {} permutations, n_jobs={}".format(args.permutations, jobs),
                    esda.G_Local,
                    counts.astype(float),
                    w,
                    transform="B",
                    star=True,
                    permutations=args.permutations,
                    keep_simulations=False,
                    n_jobs=jobs,
                    seed=1,
                )
            best = seconds if best is None else min(best, seconds)
            if jobs == 1:  # with workers, process CPU time misses their work
                best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
        print("  max |z ours - z esda| = {:.2e}".format(np.abs(oracle.Zs - result.z).max()))
        print(
            "  ratio esda best / our best (Gi* step only): {:.2f}x; esda best / our whole "
            "pipeline (first run): {:.2f}x; CPU time, n_jobs=1: {:.2f}x".format(
                best / gi_time, best / total, best_cpu / gi_cpu
            )
        )

    print("Emerging hotspots (ours), 36 monthly steps:")
    start = time.perf_counter()
    cell, *_ = timed("reports -> cells", grid.assign, x, y)
    (step, starts), *_ = timed("dates -> months", time_steps, dates, "month")
    emerging, *_ = timed(
        "space-time Gi*, FDR, Mann-Kendall, categories",
        emerging_hotspots,
        cell,
        step,
        starts.size,
        weights,
    )
    total = time.perf_counter() - start
    print(
        "  {:<52} {:7.2f} s   (target <= 10 s, grid and weights above reused)".format(
            "total", total
        )
    )
    print(
        "  steps {}, bins {:,}, categories {}".format(
            starts.size,
            emerging.choices["bins"],
            {k: v for k, v in emerging.choices["categories"].items() if v},
        )
    )
    print("load average after: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))


if __name__ == "__main__":
    main()
