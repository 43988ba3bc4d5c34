"""Demo services, competence perimeters and reports for `make demo` (issue 4).

Services: each commune's technical services (competent for everything in its commune), two EPT
services (waste and dumping on the whole territory; street lighting in the northern communes,
transferred to the EPT), a syndicat for water and sewers, and a social landlord competent for
cleanliness on a few estates, with the commune's services in copy. Reports are synthetic,
seeded, served by a loopback Open311 server to the plugin's synchronisation (issue 5)."""

import datetime as dt
import random
from typing import List, Tuple

import shapely
import shapely.geometry

from gup_signalement_plugin.core.routing import Service
from gup_signalement_plugin.db.database import Database
from gup_signalement_plugin.usecases import routing

NORTH_LIGHTING = (
    "94003",
    "94016",
    "94037",
    "94043",
    "94076",
    "94041",
    "94081",
)  # lighting transferred to the EPT


def commune_service_name(commune_name: str) -> str:
    return "Services techniques — {}".format(commune_name)


def create_services_and_perimeters(db: Database) -> Tuple[int, int]:
    communes = routing.list_commune_areas(db)
    services = [
        Service(
            0,
            commune_service_name(c.name),
            "commune",
            c.insee_code,
            ("st@{}.example".format(c.insee_code),),
        )
        for c in communes
    ]
    services += [
        Service(0, "Propreté et déchets EPT", "ept", None, ("proprete@ept.example",)),
        Service(0, "Éclairage public EPT", "ept", None, ("eclairage@ept.example",)),
        Service(
            0,
            "Syndicat de l'eau et de l'assainissement",
            "syndicat",
            None,
            ("sea@syndicat.example",),
        ),
        Service(
            0,
            "Bailleur social Grand-Orly Habitat",
            "bailleur",
            None,
            ("gardiens@bailleur.example",),
        ),
    ]
    ids = routing.upsert_services_on_name(db, services)
    territory = shapely.union_all([c.geometry for c in communes])
    records: List[routing.PerimeterRecord] = []
    for commune in communes:
        records.append(
            routing.PerimeterRecord(
                commune_service_name(commune.name),
                "Commune de {}".format(commune.name),
                shapely.to_wkb(commune.geometry),
                None,
                1,
            )
        )
    records.append(
        routing.PerimeterRecord(
            "Propreté et déchets EPT",
            "Territoire EPT — dépôts",
            shapely.to_wkb(territory),
            ("depots_sauvages",),
            2,
        )
    )
    north = shapely.union_all([c.geometry for c in communes if c.insee_code in NORTH_LIGHTING])
    records.append(
        routing.PerimeterRecord(
            "Éclairage public EPT",
            "Éclairage EPT secteur nord",
            shapely.to_wkb(north),
            ("eclairage",),
            2,
        )
    )
    records.append(
        routing.PerimeterRecord(
            "Syndicat de l'eau et de l'assainissement",
            "Réseaux d'eau et d'assainissement",
            shapely.to_wkb(territory),
            ("eau",),
            2,
        )
    )
    rng = random.Random(94)
    for commune in communes[::3]:  # estates of the landlord: small patches in 8 communes
        centre = commune.geometry.representative_point()
        for k in range(2):
            patch = shapely.buffer(
                shapely.Point(centre.x + rng.uniform(-300, 300), centre.y + rng.uniform(-300, 300)),
                rng.uniform(120, 220),
            ).intersection(commune.geometry)
            records.append(
                routing.PerimeterRecord(
                    "Bailleur social Grand-Orly Habitat",
                    "Résidence {} {}".format(commune.name, k + 1),
                    shapely.to_wkb(patch),
                    ("proprete", "depots_sauvages", "mobilier"),
                    3,
                )
            )
    count, _warnings = routing.import_perimeters(db, records, 2154)
    return len(ids), count


LEGACY_CODES = {"ENC": "depots_sauvages", "ECL-01": "eclairage"}  # an older app's service codes


# Dense clusters of the synthetic demo reports (so that the hot spot analyses find something):
# a share of the reports inside the territory, around a point of a commune (degrees: about
# 150 m), each in its own period (days after the demo's first day): a lasting one, a new one,
# an old one
CLUSTER_SHARE = 0.12
CLUSTER_SPREAD = 0.002
CLUSTERS = (("94081", 0, 680), ("94041", 500, 680), ("94078", 0, 250), ("91027", 0, 680))


def cluster_centres() -> List[tuple]:
    """((lon, lat), first day, last day) of each demo cluster: a point inside its commune."""
    from tests.helpers import commune_records

    communes = {r.insee_code: shapely.from_wkb(r.wkb) for r in commune_records()}
    centres = []
    for insee, first_day, last_day in CLUSTERS:
        point = shapely.point_on_surface(communes[insee])
        centres.append(((point.x, point.y), first_day, last_day))
    return centres


def demo_requests(count: int, seed: int, id_prefix: str) -> List[dict]:
    """Open311 GeoReport v2 requests as the reporting app serves them: 95 % inside the territory
    (12 % of them in four dense clusters: CLUSTERS) and 5 % around it (quarantined), weighted
    categories (our codes, or a legacy code mapped by
    the source), and a few records damaged as real feeds are (swapped coordinates, 0/0,
    double-encoded text, an unknown code) so that the quarantine has something to show."""
    from tests.helpers import commune_records

    territory = shapely.union_all([shapely.from_wkb(r.wkb) for r in commune_records()])
    shapely.prepare(territory)
    xmin, ymin, xmax, ymax = territory.bounds
    codes = [
        "depots_sauvages",
        "proprete",
        "graffitis",
        "eclairage",
        "voirie",
        "mobilier",
        "signalisation",
        "espaces_verts",
        "eau",
        "vehicules",
        "nuisibles",
    ]
    weights = [30, 20, 12, 10, 10, 4, 4, 4, 2, 2, 2]
    legacy = {category: code for code, category in LEGACY_CODES.items()}
    rng = random.Random(seed)
    start = dt.datetime(2025, 1, 6, 8, tzinfo=dt.timezone.utc)
    centres = cluster_centres()
    items = []
    for index in range(count):
        code = rng.choices(codes, weights)[0]
        if code in legacy and rng.random() < 0.3:
            code = legacy[code]
        inside = rng.random() < 0.95
        minutes = rng.randrange(0, 60 * 24 * 680)
        cluster = rng.choice(centres) if inside and rng.random() < CLUSTER_SHARE else None
        if cluster is not None:  # a dense cluster (synthetic), in its own period
            (clon, clat), first_day, last_day = cluster
            minutes = rng.randrange(first_day * 60 * 24, last_day * 60 * 24)
        while True:
            if cluster is not None:
                lon = clon + rng.gauss(0, CLUSTER_SPREAD)
                lat = clat + rng.gauss(0, CLUSTER_SPREAD * 0.66)
            else:
                lon = rng.uniform(xmin - 0.02, xmax + 0.02)
                lat = rng.uniform(ymin - 0.02, ymax + 0.02)
            if shapely.contains_xy(territory, lon, lat) == inside:
                break
        # 30 s past the minute: never exactly on a sync window's edge (a full re-read reads a
        # request dated exactly on the edge of two 90-day windows twice: noted in the report)
        moment = start + dt.timedelta(minutes=minutes, seconds=30)
        items.append(
            {
                "service_request_id": "{}{:05d}".format(id_prefix, index),
                "status": "open",
                "service_code": code,
                "description": "Signalement de démonstration n°{}".format(index),
                "requested_datetime": moment.isoformat(),
                "updated_datetime": moment.isoformat(),
                "address": "",
                "lat": round(lat, 6),
                "long": round(lon, 6),
            }
        )
    items.sort(key=lambda item: item["requested_datetime"])
    damaged = {
        0: {"lat": items[0]["long"], "long": items[0]["lat"]},
        1: {"lat": 0, "long": 0},
        2: {"description": "DÃ©pÃ´t sauvage prÃ¨s de l'Ã©cole"},
        3: {"service_code": "999"},
    }
    for index, change in damaged.items():
        items[index * 97].update(change)
    return items
