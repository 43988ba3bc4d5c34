"""The triage workflow: derived status, every transition allowed and refused, action checks."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gup_signalement_plugin.core import workflow as wf
from gup_signalement_plugin.core.workflow import Action, Assignment, ReportState, apply_action

T0 = dt.datetime(2026, 5, 4, 9, 0, tzinfo=dt.timezone.utc)


def report(*statuses, **kwargs):
    assignments = tuple(Assignment(i + 1, s, main=(i == 0)) for i, s in enumerate(statuses))
    return ReportState(7, assignments, updated_at=T0, updated_by="alice", **kwargs)


def act(code, **kwargs):
    return Action(code, seen_at=T0, **kwargs)


@pytest.mark.parametrize(
    "statuses, kwargs, expected",
    [
        ((), {}, "to_triage"),
        (("pending",), {}, "new"),
        (("pending", "pending"), {}, "new"),
        (("pending", "refused"), {}, "new"),
        (("refused",), {}, "to_triage"),
        (("refused", "refused"), {}, "to_triage"),
        (("withdrawn",), {}, "to_triage"),
        (("withdrawn", "refused"), {}, "to_triage"),
        (("accepted", "pending"), {}, "in_progress"),
        (("closed", "pending"), {}, "in_progress"),
        (("closed", "accepted"), {}, "in_progress"),
        (("closed", "closed"), {}, "closed"),
        (("closed", "refused"), {}, "closed"),
        (("closed", "withdrawn"), {}, "closed"),
        (("pending",), {"closed_by_operator": True}, "closed"),
        (("accepted",), {"duplicate_of": 3}, "duplicate"),
        (("accepted",), {"duplicate_of": 3, "closed_by_operator": True}, "duplicate"),
    ],
)
def test_derived_report_status(statuses, kwargs, expected):
    assert wf.derive_report_status(statuses, **kwargs) == expected
    assert report(*statuses, **kwargs).status == expected


def test_transition_table_is_data_for_the_sql_trigger():
    assert all(level in (wf.REPORT, wf.ASSIGNMENT) for level, _, _ in wf.TRANSITIONS)
    assert len(set(wf.TRANSITIONS)) == len(wf.TRANSITIONS)
    for level, old, new in wf.TRANSITIONS:
        statuses = wf.REPORT_STATUSES if level == wf.REPORT else wf.ASSIGNMENT_STATUSES
        assert old in statuses and new in statuses and old != new
    assert ("pending", "accepted") in wf.transitions_of(wf.ASSIGNMENT)
    assert ("closed", "accepted") in wf.transitions_of(wf.ASSIGNMENT)
    assert ("refused", "accepted") not in wf.transitions_of(wf.ASSIGNMENT)
    assert ("closed", "duplicate") not in wf.transitions_of(wf.REPORT)


@pytest.mark.parametrize(
    "before, code, after, status",
    [
        ("pending", "accept", "accepted", "in_progress"),
        ("pending", "refuse", "refused", "to_triage"),
        ("accepted", "close", "closed", "closed"),
        ("closed", "reopen", "accepted", "in_progress"),
    ],
)
def test_service_actions_move_their_own_part(before, code, after, status):
    decision = apply_action(report(before), act(code, service_id=1, reason="out_of_perimeter"))
    assert decision.ok, decision.problems
    assert decision.report.assignment(1).status == after
    assert decision.report.status == status


@pytest.mark.parametrize(
    "before, code, target",
    [
        ("accepted", "accept", "accepted"),
        ("refused", "accept", "accepted"),
        ("closed", "accept", "accepted"),
        ("withdrawn", "accept", "accepted"),
        ("accepted", "refuse", "refused"),
        ("closed", "refuse", "refused"),
        ("refused", "refuse", "refused"),
        ("pending", "close", "closed"),
        ("refused", "close", "closed"),
        ("closed", "close", "closed"),
        ("pending", "reopen", "accepted"),
        ("accepted", "reopen", "accepted"),
        ("refused", "reopen", "accepted"),
    ],
)
def test_refused_assignment_transitions(before, code, target):
    decision = apply_action(
        report(before, "pending"), act(code, service_id=1, reason="out_of_competence")
    )
    assert decision.problems == [
        ("transition_not_allowed", {"level": "assignment", "from": before, "to": target})
    ]
    assert decision.report is None


def test_every_allowed_assignment_transition_is_reachable_by_an_action():
    reached = set()
    actions = [
        act("accept", service_id=1),
        act("refuse", service_id=1, reason="duplicate"),
        act("close", service_id=1),
        act("reopen", service_id=1),
        act("reroute", target_service_id=2, text="wrong service"),
        act("reroute", target_service_id=1, text="back"),
    ]
    for start in wf.ASSIGNMENT_STATUSES:
        for second in ("withdrawn", "refused", "pending"):
            for action in actions:
                before = report(start, second)
                decision = apply_action(before, action)
                if decision.ok:
                    for old, new in zip(before.assignments, decision.report.assignments):
                        if old.status != new.status:
                            reached.add((wf.ASSIGNMENT, old.status, new.status))
    assert reached == {t for t in wf.TRANSITIONS if t[0] == wf.ASSIGNMENT}


def test_refusal_needs_a_known_reason_and_other_needs_a_text():
    pending = report("pending")
    assert apply_action(pending, act("refuse", service_id=1)).problems == [
        ("refusal_reason_required", {})
    ]
    assert apply_action(pending, act("refuse", service_id=1, reason="bored")).problems == [
        ("unknown_refusal_reason", {"reason": "bored"})
    ]
    assert apply_action(
        pending, act("refuse", service_id=1, reason="other", text="  ")
    ).problems == [("refusal_text_required", {"reason": "other"})]
    done = apply_action(pending, act("refuse", service_id=1, reason="other", text=" tags "))
    assert done.report.assignment(1).refusal_reason == "other"
    assert done.report.assignment(1).refusal_text == "tags"
    # the admin-edited list replaces the seed list
    custom = {"private_land": False}
    assert apply_action(
        pending, act("refuse", service_id=1, reason="duplicate"), refusal_reasons=custom
    ).problems == [("unknown_refusal_reason", {"reason": "duplicate"})]
    assert apply_action(
        pending, act("refuse", service_id=1, reason="private_land"), refusal_reasons=custom
    ).ok


def test_a_service_acts_only_on_its_own_part():
    assert apply_action(report("pending"), act("accept", service_id=9)).problems == [
        ("service_not_assigned", {"service_id": 9})
    ]
    assert apply_action(report("pending"), act("accept")).problems == [
        ("service_required", {"action": "accept"})
    ]


def test_stale_report_names_who_changed_it_and_when():
    decision = apply_action(
        report("pending"), Action("accept", service_id=1, seen_at=T0 - dt.timedelta(seconds=1))
    )
    assert decision.problems == [("stale_report", {"by": "alice", "at": T0})]


def test_report_closes_when_every_assigned_service_has_closed():
    two = report("accepted", "accepted")
    first = apply_action(two, act("close", service_id=1)).report
    assert first.status == "in_progress"
    second = apply_action(first, act("close", service_id=2)).report
    assert second.status == "closed"


def test_operator_close_and_reopen():
    closed = apply_action(report("pending"), act("close")).report
    assert closed.status == "closed" and closed.closed_by_operator
    assert apply_action(closed, act("close")).problems == [
        ("transition_not_allowed", {"level": "report", "from": "closed", "to": "closed"})
    ]
    assert apply_action(closed, act("reopen")).report.status == "new"
    all_closed = report("closed", "closed")
    reopened = apply_action(all_closed, act("reopen")).report
    assert [a.status for a in reopened.assignments] == ["accepted", "accepted"]
    assert apply_action(report("accepted"), act("reopen")).problems == [
        ("transition_not_allowed", {"level": "report", "from": "in_progress", "to": "in_progress"})
    ]


def test_refused_by_all_goes_back_to_triage_then_reroute():
    refused = apply_action(
        report("pending"), act("refuse", service_id=1, reason="out_of_competence")
    ).report
    assert refused.status == "to_triage"
    rerouted = apply_action(refused, act("reroute", target_service_id=4, text="voirie")).report
    assert rerouted.status == "new"
    assert rerouted.assignment(4) == Assignment(4, "pending", main=True)
    assert rerouted.assignment(1).status == "refused"
    again = apply_action(refused, act("reroute", target_service_id=1, text="yours")).report
    assert again.assignment(1) == Assignment(1, "pending", main=True)


def test_reroute_withdraws_the_current_main_service():
    rerouted = apply_action(
        report("accepted", "pending"), act("reroute", target_service_id=5, text="mistake")
    ).report
    assert [(a.service_id, a.status) for a in rerouted.assignments] == [
        (1, "withdrawn"),
        (2, "pending"),
        (5, "pending"),
    ]
    assert rerouted.status == "new"
    assert [a.main for a in rerouted.assignments] == [False, False, True]
    back = apply_action(rerouted, act("reroute", target_service_id=1, text="after all")).report
    assert [(a.service_id, a.status, a.main) for a in back.assignments] == [
        (1, "pending", True),
        (2, "pending", False),
        (5, "withdrawn", False),
    ]


def test_reroute_to_an_extra_recipient_makes_it_the_main_service():
    # the main service refused, the extra recipient accepted: it becomes the main service
    state = report("refused", "accepted")
    moved = apply_action(state, act("reroute", target_service_id=2, text="c'est à vous")).report
    assert [(a.service_id, a.status, a.main) for a in moved.assignments] == [
        (1, "refused", False),
        (2, "accepted", True),
    ]
    assert moved.status == "in_progress"
    # from a pending main to a pending extra recipient
    moved = apply_action(
        report("pending", "pending"), act("reroute", target_service_id=2, text="x")
    ).report
    assert [(a.service_id, a.status, a.main) for a in moved.assignments] == [
        (1, "withdrawn", False),
        (2, "pending", True),
    ]


def test_reroute_checks():
    accepted = report("accepted")
    assert apply_action(accepted, act("reroute", target_service_id=5)).problems == [
        ("reroute_reason_required", {})
    ]
    assert apply_action(accepted, act("reroute", text="x")).problems == [
        ("target_service_required", {}),
    ]
    assert apply_action(accepted, act("reroute", target_service_id=1, text="x")).problems == [
        ("reroute_to_same_service", {"service_id": 1})
    ]
    assert apply_action(
        report("closed"), act("reroute", target_service_id=5, text="x")
    ).problems == [
        ("transition_not_allowed", {"level": "assignment", "from": "closed", "to": "withdrawn"})
    ]


def test_duplicates():
    this = report("pending")
    original = ReportState(8, (Assignment(1, "accepted"),))
    marked = apply_action(this, act("mark_duplicate", original=original)).report
    assert marked.status == "duplicate" and marked.duplicate_of == 8
    assert apply_action(this, act("mark_duplicate", original=this)).problems == [
        ("duplicate_of_itself", {})
    ]
    closed = ReportState(8, (Assignment(1, "closed"),))
    assert apply_action(this, act("mark_duplicate", original=closed)).problems == [
        ("duplicate_of_closed", {"original": 8})
    ]
    chained = ReportState(8, (Assignment(1, "accepted"),), duplicate_of=3)
    assert apply_action(this, act("mark_duplicate", original=chained)).problems == [
        ("duplicate_of_duplicate", {"original": 8, "its_original": 3})
    ]
    assert apply_action(this, act("mark_duplicate")).problems == [("original_required", {})]
    assert apply_action(report("closed"), act("mark_duplicate", original=original)).problems == [
        ("transition_not_allowed", {"level": "report", "from": "closed", "to": "duplicate"})
    ]
    # a duplicate follows its original: no service action until it is reopened
    assert apply_action(marked, act("accept", service_id=1)).problems == [
        ("report_is_duplicate", {"original": 8})
    ]
    assert apply_action(marked, act("follow_up", visibility="internal", text="see 8")).ok
    assert apply_action(marked, act("reopen")).report.status == "new"


def test_follow_up_and_qualify_checks():
    pending = report("pending")
    assert apply_action(pending, act("follow_up", visibility="public", text="Vu")).ok
    assert apply_action(pending, act("follow_up", visibility="secret", text="")).problems == [
        ("follow_up_visibility_invalid", {"visibility": "secret"}),
        ("follow_up_text_required", {}),
    ]
    assert apply_action(
        pending, act("follow_up", service_id=3, visibility="internal", text="x")
    ).problems == [("service_not_assigned", {"service_id": 3})]
    subs = frozenset({"eclairage.cables"})
    assert (
        apply_action(
            pending, act("qualify", sub_category="eclairage.cables"), sub_categories=subs
        ).report.sub_category
        == "eclairage.cables"
    )
    assert apply_action(
        pending, act("qualify", sub_category="voirie.trou"), sub_categories=subs
    ).problems == [("unknown_sub_category", {"sub_category": "voirie.trou"})]
    assert apply_action(pending, act("qualify")).problems == [("sub_category_required", {})]
    assert apply_action(pending, act("teleport")).problems == [
        ("unknown_action", {"action": "teleport"})
    ]


ACTION_STRATEGY = st.builds(
    Action,
    code=st.sampled_from(wf.ACTIONS),
    service_id=st.sampled_from([None, 1, 2, 3]),
    seen_at=st.just(T0),
    reason=st.sampled_from([None, "duplicate", "other"]),
    text=st.sampled_from([None, "", "texte"]),
    visibility=st.sampled_from([None, "public"]),
    target_service_id=st.sampled_from([None, 1, 2, 3]),
    original=st.sampled_from([None, ReportState(8, (Assignment(1, "pending"),))]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(ACTION_STRATEGY, max_size=25))
def test_random_action_sequences_only_make_allowed_transitions(actions):
    state = report("pending", "pending")
    for action in actions:
        decision = apply_action(state, action)
        if not decision.ok:
            assert decision.report is None
            continue
        new = decision.report
        assert wf.is_allowed(wf.REPORT, state.status, new.status)
        old_parts = {a.service_id: a.status for a in state.assignments}
        for part in new.assignments:
            if part.service_id in old_parts:
                assert wf.is_allowed(wf.ASSIGNMENT, old_parts[part.service_id], part.status)
            else:
                assert part.status == "pending"
        state = new


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.lists(st.sampled_from(wf.ASSIGNMENT_STATUSES), max_size=4),
            st.booleans(),
            st.sampled_from([None, 99]),
        ),
        max_size=30,
    )
)
def test_vectorised_derivation_matches_the_scalar_one(reports):
    report_ids = [1000 - i * 7 for i in range(len(reports))]  # not sorted on purpose
    owners, statuses = [], []
    for report_id, (parts, _closed, _dup) in zip(report_ids, reports):
        owners += [report_id] * len(parts)
        statuses += parts
    got = wf.derive_report_statuses(
        report_ids,
        owners,
        statuses,
        [closed for _, closed, _ in reports],
        [dup for _, _, dup in reports],
    )
    expected = [wf.derive_report_status(parts, closed, dup) for parts, closed, dup in reports]
    assert list(got) == expected


def test_every_allowed_report_transition_is_reachable_by_an_action():
    original = ReportState(8, (Assignment(1, "accepted"),))
    actions = [
        act(
            code,
            service_id=service,
            reason="duplicate",
            target_service_id=target,
            text="x",
            original=original,
        )
        for code in wf.ACTIONS
        for service in (None, 1, 2)
        for target in (1, 2, 3)
    ]
    reached = set()
    for first in wf.ASSIGNMENT_STATUSES:
        for second in wf.ASSIGNMENT_STATUSES + (None,):
            for closed in (False, True):
                for duplicate in (None, 8):
                    statuses = (first,) if second is None else (first, second)
                    before = report(*statuses, closed_by_operator=closed, duplicate_of=duplicate)
                    for action in actions:
                        decision = apply_action(before, action)
                        if decision.ok and decision.report.status != before.status:
                            reached.add((wf.REPORT, before.status, decision.report.status))
    assert reached == {t for t in wf.TRANSITIONS if t[0] == wf.REPORT}
