"""Round sheet (feuille de tournée): a service's reports in an area, ordered along a short path.

The path starts at a given point (the depot, the agent's position) and visits every report
once; by default it ends at the last report (``return_to_start=False``), or comes back to the
start. Heuristic: nearest neighbour from the start, then 2-opt (reverse a stretch of the path
while that shortens it, best reversal for each position, until no reversal helps) alternating
with Or-opt (move a stretch of 1 to 3 reports elsewhere) until neither helps. It is
deterministic (ties go to the lower index) and not always optimal: see docs/TRIAGE.md for the
measured gap to the optimum on small cases. Distances are straight lines in Lambert-93
metres."""

from dataclasses import dataclass
from typing import Sequence, Tuple

import numpy as np

_EPSILON = 1e-9


@dataclass(frozen=True)
class Round:
    """``order``: indices of the input points in visiting order; ``length`` in metres (from
    the start, back to it when asked)."""

    order: Tuple[int, ...]
    length: float


def _distances(coordinates: np.ndarray) -> np.ndarray:
    delta = coordinates[:, None, :] - coordinates[None, :, :]
    return np.hypot(delta[..., 0], delta[..., 1])


def _nearest_neighbour(dist: np.ndarray) -> list:
    """Node 0 is the start; the nearest unvisited node next (lowest index on a tie)."""
    n = len(dist)
    visited = np.zeros(n, dtype=bool)
    visited[0] = True
    path = [0]
    for _ in range(n - 1):
        row = np.where(visited, np.inf, dist[path[-1]])
        nxt = int(np.argmin(row))
        visited[nxt] = True
        path.append(nxt)
    return path


def _two_opt(path: list, dist: np.ndarray, closed: bool) -> list:
    """Improve a path starting at node 0 by segment reversals until none shortens it."""
    path = np.array(path + ([0] if closed else []))
    last = len(path) - (2 if closed else 1)  # the last position that may move
    improved = True
    while improved:
        improved = False
        for i in range(1, last):
            j = np.arange(i + 1, last + 1)
            a, b, c = path[i - 1], path[i], path[j]
            delta = dist[a, c] - dist[a, b]
            has_next = j + 1 < len(path)
            d = path[np.minimum(j + 1, len(path) - 1)]
            delta = delta + np.where(has_next, dist[b, d] - dist[c, d], 0.0)
            best = int(np.argmin(delta))
            if delta[best] < -_EPSILON:
                k = j[best]
                path[i : k + 1] = path[i : k + 1][::-1]
                improved = True
    return list(path[:-1] if closed else path)


def _or_opt(path: list, dist: np.ndarray, closed: bool) -> Tuple[list, bool]:
    """Move one stretch of 1 to 3 consecutive reports (either way round) to the place where it
    costs least, when that shortens the path; the first such move found is made."""
    n = len(path)
    for size in (1, 2, 3):
        for i in range(1, n - size + 1):
            stretch = path[i : i + size]
            rest = path[:i] + path[i + size :]
            prev, after = path[i - 1], (path[i + size] if i + size < n else None)
            if after is None and closed:
                after = 0
            saved = dist[prev, stretch[0]] + (
                dist[stretch[-1], after] - dist[prev, after] if after is not None else 0.0
            )
            u = np.array(rest)
            v = np.array(rest[1:] + ([0] if closed else [-1]))
            has_v = v >= 0
            v_safe = np.where(has_v, v, 0)
            for first, last_node in ((stretch[0], stretch[-1]), (stretch[-1], stretch[0])):
                cost = dist[u, first] + np.where(
                    has_v, dist[last_node, v_safe] - dist[u, v_safe], 0.0
                )
                k = int(np.argmin(cost))
                if cost[k] < saved - _EPSILON:
                    moved = stretch if first == stretch[0] else stretch[::-1]
                    return rest[: k + 1] + moved + rest[k + 1 :], True
    return path, False


def path_length(coordinates: np.ndarray, path: Sequence[int], closed: bool = False) -> float:
    nodes = list(path) + ([path[0]] if closed else [])
    steps = np.diff(coordinates[nodes], axis=0)
    return float(np.hypot(steps[:, 0], steps[:, 1]).sum())


def plan_round(start: Tuple[float, float], points, return_to_start: bool = False) -> Round:
    """The visiting order of ``points`` ((n, 2) array-like of x, y) from ``start``."""
    points = np.asarray(points, dtype=float).reshape(-1, 2)
    if not np.isfinite(points).all() or not np.isfinite(start).all():
        raise ValueError("every point of a round needs coordinates")
    if len(points) == 0:
        return Round((), 0.0)
    coordinates = np.vstack([np.asarray(start, dtype=float), points])
    dist = _distances(coordinates)
    path, moved = _nearest_neighbour(dist), True
    while moved:
        path, moved = _or_opt(_two_opt(path, dist, return_to_start), dist, return_to_start)
    order = tuple(int(node) - 1 for node in path[1:])
    return Round(order, path_length(coordinates, path, return_to_start))
