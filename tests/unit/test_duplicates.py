"""Duplicate suggestions: same category, within a distance and a time window, open only."""

import datetime as dt

import pandas as pd
import pytest

from gup_signalement_plugin.core.duplicates import DuplicateFinder

D = dt.date
X0, Y0 = 652000.0, 6855000.0  # Lambert-93, Vitry-sur-Seine
REPORTS = pd.DataFrame(
    [
        # report_id, dx, dy, category, received_day, status
        (1, 0, 0, "depot", D(2026, 5, 10), "new"),  # the report itself
        (2, 30, 40, "depot", D(2026, 5, 10), "new"),  # 50 m
        (3, 50, 0, "depot", D(2026, 5, 3), "in_progress"),  # 50 m, 7 days earlier
        (4, 10, 0, "depot", D(2026, 5, 17), "to_triage"),  # 10 m, 7 days later
        (5, 20, 0, "depot", D(2026, 5, 2), "new"),  # 8 days: outside the window
        (6, 0, 51, "depot", D(2026, 5, 10), "new"),  # 51 m: too far
        (7, 5, 0, "eclairage", D(2026, 5, 10), "new"),  # another category
        (8, 5, 5, "depot", D(2026, 5, 10), "closed"),
        (9, 6, 6, "depot", D(2026, 5, 10), "duplicate"),
        (10, None, None, "depot", D(2026, 5, 10), "new"),  # no point
    ],
    columns=["report_id", "dx", "dy", "category", "received_day", "status"],
)
REPORTS["x"] = X0 + REPORTS["dx"]
REPORTS["y"] = Y0 + REPORTS["dy"]


def test_suggestions_ordered_by_distance_then_time():
    finder = DuplicateFinder(REPORTS)
    got = finder.suggest_for(REPORTS.iloc[0], max_distance=50, max_days=7)
    assert got["report_id"].tolist() == [4, 2, 3]
    assert got["distance"].tolist() == pytest.approx([10, 50, 50])
    assert got["days_apart"].tolist() == [7, 0, 7]


def test_limits_are_inclusive_and_narrowing_them_drops_candidates():
    finder = DuplicateFinder(REPORTS)
    assert finder.suggest_for(REPORTS.iloc[0], 49.9, 7)["report_id"].tolist() == [4]
    assert finder.suggest_for(REPORTS.iloc[0], 50, 6)["report_id"].tolist() == [2]
    assert finder.suggest_for(REPORTS.iloc[0], 51, 8)["report_id"].tolist() == [4, 5, 2, 3, 6]


def test_a_new_point_not_yet_stored_and_bad_limits():
    finder = DuplicateFinder(REPORTS)
    got = finder.suggest(X0, Y0, "depot", D(2026, 5, 10), 10, 0)
    assert got["report_id"].tolist() == [1]
    with pytest.raises(ValueError):
        finder.suggest(X0, Y0, "depot", D(2026, 5, 10), -1, 0)
