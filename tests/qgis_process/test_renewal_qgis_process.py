"""The renewal algorithms under qgis_process: the QPV import from a file in the ANCT format
checked against the list, then a relocation .xlsx, as a scheduled job would run them."""

import json

import pytest

from tests.qgis_process.test_qgis_process import qgis_process
from tests.renewal_helpers import QPV_LIST, write_anct_geojson
from tests.xlsx_builder import write_xlsx

pytestmark = pytest.mark.postgis


def test_qpv_then_relocation_import_from_the_command_line(
    loaded_profile,
    gup_db,
    tmp_path,
):
    path = write_anct_geojson(tmp_path / "qp2024.geojson", skip={"QN09139N"})
    done = qgis_process(
        loaded_profile,
        "run",
        "gup_signalement:import_qpv_perimeters",
        "--json",
        "--",
        "CONNECTION_NAME=gup_qp",
        "INPUT={}".format(path),
        "FIELD_CODE=code_qp",
        "FIELD_NAME=lib_qp",
        "FIELD_INSEE=insee_com",
        "FIELD_COMMUNES=lib_com",
        "QPV_LIST={}".format(QPV_LIST),
    )
    assert done.returncode == 0, done.stdout + done.stderr
    results = json.loads(done.stdout)["results"]
    assert (results["COUNT"], results["MISSING"]) == (35, "QN09139N")
    rows = [[None], ["Réf. ménage", "Périmètre", "Statut", "Date relogement"]]
    rows += [["M{}".format(i), "QN09129M", "Relogé hors EPT", 45300 + i] for i in range(7)]
    sheet = write_xlsx(tmp_path / "rime.xlsx", {"Feuil1": rows})
    done = qgis_process(
        loaded_profile,
        "run",
        "gup_signalement:import_relocation_sheet",
        "--json",
        "--",
        "CONNECTION_NAME=gup_qp",
        "INPUT={}".format(sheet),
        "LANDLORD=I3F",
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads(done.stdout)["results"]["IMPORTED"] == 7
    assert (
        gup_db.scalar(
            "SELECT hors_ept FROM gup_signalement.relogement_indicateur WHERE "
            "niveau = 'perimetre' AND cle = 'QN09129M'"
        )
        == "7"
    )
