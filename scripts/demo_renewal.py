"""Demo urban renewal (issue 15): demo perimeters and relocation figures.

The 36 QPV of ../shared/data/qpv_2024_gosb.csv keep their real codes and names, but their
contours are INVENTED (no QPV polygon is in the shared data): a disc of about 250 m around a
point inside their commune, named "[DÉMO] <name>" and flagged demo. Four demo renewal projects
(PRU) and one experiment perimeter are drawn around them, and three demo landlords' RIME
sheets (.xlsx, written here) are imported through the plugin's own algorithm."""

import csv
import datetime as dt
import math
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import shapely  # noqa: E402

from tests.xlsx_builder import write_xlsx  # noqa: E402

DEMO = "[DÉMO] "
PRUS = (  # code, name, QPV codes, phase, start
    ("PRU-DEMO-LALLIER", "PRU Lallier", ("QN09442N",), "relocation", dt.date(2021, 3, 1)),
    ("PRU-DEMO-GRAND-VAUX", "PRU Grand Vaux", ("QN09129M",), "demolition", dt.date(2019, 9, 1)),
    (
        "PRU-DEMO-PLATEAU",
        "PRU Plateau - Grande Borne",
        ("QN09124M",),
        "relocation",
        dt.date(2020, 1, 1),
    ),
    ("PRU-DEMO-GAGARINE", "PRU Gagarine", ("QN09407I",), "reconstruction", dt.date(2018, 6, 1)),
)
# households per QPV code: (to relocate, proposal, same commune, other commune, outside)
HOUSEHOLDS = {
    "QN09442N": (48, 12, 61, 37, 9),
    "QN09129M": (22, 6, 35, 41, 14),
    "QN09124M": (70, 15, 52, 28, 3),
    "QN09407I": (2, 0, 88, 31, 7),
    "QN09445N": (3, 1, 0, 0, 0),
}
LANDLORDS = ("[DÉMO] Bailleur A", "[DÉMO] Bailleur B", "[DÉMO] Bailleur C")
HEADER = [
    "N° ménage",
    "Code périmètre",
    "Composition",
    "Tranche de ressources",
    "Statut",
    "Date d'entrée",
    "Date relogement",
]
STATUS_WORDS = (
    "à reloger",
    "Proposition faite",
    "Relogé même commune",
    "Relogé autre commune EPT",
    "Relogé hors EPT",
)


def demo_qpv(communes):
    """RenewalPerimeters of the 36 QPV with invented contours (Lambert-93)."""
    from gup_signalement_plugin.db.renewal_repository import RenewalPerimeter

    geometry = {code: shapely.from_wkb(wkb) for code, _, wkb in communes}
    placed = {}
    perimeters = []
    with open(ROOT.parent / "shared" / "data" / "qpv_2024_gosb.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        codes = [c for c in row["codes_insee"].split(";") if c in geometry]
        home = geometry[codes[0]]
        rank = placed.get(codes[0], 0)
        placed[codes[0]] = rank + 1
        center = home.point_on_surface()
        if rank:  # the next QPV of the same commune: 700 m away, still inside
            angle = rank * 2.2
            moved = shapely.Point(
                center.x + 700 * math.cos(angle), center.y + 700 * math.sin(angle)
            )
            center = moved if home.buffer(-260).contains(moved) else center
        disc = center.buffer(250, 24).intersection(home)
        perimeters.append(
            RenewalPerimeter(
                code=row["code_qp"],
                type="qpv",
                name=DEMO + row["nom_qp"],
                wkb=shapely.to_wkb(disc),
                insee_codes=tuple(codes),
                communes=row["communes"].replace(";", ", "),
                source="démo : contour inventé (disque de 250 m)",
                demo=True,
            )
        )
    return perimeters


def demo_projects(qpv):
    from gup_signalement_plugin.db.renewal_repository import RenewalPerimeter

    shapes = {p.code: shapely.from_wkb(p.wkb) for p in qpv}
    projects = [
        RenewalPerimeter(
            code,
            "pru",
            DEMO + name,
            shapely.to_wkb(shapely.union_all([shapes[c] for c in codes]).buffer(120)),
            qpv_codes=codes,
            programme="NPNRU",
            phase=phase,
            start=start,
            source="démo",
            demo=True,
        )
        for code, name, codes, phase, start in PRUS
    ]
    restricted = ("QN09442N", "QN09129M", "QN09124M")  # Lallier, Grand-Vaux, Le Plateau
    projects.append(
        RenewalPerimeter(
            "EXP-DEMO-RELOGEMENT",
            "experimentation",
            DEMO + "Expérimentation outil de relogement (Lallier, Grand-Vaux, Le Plateau)",
            shapely.to_wkb(shapely.union_all([shapes[c].buffer(450) for c in restricted])),
            qpv_codes=restricted,
            programme="Expérimentation EPT",
            phase="study",
            start=dt.date(2026, 1, 1),
            source="démo",
            demo=True,
        )
    )
    return projects


def demo_sheets(folder: Path):
    """One RIME .xlsx per demo landlord (a notes sheet first, blank rows above the header,
    dates as serial numbers and as text), deterministic."""
    rng = random.Random(2026)
    lines = {landlord: [] for landlord in LANDLORDS}
    number = 0
    for code, counts in HOUSEHOLDS.items():
        for status, count in enumerate(counts):
            for _ in range(count):
                number += 1
                landlord = LANDLORDS[rng.randrange(3)] if code != "QN09445N" else LANDLORDS[0]
                entry = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(900))
                moved = ""
                if status >= 2:
                    day = dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(1700))
                    moved = (
                        (day - dt.date(1899, 12, 30)).days
                        if number % 2
                        else day.strftime("%d/%m/%Y")
                    )
                lines[landlord].append(
                    [
                        "D{:05d}".format(number),
                        code,
                        1 + rng.randrange(6),
                        "PLAI" if rng.random() < 0.6 else "PLUS",
                        STATUS_WORDS[status],
                        entry.strftime("%d/%m/%Y"),
                        moved,
                    ]
                )
    paths = []
    for index, (landlord, rows) in enumerate(lines.items()):
        path = folder / "rime_demo_bailleur_{}.xlsx".format("abc"[index])
        write_xlsx(
            path,
            {
                "Notes": [["Tableau RIME de démonstration (ménages fictifs)"]],
                "Relogements": [[None], [landlord], HEADER] + rows,
            },
        )
        paths.append((landlord, path))
    return paths


def demo_renewal_step(dsn: str, out: Path, run) -> dict:
    """Perimeters, relocation sheets, indicators and chart; returns figures for the summary."""
    from gup_signalement_plugin.db import renewal_repository as repo
    from gup_signalement_plugin.db.database import Database
    from gup_signalement_plugin.usecases import renewal as renewal_uc

    with Database(dsn, author="demo") as db:
        qpv = demo_qpv(repo.commune_geometries(db))
        expected = renewal_uc.read_qpv_list(
            (ROOT.parent / "shared" / "data" / "qpv_2024_gosb.csv").read_bytes()
        )
        check = renewal_uc.import_qpv(db, qpv, expected).check
        projects = demo_projects(qpv)
        repo.save_perimeters(db, projects)
    folder = out / "relogement"
    folder.mkdir(parents=True, exist_ok=True)
    imported = {}
    for landlord, path in demo_sheets(folder):
        result = run("import_relocation_sheet", {"INPUT": str(path), "LANDLORD": landlord})
        imported[landlord] = (result["IMPORTED"], result["REFUSED"])
    run(
        "export_relocation_indicators",
        {
            "OUTPUT": str(folder / "indicateurs_relogement.csv"),
            "CHART": str(folder / "progression_relogement.png"),
        },
    )
    with Database(dsn) as db:
        return {
            "qpv": len(qpv),
            "missing": check.missing,
            "extra": check.extra,
            "projects": len(projects),
            "imported": imported,
            "folder": folder,
            "reports_inside": db.scalar(
                "SELECT count(*) FROM gup_signalement.signalement "
                "WHERE codes_renouvellement <> '{}'"
            ),
        }


def print_summary(figures: dict) -> None:
    print(
        "  renewal perimeters     {} demo QPV (real codes, invented contours; list check: "
        "{} missing, {} extra), {} demo PRU / experiment perimeters".format(
            figures["qpv"], len(figures["missing"]), len(figures["extra"]), figures["projects"]
        )
    )
    for landlord, (imported, refused) in figures["imported"].items():
        print(
            "    {:>6}  households imported for {} ({} refused)".format(imported, landlord, refused)
        )
    print("  reports in perimeters  {}".format(figures["reports_inside"]))
    print("  relocation indicators  {} (CSV, chart)".format(figures["folder"]))
