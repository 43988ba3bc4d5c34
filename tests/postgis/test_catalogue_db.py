"""The catalogue, the matrix, its history and the Open311 publication on a real PostGIS."""

import datetime as dt
import json
import time

import pytest

from gup_signalement_plugin.core.catalogue import CommuneSetting, Stage
from gup_signalement_plugin.db import repositories as repo
from gup_signalement_plugin.usecases import catalogue as catalogue_uc
from gup_signalement_plugin.usecases.publication import publish_open311
from tests.helpers import DEFAULT_CATALOGUE, DEMO_SETTINGS

pytestmark = pytest.mark.postgis


def count(db, table):
    return db.scalar("SELECT count(*) FROM gup_signalement.{}".format(table))


def test_communes_are_in_lambert93_and_valid(gup_db):
    rows = gup_db.query(
        "SELECT code_insee, ST_SRID(geom) AS srid, ST_Area(geom) / 1e6 AS km2 "
        "FROM gup_signalement.commune ORDER BY code_insee"
    )
    assert len(rows) == 24 and {r["srid"] for r in rows} == {2154}
    vitry = next(r for r in rows if r["code_insee"] == "94081")
    assert 10 < vitry["km2"] < 13  # Vitry-sur-Seine is about 11.7 km2
    total = sum(r["km2"] for r in rows)
    assert 115 < total < 130  # the EPT is about 123 km2


def test_catalogue_export_import_roundtrip(gup_db):
    exported = catalogue_uc.export_catalogue(gup_db)
    before = repo.list_categories(gup_db)
    assert catalogue_uc.import_catalogue(gup_db, exported, "export.csv") == len(before)
    assert repo.list_categories(gup_db) == before
    assert len(before) == len(DEFAULT_CATALOGUE.read_text("utf-8").splitlines()) - 1


def test_settings_import_then_history_and_matrix_at(gup_db):
    assert (
        catalogue_uc.import_settings(gup_db, DEMO_SETTINGS.read_bytes(), DEMO_SETTINGS.name) > 200
    )
    first = {(s.insee_code, s.category_code): s for s in repo.list_settings(gup_db)}
    moment = gup_db.scalar("SELECT now()")
    time.sleep(0.05)
    old = first[("94081", "eclairage")]
    new_stage = Stage.PUBLIC if old.stage != Stage.PUBLIC else Stage.CLOSED
    repo.save_settings(gup_db, [CommuneSetting("94081", "eclairage", new_stage, "msg")])
    history = repo.cell_history(gup_db, "94081", "eclairage")
    assert [h["operation"] for h in history] == ["UPDATE", "INSERT"]
    assert history[0]["modifie_par"] == "pytest"
    assert history[0]["ancienne_valeur"]["etape"] == old.stage.value
    assert history[0]["nouvelle_valeur"]["etape"] == new_stage.value
    then = {(s.insee_code, s.category_code): s for s in repo.list_settings(gup_db, at=moment)}
    assert then[("94081", "eclairage")].stage == old.stage
    now = {(s.insee_code, s.category_code): s for s in repo.list_settings(gup_db)}
    assert now[("94081", "eclairage")].stage == new_stage
    # the export reads back to the same cells
    exported = catalogue_uc.export_settings(gup_db)
    assert catalogue_uc.import_settings(gup_db, exported, "x.csv") == len(now)


def test_saving_the_same_value_writes_no_history(gup_db):
    cell = CommuneSetting("94003", "proprete", Stage.AGENTS)
    repo.save_settings(gup_db, [cell])
    repo.save_settings(gup_db, [cell])
    assert len(repo.cell_history(gup_db, "94003", "proprete")) == 1


def test_stage_view_closes_cells_outside_validity(gup_db):
    repo.save_settings(
        gup_db,
        [
            CommuneSetting("94081", "voirie", Stage.PUBLIC, valid_to=dt.date(2000, 1, 1)),
            CommuneSetting("94081", "proprete", Stage.PUBLIC),
        ],
    )
    rows = {
        r["categorie_code"]: r
        for r in gup_db.query(
            "SELECT categorie_code, etape, etape_configuree "
            "FROM gup_signalement.v_commune_categorie WHERE code_insee = '94081'"
        )
    }
    assert rows["voirie"]["etape"] == "closed" and rows["voirie"]["etape_configuree"] == "public"
    assert rows["proprete"]["etape"] == "public"
    assert rows["nuisibles"]["etape"] == "closed" and rows["nuisibles"]["etape_configuree"] is None
    assert count(gup_db, "v_commune_categorie") == 24 * 11


def test_publish_open311_writes_every_commune_and_audience(gup_db, tmp_path):
    catalogue_uc.import_settings(gup_db, DEMO_SETTINGS.read_bytes(), DEMO_SETTINGS.name)
    result = publish_open311(gup_db, tmp_path, dt.date(2025, 3, 1))
    assert len(result.documents) == 24 * 2 * 2
    public = json.loads((tmp_path / "public" / "94081" / "services.json").read_text("utf-8"))
    agents = json.loads((tmp_path / "agents" / "94081" / "services.json").read_text("utf-8"))
    cells = {s.category_code: s for s in repo.list_settings(gup_db) if s.insee_code == "94081"}
    expected_public_open = {
        c for c, s in cells.items() if s.stage_on(dt.date(2025, 3, 1)) == Stage.PUBLIC
    }
    assert {s["service_code"] for s in public if s["keywords"] == ""} == expected_public_open
    assert len(agents) == 11
    assert (tmp_path / "public" / "94081" / "services.xml").exists()
    index = json.loads((tmp_path / "jurisdictions.json").read_text("utf-8"))
    assert len(index) == 24
    vitry = next(j for j in index if j["jurisdiction_id"] == "94081")
    assert vitry["name"] == "Vitry-sur-Seine" and (tmp_path / vitry["services"]["public"]).exists()
    row = gup_db.query(
        "SELECT nb_documents, empreinte, publie_par FROM gup_signalement.publication"
    )
    assert row == [{"nb_documents": 96, "empreinte": result.fingerprint, "publie_par": "pytest"}]
