"""Reminders: unanswered services (3 working days), no follow-up (20 days), overdue reports."""

import datetime as dt

import pandas as pd

from gup_signalement_plugin.core.reminders import (
    overdue,
    unanswered,
    with_due_dates,
    without_follow_up,
)

D = dt.date


def test_unanswered_after_three_working_days_then_every_three():
    assignments = pd.DataFrame(
        {
            "report_id": [1, 2, 3, 4, 5, 6],
            "service_id": [10, 10, 11, 10, 10, 12],
            "status": ["pending", "pending", "pending", "accepted", "refused", "pending"],
            # Thursday 7 May 2026; Monday 11 May; Tuesday 12 May; ...; Wednesday 29 April
            "assigned_day": [
                D(2026, 5, 7),
                D(2026, 5, 11),
                D(2026, 5, 12),
                D(2026, 5, 1),
                D(2026, 5, 1),
                D(2026, 4, 29),
            ],
        }
    )
    # Thursday 14 May 2026 is Ascension: Friday 15 May is the reference day
    got = unanswered(assignments, D(2026, 5, 15))
    # 7 May -> 15 May: 11, 12, 13, 15 = 4 working days (8 May and 14 May are holidays);
    # 11 May -> 12, 13, 15 = 3; 12 May -> 2 (not yet); 29 April -> 30, 4, 5, 6, 7, 11, 12, 13, 15
    assert got["report_id"].tolist() == [6, 1, 2]
    assert got["waiting_working_days"].tolist() == [9, 4, 3]
    assert got["remind_today"].tolist() == [True, False, True]
    # on the Saturday nobody is reminded, the list stays
    saturday = unanswered(assignments, D(2026, 5, 16))
    assert saturday["report_id"].tolist() == [6, 1, 2]
    assert not saturday["remind_today"].any()


def test_unanswered_exactly_at_the_boundary():
    one = pd.DataFrame(
        {
            "report_id": [1],
            "service_id": [1],
            "status": ["pending"],
            "assigned_day": [D(2026, 5, 11)],
        }
    )
    assert unanswered(one, D(2026, 5, 13)).empty  # 2 working days
    assert len(unanswered(one, D(2026, 5, 15))) == 1  # 3 (Ascension skipped)


def test_without_follow_up_for_twenty_calendar_days():
    reports = pd.DataFrame(
        {
            "report_id": [1, 2, 3, 4, 5, 6],
            "status": ["in_progress", "in_progress", "new", "closed", "duplicate", "to_triage"],
            "received_day": [D(2026, 4, 1)] * 6,
            "last_follow_up_day": [D(2026, 5, 1), D(2026, 5, 2), None, None, None, pd.NaT],
        }
    )
    got = without_follow_up(reports, D(2026, 5, 21))
    # 1 May -> 21 May = 20 days (reminded), 2 May -> 19 days (not yet); 3 and 6 never followed
    # up since 1 April (50 days); closed and duplicate reports are never reminded
    assert got["report_id"].tolist() == [3, 6, 1]
    assert got["days_without_follow_up"].tolist() == [50, 50, 20]


def test_due_dates_and_overdue():
    reports = pd.DataFrame(
        {
            "report_id": [1, 2, 3, 4, 5],
            "status": ["new", "in_progress", "closed", "in_progress", "to_triage"],
            "received_day": [
                D(2026, 4, 30),
                D(2026, 5, 7),
                D(2026, 4, 30),
                D(2026, 5, 12),
                D(2026, 4, 30),
            ],
            "delay_working_days": [5, 1, 1, 10, None],
        }
    )
    reports = with_due_dates(reports)
    assert reports["due_date"].dt.date.tolist()[:4] == [
        D(2026, 5, 11),
        D(2026, 5, 11),
        D(2026, 5, 4),
        D(2026, 5, 28),
    ]  # Whit Monday
    assert pd.isna(reports["due_date"].iloc[4])  # a category without a delay
    assert overdue(reports, D(2026, 5, 11)).empty  # due today: not yet overdue
    late = overdue(reports, D(2026, 5, 12))
    assert late["report_id"].tolist() == [1, 2]  # 3 is closed, 5 has no due date
    assert late["working_days_late"].tolist() == [1, 1]
