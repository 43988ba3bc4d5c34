"""The atlas's figures and charts on crafted records (pure Python)."""

import dataclasses
import datetime as dt
import xml.etree.ElementTree as ET

import pytest
import shapely

from gup_signalement_plugin.core import atlas_charts
from gup_signalement_plugin.core.atlas_figures import (
    NOT_AVAILABLE,
    AtlasReport,
    FigureProvider,
    delay_days,
    format_decimal,
    median_delay,
    monthly_series,
    months_between,
    page_figures,
    period_months,
    reports_in_polygons,
    share_within_target,
    top_categories,
)

T0 = dt.datetime(2025, 3, 10, 9, 0)


def report(category="Voirie", status="open", received=T0, updated=None, x=0.5, y=0.5):
    return AtlasReport(category, status, received, updated, x, y)


def closed_after(hours, received=T0):
    return report(status="closed", received=received, updated=received + dt.timedelta(hours=hours))


def test_median_delay_odd_and_even_counts_in_days():
    assert median_delay([closed_after(24), closed_after(72), closed_after(48)]) == (2.0, 3)
    assert median_delay([closed_after(24), closed_after(36)]) == (1.25, 2)


def test_median_delay_ignores_open_undated_and_backward_closures():
    records = [
        report(status="open", updated=T0 + dt.timedelta(days=9)),
        report(status="closed", updated=None),
        report(status="closed", updated=T0 - dt.timedelta(seconds=1)),
        closed_after(0),
    ]
    assert median_delay(records) == (0.0, 1)
    assert median_delay([report()]) == (None, 0)


def test_counts_by_category_largest_first_then_by_label():
    records = [report("C"), report("A"), report("B"), report("C"), report("B", status="closed")]
    figures = page_figures(records, [])
    assert figures.by_category == [("B", 2), ("C", 2), ("A", 1)]
    assert (figures.total, figures.open, figures.closed) == (5, 4, 1)


def test_monthly_series_month_boundaries_and_zero_months():
    months = months_between(dt.date(2024, 12, 5), dt.date(2025, 2, 1))
    assert months == ["2024-12", "2025-01", "2025-02"]
    records = [
        report(received=dt.datetime(2024, 12, 31, 23, 59, 59)),
        report(received=dt.datetime(2025, 2, 1, 0, 0, 0)),
        report(received=dt.datetime(2025, 2, 28, 23, 0)),
    ]
    assert monthly_series(records, months) == [("2024-12", 1), ("2025-01", 0), ("2025-02", 2)]


def test_period_months_from_the_filters_or_the_records():
    records = [report(received=dt.datetime(2025, 1, 15)), report(received=dt.datetime(2025, 3, 1))]
    assert period_months(records) == ["2025-01", "2025-02", "2025-03"]
    assert period_months(records, dt.date(2024, 12, 1), dt.date(2025, 1, 31)) == [
        "2024-12",
        "2025-01",
    ]
    assert period_months([]) == []
    assert period_months([], dt.date(2025, 5, 2), dt.date(2025, 5, 3)) == ["2025-05"]


def test_reports_in_polygons_counts_the_border_and_allows_overlaps():
    square = shapely.to_wkb(shapely.box(0, 0, 1, 1))
    right = shapely.to_wkb(shapely.box(1, 0, 2, 1))
    records = [report(x=0.5, y=0.5), report(x=1.0, y=0.5), report(x=1.5, y=0.2), report(x=3, y=3)]
    assert reports_in_polygons(records, [square, right]) == [[0, 1], [1, 2]]
    assert reports_in_polygons([], [square]) == [[]]


def test_figure_providers_get_the_page_records():
    seen = []
    provider = FigureProvider("n_voirie", "Roads", lambda rs: seen.append(len(rs)) or "x")
    figures = page_figures([report(), report()], [], [provider])
    assert figures.extra == {"n_voirie": "x"} and seen == [2]
    assert page_figures([report()], []).extra == {"share_within_target": NOT_AVAILABLE}


def closed_by_triage(closed_day, due_day, received=T0):
    closed_at = dt.datetime.combine(closed_day, dt.time(23, 59))
    return dataclasses.replace(
        report(status="closed", received=received, updated=None),
        closed_at=closed_at,
        due_day=due_day,
    )


def test_share_within_target_counts_a_closure_on_the_target_day_as_within():
    due = dt.date(2025, 1, 10)
    records = [
        closed_by_triage(due, due),
        closed_by_triage(due + dt.timedelta(days=1), due),
        closed_by_triage(due - dt.timedelta(days=3), due),
        closed_by_triage(due, None),  # no target: not counted
        report(status="closed", updated=T0 + dt.timedelta(days=1)),  # outside triage
        dataclasses.replace(report(), due_day=due),
    ]  # open
    assert share_within_target(records) == "67 % (2/3)"
    assert page_figures(records, []).extra == {"share_within_target": "67 % (2/3)"}
    assert share_within_target(records[3:]) == NOT_AVAILABLE


def test_the_delay_uses_the_closure_recorded_by_triage():
    received = dt.datetime(2025, 1, 6, 8, 0)
    closed = dataclasses.replace(
        closed_by_triage(dt.date(2025, 1, 8), None, received),
        updated=received + dt.timedelta(days=30),
    )
    assert delay_days(closed) == pytest.approx((2 * 24 + 15 + 59 / 60) / 24)


def test_top_categories_keeps_the_largest_and_sums_the_rest():
    bars = [("a", 5), ("b", 4), ("c", 3), ("d", 2)]
    assert top_categories(bars, 4, "Autres") == bars
    assert top_categories(bars, 3, "Autres") == [("a", 5), ("b", 4), ("Autres", 5)]


def test_format_decimal():
    assert format_decimal(1.26) == "1,3"
    assert format_decimal(2.0, separator=".") == "2.0"
    assert format_decimal(None) == NOT_AVAILABLE


def svg_texts(path):
    root = ET.parse(str(path)).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    return root, ["".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")]


def test_bar_chart_is_a_valid_svg_with_its_labels_in_dejavu(tmp_path):
    path = atlas_charts.bar_chart_svg(
        [("Dépôt sauvage", 12), ("Voirie", 3)], "Par catégorie", "Aucun", tmp_path / "bar.svg"
    )
    root, texts = svg_texts(path)
    assert root.get("width") == "303.307087pt"  # 107 mm
    assert {"Par catégorie", "Dépôt sauvage", "Voirie", "12", "3"} <= set(texts)
    content = path.read_text(encoding="utf-8")
    assert "font: " not in content  # the shorthand Qt ignores
    assert "font-family: DejaVu Sans" in content and "font-weight: bold" in content


def test_trend_chart_labels_months_and_round_grid(tmp_path):
    monthly = [("2025-{:02d}".format(m), m) for m in range(1, 13)]
    path = atlas_charts.trend_chart_svg(
        monthly,
        "Par mois",
        "Aucun",
        [
            "janv.",
            "févr.",
            "mars",
            "avr.",
            "mai",
            "juin",
            "juil.",
            "août",
            "sept.",
            "oct.",
            "nov.",
            "déc.",
        ],
        tmp_path / "trend.svg",
    )
    _, texts = svg_texts(path)
    assert {"janv. 25", "mars 25", "nov. 25", "0", "5", "10"} <= set(texts)
    assert "févr. 25" not in texts  # every second month at most eight labels


@pytest.mark.parametrize("chart", ["bar", "trend"])
def test_empty_charts_say_so(tmp_path, chart):
    if chart == "bar":
        path = atlas_charts.bar_chart_svg([], "t", "Aucun signalement", tmp_path / "b.svg")
    else:
        path = atlas_charts.trend_chart_svg(
            [], "t", "Aucun signalement", ["m"] * 12, tmp_path / "t.svg"
        )
    assert "Aucun signalement" in svg_texts(path)[1]


def test_nice_step():
    assert [atlas_charts.nice_step(t) for t in (1, 4, 5, 9, 20, 21, 401)] == [
        1,
        1,
        2,
        5,
        5,
        10,
        200,
    ]
