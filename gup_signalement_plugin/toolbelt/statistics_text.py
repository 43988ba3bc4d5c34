"""Texts of the triage statistics and the round sheet (one label per code), translated under
the context ``StatisticsText`` (docs/DEVELOPER_GUIDE.md T15)."""

import dataclasses

from qgis.PyQt.QtCore import QCoreApplication

from ..toolbelt.atlas_layout import chart_texts
from ..usecases.atlas import ChartTexts

translate = QCoreApplication.translate


def status_label(status: str) -> str:
    return {
        "new": translate("StatisticsText", "New"),
        "in_progress": translate("StatisticsText", "In progress"),
        "to_triage": translate("StatisticsText", "To triage"),
        "closed": translate("StatisticsText", "Closed"),
        "duplicate": translate("StatisticsText", "Duplicate"),
    }.get(status, status)


def dimension_label(dimension: str) -> str:
    return {
        "all": translate("StatisticsText", "All reports"),
        "commune": translate("StatisticsText", "Commune"),
        "service": translate("StatisticsText", "Service"),
        "category": translate("StatisticsText", "Category"),
    }.get(dimension, dimension)


def statistics_chart_texts(bar_dimension: str = "category") -> ChartTexts:
    """The atlas's chart texts, with the titles of the statistics charts."""
    bar_title = (
        translate("StatisticsText", "Reports by service")
        if bar_dimension == "service"
        else translate("StatisticsText", "Reports by category")
    )
    trend_title = translate("StatisticsText", "Reports received per month")
    return dataclasses.replace(chart_texts(), bar_title=bar_title, trend_title=trend_title)


def decimal_text(value, factor: float = 1.0) -> str:
    """A figure with at most one decimal (French decimal comma), '—' when there is none."""
    if value is None or value != value:
        return "—"
    return (
        "{:.1f}".format(factor * value)
        .rstrip("0")
        .rstrip(".")
        .replace(".", translate("StatisticsText", ".", "decimal separator"))
    )


def days_text(value) -> str:
    """A median in days, '—' when there is none."""
    text = decimal_text(value)
    return text if text == "—" else translate("StatisticsText", "{} d").format(text)


def share_text(value) -> str:
    text = decimal_text(value, 100)
    return text if text == "—" else translate("StatisticsText", "{} %").format(text)


def templates():
    """Problem codes of the round sheet (toolbelt/problem_text.py); ``unknown_service`` is
    perimeter_text's."""
    return {
        "no_open_report": translate(
            "StatisticsText", "The service {service} has no open report in this area."
        )
    }
