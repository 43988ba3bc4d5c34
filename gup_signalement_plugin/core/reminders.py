"""Reminders (relances), over plain tables (pandas DataFrames, one row per record).

- **unanswered**: an assignment still ``pending`` (the service has neither accepted nor refused)
  3 working days or more after it was assigned. Like Histologe, it is reminded again every 3
  working days until it answers: ``remind_today`` is true on working days whose count of
  working days waited is a multiple of 3 (so a daily scheduled run sends one reminder every
  3 working days, none on weekends and holidays).
- **without follow-up**: an open report (new, in progress, to triage) whose latest follow-up
  (public or internal), or its arrival when it has none, is 20 calendar days old or more
  (Histologe counts calendar days: "sans suivi depuis plus de 20 jours").
- **overdue**: an open report whose due date (``workdays.expected_date``) is over.
Duplicates follow their original and closed reports are done: neither is ever reminded."""

import datetime as dt

import numpy as np
import pandas as pd

from .workdays import add_working_days_array, as_days, is_working_day, working_days_between_array
from .workflow import OPEN_REPORT_STATUSES, PENDING

UNANSWERED_AFTER_WORKING_DAYS = 3
WITHOUT_FOLLOW_UP_DAYS = 20


def _today(today: dt.date) -> np.datetime64:
    return np.datetime64(today, "D")


def with_due_dates(
    reports: pd.DataFrame,
    received_column: str = "received_day",
    delay_column: str = "delay_working_days",
) -> pd.DataFrame:
    """A copy with ``due_date`` (a pandas datetime column): received day + the category's
    delay in working days; NaT when the category has no delay."""
    out = reports.copy()
    delays = out[delay_column]
    known = delays.notna().to_numpy()
    due = np.full(len(out), np.datetime64("NaT"), dtype="datetime64[D]")
    if known.any():
        due[known] = add_working_days_array(
            as_days(out[received_column].to_numpy()[known]),
            delays.to_numpy()[known].astype(np.int64),
        )
    out["due_date"] = pd.to_datetime(due)
    return out


def unanswered(
    assignments: pd.DataFrame, today: dt.date, after: int = UNANSWERED_AFTER_WORKING_DAYS
) -> pd.DataFrame:
    """Pending assignments waiting ``after`` working days or more.

    Columns in: ``report_id``, ``service_id``, ``status``, ``assigned_day``. Out: those rows
    with ``waiting_working_days`` and ``remind_today``, most waiting first."""
    pending = assignments[assignments["status"] == PENDING].copy()
    waited = working_days_between_array(as_days(pending["assigned_day"].to_numpy()), _today(today))
    pending["waiting_working_days"] = waited
    pending = pending[waited >= after].copy()
    pending["remind_today"] = is_working_day(today) & (pending["waiting_working_days"] % after == 0)
    return pending.sort_values(
        ["waiting_working_days", "report_id", "service_id"],
        ascending=[False, True, True],
        kind="stable",
    )


def without_follow_up(
    reports: pd.DataFrame, today: dt.date, days: int = WITHOUT_FOLLOW_UP_DAYS
) -> pd.DataFrame:
    """Open reports with no follow-up for ``days`` calendar days or more.

    Columns in: ``report_id``, ``status``, ``received_day``, ``last_follow_up_day`` (NaT/None
    when none). Out: those rows with ``days_without_follow_up``, oldest first."""
    open_reports = reports[reports["status"].isin(OPEN_REPORT_STATUSES)].copy()
    last = as_days(open_reports["last_follow_up_day"].to_numpy())
    since = np.where(np.isnat(last), as_days(open_reports["received_day"].to_numpy()), last)
    open_reports["days_without_follow_up"] = (_today(today) - since).astype(np.int64)
    late = open_reports[open_reports["days_without_follow_up"] >= days]
    return late.sort_values(
        ["days_without_follow_up", "report_id"], ascending=[False, True], kind="stable"
    )


def overdue(reports: pd.DataFrame, today: dt.date) -> pd.DataFrame:
    """Open reports whose due date is over (overdue from the day after it).

    Columns in: ``report_id``, ``status``, ``due_date``. Out: those rows with
    ``working_days_late``, latest first."""
    open_reports = reports[reports["status"].isin(OPEN_REPORT_STATUSES)]
    due = as_days(open_reports["due_date"].to_numpy())
    late = open_reports[~np.isnat(due) & (due < _today(today))].copy()
    late["working_days_late"] = working_days_between_array(
        as_days(late["due_date"].to_numpy()), _today(today)
    )
    return late.sort_values(
        ["working_days_late", "report_id"], ascending=[False, True], kind="stable"
    )
