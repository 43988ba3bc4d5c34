"""Crafted reports for the hotspot tests: a uniform background over the communes, one dense
cluster (hot), one empty disc (cold), stored through the real insert (routing and point noir
triggers run)."""

import datetime as dt
from typing import List, Optional, Sequence, Tuple

import numpy as np
import shapely

HOT_CENTRE = (655700.0, 6854500.0)  # Vitry-sur-Seine
COLD_CENTRE = (653500.0, 6843500.0)  # Savigny-sur-Orge, 11 km south of the hot cluster
COLD_RADIUS = 1500.0


def inside_points(
    territory, rng, count: int, avoid: Optional[Tuple[float, float, float]] = None
) -> np.ndarray:
    """``count`` uniform points inside the territory (outside the ``avoid`` disc)."""
    xmin, ymin, xmax, ymax = shapely.bounds(territory)
    kept: List[np.ndarray] = []
    total = 0
    while total < count:
        xy = np.column_stack(
            [rng.uniform(xmin, xmax, 4 * count), rng.uniform(ymin, ymax, 4 * count)]
        )
        ok = shapely.contains_xy(territory, xy[:, 0], xy[:, 1])
        if avoid is not None:
            ok &= np.hypot(xy[:, 0] - avoid[0], xy[:, 1] - avoid[1]) > avoid[2]
        kept.append(xy[ok])
        total += int(ok.sum())
    return np.concatenate(kept)[:count]


def disc_points(rng, centre: Tuple[float, float], radius: float, count: int) -> np.ndarray:
    angle = rng.uniform(0, 2 * np.pi, count)
    dist = radius * np.sqrt(rng.uniform(0, 1, count))
    return np.column_stack([centre[0] + dist * np.cos(angle), centre[1] + dist * np.sin(angle)])


def insert_points(
    db,
    xy: np.ndarray,
    category: str = "voirie",
    days: Optional[Sequence[dt.date]] = None,
    source: str = "qgis",
    addresses: Optional[Sequence[Optional[str]]] = None,
) -> List[int]:
    """Insert reports at Lambert-93 points (one statement: the arrival triggers run once)."""
    from gup_signalement_plugin.db import routing_repository as rr

    days = days or [dt.date(2024, 3, 1)] * len(xy)
    records = [
        rr.ReportRecord(
            category,
            "agents",
            dt.datetime.combine(day, dt.time(12), dt.timezone.utc),
            shapely.to_wkb(shapely.Point(x, y)),
            source=source,
        )
        for (x, y), day in zip(xy, days)
    ]
    ids = rr.insert_reports(db, records)
    if addresses is not None:
        with db.transaction() as cur:
            cur.executemany(
                "UPDATE gup_signalement.signalement SET adresse = %s WHERE id = %s",
                list(zip(addresses, ids)),
            )
    return ids


def hot_and_cold(db, seed: int = 7, background: int = 4000, hot: int = 150) -> None:
    """Background with an empty disc around COLD_CENTRE, and a dense cluster at HOT_CENTRE."""
    from gup_signalement_plugin.db import hotspots_repository as hr

    rng = np.random.default_rng(seed)
    territory = hr.territory(db)
    xy = np.concatenate(
        [
            inside_points(territory, rng, background, avoid=COLD_CENTRE + (COLD_RADIUS,)),
            disc_points(rng, HOT_CENTRE, 150.0, hot),
        ]
    )
    insert_points(db, xy)
