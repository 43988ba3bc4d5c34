"""Hotspot statistics (points noirs): hexagonal grid, Getis-Ord Gi*, emerging hotspots,
same-address concentrations. Pure numpy + shapely 2; definitions in docs/HOTSPOTS.md."""

from .analysis import DEFAULT_CELL_SIZE, hex_hotspots
from .concentrations import (
    Concentration,
    address_concentrations,
    normalise_address,
    proximity_concentrations,
)
from .emerging import CATEGORIES, EmergingResult, emerging_hotspots, mann_kendall, time_steps
from .gistar import (
    CONFIDENCE_LEVELS,
    GiStarResult,
    Weights,
    benjamini_hochberg,
    distance_band,
    gi_bins,
    gi_star,
    knn_weights,
    normal_two_sided_p,
    smallest_band,
)
from .grid import HexGrid, count_in_polygons
from .problems import HotspotRefusal, check_projected

__all__ = [
    "CATEGORIES",
    "CONFIDENCE_LEVELS",
    "DEFAULT_CELL_SIZE",
    "Concentration",
    "EmergingResult",
    "GiStarResult",
    "HexGrid",
    "HotspotRefusal",
    "Weights",
    "address_concentrations",
    "benjamini_hochberg",
    "check_projected",
    "count_in_polygons",
    "distance_band",
    "emerging_hotspots",
    "gi_bins",
    "gi_star",
    "hex_hotspots",
    "knn_weights",
    "mann_kendall",
    "normal_two_sided_p",
    "normalise_address",
    "proximity_concentrations",
    "smallest_band",
    "time_steps",
]
