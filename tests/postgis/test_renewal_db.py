"""Urban renewal in a real PostGIS: QPV import against the list, renewal codes on reports
(arrival and perimeter changes), phase history, relocation import and published indicators,
experiment perimeter of a matrix cell taken from a renewal perimeter."""

import datetime as dt

import pytest
import shapely

from gup_signalement_plugin.core.errors import InputError
from gup_signalement_plugin.db import renewal_repository as repo
from gup_signalement_plugin.db.database import DatabaseError
from gup_signalement_plugin.db.renewal_repository import RenewalPerimeter
from gup_signalement_plugin.usecases import renewal as renewal_uc
from tests.renewal_helpers import (
    anct_features,
    lambert93_wkb,
    paris_qpv_feature,
    qpv_perimeters,
    qpv_rows,
)

pytestmark = pytest.mark.postgis
S = "gup_signalement"


def test_qpv_import_keeps_the_territory_and_reports_missing_and_extra(gup_db):
    extra = anct_features()[0]
    extra = dict(
        extra, properties=dict(extra["properties"], code_qp="QN09499N", lib_qp="Extra test")
    )
    features = anct_features(skip={"QN09442N"}, extra=[paris_qpv_feature(), extra])
    result = renewal_uc.import_qpv(gup_db, qpv_perimeters(gup_db, features), qpv_rows())
    assert (result.read, result.outside, result.imported) == (37, 1, 36)
    assert result.check.missing == [("QN09442N", "Les Sorbiers - Lallier")]
    assert result.check.extra == ["QN09499N"]
    assert gup_db.scalar("SELECT count(*) FROM {}.perimetre_renouvellement".format(S)) == 36
    stored = gup_db.query(
        "SELECT codes_insee, attributs_source ->> 'lib_com' AS lib_com FROM "
        "{}.perimetre_renouvellement WHERE code = 'QN09413M'".format(S)
    )[0]
    assert stored["codes_insee"] == ["94037", "94043"]
    assert stored["lib_com"] == "Gentilly, Le Kremlin-Bicêtre"


def test_qpv_import_with_a_bad_code_writes_nothing(gup_db):
    features = anct_features()
    features[3]["properties"]["code_qp"] = "QP094001"
    with pytest.raises(InputError) as error:
        renewal_uc.import_qpv(gup_db, qpv_perimeters(gup_db, features), qpv_rows())
    assert "QP094001" in str(error.value)
    assert gup_db.scalar("SELECT count(*) FROM {}.perimetre_renouvellement".format(S)) == 0


def insert_report(db, lon, lat, category="eclairage"):
    with db.transaction() as cur:
        cur.execute(
            "INSERT INTO {s}.signalement (categorie_code, audience, geom) VALUES "
            "(%s, 'public', ST_Transform(ST_SetSRID(ST_MakePoint(%s, %s), 4326), 2154)) "
            "RETURNING id".format(s=S),
            (category, lon, lat),
        )
        return cur.fetchone()["id"]


def codes_of(db, report_id):
    return db.scalar(
        "SELECT codes_renouvellement FROM {}.signalement WHERE id = %s".format(S), (report_id,)
    )


def square(db, lon, lat, half=0.002):
    return lambert93_wkb(db, shapely.box(lon - half, lat - half, lon + half, lat + half))


def test_renewal_codes_on_arrival_and_when_perimeters_change(gup_db):
    lon, lat = 2.3925, 48.7870  # Vitry-sur-Seine
    repo.save_perimeters(
        gup_db,
        [
            RenewalPerimeter(
                "QN09445N", "qpv", "Les Combattants", square(gup_db, lon, lat), ("94081",)
            )
        ],
    )
    inside = insert_report(gup_db, lon, lat)
    outside = insert_report(gup_db, lon + 0.01, lat)
    assert codes_of(gup_db, inside) == ["QN09445N"] and codes_of(gup_db, outside) == []
    # a PRU drawn over both: both reports get its code, in one statement
    repo.save_perimeters(
        gup_db,
        [
            RenewalPerimeter(
                "PRU-VITRY",
                "pru",
                "PRU Vitry",
                square(gup_db, lon + 0.005, lat, 0.008),
                phase="study",
            )
        ],
    )
    assert codes_of(gup_db, inside) == ["PRU-VITRY", "QN09445N"]
    assert codes_of(gup_db, outside) == ["PRU-VITRY"]
    # drawn without its communes (as in QGIS's form): the database fills them in
    assert gup_db.query(
        "SELECT codes_insee, communes FROM {}.perimetre_renouvellement WHERE "
        "code = 'PRU-VITRY'".format(S)
    )[0] == {"codes_insee": ["94081"], "communes": "Vitry-sur-Seine"}
    # the QPV contour moved away from the first report
    repo.save_perimeters(
        gup_db,
        [
            RenewalPerimeter(
                "QN09445N", "qpv", "Les Combattants", square(gup_db, lon - 0.01, lat), ("94081",)
            )
        ],
    )
    assert codes_of(gup_db, inside) == ["PRU-VITRY"]
    # the report moved into the QPV's new contour
    with gup_db.transaction() as cur:
        cur.execute(
            "UPDATE {s}.signalement SET geom = ST_Transform(ST_SetSRID(ST_MakePoint("
            "%s, %s), 4326), 2154) WHERE id = %s".format(s=S),
            (lon - 0.01, lat, outside),
        )
    assert codes_of(gup_db, outside) == ["QN09445N"]
    with gup_db.transaction() as cur:
        cur.execute("DELETE FROM {}.perimetre_renouvellement WHERE code = 'PRU-VITRY'".format(S))
    assert codes_of(gup_db, inside) == [] and codes_of(gup_db, outside) == ["QN09445N"]
    counts = repo.report_counts(gup_db, "month")
    assert [(c["perimetre"], c["categorie"], c["n"]) for c in counts] == [
        ("QN09445N", "eclairage", 1)
    ]


def test_phase_history_and_experiment_perimeter_from_a_renewal_perimeter(gup_db):
    lon, lat = 2.3925, 48.7870
    pru = RenewalPerimeter(
        "PRU-VITRY",
        "pru",
        "PRU Vitry",
        square(gup_db, lon, lat),
        ("94081",),
        phase="study",
        programme="NPNRU",
    )
    repo.save_perimeters(gup_db, [pru])
    pru.phase = "relocation"
    repo.save_perimeters(gup_db, [pru])
    repo.save_perimeters(gup_db, [pru])  # unchanged phase: no history line
    assert [
        (h["ancienne_phase"], h["nouvelle_phase"]) for h in repo.phase_history(gup_db, "PRU-VITRY")
    ] == [(None, "study"), ("study", "relocation")]
    repo.set_experiment_from_renewal(gup_db, "PRU-VITRY", "94081", "eclairage")
    same = gup_db.scalar(
        "SELECT ST_Equals(c.perimetre_experimentation, ST_Multi(ST_Intersection("
        "p.geom, m.geom))) FROM {s}.commune_categorie c, "
        "{s}.perimetre_renouvellement p, {s}.commune m WHERE p.code = "
        "'PRU-VITRY' AND m.code_insee = '94081' AND c.code_insee = '94081' AND "
        "c.categorie_code = 'eclairage'".format(s=S)
    )
    assert same is True
    with pytest.raises(Exception) as error:
        repo.set_experiment_from_renewal(gup_db, "PRU-VITRY", "91027", "eclairage")
    assert "not in the commune 91027" in str(error.value)


def relocation_rows(count_by_status, perimeter="QN09445N", start=1):
    words = {
        "to_relocate": "à reloger",
        "proposal": "Proposition faite",
        "same_commune": "Relogé même commune",
        "other_commune_ept": "Autre commune EPT",
        "outside_ept": "Relogé hors EPT",
    }
    rows, n = [], start
    for status, count in count_by_status.items():
        for index in range(count):
            date = (
                ""
                if status in ("to_relocate", "proposal")
                else "{:02d}/0{}/2024".format(1 + index, 1 + index % 9)
            )
            rows.append(["M{:03d}".format(n), perimeter, str(1 + n % 4), words[status], date])
            n += 1
    return rows


HEADER = ["Réf. ménage", "Périmètre", "Taille ménage", "Statut", "Date relogement"]


def test_relocation_import_report_and_suppressed_indicators(gup_db, tmp_path):
    lon, lat = 2.3925, 48.7870
    repo.save_perimeters(
        gup_db,
        [
            RenewalPerimeter(
                "QN09445N", "qpv", "Les Combattants", square(gup_db, lon, lat), ("94081",)
            ),
            RenewalPerimeter(
                "QN09129M", "qpv", "Grand Vaux", square(gup_db, 2.355, 48.690), ("91589",)
            ),
        ],
    )
    rows = [[None], ["Relogement NPNRU", None, None, None, None], HEADER]
    rows += relocation_rows({"to_relocate": 20, "same_commune": 3, "outside_ept": 9})
    rows += relocation_rows({"to_relocate": 7, "other_commune_ept": 12}, "QN09129M", start=100)
    rows += [["M999", "QN00000X", "2", "à reloger", ""], rows[5]]  # unknown code, duplicate
    notes = [["Ce classeur contient les relogements"]]
    result = renewal_uc.import_relocation(
        gup_db, "Valophis", "rime.xlsx", [("Notes", notes), ("Ménages", rows)]
    )
    assert result.sheet == "Ménages" and result.header_row == 3
    assert [name for name, _ in result.skipped_sheets] == ["Notes"]
    assert (result.read, result.imported) == (53, 51)
    assert [p.code for p in result.refused] == ["unknown_perimeter", "duplicate"]
    assert repo.landlord_mapping(gup_db, "Valophis")["status"] == "Statut"
    combattants = {r["cle"]: r for r in repo.indicators(gup_db, "perimetre")}["QN09445N"]
    assert combattants["meme_commune"] == "< 5" and combattants["a_reloger"] == "20"
    assert combattants["total"] == "32"
    # no published text lets the hidden 3 be recomputed: the relocated subtotal hides too
    assert not (combattants["reloges"].isdigit() and combattants["hors_ept"].isdigit())
    log = gup_db.query(
        "SELECT lignes_lues, lignes_importees, lignes_refusees FROM {}.relogement_import".format(S)
    )[0]
    assert (log["lignes_lues"], log["lignes_importees"]) == (53, 51)
    assert "M999" not in str(log["lignes_refusees"])  # where and why, no household value
    csv_text = renewal_uc.export_indicators(gup_db).decode("utf-8-sig")
    assert "< 5" in csv_text and ";3;" not in csv_text
    chart = tmp_path / "progress.svg"
    assert renewal_uc.relocation_chart(gup_db, chart) >= 1 and chart.stat().st_size > 1000
    # the same landlord again, with a sheet whose lines are all bad: nothing changes
    bad = [HEADER, ["M1", "QN00000X", "2", "à reloger", ""]]
    with pytest.raises(InputError):
        renewal_uc.import_relocation(gup_db, "Valophis", "rime2.csv", [("rime2", bad)])
    assert gup_db.scalar("SELECT count(*) FROM {}.relogement_menage".format(S)) == 51
    assert gup_db.scalar("SELECT count(*) FROM {}.relogement_import".format(S)) == 1


def test_relocation_import_is_all_or_nothing_on_a_database_error(gup_db):
    repo.save_perimeters(
        gup_db,
        [
            RenewalPerimeter(
                "QN09445N", "qpv", "Les Combattants", square(gup_db, 2.3925, 48.787), ("94081",)
            )
        ],
    )
    rows = [HEADER] + relocation_rows({"to_relocate": 6})
    renewal_uc.import_relocation(gup_db, "I3F", "a.csv", [("a", rows)])
    with gup_db.transaction() as cur:  # a constraint the core does not know about
        cur.execute(
            "ALTER TABLE {}.relogement_menage ADD CHECK (taille_menage < 4) NOT VALID".format(S)
        )
    with pytest.raises(DatabaseError, match="taille_menage"):
        renewal_uc.import_relocation(
            gup_db, "I3F", "b.csv", [("b", [HEADER] + relocation_rows({"same_commune": 8}))]
        )
    assert (
        gup_db.scalar(
            "SELECT count(*) FROM {}.relogement_menage WHERE statut = 'to_relocate'".format(S)
        )
        == 6
    )
    assert gup_db.scalar("SELECT count(*) FROM {}.relogement_import".format(S)) == 1
    assert {r["cle"]: r["a_reloger"] for r in repo.indicators(gup_db, "perimetre")}[
        "QN09445N"
    ] == "6"


def test_csv_sheet_keeps_line_numbers():
    rows = renewal_uc.read_csv_sheet("\n\nRéf. ménage;Statut\nM1;à reloger\n".encode("cp1252"))
    assert rows[2] == ["Réf. ménage", "Statut"] and rows[3] == ["M1", "à reloger"]


def test_dates_serial_and_text_are_stored_as_dates(gup_db):
    repo.save_perimeters(
        gup_db,
        [
            RenewalPerimeter(
                "QN09445N", "qpv", "Les Combattants", square(gup_db, 2.3925, 48.787), ("94081",)
            )
        ],
    )
    rows = [
        HEADER,
        ["A", "QN09445N", "2", "Relogé hors EPT", 45352],
        ["B", "QN09445N", "2", "Relogé hors EPT", "2024-03-02"],
    ]
    renewal_uc.import_relocation(gup_db, "X", "x.csv", [("x", rows)])
    assert [
        r["date_relogement"]
        for r in gup_db.query(
            "SELECT date_relogement FROM {}.relogement_menage ORDER BY reference_menage".format(S)
        )
    ] == [dt.date(2024, 3, 1), dt.date(2024, 3, 2)]
