"""Bad input for services and perimeters, and the trigger routing reports on arrival."""

import datetime as dt

import pytest
import shapely
from shapely.geometry import box

from gup_signalement_plugin.core.catalogue import CommuneSetting, Stage
from gup_signalement_plugin.core.errors import InputError
from gup_signalement_plugin.core.routing import Service
from gup_signalement_plugin.db import repositories as repo
from gup_signalement_plugin.db.database import DatabaseError
from gup_signalement_plugin.usecases import routing as rr

pytestmark = pytest.mark.postgis
VITRY = box(655000, 6854000, 656500, 6855000)  # inside Vitry-sur-Seine (94081)
BOWTIE = shapely.from_wkt(
    "POLYGON((655000 6854000, 656500 6855000, 656500 6854000, 655000 6855000, 655000 6854000))"
)


def record(geometry, **kwargs):
    values = dict(service_name="Voirie EPT", name="Secteur", wkb=shapely.to_wkb(geometry))
    values.update(kwargs)
    return rr.PerimeterRecord(**values)


@pytest.fixture
def db(gup_db):
    rr.upsert_services_on_name(gup_db, [Service(0, "Voirie EPT", "ept", emails=("voirie@ept.fr",))])
    return gup_db


def test_invalid_geometry_refused_then_repaired_on_request(db):
    with pytest.raises(InputError, match="Self-intersection") as error:
        rr.import_perimeters(
            db, [record(VITRY, where="feature 1"), record(BOWTIE, where="feature 2")], 2154
        )
    assert "feature 2" in str(error.value) and "feature 1" not in str(error.value)
    assert db.scalar("SELECT count(*) FROM gup_signalement.perimetre_competence") == 0
    count, warnings = rr.import_perimeters(
        db, [record(BOWTIE, where="feature 2")], 2154, repair=True
    )
    assert count == 1 and "repaired" in str(warnings[0])
    assert db.scalar("SELECT bool_and(ST_IsValid(geom)) FROM gup_signalement.perimetre_competence")


def test_unknown_service_category_outside_and_dates_listed_together(db):
    records = [
        record(VITRY, service_name="Inconnu", where="f1"),
        record(VITRY, categories=("eclairage", "nope"), where="f2"),
        record(box(0, 0, 10, 10), where="f3"),
        record(VITRY, valid_from=dt.date(2024, 2, 1), valid_to=dt.date(2024, 1, 1), where="f4"),
    ]
    with pytest.raises(InputError) as error:
        rr.import_perimeters(db, records, 2154)
    text = str(error.value)
    for expected in (
        "f1 (Secteur): unknown service 'Inconnu'",
        "f2 (Secteur): unknown categor(y/ies): nope",
        "f3 (Secteur): entirely outside",
        "f4 (Secteur): valid_to is before",
    ):
        assert expected in text


def test_database_refuses_unknown_category_and_invalid_geometry_directly(db):
    with pytest.raises(DatabaseError, match="unknown categor"):
        with db.transaction() as cur:
            cur.execute(
                "INSERT INTO gup_signalement.perimetre_competence "
                "(service_id, nom, geom, categories) "
                "SELECT id, 'x', "
                "ST_Multi(ST_MakeEnvelope(655000, 6854000, 656000, 6855000, 2154)), "
                "'{zzz}' FROM gup_signalement.service"
            )
    with pytest.raises(DatabaseError, match="check constraint"):
        with db.transaction() as cur:
            cur.execute(
                "INSERT INTO gup_signalement.perimetre_competence (service_id, nom, geom) "
                "SELECT id, 'x', ST_Multi(%s::geometry) FROM gup_signalement.service",
                ("SRID=2154;" + BOWTIE.wkt,),
            )


def test_report_routed_on_arrival_and_when_moved(db):
    rr.import_perimeters(
        db,
        [record(VITRY, name="Éclairage EPT secteur nord", priority=2, categories=("eclairage",))],
        2154,
    )
    repo.save_settings(db, [CommuneSetting("94081", "eclairage", Stage.PUBLIC)])
    [report_id] = rr.insert_reports(
        db,
        [
            rr.ReportRecord(
                "eclairage.eteint",
                "public",
                dt.datetime(2024, 5, 1, tzinfo=dt.timezone.utc),
                shapely.to_wkb(shapely.Point(655800, 6854500)),
            )
        ],
    )
    row = rr.routing_rows(db, [report_id])[0]
    assert (row["statut_routage"], row["raison_code"], row["code_insee"]) == (
        "routed",
        "single_perimeter",
        "94081",
    )
    assert row["raison"].startswith(
        "Vitry-sur-Seine, catégorie Point lumineux éteint : périmètre "
        "« Éclairage EPT secteur nord » du service Voirie EPT, priorité 2"
    )
    with db.transaction() as cur:  # moved out of the territory by another client
        cur.execute(
            "UPDATE gup_signalement.signalement SET geom = ST_SetSRID(ST_MakePoint(0, 0), 2154) "
            "WHERE id = %s",
            (report_id,),
        )
    assert rr.routing_rows(db, [report_id])[0]["statut_routage"] == "quarantine"


def test_dry_run_refuses_what_the_import_refuses_with_the_same_messages(db):
    records = [
        record(VITRY, where="f1"),
        record(VITRY, valid_from=dt.date(2024, 2, 1), valid_to=dt.date(2024, 1, 31), where="f2"),
        record(box(0, 0, 10, 10), where="f3"),
        record(BOWTIE, where="f4"),
        record(VITRY, service_name="Inconnu", categories=("zzz",), where="f5"),
        record(VITRY, wkb=None, where="f6"),
    ]
    with pytest.raises(InputError) as imported:
        rr.import_perimeters(db, records, 2154)
    with pytest.raises(InputError) as dry_run:
        rr.perimeters_from_records(db, records)
    messages = [str(p) for p in imported.value.problems]
    assert [str(p) for p in dry_run.value.problems] == messages
    assert [m.split(":")[0] for m in messages] == [
        "f2 (Secteur)",
        "f3 (Secteur)",
        "f4 (Secteur)",
        "f5 (Secteur)",
        "f5 (Secteur)",
        "f6 (Secteur)",
    ]
    # with the repair asked, both accept the self-intersecting polygon, as the same geometry
    count, _warnings = rr.import_perimeters(db, [records[3]], 2154, repair=True)
    [edited] = rr.perimeters_from_records(db, [records[3]], repair=True)
    [stored] = rr.list_perimeters(db)
    assert count == 1 and stored.geometry.equals(edited.geometry)
    assert abs(stored.area - edited.geometry.area) < 1e-6
