"""The SQL route() itself, on a fresh install and on a database upgraded from the frozen 0.1.0
structure: each rule tested directly (the parity test cannot see an error made on both sides),
and the exact first and last valid days of a perimeter and of a matrix cell."""

import datetime as dt

import pytest
import shapely
from shapely.geometry import box

from gup_signalement_plugin.core.catalogue import CommuneSetting, Stage
from gup_signalement_plugin.core.routing import Service
from gup_signalement_plugin.db import migrations
from gup_signalement_plugin.db import repositories as repo
from gup_signalement_plugin.db.database import Database
from gup_signalement_plugin.usecases import catalogue as catalogue_uc
from gup_signalement_plugin.usecases import routing as rr
from tests.helpers import DEFAULT_CATALOGUE, commune_records
from tests.postgis.test_upgrade_equivalence import install_frozen_v0

pytestmark = pytest.mark.postgis
VITRY = box(655000, 6854000, 656500, 6855000)  # inside Vitry-sur-Seine (94081)
POINT = (655800, 6854500)
FIRST, LAST = dt.date(2024, 3, 1), dt.date(2024, 3, 31)
BOUNDARY_DAYS = [
    (FIRST - dt.timedelta(days=1), False),
    (FIRST, True),
    (LAST, True),
    (LAST + dt.timedelta(days=1), False),
]


@pytest.fixture(params=["install", "upgrade"])
def db(request):
    """A database with the 24 communes and the catalogue, its structure either installed
    fresh or upgraded from 0.1.0; services A, B, C, D and an inactive one."""
    if request.param == "install":
        database = request.getfixturevalue("gup_db")
    else:
        database = Database(request.getfixturevalue("postgis_dsn"), author="pytest")
        request.addfinalizer(database.close)
        install_frozen_v0(database)
        migrations.upgrade_structure(database)
        catalogue_uc.import_communes(database, commune_records(), 4326)
        catalogue_uc.import_catalogue(
            database, DEFAULT_CATALOGUE.read_bytes(), DEFAULT_CATALOGUE.name
        )
    ids = rr.upsert_services_on_name(
        database,
        [
            Service(0, name, "ept", active=name != "Dissous")
            for name in ("A", "B", "C", "D", "Dissous")
        ],
    )
    database.ids = ids
    return database


def perimeter(db, service, geometry=VITRY, **columns):
    """Insert one perimeter; returns its id."""
    values = {
        "service_id": db.ids[service],
        "nom": "{} {}".format(service, columns.get("priorite", 0)),
        "geom": "SRID=2154;" + shapely.to_wkt(shapely.MultiPolygon([geometry])),
    }
    values.update(columns)
    with db.transaction() as cur:
        cur.execute(
            "INSERT INTO gup_signalement.perimetre_competence ({}) VALUES ({}) RETURNING id".format(
                ", ".join(values), ", ".join(["%s"] * len(values))
            ),
            list(values.values()),
        )
        return cur.fetchone()["id"]


def open_cell(db, category="voirie", **kwargs):
    repo.save_settings(db, [CommuneSetting("94081", category, Stage.PUBLIC, **kwargs)])


def route(db, category="voirie", day=dt.date(2024, 6, 1), xy=POINT, sub=None, audience="public"):
    return db.query(
        "SELECT * FROM gup_signalement.route(ST_SetSRID(ST_MakePoint(%s, %s), 2154),"
        " %s, %s, %s, %s)",
        (*xy, category, sub, audience, day),
    )[0]


def summary(row):
    return (
        row["statut_routage"],
        row["service_id"],
        row["perimetre_id"],
        row["raison_code"],
        row["services_supplementaires"],
    )


@pytest.mark.parametrize("day, valid", BOUNDARY_DAYS)
def test_first_and_last_valid_day_of_a_perimeter(db, day, valid):
    """Inclusive dates, for a competing perimeter and for an extra recipient."""
    open_cell(db)
    dated = perimeter(db, "A", valide_du=FIRST, valide_au=LAST)
    perimeter(db, "B", valide_du=FIRST, valide_au=LAST, destinataire_supplementaire=True)
    expected = (
        ("routed", db.ids["A"], dated, "single_perimeter", [db.ids["B"]])
        if valid
        else ("triage", None, None, "no_competent_service", [])
    )
    assert summary(route(db, day=day)) == expected


@pytest.mark.parametrize("day, valid", BOUNDARY_DAYS)
def test_first_and_last_valid_day_of_a_matrix_cell(db, day, valid):
    open_cell(db, valid_from=FIRST, valid_to=LAST)
    perimeter(db, "A")
    row = route(db, day=day)
    assert (row["statut_routage"], row["raison_code"]) == (
        ("routed", "single_perimeter") if valid else ("not_open", "category_not_open")
    )


def test_priority_then_smaller_surface_then_lowest_id(db):
    open_cell(db)
    small = box(655700, 6854400, 655900, 6854600)
    perimeter(db, "Dissous", priorite=9)  # inactive service: never competes
    big = perimeter(db, "A", priorite=2)
    perimeter(db, "B", small, priorite=1)
    row = route(db)
    assert summary(row) == ("routed", db.ids["A"], big, "higher_priority", [])
    assert row["raison"].endswith(
        "périmètre « A 2 » du service A, priorité 2 devant « B 1 » du service B, priorité 1."
    )
    smaller = perimeter(db, "C", small, priorite=2)
    assert summary(route(db)) == ("routed", db.ids["C"], smaller, "smaller_perimeter", [])
    perimeter(db, "D", small, priorite=2)  # same priority and surface, higher id
    row = route(db)
    assert summary(row) == ("routed", db.ids["C"], smaller, "lowest_id", [])
    assert "à égalité avec « D 2 » du service D" in row["raison"]


def test_point_on_a_shared_border_goes_to_the_lowest_insee_code(db):
    """One shared vertex per pair of neighbouring communes, routed by route() directly."""
    rows = db.query("""
        WITH vertex AS (
            SELECT DISTINCT (ST_DumpPoints(geom)).geom FROM gup_signalement.commune),
        shared AS (
            SELECT v.geom, array_agg(c.code_insee ORDER BY c.code_insee) AS codes
            FROM vertex v JOIN gup_signalement.commune c ON ST_Intersects(c.geom, v.geom)
            GROUP BY v.geom HAVING count(*) = 2),
        one_per_pair AS (
            SELECT DISTINCT ON (codes) codes, geom FROM shared ORDER BY codes, geom)
        SELECT p.codes, r.code_insee
        FROM one_per_pair p
        CROSS JOIN LATERAL gup_signalement.route(p.geom, 'voirie', NULL, 'public',
                                                 '2024-06-01') r""")
    assert len(rows) > 30  # the pairs of neighbouring communes
    assert [(r["codes"], r["code_insee"]) for r in rows] == [
        (r["codes"], r["codes"][0]) for r in rows
    ]


def test_extra_recipients_never_repeat_the_main_service(db):
    open_cell(db)
    main = perimeter(db, "A", priorite=1)
    perimeter(db, "A", destinataire_supplementaire=True, priorite=5)
    perimeter(db, "C", destinataire_supplementaire=True)
    perimeter(db, "B", destinataire_supplementaire=True)
    perimeter(db, "B", box(655500, 6854300, 656000, 6854700), destinataire_supplementaire=True)
    perimeter(db, "Dissous", destinataire_supplementaire=True)
    row = route(db)
    assert summary(row) == (
        "routed",
        db.ids["A"],
        main,
        "single_perimeter",
        [db.ids["B"], db.ids["C"]],
    )
    assert row["raison"].endswith("seul périmètre compétent. En copie : B, C.")


def test_parent_and_sub_category_accepted(db):
    open_cell(db, "eclairage")
    parent = perimeter(db, "A", categories=["eclairage"])
    cables = perimeter(db, "B", categories=["eclairage.cables"], priorite=1)
    perimeter(db, "C", categories=["voirie"], priorite=2)
    # a report of a sub-category goes to a perimeter of its parent
    assert summary(route(db, "eclairage.eteint"))[:3] == ("routed", db.ids["A"], parent)
    # a perimeter of a sub-category takes the report only when it has that sub-category
    assert summary(route(db, "eclairage"))[:3] == ("routed", db.ids["A"], parent)
    assert summary(route(db, "eclairage", sub="eclairage.cables"))[:3] == (
        "routed",
        db.ids["B"],
        cables,
    )
    assert summary(route(db, "eclairage.cables"))[:3] == ("routed", db.ids["B"], cables)
