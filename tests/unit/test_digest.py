"""Weekly digest of a service: content, CSV and escaped HTML."""

import csv
import datetime as dt
import io
from xml.etree import ElementTree

import pandas as pd

from gup_signalement_plugin.core.digest import SECTIONS, build_digest, digest_to_csv, digest_to_html

D = dt.date
START, END = D(2026, 5, 11), D(2026, 5, 17)  # Monday to Sunday
NAT = None
REPORTS = pd.DataFrame(
    [
        # id, status, category, insee, received, due, last follow-up
        (1, "new", "depot", "94081", D(2026, 5, 12), D(2026, 5, 19), D(2026, 5, 17)),
        (2, "in_progress", "depot", "94081", D(2026, 4, 1), D(2026, 4, 8), D(2026, 4, 20)),
        (3, "closed", "voirie", "94041", D(2026, 5, 4), D(2026, 5, 11), D(2026, 5, 13)),
        (4, "new", "eclairage", "94041", D(2026, 5, 6), D(2026, 5, 20), NAT),
        (5, "to_triage", "depot", "94081", D(2026, 5, 12), D(2026, 5, 19), NAT),  # refused by 1
        (6, "new", "depot", "94081", D(2026, 5, 12), D(2026, 5, 19), NAT),  # another service
    ],
    columns=[
        "report_id",
        "status",
        "category",
        "insee_code",
        "received_day",
        "due_date",
        "last_follow_up_day",
    ],
)
ASSIGNMENTS = pd.DataFrame(
    [
        (1, 1, "pending", D(2026, 5, 12), NAT),
        (2, 1, "accepted", D(2026, 4, 1), NAT),
        (3, 1, "closed", D(2026, 5, 4), D(2026, 5, 13)),
        (4, 1, "pending", D(2026, 5, 6), NAT),
        (5, 1, "refused", D(2026, 5, 12), NAT),
        (6, 2, "pending", D(2026, 5, 12), NAT),
    ],
    columns=["report_id", "service_id", "status", "assigned_day", "closed_day"],
)
FOLLOW_UPS = pd.DataFrame(
    [
        (3, D(2026, 5, 13), "public", "Enlevé <b>ce matin</b> & nettoyé"),
        (2, D(2026, 4, 20), "internal", "before the week"),
        (6, D(2026, 5, 13), "internal", "another service's report"),
        (1, D(2026, 5, 17), "internal", "Vu dimanche"),  # the last day of the period
    ],
    columns=["report_id", "day", "visibility", "text"],
)


def digest():
    return build_digest(1, START, END, REPORTS, ASSIGNMENTS, FOLLOW_UPS)


def ids(section):
    return [row["report_id"] for row in digest().sections[section]]


def test_sections_hold_the_services_own_reports():
    result = digest()
    assert list(result.sections) == list(SECTIONS)
    assert ids("new") == [1, 5]  # assigned this week (5 refused since, still new to it)
    assert ids("follow_ups") == [3, 1]
    assert result.sections["follow_ups"][0]["detail"] == "Enlevé <b>ce matin</b> & nettoyé"
    assert result.sections["follow_ups"][0]["visibility"] == "public"
    assert ids("closures") == [3]
    assert result.sections["closures"][0]["day"] == D(2026, 5, 13)
    assert ids("overdue") == [2]  # due 8 April; report 3 is closed, 1 and 4 not yet due
    assert ids("unanswered") == [4]  # 6 May -> 17 May: 6 working days; 1: only 13, 15 May
    assert ids("without_follow_up") == [2]  # 20 April -> 17 May: 27 days
    assert result.sections["without_follow_up"][0]["detail"] == 27
    assert result.count("overdue") == 1


def test_unanswered_boundary_on_the_last_day():
    # report 1 assigned Tuesday 12 May: 13, 15 May (14 is Ascension) = 2 working days by Friday
    friday = build_digest(1, START, D(2026, 5, 15), REPORTS, ASSIGNMENTS, FOLLOW_UPS)
    assert [r["report_id"] for r in friday.sections["unanswered"]] == [4]
    monday = build_digest(1, START, D(2026, 5, 18), REPORTS, ASSIGNMENTS, FOLLOW_UPS)
    assert [r["report_id"] for r in monday.sections["unanswered"]] == [4, 1]


def test_csv_with_labels():
    labels = {
        "section": "Rubrique",
        "report_id": "Signalement",
        "category": "Catégorie",
        "insee_code": "Commune",
        "day": "Date",
        "detail": "Détail",
        "closures": "Clôtures",
        "internal": "Interne",
        "to_triage": "À trier",
    }
    rows = list(csv.reader(io.StringIO(digest_to_csv(digest(), labels)), delimiter=";"))
    assert rows[0] == ["Rubrique", "Signalement", "Catégorie", "Commune", "Date", "Détail"]
    assert ["Clôtures", "3", "voirie", "94041", "2026-05-13", ""] in rows
    assert ["new", "1", "depot", "94081", "2026-05-12", "new"] in rows  # no label: the code
    assert ["new", "5", "depot", "94081", "2026-05-12", "À trier"] in rows
    assert ["follow_ups", "1", "depot", "94081", "2026-05-17", "Interne : Vu dimanche"] in rows
    assert len(rows) == 1 + sum(digest().count(s) for s in SECTIONS)


def test_html_escapes_everything_and_is_well_formed():
    page = digest_to_html(
        digest(),
        {"closures": "Clôtures <cette semaine>", "nothing": "—"},
        title="Service <Propreté> & co",
    )
    assert "<b>ce matin</b>" not in page
    assert "public : Enlevé &lt;b&gt;ce matin&lt;/b&gt; &amp; nettoyé" in page
    assert "Clôtures &lt;cette semaine&gt; (1)" in page
    assert "Service &lt;Propreté&gt; &amp; co" in page
    body = page.split("\n", 1)[1]  # without the doctype
    ElementTree.fromstring(body.replace('<meta charset="utf-8">', '<meta charset="utf-8"/>'))


def test_an_empty_week():
    quiet = build_digest(9, START, END, REPORTS, ASSIGNMENTS, FOLLOW_UPS)
    assert all(quiet.count(s) == 0 for s in SECTIONS)
    assert digest_to_html(quiet, {"nothing": "Rien"}).count("<p>Rien</p>") == len(SECTIONS)


def test_empty_tables():
    columns = {
        "report_id": [],
        "status": [],
        "category": [],
        "insee_code": [],
        "received_day": [],
        "due_date": [],
        "last_follow_up_day": [],
    }
    empty = build_digest(
        1, START, END, pd.DataFrame(columns), ASSIGNMENTS.iloc[:0], FOLLOW_UPS.iloc[:0]
    )
    assert all(empty.count(s) == 0 for s in SECTIONS)
    assert digest_to_csv(empty).count("\r\n") == 1  # the header only
