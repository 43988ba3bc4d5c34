"""Triage statistics: counts, medians in working and calendar days, share in time, trend."""

import datetime as dt

import pandas as pd
import pytest

from gup_signalement_plugin.core.triage_stats import (
    counts,
    in_period,
    monthly_trend,
    summary,
    with_durations,
)

D = dt.date
NONE = None
REPORTS = pd.DataFrame(
    [
        # id, status, insee, service, category, received, accepted, closed, due
        (
            1,
            "closed",
            "94081",
            1,
            "depot",
            D(2026, 4, 30),
            D(2026, 5, 4),
            D(2026, 5, 11),
            D(2026, 5, 11),
        ),  # closed on its due day: in time
        (
            2,
            "closed",
            "94081",
            1,
            "depot",
            D(2026, 5, 7),
            D(2026, 5, 7),
            D(2026, 5, 12),
            D(2026, 5, 11),
        ),  # a day late
        (
            3,
            "in_progress",
            "94041",
            2,
            "eclairage",
            D(2026, 5, 12),
            D(2026, 5, 15),
            NONE,
            D(2026, 5, 28),
        ),
        (4, "new", "94041", 2, "eclairage", D(2026, 6, 1), NONE, NONE, NONE),
        (5, "duplicate", "94081", 1, "depot", D(2026, 5, 8), NONE, D(2026, 5, 8), NONE),
        (6, "closed", "94081", 3, "voirie", D(2026, 2, 2), D(2026, 2, 3), D(2026, 2, 20), NONE),
    ],
    columns=[
        "report_id",
        "status",
        "insee_code",
        "service_id",
        "category",
        "received_day",
        "accepted_day",
        "closed_day",
        "due_date",
    ],
)


def test_counts_by_commune_and_status():
    table = counts(REPORTS, "insee_code")
    assert list(table.columns) == [
        "new",
        "in_progress",
        "to_triage",
        "closed",
        "duplicate",
        "total",
    ]
    assert table.loc["94081"].tolist() == [0, 0, 0, 3, 1, 4]
    assert table.loc["94041"].tolist() == [1, 1, 0, 0, 0, 2]
    assert counts(REPORTS, "category").index.tolist() == ["depot", "eclairage", "voirie"]


def test_period_includes_both_ends():
    may = in_period(REPORTS, D(2026, 4, 30), D(2026, 5, 12))
    assert may["report_id"].tolist() == [1, 2, 3, 5]
    assert in_period(REPORTS, None, None)["report_id"].tolist() == [1, 2, 3, 4, 5, 6]


def test_durations_in_working_and_calendar_days():
    durations = with_durations(REPORTS).set_index("report_id")
    # 30 April -> 4 May: 1 working day (1 May is a holiday, then a weekend), 4 calendar days
    assert durations.loc[1, "working_days_to_acceptance"] == 1
    assert durations.loc[1, "days_to_acceptance"] == 4
    assert durations.loc[1, "working_days_to_closure"] == 5  # 4, 5, 6, 7, 11 May (8 May off)
    assert durations.loc[2, "working_days_to_acceptance"] == 0  # same day
    assert pd.isna(durations.loc[4, "days_to_acceptance"])


def test_summary_medians_and_share_in_time():
    result = summary(REPORTS)
    assert result["reports"] == 6
    # acceptance, working days: 1, 0, 2 (12 -> 13, 15 May), 1 -> median 1
    assert result["median_working_days_to_acceptance"] == 1
    assert result["median_days_to_acceptance"] == pytest.approx(2)  # 4, 0, 3, 1
    # closure: report 1: 5 wd / 11 d, report 2: 2 wd (11, 12 May; 8 May off) / 5 d,
    # report 6: 14 wd / 18 d; the duplicate is left out
    assert result["median_working_days_to_closure"] == 5
    assert result["median_days_to_closure"] == 11
    assert result["closed_with_target"] == 2
    assert result["share_closed_within_delay"] == 0.5


def test_monthly_trend_has_every_month():
    trend = monthly_trend(REPORTS)
    assert trend.index.tolist() == ["2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]
    assert trend["received"].tolist() == [1, 0, 1, 3, 1]
    assert trend["closed"].tolist() == [1, 0, 0, 3, 0]


def test_statistics_table_rows_per_dimension():
    from gup_signalement_plugin.core.triage_stats import statistics_table

    table = statistics_table(REPORTS)
    assert table[["dimension", "code"]].values.tolist() == [
        ["all", ""],
        ["commune", "94081"],
        ["commune", "94041"],
        ["service", "1"],
        ["service", "2"],
        ["service", "3"],
        ["category", "depot"],
        ["category", "eclairage"],
        ["category", "voirie"],
    ]
    every = table.iloc[0]
    assert (every["reports"], every["closed"], every["duplicate"], every["new"]) == (6, 3, 1, 1)
    assert every["median_working_days_to_acceptance"] == 1
    assert every["median_working_days_to_closure"] == 5
    assert every["share_closed_within_delay"] == 0.5
    depot = table[(table["dimension"] == "category") & (table["code"] == "depot")].iloc[0]
    assert depot["reports"] == 3
    assert depot["median_working_days_to_closure"] == 3.5  # 5 and 2, duplicate left out
    assert depot["share_closed_within_delay"] == 0.5
    voirie = table[table["code"] == "voirie"].iloc[0]
    assert pd.isna(voirie["share_closed_within_delay"])  # closed, but no due date
