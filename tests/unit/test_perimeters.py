"""The one check of competence perimeters (core), shared by the import and the dry-run."""

import datetime as dt

import shapely
from shapely.geometry import LineString, box

from gup_signalement_plugin.core import perimeters as rules
from gup_signalement_plugin.core.perimeters import PerimeterRecord, check_perimeters
from tests.unit.test_routing import COMMUNES

SERVICES = {"Voirie EPT": 1, "Bailleur": 2}
CATEGORIES = {"voirie", "eclairage", "eclairage.cables"}
BOWTIE = shapely.from_wkt("POLYGON((10 10, 90 90, 90 10, 10 90, 10 10))")


def record(geometry, **kwargs):
    values = dict(
        service_name="Voirie EPT",
        name="Secteur",
        wkb=shapely.to_wkb(geometry) if geometry is not None else None,
    )
    values.update(kwargs)
    return PerimeterRecord(**values)


def check(records, repair=False):
    return check_perimeters(records, SERVICES, CATEGORIES, [c.geometry for c in COMMUNES], repair)


def test_every_problem_of_every_feature_with_code_and_parameters():
    result = check(
        [
            record(box(10, 10, 50, 50), where="f1"),
            record(
                box(10, 10, 50, 50),
                service_name="Inconnu",
                categories=("voirie", "zzz"),
                where="f2",
            ),
            record(
                box(10, 10, 50, 50),
                valid_from=dt.date(2024, 2, 1),
                valid_to=dt.date(2024, 1, 31),
                where="f3",
            ),
            record(None, where="f4"),
            record(LineString([(0, 0), (50, 50)]), where="f5"),
            record(BOWTIE, where="f6"),
            record(box(1000, 1000, 1100, 1100), where="f7"),
        ]
    )
    assert [(p.where, p.code, p.parameters) for p in result.problems] == [
        ("f2 (Secteur)", rules.UNKNOWN_SERVICE, {"service": "Inconnu"}),
        ("f2 (Secteur)", rules.UNKNOWN_CATEGORIES, {"codes": "zzz"}),
        (
            "f3 (Secteur)",
            rules.DATES_REVERSED,
            {"valid_from": "2024-02-01", "valid_to": "2024-01-31"},
        ),
        ("f4 (Secteur)", rules.NO_GEOMETRY, {}),
        ("f5 (Secteur)", rules.NOT_POLYGON, {}),
        ("f6 (Secteur)", rules.INVALID_GEOMETRY, {"reason": "Self-intersection[50 50]"}),
        ("f7 (Secteur)", rules.OUTSIDE_TERRITORY, {}),
    ]
    assert str(result.problems[2]) == (
        "f3 (Secteur): valid_to is before valid_from (2024-01-31 < 2024-02-01)"
    )
    assert [p.id for p in result.perimeters] == [1]


def test_same_day_is_not_reversed_and_touching_the_territory_is_inside():
    result = check(
        [
            record(
                box(200, 0, 300, 100), valid_from=dt.date(2024, 2, 1), valid_to=dt.date(2024, 2, 1)
            )
        ]
    )
    assert result.problems == [] and len(result.perimeters) == 1


def test_invalid_geometry_repaired_only_when_asked():
    result = check([record(BOWTIE)], repair=True)
    assert result.problems == []
    assert [w.code for w in result.warnings] == [rules.GEOMETRY_REPAIRED]
    [perimeter] = result.perimeters
    assert perimeter.geometry.is_valid and abs(perimeter.geometry.area - 3200) < 1e-6


def test_valid_geometry_kept_as_given():
    square = box(10, 10, 50, 50)
    [perimeter] = check([record(square, categories=("voirie",), priority=3)]).perimeters
    assert perimeter.geometry.equals_exact(square, 0) and perimeter.categories == {"voirie"}
    assert (perimeter.service_id, perimeter.priority) == (1, 3)
