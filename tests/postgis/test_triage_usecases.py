"""The triage use cases (usecases/triage.py) on a real database: each action, its problems
(codes with parameters, nothing written), the history written in the same transaction,
bulk all-or-nothing, the manual routing kept, duplicates, and the dock's list and counts."""

import datetime as dt
import itertools

import pytest

from gup_signalement_plugin.core import workflow
from gup_signalement_plugin.db import routing_repository as rr
from gup_signalement_plugin.usecases import triage as uc
from gup_signalement_plugin.usecases.triage import ReportFilter, TriageRefused
from tests.postgis.triage_helpers import (
    DAY,
    POINT,
    add_reports,
    perimeter,
    set_up_services,
    state,
    version,
)

pytestmark = pytest.mark.postgis
S = "gup_signalement"


@pytest.fixture
def db(gup_db):
    return set_up_services(gup_db)


def history(db, report_id=None):
    return [
        (r["signalement_id"], r["action"])
        for r in db.query(
            "SELECT signalement_id, action FROM {}.historique_signalement "
            "WHERE %(id)s::bigint IS NULL OR signalement_id = %(id)s ORDER BY id".format(S),
            {"id": report_id},
        )
    ]


def refused(call, *args, **kwargs):
    """The problems of a refused action, per report id."""
    with pytest.raises(TriageRefused) as caught:
        call(*args, **kwargs)
    return {i: [(p.code, p.params) for p in found] for i, found in caught.value.problems.items()}


def test_accept_close_a_part_then_the_whole_report(db):
    report = add_reports(db)[0]
    a, c = db.ids["A"], db.ids["C"]
    done = uc.accept(db, report, version(db, report), a)
    assert done.statuses == {report: "in_progress"} and done.versions[report] == version(db, report)
    done = uc.close(db, report, done.versions[report], a)
    assert state(db, report)[0] == "in_progress"  # C, in copy, has not answered
    done = uc.accept(db, report, done.versions[report], c)
    done = uc.close(db, report, done.versions[report], c)
    assert done.statuses == {report: "closed"}
    assert state(db, report)[2] == {"A": ("main", "closed"), "C": ("copy", "closed")}
    assert db.scalar(
        "SELECT cloture_le IS NOT NULL FROM {}.signalement WHERE id = %s".format(S), (report,)
    )
    done = uc.reopen(db, report, done.versions[report], a)
    assert done.statuses == {report: "in_progress"}
    assert history(db, report) == [
        (report, "auto_route"),
        (report, "accept"),
        (report, "close"),
        (report, "accept"),
        (report, "close"),
        (report, "reopen"),
    ]


def test_refuse_needs_a_reason_from_the_list_and_sends_back_to_triage(db):
    report = add_reports(db)[0]
    a, c = db.ids["A"], db.ids["C"]
    v = version(db, report)
    assert refused(uc.refuse, db, report, v, a, None) == {report: [("refusal_reason_required", {})]}
    assert refused(uc.refuse, db, report, v, a, "weather") == {
        report: [("unknown_refusal_reason", {"reason": "weather"})]
    }
    assert refused(uc.refuse, db, report, v, a, "other", "  ") == {
        report: [("refusal_text_required", {"reason": "other"})]
    }
    assert version(db, report) == v and history(db, report) == [(report, "auto_route")]
    done = uc.refuse(db, report, v, a, "other", "chantier privé")
    assert done.statuses == {report: "new"}  # C still has to answer
    done = uc.refuse(db, report, done.versions[report], c, "out_of_competence")
    assert done.statuses == {report: "to_triage"}
    page = uc.report_page(db, report)
    assert [
        (x["service"], x["statut"], x["motif_refus_code"], x["motif_refus_texte"])
        for x in page["assignments"]
    ] == [("A", "refused", "other", "chantier privé"), ("C", "refused", "out_of_competence", None)]
    assert page["history"][-1]["details"] == {"reason": "out_of_competence"}


def test_an_inactive_reason_is_unknown(db):
    report = add_reports(db)[0]
    with db.transaction() as cur:
        cur.execute("UPDATE {}.motif_refus SET actif = false WHERE code = 'duplicate'".format(S))
    assert refused(uc.refuse, db, report, version(db, report), db.ids["A"], "duplicate") == {
        report: [("unknown_refusal_reason", {"reason": "duplicate"})]
    }


def test_a_stale_version_is_refused_with_who_and_when(db):
    report = add_reports(db)[0]
    v = version(db, report)
    uc.follow_up(db, report, v, "vu sur place", "internal")
    row = db.query(
        "SELECT modifie_par, modifie_le FROM {}.signalement WHERE id = %s".format(S), (report,)
    )[0]
    assert refused(uc.accept, db, report, v, db.ids["A"]) == {
        report: [("stale_report", {"by": "pytest", "at": row["modifie_le"]})]
    }
    assert state(db, report)[2]["A"] == ("main", "pending")


def test_every_action_from_every_assignment_status_matches_the_core(db):
    """A service acting on its own part from each status: allowed exactly when the core's
    ASSIGNMENT_MOVES has it, and the stored status is the core's."""
    a = db.ids["A"]
    calls = {
        workflow.ACCEPT: lambda r, v: uc.accept(db, r, v, a),
        workflow.REFUSE: lambda r, v: uc.refuse(db, r, v, a, "out_of_perimeter"),
        workflow.CLOSE: lambda r, v: uc.close(db, r, v, a),
        workflow.REOPEN: lambda r, v: uc.reopen(db, r, v, a),
    }
    moves = {(act, old): new for act, old, new in workflow.ASSIGNMENT_MOVES}
    reports = add_reports(db, len(workflow.ASSIGNMENT_STATUSES) * len(calls))
    for report, (old, action) in zip(
        reports, itertools.product(workflow.ASSIGNMENT_STATUSES, calls)
    ):
        with db.transaction() as cur:  # set-up through the session, bypassing the triggers
            cur.execute("SET LOCAL session_replication_role = replica")
            cur.execute(
                "UPDATE {}.affectation SET statut = %s, motif_refus_code = 'other' "
                "WHERE signalement_id = %s AND service_id = %s".format(S),
                (old, report, a),
            )
        if (action, old) in moves:
            calls[action](report, version(db, report))
            assert state(db, report)[2]["A"] == ("main", moves[(action, old)]), (action, old)
        else:
            problems = refused(calls[action], report, version(db, report))
            assert problems[report][0][0] in ("transition_not_allowed", "report_is_duplicate")
            assert state(db, report)[2]["A"] == ("main", old)


def test_a_failed_action_writes_no_history_and_nothing_else(db):
    """The second report of a bulk is stale: the first is not accepted, no history row."""
    first, second = add_reports(db, 2)
    v1, v2 = version(db, first), version(db, second)
    rows = history(db)
    assert refused(uc.bulk_accept, db, {first: v1, second: v2 - 1}, db.ids["A"]).keys() == {second}
    assert history(db) == rows
    assert (version(db, first), version(db, second)) == (v1, v2)
    assert state(db, first)[2]["A"] == ("main", "pending")


def test_bulk_actions_are_all_or_nothing_with_a_problem_per_report(db):
    ok, not_mine, other = add_reports(db, 3)
    with db.transaction() as cur:  # not_mine: routed to B by hand
        cur.execute("SET LOCAL session_replication_role = replica")
        cur.execute("DELETE FROM {}.affectation WHERE signalement_id = %s".format(S), (not_mine,))
    versions = {r: version(db, r) for r in (ok, not_mine, other)}
    assert refused(uc.bulk_accept, db, versions, db.ids["A"]) == {
        not_mine: [("service_not_assigned", {"service_id": db.ids["A"]})]
    }
    assert all(state(db, r)[2].get("A", ("", "pending"))[1] == "pending" for r in versions)
    done = uc.bulk_accept(db, {ok: versions[ok], other: versions[other]}, db.ids["A"])
    assert done.statuses == {ok: "in_progress", other: "in_progress"}
    done = uc.bulk_follow_up(db, done.versions, "passage prévu lundi", "public")
    assert db.scalar("SELECT count(*) FROM {}.suivi".format(S)) == 2
    done = uc.bulk_close(db, done.versions)  # the operator closes both
    assert done.statuses == {ok: "closed", other: "closed"}
    assert history(db, ok)[-3:] == [(ok, "accept"), (ok, "follow_up"), (ok, "close")]


def test_follow_up_checks_its_visibility_and_text(db):
    report = add_reports(db)[0]
    v = version(db, report)
    assert refused(uc.follow_up, db, report, v, "", "secret") == {
        report: [
            ("follow_up_visibility_invalid", {"visibility": "secret"}),
            ("follow_up_text_required", {}),
        ]
    }
    uc.follow_up(db, report, v, "Intervention faite", "public", db.ids["A"])
    page = uc.report_page(db, report)
    assert [(f["visibilite"], f["texte"], f["service_id"]) for f in page["follow_ups"]] == [
        ("public", "Intervention faite", db.ids["A"])
    ]


def test_qualify_re_routes_and_the_preview_says_where(db):
    """A perimeter of B for potholes only: qualifying as a pothole sends the report to B; the
    preview says so before, and writes nothing."""
    report = add_reports(db)[0]
    with db.transaction() as cur:
        cur.execute(
            "INSERT INTO {}.perimetre_competence (service_id, nom, geom, categories, "
            "priorite) SELECT %s, 'Nids B', geom, ARRAY['voirie.nid_de_poule'], 9 "
            "FROM {}.perimetre_competence WHERE id = %s".format(S, S),
            (db.ids["B"], db.perimeters["A"]),
        )
    v = version(db, report)
    preview = uc.preview_qualify(db, report, "voirie.nid_de_poule")
    assert (preview["service"], preview["raison_code"]) == ("B", "higher_priority")
    assert "Nids B" in preview["raison"]
    assert version(db, report) == v
    assert refused(uc.qualify, db, report, v, "proprete.urine") == {
        report: [("unknown_sub_category", {"sub_category": "proprete.urine"})]
    }
    uc.qualify(db, report, v, "voirie.nid_de_poule")
    assert state(db, report)[2] == {
        "A": ("copy", "withdrawn"),
        "B": ("main", "pending"),
        "C": ("copy", "pending"),
    }
    assert db.scalar(
        "SELECT date_prevue FROM {}.signalement WHERE id = %s".format(S), (report,)
    ) == dt.date(2024, 6, 10)  # 5 working days after Monday 3 June
    assert history(db, report)[-2:] == [(report, "auto_route"), (report, "qualify")]


def test_a_manual_reroute_is_kept_by_automatic_re_routing(db):
    report, auto = add_reports(db, 2)
    v = version(db, report)
    assert refused(uc.reroute_by_hand, db, report, v, db.ids["B"], " ") == {
        report: [("reroute_reason_required", {})]
    }
    assert refused(uc.reroute_by_hand, db, report, v, 9999, "x") == {
        report: [("unknown_service", {"service_id": 9999})]
    }
    uc.reroute_by_hand(db, report, v, db.ids["B"], "Voie privée gérée par B")
    assert state(db, report)[2] == {
        "A": ("copy", "withdrawn"),
        "B": ("main", "pending"),
        "C": ("copy", "pending"),
    }
    perimeter(db, "D", priority=10)  # a new perimeter would take both reports
    assert rr.reroute(db) == 1
    assert state(db, report)[2] == {
        "A": ("copy", "withdrawn"),
        "B": ("main", "pending"),
        "C": ("copy", "pending"),
    }
    assert state(db, auto)[2]["D"] == ("main", "pending")
    page = uc.report_page(db, report)
    assert (page["service"], page["routage_manuel"], page["raison"]) == (
        "B",
        True,
        "Voie privée gérée par B",
    )
    uc.qualify(db, report, version(db, report), "voirie.trottoir")  # qualifying keeps it too
    assert state(db, report)[2]["B"] == ("main", "pending")


def test_mark_duplicate_refuses_itself_a_closed_or_a_duplicate_original(db):
    original, copy, closed, dup = add_reports(db, 4)
    uc.close(db, closed, version(db, closed))
    assert refused(uc.mark_duplicate, db, copy, version(db, copy), copy) == {
        copy: [("duplicate_of_itself", {})]
    }
    assert refused(uc.mark_duplicate, db, copy, version(db, copy), closed) == {
        copy: [("duplicate_of_closed", {"original": closed})]
    }
    assert refused(uc.mark_duplicate, db, copy, version(db, copy), 9999) == {
        copy: [("unknown_report", {"report_id": 9999})]
    }
    uc.mark_duplicate(db, dup, version(db, dup), original)
    assert refused(uc.mark_duplicate, db, copy, version(db, copy), dup) == {
        copy: [("duplicate_of_duplicate", {"original": dup, "its_original": original})]
    }
    assert refused(uc.accept, db, dup, version(db, dup), db.ids["A"]) == {
        dup: [("report_is_duplicate", {"original": original})]
    }
    done = uc.reopen(db, dup, version(db, dup))
    assert done.statuses == {dup: "new"}


def _suggestion_reports(db, distance, days):
    with db.transaction() as cur:
        cur.execute(
            "UPDATE {}.parametre_triage SET doublon_distance_m = %s, "
            "doublon_fenetre_jours = %s".format(S),
            (distance, days),
        )
    x, y = POINT
    one_day = dt.timedelta(days=1)
    at = {
        "base": add_reports(db)[0],
        "at_limit": add_reports(db, xy=(x + distance, y))[0],
        "beyond": add_reports(db, xy=(x + distance + 0.01, y))[0],
        "window_end": add_reports(db, xy=(x, y + 1), moment=DAY + days * one_day)[0],
        "after_window": add_reports(db, xy=(x, y + 1), moment=DAY + (days + 1) * one_day)[0],
        "window_start": add_reports(db, xy=(x, y + 2), moment=DAY - days * one_day)[0],
        "other_category": add_reports(db, category="proprete")[0],
        "closed": add_reports(db, xy=(x + 1, y))[0],
    }
    uc.close(db, at["closed"], version(db, at["closed"]))
    return at


def test_duplicate_suggestions_within_distance_and_window_exactly(db):
    at = _suggestion_reports(db, 30, 3)
    found = uc.duplicate_suggestions(db, at["base"])
    assert list(found["report_id"]) == [at["window_end"], at["window_start"], at["at_limit"]]
    assert list(found["distance"]) == [1.0, 2.0, 30.0]
    assert list(found["days_apart"]) == [3, 3, 0]


def _report_ids(rows):
    return [r["id"] for r in rows]


def test_list_and_count_filters(db):
    """Roads (voirie, due 24 June) and cleanliness (proprete, due 6 June) reported on Monday
    3 June in A's perimeter; a road report on 3 July where no service is competent."""
    a, b, c = db.ids["A"], db.ids["B"], db.ids["C"]
    pending, accepted, other_cat, outside = (
        add_reports(db)[0],
        add_reports(db)[0],
        add_reports(db, category="proprete")[0],
        add_reports(db, xy=(657500, 6854500), moment=DAY + dt.timedelta(days=30))[0],
    )
    uc.accept(db, accepted, version(db, accepted), a)

    def ids(order="id", offset=0, limit=200, **filters):
        return _report_ids(uc.list_reports(db, ReportFilter(**filters), order, offset, limit))

    assert ids() == [pending, accepted, other_cat, outside]
    assert ids(statuses=["new"]) == [pending, other_cat]
    assert ids(statuses=["to_triage", "in_progress"]) == [accepted, outside]
    assert ids(categories=["proprete"]) == [other_cat]
    assert ids(service_ids=[a]) == [pending, accepted, other_cat]
    assert ids(service_ids=[b]) == []
    assert ids(waiting_for_service=a) == [pending, other_cat]
    assert ids(waiting_for_service=c) == [pending, accepted, other_cat]
    assert ids(insee_codes=["94081"]) == [pending, accepted, other_cat, outside]
    assert ids(insee_codes=["94016"]) == []
    assert ids(sources=["qgis"], order="-id", offset=1, limit=2) == [other_cat, accepted]
    assert ids(sources=["other"]) == []
    assert ids(order="-due") == [outside, accepted, pending, other_cat]
    assert ids(overdue=True, today=dt.date(2024, 6, 25)) == [pending, accepted, other_cat]
    assert ids(overdue=True, today=dt.date(2024, 6, 24)) == [other_cat]
    assert ids(overdue=True, today=dt.date(2024, 6, 6)) == []
    assert ids(overdue=False, today=dt.date(2024, 6, 24)) == [pending, accepted, outside]
    assert ids(received_from=dt.date(2024, 7, 3)) == [outside]
    assert ids(received_from=dt.date(2024, 6, 3), received_to=dt.date(2024, 7, 2)) == [
        pending,
        accepted,
        other_cat,
    ]
    assert ids(received_to=dt.date(2024, 6, 2)) == []
    assert uc.count_by(db) == {"new": 2, "in_progress": 1, "to_triage": 1}
    assert uc.count_by(db, ReportFilter(categories=["voirie"]), "category") == {"voirie": 3}
    assert uc.count_by(db, by="commune") == {"94081": 4}
    assert uc.count_by(db, by="source") == {"qgis": 4}
    assert uc.count_by(db, by="service") == {a: 3, c: 3}
    assert uc.count_by(db, ReportFilter(overdue=True, today=dt.date(2024, 6, 24))) == {"new": 1}
    with pytest.raises(ValueError):
        uc.list_reports(db, order="geom; DROP TABLE x")
    with pytest.raises(ValueError):
        uc.count_by(db, by="geom")


def test_read_side_for_reminders_digest_open311_and_statistics(db):
    report = add_reports(db)[0]
    uc.follow_up(db, report, version(db, report), "note interne", "internal")
    uc.follow_up(db, report, version(db, report), "Pris en compte", "public")
    records = uc.open311_requests_data(db)
    assert [
        (r.status, r.agency, r.expected_day, [f.text for f in r.follow_ups]) for r in records
    ] == [("new", "A", dt.date(2024, 6, 24), ["Pris en compte"])]
    stats = uc.statistics_data(db, dt.date(2024, 6, 1), dt.date(2024, 6, 30))
    assert list(stats["report_id"]) == [report]
    assert uc.statistics_data(db, dt.date(2024, 6, 4)).empty
    today = dt.date.today()
    found = uc.reminders(db, today)
    assert list(found["overdue"]["report_id"]) == [report]
    assert list(found["unanswered"]["service_id"]) == []  # assigned today
    digest = uc.digest_data(db, db.ids["A"], today - dt.timedelta(days=6), today)
    assert [r["report_id"] for r in digest.sections["new"]] == [report]
    assert [r["detail"] for r in digest.sections["follow_ups"]] == [
        "note interne",
        "Pris en compte",
    ]
    with pytest.raises(TriageRefused):
        uc.report_page(db, 9999)
