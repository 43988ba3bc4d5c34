"""Hotspot refusals (core/hotspots/problems.py codes), classes, emerging categories, points
noirs statuses and the automatic choices, as translated sentences."""

import json
from typing import Any, Dict, List

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.hotspots import problems


def _tr(text: str) -> str:
    return QCoreApplication.translate("HotspotText", text)


def refusal_text(refusal: problems.HotspotRefusal) -> str:
    """One sentence saying why the analysis cannot be done, and what to do."""
    templates = {
        problems.TOO_FEW_REPORTS: QT_TRANSLATE_NOOP(
            "HotspotText",
            "Only {reports} reports to analyse: at least {minimum} are needed for a reliable "
            "hotspot analysis. Widen the period, the categories or the area.",
        ),
        problems.ZERO_VARIANCE: QT_TRANSLATE_NOOP(
            "HotspotText",
            "Every one of the {cells} cells holds the same number of reports ({value}): there "
            "is no hotspot to find. Try another cell size.",
        ),
        problems.GEOGRAPHIC_COORDINATES: QT_TRANSLATE_NOOP(
            "HotspotText",
            "The coordinates look like degrees (longitude/latitude): distances would be wrong. "
            "Give the layer its coordinate reference system, or use a projected one "
            "(Lambert-93, EPSG:2154).",
        ),
        problems.NO_NEIGHBOUR: QT_TRANSLATE_NOOP(
            "HotspotText",
            "With these neighbourhood settings some cells have no neighbour ({details}). "
            "Leave the distance band empty to use the smallest one that works.",
        ),
        problems.TOO_FEW_CELLS: QT_TRANSLATE_NOOP(
            "HotspotText", "Only {cells} cells or polygons: at least {minimum} are needed."
        ),
        problems.BAD_PARAMETER: QT_TRANSLATE_NOOP(
            "HotspotText", "The value {value} is not allowed for {name}."
        ),
    }
    params = dict(refusal.params)
    params.setdefault(
        "details", ", ".join("{}={}".format(k, v) for k, v in sorted(refusal.params.items()))
    )
    if refusal.code not in templates:
        return str(refusal)
    template = _tr(templates[refusal.code])
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return "{} ({})".format(template, params["details"])


BIN_LABELS = {
    3: QT_TRANSLATE_NOOP("HotspotText", "Hot spot, 99 % confidence"),
    2: QT_TRANSLATE_NOOP("HotspotText", "Hot spot, 95 % confidence"),
    1: QT_TRANSLATE_NOOP("HotspotText", "Hot spot, 90 % confidence"),
    0: QT_TRANSLATE_NOOP("HotspotText", "Not significant"),
    -1: QT_TRANSLATE_NOOP("HotspotText", "Cold spot, 90 % confidence"),
    -2: QT_TRANSLATE_NOOP("HotspotText", "Cold spot, 95 % confidence"),
    -3: QT_TRANSLATE_NOOP("HotspotText", "Cold spot, 99 % confidence"),
}
CATEGORY_LABELS = {
    "new_hot": QT_TRANSLATE_NOOP("HotspotText", "New hot spot"),
    "consecutive_hot": QT_TRANSLATE_NOOP("HotspotText", "Consecutive hot spot"),
    "intensifying_hot": QT_TRANSLATE_NOOP("HotspotText", "Intensifying hot spot"),
    "persistent_hot": QT_TRANSLATE_NOOP("HotspotText", "Persistent hot spot"),
    "diminishing_hot": QT_TRANSLATE_NOOP("HotspotText", "Diminishing hot spot"),
    "sporadic_hot": QT_TRANSLATE_NOOP("HotspotText", "Sporadic hot spot"),
    "oscillating_hot": QT_TRANSLATE_NOOP("HotspotText", "Oscillating hot spot"),
    "historical_hot": QT_TRANSLATE_NOOP("HotspotText", "Historical hot spot"),
    "new_cold": QT_TRANSLATE_NOOP("HotspotText", "New cold spot"),
    "consecutive_cold": QT_TRANSLATE_NOOP("HotspotText", "Consecutive cold spot"),
    "intensifying_cold": QT_TRANSLATE_NOOP("HotspotText", "Intensifying cold spot"),
    "persistent_cold": QT_TRANSLATE_NOOP("HotspotText", "Persistent cold spot"),
    "diminishing_cold": QT_TRANSLATE_NOOP("HotspotText", "Diminishing cold spot"),
    "sporadic_cold": QT_TRANSLATE_NOOP("HotspotText", "Sporadic cold spot"),
    "oscillating_cold": QT_TRANSLATE_NOOP("HotspotText", "Oscillating cold spot"),
    "historical_cold": QT_TRANSLATE_NOOP("HotspotText", "Historical cold spot"),
    "no_pattern": QT_TRANSLATE_NOOP("HotspotText", "No pattern"),
}
STATUS_LABELS = {
    "watch": QT_TRANSLATE_NOOP("HotspotText", "Watch"),
    "action_plan": QT_TRANSLATE_NOOP("HotspotText", "Action plan"),
    "works_planned": QT_TRANSLATE_NOOP("HotspotText", "Works planned"),
    "resolved": QT_TRANSLATE_NOOP("HotspotText", "Resolved"),
}
CHOICE_NAMES = {
    "reports_read": QT_TRANSLATE_NOOP("HotspotText", "reports read"),
    "reports": QT_TRANSLATE_NOOP("HotspotText", "reports analysed"),
    "reports_outside": QT_TRANSLATE_NOOP("HotspotText", "reports outside the cells (left out)"),
    "reports_left_out": QT_TRANSLATE_NOOP(
        "HotspotText", "reports left out (outside the cells or the period)"
    ),
    "cells": QT_TRANSLATE_NOOP("HotspotText", "cells"),
    "cell_size": QT_TRANSLATE_NOOP("HotspotText", "cell size (m)"),
    "weights": QT_TRANSLATE_NOOP("HotspotText", "neighbourhood"),
    "band": QT_TRANSLATE_NOOP("HotspotText", "distance band (m)"),
    "band_source": QT_TRANSLATE_NOOP("HotspotText", "band chosen"),
    "k": QT_TRANSLATE_NOOP("HotspotText", "neighbours (k)"),
    "neighbours_min": QT_TRANSLATE_NOOP("HotspotText", "fewest neighbours"),
    "neighbours_max": QT_TRANSLATE_NOOP("HotspotText", "most neighbours"),
    "neighbours_mean": QT_TRANSLATE_NOOP("HotspotText", "mean neighbours"),
    "permutations": QT_TRANSLATE_NOOP("HotspotText", "permutations"),
    "seed": QT_TRANSLATE_NOOP("HotspotText", "random seed"),
    "fdr": QT_TRANSLATE_NOOP("HotspotText", "false discovery rate correction"),
    "p_thresholds": QT_TRANSLATE_NOOP("HotspotText", "p-value thresholds used"),
    "p_threshold": QT_TRANSLATE_NOOP("HotspotText", "p-value threshold"),
    "hot_cells": QT_TRANSLATE_NOOP("HotspotText", "hot cells"),
    "cold_cells": QT_TRANSLATE_NOOP("HotspotText", "cold cells"),
    "outliers_removed": QT_TRANSLATE_NOOP("HotspotText", "outliers removed"),
    "filter": QT_TRANSLATE_NOOP("HotspotText", "filter"),
    "steps": QT_TRANSLATE_NOOP("HotspotText", "time steps"),
    "bins": QT_TRANSLATE_NOOP("HotspotText", "space-time bins"),
    "unit": QT_TRANSLATE_NOOP("HotspotText", "time step"),
    "time_window": QT_TRANSLATE_NOOP("HotspotText", "time window (steps)"),
    "alpha": QT_TRANSLATE_NOOP("HotspotText", "significance level"),
    "trend_alpha": QT_TRANSLATE_NOOP("HotspotText", "trend significance level"),
    "first_step": QT_TRANSLATE_NOOP("HotspotText", "first step"),
    "last_step": QT_TRANSLATE_NOOP("HotspotText", "last step"),
    "categories": QT_TRANSLATE_NOOP("HotspotText", "cells per category"),
}
CHOICE_VALUES = {
    "smallest_with_neighbour": QT_TRANSLATE_NOOP(
        "HotspotText", "the smallest giving every cell a neighbour"
    ),
    "given": QT_TRANSLATE_NOOP("HotspotText", "given"),
    "k_nearest": QT_TRANSLATE_NOOP("HotspotText", "k nearest neighbours"),
    "distance_band": QT_TRANSLATE_NOOP("HotspotText", "distance band"),
    "knn": QT_TRANSLATE_NOOP("HotspotText", "k nearest neighbours"),
    "week": QT_TRANSLATE_NOOP("HotspotText", "week"),
    "month": QT_TRANSLATE_NOOP("HotspotText", "month"),
    "quarter": QT_TRANSLATE_NOOP("HotspotText", "quarter"),
    True: QT_TRANSLATE_NOOP("HotspotText", "yes"),
    False: QT_TRANSLATE_NOOP("HotspotText", "no"),
}


def bin_label(value: int) -> str:
    """The Gi_Bin class as a legend reads it."""
    return _tr(BIN_LABELS[value])


def category_label(code: str) -> str:
    """An emerging hotspot category (CATEGORIES) as users read it."""
    return _tr(CATEGORY_LABELS[code])


def status_label(code: str) -> str:
    """A point noir's status as users read it."""
    return _tr(STATUS_LABELS[code])


def _number(value: Any) -> str:
    if isinstance(value, float):
        return "{:g}".format(round(value, 6))
    return str(value)


def choice_lines(choices: Dict[str, Any]) -> List[str]:
    """The automatic choices of an analysis, one readable line each (log and metadata)."""
    lines = []
    for key, value in choices.items():
        if value is None:
            continue
        if isinstance(value, dict):
            if key == "categories":
                value = {category_label(k): v for k, v in value.items() if v}
            text = json.dumps(value, ensure_ascii=False, default=str)
        else:
            text = (
                _tr(CHOICE_VALUES[value])
                if isinstance(value, (str, bool)) and value in CHOICE_VALUES
                else _number(value)
            )
        name = _tr(CHOICE_NAMES[key]) if key in CHOICE_NAMES else key
        lines.append("{}: {}".format(name, text))
    return lines
