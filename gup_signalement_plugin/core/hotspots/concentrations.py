"""Same-address concentrations: several reports at one address (normalised text) or within a
few metres of each other (single linkage: chains of reports each within the distance)."""

import re
import unicodedata
from dataclasses import dataclass
from typing import List, Optional, Sequence

import numpy as np
import shapely

from .problems import check_projected, require_parameter

DEFAULT_MIN_REPORTS = 3
DEFAULT_DISTANCE = 5.0  # metres
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


@dataclass
class Concentration:
    """Reports grouped at one place: `key` (normalised address, or "" for proximity groups),
    the report indexes, their count and mean position."""

    kind: str  # "address" or "proximity"
    key: str
    members: np.ndarray
    x: float
    y: float

    @property
    def count(self) -> int:
        return int(self.members.size)


def normalise_address(text: Optional[str]) -> str:
    """Lower case, accents removed, punctuation and repeated spaces folded: "12, Rue de l'Église"
    and "12 rue de l eglise" are the same address. Empty or missing gives ""."""
    if not text:
        return ""
    plain = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    return _NOT_ALNUM.sub(" ", plain.lower()).strip()


def _groups(labels: np.ndarray, min_reports: int) -> List[np.ndarray]:
    order = np.argsort(labels, kind="stable")
    sorted_labels = labels[order]
    starts = np.flatnonzero(np.r_[True, sorted_labels[1:] != sorted_labels[:-1]])
    sizes = np.diff(np.r_[starts, labels.size])
    return [order[s : s + c] for s, c in zip(starts, sizes) if c >= min_reports]


def _make(kind: str, key: str, members: np.ndarray, x: np.ndarray, y: np.ndarray) -> Concentration:
    return Concentration(
        kind, key, np.sort(members), float(x[members].mean()), float(y[members].mean())
    )


def address_concentrations(
    addresses: Sequence[Optional[str]],
    x: np.ndarray,
    y: np.ndarray,
    min_reports: int = DEFAULT_MIN_REPORTS,
) -> List[Concentration]:
    """Addresses (normalised) with at least `min_reports` reports, most reports first;
    reports without an address are left out."""
    require_parameter(min_reports >= 2, "min_reports", min_reports)
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    keys = np.array([normalise_address(a) for a in addresses], dtype=object)
    with_address = np.flatnonzero(keys != "")
    if not with_address.size:
        return []
    _, labels = np.unique(keys[with_address].astype(str), return_inverse=True)
    found = [
        _make("address", keys[with_address[g[0]]], with_address[g], x, y)
        for g in _groups(labels, min_reports)
    ]
    return sorted(found, key=lambda c: (-c.count, c.key))


def connected_components(n: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Component label (its smallest node) of each of n nodes joined by edges (a, b)."""
    labels = np.arange(n)
    while True:
        low = np.minimum(labels[a], labels[b])
        before = labels.copy()
        np.minimum.at(labels, a, low)
        np.minimum.at(labels, b, low)
        labels = labels[labels]  # pointer jumping
        if np.array_equal(labels, before):
            return labels


def proximity_concentrations(
    x: np.ndarray,
    y: np.ndarray,
    distance: float = DEFAULT_DISTANCE,
    min_reports: int = DEFAULT_MIN_REPORTS,
) -> List[Concentration]:
    """Groups of at least `min_reports` reports linked by steps of at most `distance` metres,
    most reports first (then west to east)."""
    require_parameter(min_reports >= 2, "min_reports", min_reports)
    require_parameter(distance >= 0, "distance", distance)
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if not x.size:
        return []
    check_projected(x, y)
    # identical positions are merged first: k reports at one spot make one node, not k^2 pairs
    xy, place = np.unique(np.column_stack([x, y]), axis=0, return_inverse=True)
    place = place.ravel()
    points = shapely.points(xy)
    a, b = shapely.STRtree(points).query(points, predicate="dwithin", distance=distance)
    labels = connected_components(xy.shape[0], a, b)[place]
    found = [_make("proximity", "", g, x, y) for g in _groups(labels, min_reports)]
    return sorted(found, key=lambda c: (-c.count, c.x, c.y))
