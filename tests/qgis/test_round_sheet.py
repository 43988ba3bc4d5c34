"""The round sheet: a service's open reports in an area, in core/round_sheet's order, printed
as a PDF read back with poppler (pages, text, map pixels); cancel and bad input leave no file."""

import random

import pytest

from tests.qgis.test_atlas import inked_share, page_count, page_text

pytestmark = pytest.mark.postgis
START = (655000.0, 6854000.0)
START_PARAMETER = "655000,6854000 [EPSG:2154]"
MAP_MM = (10, 30, 200, 148)  # the map on the first page (A4 portrait)


def scattered(count, seed=7):
    rng = random.Random(seed)
    return [(655050 + rng.uniform(0, 1400), 6854050 + rng.uniform(0, 900)) for _ in range(count)]


def add_round_reports(db, points, descriptions=None):
    """Reports in Vitry routed to service A (main), with an address and a description."""
    import datetime as dt

    import shapely
    from shapely.geometry import Point

    from gup_signalement_plugin.db import routing_repository as rr
    from tests.postgis.triage_helpers import DAY

    records = [
        rr.ReportRecord(
            "voirie",
            "public",
            DAY + dt.timedelta(days=i),
            shapely.to_wkb(Point(x, y)),
            description=(descriptions or {}).get(i, "Nid-de-poule {}".format(i)),
        )
        for i, (x, y) in enumerate(points)
    ]
    ids = rr.insert_reports(db, records)
    with db.transaction() as cur:
        for i, report_id in enumerate(ids):
            cur.execute(
                "UPDATE gup_signalement.signalement SET adresse = %s WHERE id = %s",
                ("{} rue de la Tournée".format(i + 1), report_id),
            )
    return ids


@pytest.fixture
def round_db(gup_db):
    from tests.postgis.triage_helpers import set_up_services

    return set_up_services(gup_db)


def run_round(connection, pdf, **extra):
    import processing

    return processing.run(
        "gup_signalement:round_sheet",
        dict(
            {
                "CONNECTION_NAME": connection,
                "SERVICE": "a",
                "START_POINT": START_PARAMETER,
                "OUTPUT": str(pdf),
            },
            **extra,
        ),
    )


def test_order_is_the_core_order_and_the_pdf_lists_it(
    round_db, gup_connection, gup_provider, tmp_path
):
    from gup_signalement_plugin.core.round_sheet import plan_round

    points = scattered(9)
    ids = add_round_reports(round_db, points, {3: "Trou profond devant l'école " + "très " * 40})
    pdf = tmp_path / "round.pdf"
    result = run_round(gup_connection, pdf)
    expected = plan_round(START, points)
    assert result["REPORT_IDS"] == ",".join(str(ids[i]) for i in expected.order)
    assert result["REPORTS"] == 9
    assert result["LENGTH"] == pytest.approx(expected.length)
    assert page_count(pdf) == 1
    text = page_text(pdf, 1)
    assert "Round sheet — A" in text or "Feuille de tournée — A" in text
    for number, index in enumerate(expected.order, start=1):
        assert "{} {} rue de la Tournée".format(number, index + 1) in text
    assert "Trou profond devant l'école très" in text and "très " * 25 not in text  # excerpt
    assert "03/06/2024" in text  # received (Paris day) of the first report
    inked_red = inked_share(
        pdf, 1, tmp_path, MAP_MM, ink=lambda c: c.red() > 150 and c.green() < 110 and c.blue() < 110
    )
    assert inked_red > 0.001  # the numbered discs are drawn on the map


def test_area_and_open_reports_only(round_db, gup_connection, gup_provider, tmp_path):
    from gup_signalement_plugin.usecases import triage

    west = add_round_reports(round_db, [(655100, 6854200), (655300, 6854600)])
    east = add_round_reports(round_db, [(656300, 6854500), (656400, 6854800)])
    row = round_db.query(
        "SELECT version FROM gup_signalement.signalement WHERE id = %s", (west[1],)
    )[0]
    done = triage.accept(round_db, west[1], row["version"], round_db.ids["A"])
    triage.close(round_db, west[1], done.versions[west[1]], None)
    pdf = tmp_path / "west.pdf"
    result = run_round(gup_connection, pdf, EXTENT="655000,655500,6854000,6855000 [EPSG:2154]")
    assert result["REPORT_IDS"] == str(west[0])  # the closed one and the eastern ones left out
    result = run_round(gup_connection, pdf, RETURN_TO_START=True)
    assert sorted(int(i) for i in result["REPORT_IDS"].split(",")) == sorted([west[0]] + east)


def test_a_long_list_continues_on_more_pages(round_db, gup_connection, gup_provider, tmp_path):
    add_round_reports(round_db, scattered(45, seed=3))
    pdf = tmp_path / "long.pdf"
    assert run_round(gup_connection, pdf)["REPORTS"] == 45
    pages = page_count(pdf)
    assert pages >= 2
    text = " ".join(page_text(pdf, p) for p in range(1, pages + 1))
    assert " 45 " in text and "rue de la Tournée" in page_text(pdf, pages)


def test_cancel_and_bad_input_leave_no_file(round_db, gup_connection, gup_provider, tmp_path):
    from qgis.core import QgsFeedback, QgsProcessingException

    from gup_signalement_plugin.toolbelt.round_sheet_layout import (
        RoundSheetCanceled,
        export_round_sheet,
    )
    from gup_signalement_plugin.usecases.round_sheet import plan_round_sheet

    add_round_reports(round_db, scattered(3))
    sheet = plan_round_sheet(round_db, round_db.ids["A"], START)
    feedback = QgsFeedback()
    feedback.progressChanged.connect(lambda value: value >= 20 and feedback.cancel())
    with pytest.raises(RoundSheetCanceled):
        export_round_sheet(round_db, sheet, tmp_path / "canceled.pdf", feedback)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(QgsProcessingException, match="unknown service 'Z'"):
        run_round(gup_connection, tmp_path / "z.pdf", SERVICE="Z")
    with pytest.raises(QgsProcessingException, match="no open report in this area"):
        run_round(gup_connection, tmp_path / "b.pdf", SERVICE="B")
    assert list(tmp_path.iterdir()) == []
