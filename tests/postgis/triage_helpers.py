"""Shared set-up of the triage tests: services A, B, C, D in Vitry-sur-Seine, A competent for
roads (voirie) with C in copy, and reports inserted as any client would (the triggers route
them and give them their assignments)."""

import datetime as dt

import shapely
from shapely.geometry import Point, box

from gup_signalement_plugin.core.catalogue import CommuneSetting, Stage
from gup_signalement_plugin.core.routing import Service
from gup_signalement_plugin.db import repositories as repo
from gup_signalement_plugin.db import routing_repository as rr
from gup_signalement_plugin.db import services_repository

VITRY = box(655000, 6854000, 656500, 6855000)  # inside Vitry-sur-Seine (94081)
POINT = (655800, 6854500)
DAY = dt.datetime(2024, 6, 3, 9, 0, tzinfo=dt.timezone.utc)  # a Monday


def set_up_services(db):
    """Services A..D (ids in db.ids), roads open to the public in Vitry, A main, C in copy."""
    db.ids = services_repository.upsert_services_on_name(
        db, [Service(0, name, "ept") for name in "ABCD"]
    )
    repo.save_settings(
        db,
        [
            CommuneSetting("94081", "voirie", Stage.PUBLIC),
            CommuneSetting("94081", "proprete", Stage.PUBLIC),
        ],
    )
    db.perimeters = {"A": perimeter(db, "A"), "C": perimeter(db, "C", extra=True)}
    return db


def perimeter(db, service, geometry=VITRY, extra=False, priority=0):
    with db.transaction() as cur:
        cur.execute(
            """
            INSERT INTO gup_signalement.perimetre_competence
                (service_id, nom, geom, priorite, destinataire_supplementaire)
            VALUES (%s, %s, ST_GeomFromText(%s, 2154), %s, %s) RETURNING id""",
            (
                db.ids[service],
                "{} {}".format(service, priority),
                shapely.to_wkt(shapely.MultiPolygon([geometry])),
                priority,
                extra,
            ),
        )
        return cur.fetchone()["id"]


def add_reports(db, count=1, category="voirie", xy=POINT, moment=DAY, sub=None, step=0.0):
    """Insert reports (one statement); returns their ids."""
    records = [
        rr.ReportRecord(
            category,
            "public",
            moment,
            shapely.to_wkb(Point(xy[0] + i * step, xy[1])),
            sub_category=sub,
        )
        for i in range(count)
    ]
    return rr.insert_reports(db, records)


def state(db, report_id):
    """(status, version, {service name: (role, status)}) of a report."""
    names = {v: k for k, v in db.ids.items()}
    row = db.query(
        "SELECT statut_traitement, version FROM gup_signalement.signalement WHERE id = %s",
        (report_id,),
    )[0]
    parts = db.query(
        "SELECT service_id, role, statut FROM gup_signalement.affectation "
        "WHERE signalement_id = %s",
        (report_id,),
    )
    return (
        row["statut_traitement"],
        row["version"],
        {names[p["service_id"]]: (p["role"], p["statut"]) for p in parts},
    )


def version(db, report_id):
    return state(db, report_id)[1]
