"""Hotspot refusals (core/hotspots/problems.py codes), classes, emerging categories, points
noirs statuses and the automatic choices, as translated sentences."""
import json
from typing import Any, Dict, List

from qgis.PyQt.QtCore import QCoreApplication

from ..core.hotspots import problems


def _tr(text: str) -> str:
    return QCoreApplication.translate("HotspotText", text)


def refusal_text(refusal: problems.HotspotRefusal) -> str:
    """One sentence saying why the analysis cannot be done, and what to do."""
    templates = {
        problems.TOO_FEW_REPORTS: _tr(
            "Only {reports} reports to analyse: at least {minimum} are needed for a reliable "
            "hotspot analysis. Widen the period, the categories or the area."),
        problems.ZERO_VARIANCE: _tr(
            "Every one of the {cells} cells holds the same number of reports ({value}): there "
            "is no hotspot to find. Try another cell size."),
        problems.GEOGRAPHIC_COORDINATES: _tr(
            "The coordinates look like degrees (longitude/latitude): distances would be wrong. "
            "Give the layer its coordinate reference system, or use a projected one "
            "(Lambert-93, EPSG:2154)."),
        problems.NO_NEIGHBOUR: _tr(
            "With these neighbourhood settings some cells have no neighbour ({details}). "
            "Leave the distance band empty to use the smallest one that works."),
        problems.TOO_FEW_CELLS: _tr(
            "Only {cells} cells or polygons: at least {minimum} are needed."),
        problems.BAD_PARAMETER: _tr("The value {value} is not allowed for {name}."),
    }
    params = dict(refusal.params)
    params.setdefault("details", ", ".join(
        "{}={}".format(k, v) for k, v in sorted(refusal.params.items())))
    template = templates.get(refusal.code)
    if template is None:
        return str(refusal)
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return "{} ({})".format(template, params["details"])


def bin_label(value: int) -> str:
    """The Gi_Bin class as a legend reads it."""
    labels = {3: _tr("Hot spot, 99 % confidence"), 2: _tr("Hot spot, 95 % confidence"),
              1: _tr("Hot spot, 90 % confidence"), 0: _tr("Not significant"),
              -1: _tr("Cold spot, 90 % confidence"), -2: _tr("Cold spot, 95 % confidence"),
              -3: _tr("Cold spot, 99 % confidence")}
    return labels[value]


def category_label(code: str) -> str:
    """An emerging hotspot category (CATEGORIES) as users read it."""
    labels = {
        "new_hot": _tr("New hot spot"), "consecutive_hot": _tr("Consecutive hot spot"),
        "intensifying_hot": _tr("Intensifying hot spot"),
        "persistent_hot": _tr("Persistent hot spot"),
        "diminishing_hot": _tr("Diminishing hot spot"), "sporadic_hot": _tr("Sporadic hot spot"),
        "oscillating_hot": _tr("Oscillating hot spot"),
        "historical_hot": _tr("Historical hot spot"),
        "new_cold": _tr("New cold spot"), "consecutive_cold": _tr("Consecutive cold spot"),
        "intensifying_cold": _tr("Intensifying cold spot"),
        "persistent_cold": _tr("Persistent cold spot"),
        "diminishing_cold": _tr("Diminishing cold spot"),
        "sporadic_cold": _tr("Sporadic cold spot"),
        "oscillating_cold": _tr("Oscillating cold spot"),
        "historical_cold": _tr("Historical cold spot"), "no_pattern": _tr("No pattern"),
    }
    return labels[code]


def status_label(code: str) -> str:
    """A point noir's status as users read it."""
    return {"watch": _tr("Watch"), "action_plan": _tr("Action plan"),
            "works_planned": _tr("Works planned"), "resolved": _tr("Resolved")}[code]


def _number(value: Any) -> str:
    if isinstance(value, float):
        return "{:g}".format(round(value, 6))
    return str(value)


def choice_lines(choices: Dict[str, Any]) -> List[str]:
    """The automatic choices of an analysis, one readable line each (log and metadata)."""
    names = {
        "reports_read": _tr("reports read"), "reports": _tr("reports analysed"),
        "reports_outside": _tr("reports outside the cells (left out)"),
        "reports_left_out": _tr("reports left out (outside the cells or the period)"),
        "cells": _tr("cells"), "cell_size": _tr("cell size (m)"),
        "weights": _tr("neighbourhood"), "band": _tr("distance band (m)"),
        "band_source": _tr("band chosen"), "k": _tr("neighbours (k)"),
        "neighbours_min": _tr("fewest neighbours"), "neighbours_max": _tr("most neighbours"),
        "neighbours_mean": _tr("mean neighbours"), "permutations": _tr("permutations"),
        "seed": _tr("random seed"), "fdr": _tr("false discovery rate correction"),
        "p_thresholds": _tr("p-value thresholds used"), "p_threshold": _tr("p-value threshold"),
        "hot_cells": _tr("hot cells"), "cold_cells": _tr("cold cells"),
        "outliers_removed": _tr("outliers removed"), "filter": _tr("filter"),
        "steps": _tr("time steps"), "bins": _tr("space-time bins"), "unit": _tr("time step"),
        "time_window": _tr("time window (steps)"), "alpha": _tr("significance level"),
        "trend_alpha": _tr("trend significance level"), "first_step": _tr("first step"),
        "last_step": _tr("last step"), "categories": _tr("cells per category"),
    }
    values = {"smallest_with_neighbour": _tr("the smallest giving every cell a neighbour"),
              "given": _tr("given"), "k_nearest": _tr("k nearest neighbours"),
              "distance_band": _tr("distance band"), "knn": _tr("k nearest neighbours"),
              True: _tr("yes"), False: _tr("no")}
    lines = []
    for key, value in choices.items():
        if value is None:
            continue
        if isinstance(value, dict):
            if key == "categories":
                value = {category_label(k): v for k, v in value.items() if v}
            text = json.dumps(value, ensure_ascii=False, default=str)
        else:
            text = values.get(value, _number(value)) if isinstance(value, (str, bool)) \
                else _number(value)
        lines.append("{}: {}".format(names.get(key, key), text))
    return lines
