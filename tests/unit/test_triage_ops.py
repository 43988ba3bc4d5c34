"""The default period of the weekly digest: the last complete ISO week, Monday to Sunday."""

import datetime as dt

import pytest

from gup_signalement_plugin.usecases.triage_ops import last_complete_week

WEEK_23 = (dt.date(2024, 6, 3), dt.date(2024, 6, 9))


@pytest.mark.parametrize("today", ["2024-06-10", "2024-06-12", "2024-06-16"])
def test_the_last_complete_week_is_the_one_before_this_one(today):
    assert last_complete_week(dt.date.fromisoformat(today)) == WEEK_23


def test_a_sunday_is_not_over_yet():
    assert last_complete_week(dt.date(2024, 6, 9)) == (dt.date(2024, 5, 27), dt.date(2024, 6, 2))


def test_across_the_year():
    assert last_complete_week(dt.date(2026, 1, 5)) == (dt.date(2025, 12, 29), dt.date(2026, 1, 4))
