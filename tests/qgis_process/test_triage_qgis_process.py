"""The triage statistics and the round sheet under qgis_process (headless, --json clean)."""

import csv
import json
import subprocess

import pytest

from tests.qgis.test_round_sheet import START_PARAMETER, add_round_reports, scattered
from tests.qgis.test_triage_statistics import craft
from tests.qgis_process.test_qgis_process import qgis_process

pytestmark = pytest.mark.postgis


def test_statistics_and_round_sheet_headless(loaded_profile, gup_db, tmp_path):
    craft(gup_db)
    table = tmp_path / "statistics.csv"
    done = qgis_process(
        loaded_profile,
        "run",
        "gup_signalement:triage_statistics",
        "--json",
        "--",
        "CONNECTION_NAME=gup_qp",
        "START_DATE=2024-06-01",
        "END_DATE=2024-06-30",
        "OUTPUT={}".format(table),
        "CHARTS_FOLDER={}".format(tmp_path / "charts"),
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads(done.stdout)["results"]["REPORTS"] == 5
    with open(str(table), encoding="utf-8") as stream:
        first = next(csv.DictReader(stream))
    assert (first["reports"], float(first["median_working_days_to_closure"])) == ("5", 5)
    assert len(list((tmp_path / "charts").glob("*.svg"))) == 2
    add_round_reports(gup_db, scattered(4))
    pdf = tmp_path / "round.pdf"
    done = qgis_process(
        loaded_profile,
        "run",
        "gup_signalement:round_sheet",
        "--json",
        "--",
        "CONNECTION_NAME=gup_qp",
        "SERVICE=A",
        "START_POINT={}".format(START_PARAMETER),
        "OUTPUT={}".format(pdf),
    )
    assert done.returncode == 0, done.stdout + done.stderr
    results = json.loads(done.stdout)["results"]
    assert results["REPORTS"] == 8  # the 4 new ones and the 4 crafted reports still open
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert info.split("Pages:")[1].split()[0] == "1"
