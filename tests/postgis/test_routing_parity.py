"""Both executors on the same thousands of reports: the database (trigger on arrival, then
reroute()) and the core (vectorised) must give identical status, service, extra services,
perimeter, reason code and sentence, report by report."""

import datetime as dt

import numpy as np
import pytest
import shapely

from gup_signalement_plugin.core.routing import Service
from gup_signalement_plugin.usecases import routing as rr

pytestmark = pytest.mark.postgis
SEED = 20240601
TOP_CATEGORIES = [
    "proprete",
    "depots_sauvages",
    "graffitis",
    "voirie",
    "signalisation",
    "vehicules",
    "eclairage",
    "mobilier",
    "eau",
]


def _setup_rules(db, rng):
    """Services, commune default perimeters, a grid of EPT rectangles with various categories,
    priorities, dates, extra recipients and exact duplicates; random matrix cells."""
    communes = db.query("SELECT code_insee FROM gup_signalement.commune ORDER BY code_insee")
    services = [
        Service(0, "Services techniques {}".format(c["code_insee"]), "commune", c["code_insee"])
        for c in communes
    ]
    services += [Service(0, "EPT {}".format(k), "ept") for k in range(6)]
    services += [Service(0, "Bailleur {}".format(k), "bailleur") for k in range(3)]
    services.append(Service(0, "Service dissous", "autre", active=False))
    ids = rr.upsert_services_on_name(db, services)
    xmin, ymin, xmax, ymax = [
        int(v)
        for v in db.query(
            "SELECT ST_XMin(e) a, ST_YMin(e) b, ST_XMax(e) c, ST_YMax(e) d FROM "
            "(SELECT ST_Extent(geom) e FROM gup_signalement.commune) x"
        )[0].values()
    ]
    rects = []
    with db.transaction() as cur:
        # commune services: their commune, for all categories or only a few (so some triage)
        cur.execute("""INSERT INTO gup_signalement.perimetre_competence
                           (service_id, nom, geom, priorite, categories)
                       SELECT s.id, 'Commune ' || c.nom, c.geom, 1,
                              CASE WHEN c.code_insee > '94040' THEN '{proprete,voirie}'::text[] END
                       FROM gup_signalement.commune c
                       JOIN gup_signalement.service s ON s.code_insee = c.code_insee""")
        names = [n for n in ids if not n.startswith("Services techniques")]
        for k in range(60):
            x0 = int(rng.integers(xmin, xmax - 500))
            y0 = int(rng.integers(ymin, ymax - 500))
            w, h = (int(v) for v in rng.integers(300, 6000, size=2))
            rects.append((x0, y0, x0 + w, y0 + h))
            cats = (
                None
                if rng.random() < 0.3
                else sorted(
                    set(
                        rng.choice(
                            TOP_CATEGORIES + ["eclairage.cables", "voirie.nid_de_poule"],
                            size=int(rng.integers(1, 4)),
                        ).tolist()
                    )
                )
            )
            du = dt.date(2024, 1, 1) if rng.random() < 0.2 else None
            au = dt.date(2024, 12, 31) if rng.random() < 0.2 else None
            count = 2 if k % 6 == 0 else 1  # exact duplicates: decided by the lowest id
            priority, extra = int(rng.integers(0, 3)), bool(rng.random() < 0.15)
            for _ in range(count):
                cur.execute(
                    """INSERT INTO gup_signalement.perimetre_competence
                    (service_id, nom, geom, categories, priorite, destinataire_supplementaire,
                     valide_du, valide_au)
                    VALUES (%s, %s, ST_Multi(ST_MakeEnvelope(%s, %s, %s, %s, 2154)),
                            %s, %s, %s, %s, %s)""",
                    (
                        ids[names[k % len(names)]],
                        "Rect {}".format(k),
                        *rects[-1],
                        cats,
                        priority + 1 if k % 6 == 0 else priority,
                        extra and k % 6 != 0,
                        du,
                        au,
                    ),
                )
        stages = ["closed", "agents", "public"]
        for commune in communes:
            for code in TOP_CATEGORIES:
                if rng.random() < 0.15:
                    continue  # no cell: closed
                cur.execute(
                    """INSERT INTO gup_signalement.commune_categorie
                    (code_insee, categorie_code, etape, message_fermeture, valide_du,
                     perimetre_experimentation)
                    SELECT %s, %s, %s, %s, %s,
                           CASE WHEN %s THEN ST_Multi(ST_Intersection(
                               geom, ST_Buffer(ST_PointOnSurface(geom), 800)))
                           END FROM gup_signalement.commune WHERE code_insee = %s""",
                    (
                        commune["code_insee"],
                        code,
                        stages[int(rng.integers(0, 3))],
                        "Appelez la mairie." if rng.random() < 0.5 else None,
                        dt.date(2024, 3, 1) if rng.random() < 0.2 else None,
                        bool(rng.random() < 0.05),
                        commune["code_insee"],
                    ),
                )
        cur.execute(
            "UPDATE gup_signalement.commune SET message_fermeture_defaut = 'Écrivez au maire.' "
            "WHERE code_insee < '94040'"
        )
    return (xmin, ymin, xmax, ymax), rects


def _report_points(db, rng, bbox, rects, n_random):
    """Random points (some outside), commune vertices (on shared borders), points on perimeter
    edges and corners."""
    xmin, ymin, xmax, ymax = bbox
    random_pts = np.c_[
        rng.uniform(xmin - 2000, xmax + 2000, n_random),
        rng.uniform(ymin - 2000, ymax + 2000, n_random),
    ]
    wkb = db.query("SELECT ST_AsBinary(ST_Collect(geom)) g FROM gup_signalement.commune")[0]["g"]
    vertices = shapely.get_coordinates(shapely.from_wkb(bytes(wkb)))
    vertices = vertices[rng.choice(len(vertices), size=min(600, len(vertices)), replace=False)]
    edges = []
    for x0, y0, x1, y1 in rects:
        edges += [(x0, y0), (x1, y1), (x0, int((y0 + y1) / 2)), (int((x0 + x1) / 2), y1)]
    return np.vstack([random_pts, vertices, np.array(edges, dtype=float)])


def _reports(db, rng, xy):
    categories = [r["code"] for r in db.query("SELECT code FROM gup_signalement.categorie")]
    subs = [c for c in categories if "." in c]
    start = dt.datetime(2023, 6, 1, tzinfo=dt.timezone.utc)
    records = []
    for x, y in xy:
        category = str(rng.choice(categories))
        sub = str(rng.choice(subs)) if rng.random() < 0.2 else None
        moment = start + dt.timedelta(minutes=int(rng.integers(0, 60 * 24 * 700)))
        records.append(
            rr.ReportRecord(
                category,
                str(rng.choice(["agents", "public"])),
                moment,
                shapely.to_wkb(shapely.Point(x, y)),
                sub_category=sub,
            )
        )
    return records


def _core_rows(db):
    reports = rr.load_reports(db)
    result = rr.load_router(db).route(reports)
    sentences = result.sentences()
    return {
        int(reports.ids[i]): (
            result.status[i],
            result.insee_code[i],
            int(result.service_id[i]) if result.service_id[i] >= 0 else None,
            list(result.extras(i)),
            int(result.perimeter_id[i]) if result.perimeter_id[i] >= 0 else None,
            result.reason_code[i],
            sentences[i],
        )
        for i in range(len(result))
    }


def _db_rows(db):
    return {
        r["id"]: (
            r["statut_routage"],
            r["code_insee"],
            r["service_id"],
            list(r["services_supplementaires"]),
            r["perimetre_id"],
            r["raison_code"],
            r["raison"],
        )
        for r in rr.routing_rows(db)
    }


def _assert_same(db, core, stored):
    assert core.keys() == stored.keys()
    differences = [(i, core[i], stored[i]) for i in sorted(core) if core[i] != stored[i]]
    assert differences == [], "{} of {} reports differ, first: {}".format(
        len(differences), len(core), differences[:3]
    )


def test_core_and_database_route_identically(gup_db):
    rng = np.random.default_rng(SEED)
    bbox, rects = _setup_rules(gup_db, rng)
    xy = _report_points(gup_db, rng, bbox, rects, 3000)
    rr.insert_reports(gup_db, _reports(gup_db, rng, xy))
    stored = _db_rows(gup_db)
    core = _core_rows(gup_db)
    _assert_same(gup_db, core, stored)
    codes = {row[5] for row in core.values()}
    statuses = {row[0] for row in core.values()}
    # the data set exercises every status and every reason
    assert statuses == {"routed", "triage", "not_open", "quarantine"}
    assert codes == {
        "outside_territory",
        "category_not_open",
        "outside_experiment",
        "no_competent_service",
        "single_perimeter",
        "higher_priority",
        "smaller_perimeter",
        "lowest_id",
    }
    assert any(row[3] for row in core.values())  # some extra recipients
    communes = shapely.STRtree([c.geometry for c in rr.list_commune_areas(gup_db)])
    on_border, _c = communes.query(shapely.points(xy), predicate="intersects")
    assert len(on_border) - len(set(on_border.tolist())) > 20  # points on two communes at once

    # change the rules, re-route in bulk in the database, compare again
    with gup_db.transaction() as cur:
        cur.execute("DELETE FROM gup_signalement.perimetre_competence WHERE id % 4 = 0")
        cur.execute(
            "UPDATE gup_signalement.perimetre_competence SET priorite = priorite + 2 "
            "WHERE id % 5 = 0"
        )
        cur.execute("UPDATE gup_signalement.service SET actif = false WHERE nom = 'EPT 1'")
    changed = rr.reroute(gup_db)
    assert changed > 0
    _assert_same(gup_db, _core_rows(gup_db), _db_rows(gup_db))
    assert rr.reroute(gup_db) == 0  # nothing left to change


def test_parity_check_detects_a_difference(gup_db):
    """The comparison used above fails when one executor disagrees."""
    rng = np.random.default_rng(SEED + 1)
    bbox, rects = _setup_rules(gup_db, rng)
    rr.insert_reports(gup_db, _reports(gup_db, rng, _report_points(gup_db, rng, bbox, rects, 200)))
    with gup_db.transaction() as cur:  # a change the database has not re-routed yet
        cur.execute(
            "UPDATE gup_signalement.perimetre_competence SET priorite = priorite + 10 "
            "WHERE id IN (SELECT perimetre_id FROM gup_signalement.signalement "
            "WHERE raison_code = 'higher_priority' LIMIT 1)"
        )
        cur.execute(
            "UPDATE gup_signalement.perimetre_competence SET priorite = 50 WHERE nom LIKE 'Rect%%'"
        )
    with pytest.raises(AssertionError, match="reports differ"):
        _assert_same(gup_db, _core_rows(gup_db), _db_rows(gup_db))


def test_manual_routing_is_kept(gup_db):
    rng = np.random.default_rng(SEED + 2)
    _setup_rules(gup_db, rng)
    point = shapely.to_wkb(shapely.Point(652000, 6857000))
    [report_id] = rr.insert_reports(
        gup_db,
        [
            rr.ReportRecord(
                "proprete", "agents", dt.datetime(2024, 5, 1, tzinfo=dt.timezone.utc), point
            )
        ],
    )
    with gup_db.transaction() as cur:
        cur.execute(
            "UPDATE gup_signalement.signalement SET routage_manuel = true, service_id = NULL, "
            "statut_routage = 'triage', raison_code = 'manual' WHERE id = %s",
            (report_id,),
        )
        cur.execute("DELETE FROM gup_signalement.perimetre_competence")
    rr.reroute(gup_db)
    assert rr.routing_rows(gup_db, [report_id])[0]["raison_code"] == "manual"
