"""Points noirs in the database: reports linked on arrival and when a geometry changes, the
history of changes, counts before / after the works day."""

import datetime as dt

import numpy as np
import shapely

from tests.hotspot_data import insert_points

VITRY = shapely.box(655000, 6854000, 656000, 6855000)


def _save(db, geometry=VITRY, **extra):
    from gup_signalement_plugin.usecases import hotspots

    return hotspots.save_point_noir(db, "Carrefour", [shapely.to_wkb(geometry)], **extra)


def test_reports_already_there_and_arriving_are_linked(gup_db):
    from gup_signalement_plugin.db import hotspots_repository as hr

    before = insert_points(gup_db, np.array([[655500, 6854500], [657500, 6854500]]))
    point_id = _save(gup_db)
    assert hr.linked_reports(gup_db, point_id) == [before[0]]
    arrived = insert_points(
        gup_db, np.array([[655100, 6854100], [655000, 6854000], [654999, 6854500]])
    )
    # the border counts as inside; a metre outside does not
    assert hr.linked_reports(gup_db, point_id) == [before[0], arrived[0], arrived[1]]


def test_categories_of_a_point_noir_select_its_reports(gup_db):
    from gup_signalement_plugin.db import hotspots_repository as hr

    voirie = insert_points(gup_db, np.array([[655500, 6854500]]), category="voirie")
    insert_points(gup_db, np.array([[655500, 6854500]]), category="proprete")
    point_id = _save(gup_db, categories=["voirie"])
    assert hr.linked_reports(gup_db, point_id) == voirie


def test_links_follow_a_geometry_change_of_the_point_noir_and_of_a_report(gup_db):
    from gup_signalement_plugin.db import hotspots_repository as hr

    inside, outside = insert_points(gup_db, np.array([[655500, 6854500], [657500, 6854500]]))
    point_id = _save(gup_db)
    with gup_db.transaction() as cur:
        cur.execute(
            "UPDATE gup_signalement.point_noir SET geom = ST_Multi(ST_MakeEnvelope("
            "657000, 6854000, 658000, 6855000, 2154)) WHERE id = %s",
            (point_id,),
        )
    assert hr.linked_reports(gup_db, point_id) == [outside]
    with gup_db.transaction() as cur:
        cur.execute(
            "UPDATE gup_signalement.signalement SET geom = ST_SetSRID("
            "ST_MakePoint(657200, 6854200), 2154) WHERE id = %s",
            (inside,),
        )
    assert hr.linked_reports(gup_db, point_id) == [inside, outside]


def test_history_keeps_who_when_old_and_new(gup_db):
    from gup_signalement_plugin.db import hotspots_repository as hr

    point_id = _save(gup_db)
    with gup_db.transaction() as cur:
        cur.execute(
            "UPDATE gup_signalement.point_noir SET statut = 'works_planned' WHERE id = %s",
            (point_id,),
        )
        cur.execute(
            "UPDATE gup_signalement.point_noir SET statut = 'works_planned' WHERE id = %s",
            (point_id,),
        )  # no change: no history row
    history = hr.point_noir_history(gup_db, point_id)
    assert [h["operation"] for h in history] == ["INSERT", "UPDATE"]
    assert history[1]["modifie_par"] == "pytest"
    assert history[1]["ancienne_valeur"]["statut"] == "watch"
    assert history[1]["nouvelle_valeur"]["statut"] == "works_planned"
    assert hr.point_noir(gup_db, point_id)["statut"] == "works_planned"


def test_status_outside_the_list_is_refused_and_nothing_written(gup_db):
    import pytest

    from gup_signalement_plugin.db.database import DatabaseError

    with pytest.raises(DatabaseError, match="statut"):
        _save(gup_db, status="fixed")
    assert gup_db.scalar("SELECT count(*) FROM gup_signalement.point_noir") == 0


def test_before_after_counts_put_the_works_day_after(gup_db):
    from gup_signalement_plugin.usecases import hotspots

    works = dt.date(2024, 6, 10)
    # report_day is the day in Paris: noon UTC stays on the same day
    days = [
        dt.date(2024, 5, 1),
        dt.date(2024, 6, 9),
        works,
        dt.date(2024, 6, 11),
        dt.date(2024, 8, 1),
    ]
    insert_points(gup_db, np.array([[655500, 6854500]] * len(days)), days=days)
    point_id = _save(gup_db, works_day=works)
    page = hotspots.point_noir_page(gup_db, point_id)
    assert (page.day, page.before, page.after) == (works, 2, 3)
    windowed = hotspots.point_noir_page(gup_db, point_id, days=1)
    assert (windowed.before, windowed.after) == (1, 1)  # 9 June | 10 June
    assert page.months == ["2024-05", "2024-06", "2024-07", "2024-08"]
    assert page.monthly_counts == [1, 3, 0, 1]
