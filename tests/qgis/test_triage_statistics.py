"""The triage statistics algorithm on crafted triage data: exact medians in working days,
share closed in time, period limits in Paris time; the CSV table and the SVG charts."""

import csv
import datetime as dt

import pytest

pytestmark = pytest.mark.postgis
PARIS = dt.timezone(dt.timedelta(hours=2))  # summer time: every day below is in June/July 2024


def paris(day, hour=10, minute=0):
    return dt.datetime(2024, day[0], day[1], hour, minute, tzinfo=PARIS)


# received, accepted, closed, due (month, day); the status follows
CRAFTED = [
    # in time: accepted after 1 working day, closed after 4 (Mon 3 -> Fri 7 June), due 7 June
    ("closed", paris((6, 3)), paris((6, 4)), paris((6, 7)), dt.date(2024, 6, 7)),
    # late: accepted after 3 working days, closed after 6 (11 June), due 10 June
    ("closed", paris((6, 3)), paris((6, 6)), paris((6, 11)), dt.date(2024, 6, 10)),
    # accepted Monday 1 July after a Friday: 1 working day
    ("in_progress", paris((6, 28)), paris((7, 1)), None, dt.date(2024, 7, 10)),
    ("new", paris((6, 1), 0, 30), None, None, None),  # first minutes of the period
    ("new", paris((6, 30), 23, 30), None, None, None),  # last minutes of the period
    ("new", paris((5, 31), 23, 30), None, None, None),  # the evening before: left out
    ("closed", paris((7, 1), 0, 10), paris((7, 1)), paris((7, 2)), dt.date(2024, 7, 2)),  # after
]


def craft(db):
    """Reports routed to service A in Vitry, then their triage dates written as crafted (the
    triggers off for this transaction: they would stamp today)."""
    from tests.postgis.triage_helpers import add_reports, set_up_services

    set_up_services(db)
    ids = []
    for _status, received, _accepted, _closed, _due in CRAFTED:
        ids += add_reports(db, moment=received)
    with db.transaction() as cur:
        cur.execute("SET LOCAL session_replication_role = replica")
        for report_id, (status, _received, accepted, closed, due) in zip(ids, CRAFTED):
            cur.execute(
                "UPDATE gup_signalement.signalement SET statut_traitement = %s, "
                "cloture_le = %s, date_prevue = %s WHERE id = %s",
                (status, closed, due, report_id),
            )
            cur.execute(
                "UPDATE gup_signalement.affectation SET accepte_le = %s WHERE signalement_id = %s",
                (accepted, report_id),
            )
    return ids


def run_statistics(connection, tmp_path, **extra):
    import processing

    table = tmp_path / "statistics.csv"
    result = processing.run(
        "gup_signalement:triage_statistics",
        dict(
            {
                "CONNECTION_NAME": connection,
                "START_DATE": "2024-06-01",
                "END_DATE": "2024-06-30",
                "OUTPUT": str(table),
            },
            **extra,
        ),
    )
    with open(str(table), encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    return result, rows


def test_statistics_table_exact_figures(gup_db, gup_connection, gup_provider, tmp_path):
    craft(gup_db)
    result, rows = run_statistics(gup_connection, tmp_path)
    assert result["REPORTS"] == 5
    every = rows[0]
    assert (
        every["dimension"],
        every["reports"],
        every["new"],
        every["in_progress"],
        every["closed"],
    ) == ("all", "5", "2", "1", "2")
    assert float(every["median_working_days_to_acceptance"]) == 1  # 1, 3, 1
    assert float(every["median_days_to_acceptance"]) == 3  # 1, 3, 3
    assert float(every["median_working_days_to_closure"]) == 5  # 4 and 6
    assert float(every["median_days_to_closure"]) == 6  # 4 and 8
    assert float(every["share_closed_within_delay"]) == 0.5
    by = {(r["dimension"], r["code"]): r for r in rows}
    assert by[("commune", "94081")]["label"] == "Vitry-sur-Seine"
    service = str(gup_db.ids["A"])
    assert (by[("service", service)]["label"], by[("service", service)]["reports"]) == ("A", "5")
    assert by[("category", "voirie")]["reports"] == "5"


def test_statistics_filters_and_charts(gup_db, gup_connection, gup_provider, tmp_path):
    craft(gup_db)
    folder = tmp_path / "charts"
    result, rows = run_statistics(
        gup_connection, tmp_path, COMMUNES="94041", CHARTS_FOLDER=str(folder)
    )
    assert result["REPORTS"] == 0 and rows[0]["reports"] == "0"
    result, rows = run_statistics(
        gup_connection,
        tmp_path,
        COMMUNES="94081, 94041",
        CATEGORIES="voirie",
        CHARTS_FOLDER=str(folder),
        BAR_CHART=1,
    )
    assert result["REPORTS"] == 5
    assert sorted(p.name for p in folder.iterdir()) == [
        "statistics_by_category.svg",
        "statistics_by_service.svg",
        "statistics_trend.svg",
    ]
    assert ">A<" in (folder / "statistics_by_service.svg").read_text(encoding="utf-8")
    assert ">5<" in (folder / "statistics_by_service.svg").read_text(encoding="utf-8")
