"""Demo services, competence perimeters and reports for `make demo` (issue 4).

Services: each commune's technical services (competent for everything in its commune), two EPT
services (waste and dumping on the whole territory; street lighting in the northern communes,
transferred to the EPT), a syndicat for water and sewers, and a social landlord competent for
cleanliness on a few estates, with the commune's services in copy. Reports are synthetic,
seeded, spread over the territory's bounding box (some fall outside: quarantined)."""
import datetime as dt
import random
from typing import List, Tuple

import shapely
import shapely.geometry

from gup_signalement_plugin.core.routing import Service
from gup_signalement_plugin.db import repositories as repo
from gup_signalement_plugin.db import routing_repository as routing
from gup_signalement_plugin.db.database import Database

NORTH_LIGHTING = ("94003", "94016", "94037", "94043", "94076", "94041", "94081")  # lighting transferred to the EPT


def commune_service_name(commune_name: str) -> str:
    return "Services techniques — {}".format(commune_name)


def create_services_and_perimeters(db: Database) -> Tuple[int, int]:
    communes = routing.list_commune_areas(db)
    services = [Service(0, commune_service_name(c.name), "commune", c.insee_code,
                        ("st@{}.example".format(c.insee_code),)) for c in communes]
    services += [Service(0, "Propreté et déchets EPT", "ept", None, ("proprete@ept.example",)),
                 Service(0, "Éclairage public EPT", "ept", None, ("eclairage@ept.example",)),
                 Service(0, "Syndicat de l'eau et de l'assainissement", "syndicat", None, ("sea@syndicat.example",)),
                 Service(0, "Bailleur social Grand-Orly Habitat", "bailleur", None, ("gardiens@bailleur.example",))]
    ids = routing.save_services(db, services)
    territory = shapely.union_all([c.geometry for c in communes])
    records: List[routing.PerimeterRecord] = []
    for commune in communes:
        records.append(routing.PerimeterRecord(
            commune_service_name(commune.name), "Commune de {}".format(commune.name),
            shapely.to_wkb(commune.geometry), None, 1))
    records.append(routing.PerimeterRecord("Propreté et déchets EPT", "Territoire EPT — dépôts",
                                           shapely.to_wkb(territory), ("depots_sauvages",), 2))
    north = shapely.union_all([c.geometry for c in communes if c.insee_code in NORTH_LIGHTING])
    records.append(routing.PerimeterRecord("Éclairage public EPT", "Éclairage EPT secteur nord",
                                           shapely.to_wkb(north), ("eclairage",), 2))
    records.append(routing.PerimeterRecord("Syndicat de l'eau et de l'assainissement",
                                           "Réseaux d'eau et d'assainissement",
                                           shapely.to_wkb(territory), ("eau",), 2))
    rng = random.Random(94)
    for commune in communes[::3]:  # estates of the landlord: small patches in 8 communes
        centre = commune.geometry.representative_point()
        for k in range(2):
            patch = shapely.buffer(shapely.Point(centre.x + rng.uniform(-300, 300), centre.y + rng.uniform(-300, 300)),
                                   rng.uniform(120, 220)).intersection(commune.geometry)
            records.append(routing.PerimeterRecord(
                "Bailleur social Grand-Orly Habitat", "Résidence {} {}".format(commune.name, k + 1),
                shapely.to_wkb(patch), ("proprete", "depots_sauvages", "mobilier"), 3))
    count, _warnings = routing.save_perimeters(db, records, 2154)
    return len(ids), count


def insert_demo_reports(db: Database, count: int = 5000, seed: int = 2026) -> int:
    """Synthetic reports, 95 % inside the territory and 5 % around it (quarantined), routed on
    arrival by the database."""
    communes = routing.list_commune_areas(db)
    territory = shapely.union_all([c.geometry for c in communes])
    shapely.prepare(territory)
    xmin, ymin, xmax, ymax = territory.bounds
    categories = [c for c in repo.list_categories(db) if c.active]
    top = [c for c in categories if c.is_top_level]
    subs = {c.code: [s.code for s in categories if s.parent_code == c.code] for c in top}
    weights = [{"depots_sauvages": 30, "proprete": 20, "graffitis": 12, "eclairage": 10,
                "voirie": 10}.get(c.code, 4) for c in top]
    rng = random.Random(seed)
    start = dt.datetime(2025, 1, 6, tzinfo=dt.timezone.utc)
    records = []
    for index in range(count):
        category = rng.choices(top, weights)[0]
        inside = rng.random() < 0.95
        while True:
            x, y = rng.uniform(xmin, xmax), rng.uniform(ymin, ymax)
            if shapely.contains_xy(territory, x, y) == inside:
                break
        records.append(routing.ReportRecord(
            category=category.code, audience="agents" if rng.random() < 0.6 else "public",
            moment=start + dt.timedelta(minutes=rng.randrange(0, 60 * 24 * 680)),
            wkb=shapely.to_wkb(shapely.Point(x, y)),
            sub_category=rng.choice(subs[category.code]) if subs[category.code] and rng.random() < 0.5 else None,
            source="demo", external_id="demo-{:05d}".format(index)))
    return len(routing.insert_reports(db, records))
