"""Each routing rule of the core executor, on two square communes side by side."""

import datetime as dt

import numpy as np
import pytest
import shapely
from shapely.geometry import box

from gup_signalement_plugin.core.catalogue import Category, CommuneSetting, Stage
from gup_signalement_plugin.core.errors import InputError
from gup_signalement_plugin.core.routing import (
    CommuneArea,
    Perimeter,
    Reports,
    Router,
    Service,
    explain,
    paris_day,
)

DAY = dt.date(2024, 6, 1)
CATEGORIES = [
    Category("eclairage", "Lampadaire", "Éclairage public", "Équipements"),
    Category("eclairage.cables", "Câbles", "Câbles électriques", "Équipements", "eclairage"),
    Category("voirie", "Voirie", "Voirie", "Voirie"),
]
# commune A: x 0..100, commune B: x 100..200 (shared border x = 100)
COMMUNES = [
    CommuneArea("94081", "Vitry-sur-Seine", box(0, 0, 100, 100), "Écrire au maire."),
    CommuneArea("94041", "Ivry-sur-Seine", box(100, 0, 200, 100)),
]
SERVICES = [
    Service(1, "Éclairage EPT", "ept"),
    Service(2, "Éclairage Vitry", "commune", "94081"),
    Service(3, "Bailleur X", "bailleur"),
    Service(4, "Ancien service", active=False),
]


def open_everywhere(stage=Stage.PUBLIC, **kwargs):
    return [
        CommuneSetting(c.insee_code, code, stage, **kwargs)
        for c in COMMUNES
        for code in ("eclairage", "voirie")
    ]


def route_one(
    perimeters,
    x=50,
    y=50,
    category="eclairage",
    audience="public",
    day=DAY,
    settings=None,
    sub=None,
):
    router = Router(
        COMMUNES,
        CATEGORIES,
        open_everywhere() if settings is None else settings,
        SERVICES,
        perimeters,
    )
    result = router.route(
        Reports.build([shapely.Point(x, y)], [category], [audience], [day], sub_categories=[sub])
    )
    return result, 0


def test_outside_the_communes_is_quarantined():
    result, i = route_one([Perimeter(1, 1, "Tout", box(-1000, -1000, 1000, 1000))], x=500)
    assert (result.status[i], result.reason_code[i], result.service_id[i]) == (
        "quarantine",
        "outside_territory",
        -1,
    )
    assert "quarantaine" in result.sentence(i)


def test_point_on_shared_border_goes_to_lowest_insee_code():
    result, i = route_one([], x=100, y=50)
    assert result.insee_code[i] == "94041"


def test_closed_category_gives_commune_message():
    result, i = route_one([Perimeter(1, 1, "Tout", box(0, 0, 200, 100))], settings=[])
    assert (result.status[i], result.reason_code[i]) == ("not_open", "category_not_open")
    assert result.sentence(i) == (
        "Vitry-sur-Seine, catégorie Éclairage public : catégorie non "
        "ouverte au public à cette date. Écrire au maire."
    )


def test_agents_stage_is_closed_to_public_but_open_to_agents():
    perimeters = [Perimeter(1, 1, "Tout", box(0, 0, 200, 100))]
    settings = open_everywhere(Stage.AGENTS)
    assert route_one(perimeters, settings=settings)[0].status[0] == "not_open"
    assert route_one(perimeters, settings=settings, audience="agents")[0].status[0] == "routed"


def test_cell_out_of_its_dates_is_closed():
    settings = open_everywhere(valid_from=dt.date(2024, 7, 1))
    result, i = route_one([Perimeter(1, 1, "Tout", box(0, 0, 200, 100))], settings=settings)
    assert result.reason_code[i] == "category_not_open"


def test_outside_experiment_perimeter():
    settings = [
        CommuneSetting(
            "94081",
            "eclairage",
            Stage.PUBLIC,
            experiment_perimeter_wkt="POLYGON((0 0,10 0,10 10,0 10,0 0))",
        )
    ]
    perimeters = [Perimeter(1, 1, "Tout", box(0, 0, 200, 100))]
    assert route_one(perimeters, settings=settings)[0].reason_code[0] == "outside_experiment"
    assert route_one(perimeters, x=5, y=5, settings=settings)[0].status[0] == "routed"


def test_no_perimeter_goes_to_triage():
    result, i = route_one([Perimeter(1, 1, "Ailleurs", box(150, 0, 200, 100))])
    assert (result.status[i], result.reason_code[i], result.service_id[i]) == (
        "triage",
        "no_competent_service",
        -1,
    )


def test_higher_priority_wins_over_smaller_perimeter():
    perimeters = [
        Perimeter(1, 1, "Éclairage EPT secteur nord", box(0, 0, 200, 100), priority=2),
        Perimeter(2, 2, "Vitry centre", box(40, 40, 60, 60), priority=1),
    ]
    result, i = route_one(perimeters)
    assert (result.service_id[i], result.perimeter_id[i], result.reason_code[i]) == (
        1,
        1,
        "higher_priority",
    )
    assert result.sentence(i) == (
        "Vitry-sur-Seine, catégorie Éclairage public : périmètre « Éclairage EPT secteur nord » "
        "du service Éclairage EPT, priorité 2 devant « Vitry centre » du service Éclairage "
        "Vitry, priorité 1."
    )


def test_equal_priority_smallest_perimeter_then_lowest_id():
    big = Perimeter(1, 1, "Grand", box(0, 0, 200, 100))
    small = Perimeter(5, 2, "Petit", box(40, 40, 60, 60))
    assert route_one([big, small])[0].reason_code[0] == "smaller_perimeter"
    assert route_one([big, small])[0].service_id[0] == 2
    twin = Perimeter(3, 3, "Jumeau", box(0, 0, 200, 100))
    result, i = route_one([twin, big])
    assert (result.perimeter_id[i], result.reason_code[i]) == (1, "lowest_id")


def test_single_perimeter_and_border_of_perimeter_counts():
    result, i = route_one([Perimeter(1, 1, "Ouest", box(0, 0, 50, 100))], x=50, y=50)
    assert (result.status[i], result.reason_code[i]) == ("routed", "single_perimeter")


def test_categories_accept_parent_and_sub_category():
    only_cables = Perimeter(1, 1, "Câbles", box(0, 0, 200, 100), frozenset({"eclairage.cables"}))
    only_parent = Perimeter(2, 2, "Éclairage", box(0, 0, 200, 100), frozenset({"eclairage"}))
    only_voirie = Perimeter(3, 3, "Voirie", box(0, 0, 200, 100), frozenset({"voirie"}))
    assert route_one([only_voirie])[0].status[0] == "triage"
    assert route_one([only_cables])[0].status[0] == "triage"
    assert route_one([only_cables], sub="eclairage.cables")[0].service_id[0] == 1
    assert route_one([only_parent], category="eclairage.cables")[0].service_id[0] == 2


def test_validity_dates_and_inactive_services():
    expired = Perimeter(1, 1, "Ancien", box(0, 0, 200, 100), valid_to=dt.date(2024, 1, 1))
    inactive = Perimeter(2, 4, "Inactif", box(0, 0, 200, 100))
    future = Perimeter(3, 1, "Futur", box(0, 0, 200, 100), valid_from=dt.date(2025, 1, 1))
    assert route_one([expired, inactive, future])[0].status[0] == "triage"


def test_extra_recipient_adds_service_without_competing():
    perimeters = [
        Perimeter(1, 1, "Tout", box(0, 0, 200, 100)),
        Perimeter(2, 3, "Résidence", box(40, 40, 60, 60), extra_recipient=True, priority=9),
        Perimeter(3, 1, "Copie inutile", box(0, 0, 200, 100), extra_recipient=True),
    ]
    result, i = route_one(perimeters)
    assert (result.service_id[i], result.extras(i), result.reason_code[i]) == (
        1,
        (3,),
        "single_perimeter",
    )
    assert result.sentence(i).endswith("seul périmètre compétent. En copie : Bailleur X.")


def test_unknown_category_is_refused():
    with pytest.raises(InputError, match="inconnue|unknown category 'nope'"):
        route_one([], category="nope")


def test_batch_matches_one_by_one():
    rng = np.random.default_rng(4)
    perimeters = [
        Perimeter(i + 1, 1 + i % 3, "P{}".format(i), box(x, y, x + 60, y + 60), priority=int(i % 2))
        for i, (x, y) in enumerate(rng.uniform(-20, 180, size=(12, 2)))
    ]
    router = Router(COMMUNES, CATEGORIES, open_everywhere(), SERVICES, perimeters)
    xy = rng.uniform(-10, 210, size=(300, 2))
    reports = Reports.build(shapely.points(xy), ["eclairage"] * 300, ["public"] * 300, [DAY] * 300)
    batch = router.route(reports)
    for i, (x, y) in enumerate(xy):
        single = router.route(
            Reports.build([shapely.Point(x, y)], ["eclairage"], ["public"], [DAY])
        )
        assert (batch.service_id[i], batch.reason_code[i], batch.sentence(i)) == (
            single.service_id[0],
            single.reason_code[0],
            single.sentence(0),
        )


def test_paris_day_and_explain_copies():
    assert paris_day(dt.datetime(2024, 6, 1, 22, 30, tzinfo=dt.timezone.utc)) == dt.date(2024, 6, 2)
    assert explain("no_competent_service", "A", "B", copies="S").endswith("à trier. En copie : S.")


def test_points_on_vertices_edges_and_bounding_box_corners_of_perimeters():
    """Border counts as inside, also for the bounding-box preselection of the executor."""
    rng = np.random.default_rng(7)
    perimeters = [
        Perimeter(
            i + 1,
            1 + i % 3,
            "T{}".format(i),
            shapely.Polygon(
                rng.uniform(0, 200, size=(3, 2))
                if i % 2
                else rng.integers(0, 100, size=(3, 2)) * 2.0
            ),
            priority=int(i % 3),
        )
        for i in range(20)
    ]
    perimeters = [p for p in perimeters if p.geometry.is_valid and p.geometry.area > 1]
    coords = shapely.get_coordinates([p.geometry for p in perimeters])
    corners = shapely.get_coordinates(shapely.envelope([p.geometry for p in perimeters]))
    xy = np.vstack([coords, (coords[:-1] + coords[1:]) / 2, corners, [[100, 50], [0, 0]]])
    router = Router(COMMUNES, CATEGORIES, open_everywhere(), SERVICES, perimeters)
    result = router.route(
        Reports.from_xy(
            xy[:, 0], xy[:, 1], ["eclairage"] * len(xy), ["public"] * len(xy), [DAY] * len(xy)
        )
    )
    for i, point in enumerate(shapely.points(xy)):
        found = sorted(
            (-p.priority, p.geometry.area, p.id)
            for p in perimeters
            if shapely.intersects(p.geometry, point)
        )
        inside = any(shapely.intersects(c.geometry, point) for c in COMMUNES)
        assert result.perimeter_id[i] == (found[0][2] if found and inside else -1), (i, xy[i])
    assert (result.perimeter_id >= 0).sum() > len(coords)  # vertices are found


FIRST, LAST = dt.date(2024, 3, 1), dt.date(2024, 3, 31)
BOUNDARY_DAYS = [
    (FIRST - dt.timedelta(days=1), False),
    (FIRST, True),
    (LAST, True),
    (LAST + dt.timedelta(days=1), False),
]


@pytest.mark.parametrize("day, valid", BOUNDARY_DAYS)
def test_first_and_last_valid_day_of_a_perimeter(day, valid):
    """The validity dates are inclusive, for competing and for extra-recipient perimeters."""
    perimeters = [
        Perimeter(1, 1, "Mars", box(0, 0, 200, 100), valid_from=FIRST, valid_to=LAST),
        Perimeter(
            2,
            3,
            "Copie de mars",
            box(0, 0, 200, 100),
            extra_recipient=True,
            valid_from=FIRST,
            valid_to=LAST,
        ),
    ]
    result, i = route_one(perimeters, day=day)
    assert (result.status[i], result.service_id[i], result.extras(i)) == (
        ("routed", 1, (3,)) if valid else ("triage", -1, ())
    )


@pytest.mark.parametrize("day, valid", BOUNDARY_DAYS)
def test_first_and_last_valid_day_of_a_matrix_cell(day, valid):
    settings = open_everywhere(valid_from=FIRST, valid_to=LAST)
    result, i = route_one(
        [Perimeter(1, 1, "Tout", box(0, 0, 200, 100))], day=day, settings=settings
    )
    assert (result.status[i], result.reason_code[i]) == (
        ("routed", "single_perimeter") if valid else ("not_open", "category_not_open")
    )
