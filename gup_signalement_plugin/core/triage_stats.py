"""Triage statistics over plain records (a pandas DataFrame, one row per report).

Columns: ``report_id``, ``status`` (workflow), ``insee_code``, ``service_id`` (main service),
``category``, ``received_day``, ``accepted_day`` (first acceptance by a service, or empty),
``closed_day`` (or empty), ``due_date`` (or empty: category without a delay).

- A period selects the reports RECEIVED from ``start`` to ``end`` (both included).
- Times to acceptance and to closure are given both in working days (the unit of the target
  delays, ``workdays.working_days_between``: a report accepted the next working day took 1)
  and in calendar days; medians over the reports that reached that step.
- Share closed within the target delay: among the closed reports that have a due date,
  those closed on or before it. Duplicates are left out of times and shares (they follow
  their original) but counted by status.
- Monthly trend: per calendar month, reports received and reports closed that month."""

import datetime as dt
from typing import Dict, Optional

import numpy as np
import pandas as pd

from .workdays import as_days, working_days_between_array
from .workflow import CLOSED, DUPLICATE, REPORT_STATUSES


def in_period(
    reports: pd.DataFrame, start: Optional[dt.date], end: Optional[dt.date]
) -> pd.DataFrame:
    days = as_days(reports["received_day"].to_numpy())
    keep = np.ones(len(reports), dtype=bool)
    if start is not None:
        keep &= days >= np.datetime64(start, "D")
    if end is not None:
        keep &= days <= np.datetime64(end, "D")
    return reports[keep]


def counts(reports: pd.DataFrame, by: str) -> pd.DataFrame:
    """Reports per value of ``by`` (commune, service, category...) and status, with a total;
    every status is a column, in workflow order, even when no report has it."""
    table = pd.crosstab(reports[by], reports["status"]).reindex(
        columns=list(REPORT_STATUSES), fill_value=0
    )
    table["total"] = table.sum(axis=1)
    return table.sort_values(["total"], ascending=False, kind="stable")


def with_durations(reports: pd.DataFrame) -> pd.DataFrame:
    """A copy with ``working_days_to_acceptance``, ``days_to_acceptance``,
    ``working_days_to_closure``, ``days_to_closure`` (NaN when the step was not reached)."""
    out = reports.copy()
    received = as_days(out["received_day"].to_numpy())
    for step, column in (("acceptance", "accepted_day"), ("closure", "closed_day")):
        reached = as_days(out[column].to_numpy())
        known = ~np.isnat(reached)
        working = np.full(len(out), np.nan)
        calendar = np.full(len(out), np.nan)
        if known.any():
            working[known] = working_days_between_array(received[known], reached[known])
            calendar[known] = (reached[known] - received[known]).astype(np.int64)
        out["working_days_to_" + step] = working
        out["days_to_" + step] = calendar
    return out


def summary(reports: pd.DataFrame) -> Dict[str, Optional[float]]:
    """Counts, median times (working and calendar days) and the share closed in time."""
    handled = with_durations(reports[reports["status"] != DUPLICATE])
    result: Dict[str, Optional[float]] = {"reports": int(len(reports))}
    for column in (
        "working_days_to_acceptance",
        "days_to_acceptance",
        "working_days_to_closure",
        "days_to_closure",
    ):
        values = handled[column].dropna()
        result["median_" + column] = float(values.median()) if len(values) else None
    closed = handled[handled["status"] == CLOSED]
    due = as_days(closed["due_date"].to_numpy())
    closed_day = as_days(closed["closed_day"].to_numpy())
    with_target = ~np.isnat(due) & ~np.isnat(closed_day)
    result["closed_with_target"] = int(with_target.sum())
    result["share_closed_within_delay"] = (
        float((closed_day[with_target] <= due[with_target]).mean()) if with_target.any() else None
    )
    return result


def monthly_trend(reports: pd.DataFrame) -> pd.DataFrame:
    """Per month (``YYYY-MM``): reports received and reports closed that month."""
    received = as_days(reports["received_day"].to_numpy()).astype("datetime64[M]")
    closed = as_days(reports["closed_day"].to_numpy()).astype("datetime64[M]")
    closed = closed[~np.isnat(closed)]
    months = np.union1d(received[~np.isnat(received)], closed)
    if months.size == 0:
        return pd.DataFrame({"received": [], "closed": []}, dtype=int)
    every = np.arange(months.min(), months.max() + 1)
    table = pd.DataFrame(
        {
            "received": [(received == m).sum() for m in every],
            "closed": [(closed == m).sum() for m in every],
        },
        index=pd.Index([str(m) for m in every], name="month"),
    )
    return table


# the dimensions of the statistics table: its code and the report column it groups by
TABLE_DIMENSIONS = (
    ("all", None),
    ("commune", "insee_code"),
    ("service", "service_id"),
    ("category", "category"),
)
FIGURE_COLUMNS = (
    "median_working_days_to_acceptance",
    "median_days_to_acceptance",
    "median_working_days_to_closure",
    "median_days_to_closure",
    "closed_with_target",
    "share_closed_within_delay",
)
TABLE_COLUMNS = ("dimension", "code", "reports") + REPORT_STATUSES + FIGURE_COLUMNS


def _row(dimension: str, code, group: pd.DataFrame) -> dict:
    figures = summary(group)
    by_status = group["status"].value_counts()
    row = {
        "dimension": dimension,
        "code": "" if code is None else str(code),
        "reports": figures["reports"],
    }
    row.update({status: int(by_status.get(status, 0)) for status in REPORT_STATUSES})
    row.update({column: figures[column] for column in FIGURE_COLUMNS})
    return row


def statistics_table(reports: pd.DataFrame) -> pd.DataFrame:
    """One row for all the reports (dimension ``all``), then one per commune, main service and
    category (most reports first, then code): reports per status, median times, share closed
    in time (``summary``). A report without a main service is under the code ''."""
    rows = [_row("all", None, reports)]
    for dimension, column in TABLE_DIMENSIONS[1:]:
        keys = reports[column].astype(object).where(reports[column].notna(), None)
        groups = [
            (("" if key is None else str(key)), group)
            for key, group in reports.groupby(keys.fillna(""), sort=False)
        ]
        groups.sort(key=lambda item: (-len(item[1]), item[0]))
        rows.extend(_row(dimension, key, group) for key, group in groups)
    return pd.DataFrame(rows, columns=list(TABLE_COLUMNS))
