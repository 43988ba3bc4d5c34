"""Coverage check (gaps, same-priority overlaps, per commune) and dry-run of the core."""

import datetime as dt

import pytest
import shapely
from shapely.geometry import box

from gup_signalement_plugin.core.coverage import check_coverage, compare_routings
from gup_signalement_plugin.core.routing import Perimeter, Reports, Router
from tests.unit.test_routing import (
    BOUNDARY_DAYS,
    CATEGORIES,
    COMMUNES,
    DAY,
    FIRST,
    LAST,
    SERVICES,
    open_everywhere,
)


def router(perimeters):
    return Router(COMMUNES, CATEGORIES, open_everywhere(), SERVICES, perimeters)


def test_gap_where_no_perimeter_accepts_the_category():
    perimeters = [
        Perimeter(1, 1, "Ouest", box(0, 0, 100, 100), frozenset({"eclairage"})),
        Perimeter(2, 2, "Est voirie", box(100, 0, 200, 100), frozenset({"voirie"})),
    ]
    report = check_coverage(router(perimeters), "eclairage.cables", DAY)
    assert abs(report.gaps.area - 10000) < 1e-6
    by_commune = {c.insee_code: c for c in report.communes}
    assert by_commune["94041"].gap_share == 1.0 and by_commune["94081"].gap_area == 0
    assert report.overlaps == []


def test_overlap_of_two_services_with_same_priority_unless_higher_covers_it():
    a = Perimeter(1, 1, "A", box(0, 0, 120, 100), priority=1)
    b = Perimeter(2, 2, "B", box(80, 0, 200, 100), priority=1)
    same_service = Perimeter(3, 1, "A2", box(0, 0, 200, 100), priority=1)
    report = check_coverage(router([a, b]), "voirie", DAY)
    assert [o.perimeter_ids for o in report.overlaps] == [(1, 2)]
    assert abs(report.overlaps[0].geometry.area - 4000) < 1e-6
    higher = Perimeter(4, 3, "Haut", box(90, 0, 200, 100), priority=5)
    report = check_coverage(router([a, b, higher]), "voirie", DAY)
    assert abs(report.overlaps[0].geometry.area - 1000) < 1e-6
    assert len(check_coverage(router([a, same_service]), "voirie", DAY).overlaps) == 0


def test_expired_perimeter_leaves_a_gap():
    old = Perimeter(1, 1, "Ancien", box(0, 0, 200, 100), valid_to=dt.date(2020, 1, 1))
    assert abs(check_coverage(router([old]), "voirie", DAY).gaps.area - 20000) < 1e-6


def test_dry_run_lists_moved_reports_and_counts():
    current = [Perimeter(1, 1, "Tout", box(0, 0, 200, 100))]
    edited = current + [Perimeter(2, 2, "Vitry centre", box(0, 0, 50, 100), priority=3)]
    xy = [(10, 10), (20, 20), (150, 50), (500, 500)]
    reports = Reports.build(
        shapely.points(xy), ["voirie"] * 4, ["public"] * 4, [DAY] * 4, ids=[11, 12, 13, 14]
    )
    result = compare_routings(router(current).route(reports), router(edited).route(reports))
    assert result.report_ids.tolist() == [11, 12]
    assert result.counts_by_move() == {(1, 2): 2}
    assert result.counts_by_commune() == {"94081": 2}
    assert result.from_reason.tolist() == ["single_perimeter"] * 2
    assert result.to_reason.tolist() == ["higher_priority"] * 2
    unchanged = router(current).route(reports)
    assert len(compare_routings(unchanged, router(current).route(reports))) == 0


@pytest.mark.parametrize("day, valid", BOUNDARY_DAYS)
def test_first_and_last_valid_day_of_a_perimeter_in_the_coverage(day, valid):
    dated = Perimeter(1, 1, "Mars", box(0, 0, 200, 100), valid_from=FIRST, valid_to=LAST)
    gaps = check_coverage(router([dated]), "voirie", day).gaps.area
    assert abs(gaps - (0 if valid else 20000)) < 1e-6
