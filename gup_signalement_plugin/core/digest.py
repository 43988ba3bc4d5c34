"""Weekly digest of one service: what happened to its reports in a period, and what waits.

Sections, in this order (codes; the caller passes the labels, e.g. French ones, or gets the
codes): ``new`` (assigned to the service in the period), ``follow_ups`` (written in the period
on the service's reports, internal ones included: the digest goes to the service only),
``closures`` (the service closed its part in the period), ``overdue`` (open, due date over at
the end of the period), ``unanswered`` (pending for 3 working days or more at the end of the
period), ``without_follow_up`` (open, no follow-up for 20 days or more). Each row:
``report_id``, ``category``, ``insee_code``, ``day`` (of the event, or the due / assignment /
last follow-up day) and ``detail`` (status, follow-up text, working days late or waiting, days
without follow-up); a follow-up row also has its ``visibility`` (public / internal), shown
before the text as its label. Built as plain data, then as CSV text and as HTML (every value
escaped)."""

import csv
import datetime as dt
import html
import io
from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional

import numpy as np
import pandas as pd

from . import reminders
from .workdays import as_days
from .workflow import CLOSED, REPORT_STATUSES

SECTIONS = ("new", "follow_ups", "closures", "overdue", "unanswered", "without_follow_up")
ROW_FIELDS = ("report_id", "category", "insee_code", "day", "detail")


@dataclass
class Digest:
    service_id: int
    start: dt.date
    end: dt.date
    sections: Dict[str, List[dict]] = field(default_factory=dict)

    def count(self, section: str) -> int:
        return len(self.sections.get(section, ()))


def _between(values, start: dt.date, end: dt.date) -> np.ndarray:
    days = as_days(values)
    return (days >= np.datetime64(start, "D")) & (days <= np.datetime64(end, "D"))


def _day(value) -> Optional[dt.date]:
    day = as_days([value])[0]
    return None if np.isnat(day) else day.astype(dt.date)


def _rows(
    frame: pd.DataFrame, reports: pd.DataFrame, day_column: str, detail_column: str
) -> List[dict]:
    merged = frame.merge(
        reports[["report_id", "category", "insee_code"]],
        on="report_id",
        how="left",
        suffixes=("", "_report"),
    )
    rows = []
    for _, row in merged.iterrows():
        rows.append(
            {
                "report_id": row["report_id"],
                "category": row["category"],
                "insee_code": row["insee_code"],
                "day": _day(row[day_column]),
                "detail": row[detail_column],
            }
        )
        if "visibility" in merged.columns:
            rows[-1]["visibility"] = row["visibility"]
    return rows


def build_digest(
    service_id: int,
    start: dt.date,
    end: dt.date,
    reports: pd.DataFrame,
    assignments: pd.DataFrame,
    follow_ups: pd.DataFrame,
) -> Digest:
    """The digest of ``service_id`` for the days ``start`` to ``end`` (both included).

    ``reports``: report_id, status, category, insee_code, received_day, due_date,
    last_follow_up_day. ``assignments``: report_id, service_id, status, assigned_day,
    closed_day. ``follow_ups``: report_id, day, visibility, text."""
    own = assignments[assignments["service_id"] == service_id]
    # the report counts for the service while its part is not refused or withdrawn
    mine = reports[
        reports["report_id"].isin(
            own.loc[~own["status"].isin(("refused", "withdrawn")), "report_id"]
        )
    ]
    digest = Digest(service_id, start, end)
    new = own[_between(own["assigned_day"].to_numpy(), start, end)]
    digest.sections["new"] = _rows(
        new.drop(columns=["status"]).merge(reports[["report_id", "status"]], on="report_id"),
        reports,
        "assigned_day",
        "status",
    )
    notes = follow_ups[
        follow_ups["report_id"].isin(mine["report_id"])
        & _between(follow_ups["day"].to_numpy(), start, end)
    ]
    digest.sections["follow_ups"] = _rows(
        notes.sort_values(["day", "report_id"]), reports, "day", "text"
    )
    closed = own[(own["status"] == CLOSED) & _between(own["closed_day"].to_numpy(), start, end)]
    digest.sections["closures"] = _rows(closed.assign(detail=""), reports, "closed_day", "detail")
    late = reminders.overdue(mine, end)
    digest.sections["overdue"] = _rows(late, reports, "due_date", "working_days_late")
    waiting = reminders.unanswered(own, end)
    digest.sections["unanswered"] = _rows(waiting, reports, "assigned_day", "waiting_working_days")
    silent = reminders.without_follow_up(mine, end)
    silent = silent.assign(
        since=silent["last_follow_up_day"].where(
            silent["last_follow_up_day"].notna(), silent["received_day"]
        )
    )
    digest.sections["without_follow_up"] = _rows(silent, reports, "since", "days_without_follow_up")
    return digest


def _label(labels: Optional[Mapping[str, str]], code: str) -> str:
    return (labels or {}).get(code, code)


def _cell(row: dict, name: str, labels: Optional[Mapping[str, str]]) -> str:
    """A row's value as text; a follow-up's detail starts with its visibility's label, a
    report status (the detail of a new report) is given as its label."""
    text = _text(row[name])
    if name == "detail" and row.get("visibility"):
        return "{} : {}".format(_label(labels, row["visibility"]), text)
    if name == "detail" and text in REPORT_STATUSES:
        return _label(labels, text)
    return text


def _text(value) -> str:
    return (
        "" if value is None else (value.isoformat() if isinstance(value, dt.date) else str(value))
    )


def digest_to_csv(digest: Digest, labels: Optional[Mapping[str, str]] = None) -> str:
    """One table: the section (label) then the row fields; ``;``-separated, for spreadsheets."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([_label(labels, "section")] + [_label(labels, f) for f in ROW_FIELDS])
    for section in SECTIONS:
        for row in digest.sections.get(section, ()):
            writer.writerow([_label(labels, section)] + [_cell(row, f, labels) for f in ROW_FIELDS])
    return out.getvalue()


def digest_to_html(
    digest: Digest, labels: Optional[Mapping[str, str]] = None, title: str = ""
) -> str:
    """A self-contained HTML page: a heading and a table per section, every value escaped."""
    esc = html.escape
    parts = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8"><title>{}</title></head><body>'.format(esc(title)),
        "<h1>{}</h1>".format(esc(title)),
        "<p>{} – {}</p>".format(esc(digest.start.isoformat()), esc(digest.end.isoformat())),
    ]
    header = "".join("<th>{}</th>".format(esc(_label(labels, f))) for f in ROW_FIELDS)
    for section in SECTIONS:
        rows = digest.sections.get(section, ())
        parts.append("<h2>{} ({})</h2>".format(esc(_label(labels, section)), len(rows)))
        if not rows:
            parts.append("<p>{}</p>".format(esc(_label(labels, "nothing"))))
            continue
        parts.append("<table><tr>{}</tr>".format(header))
        for row in rows:
            parts.append(
                "<tr>{}</tr>".format(
                    "".join("<td>{}</td>".format(esc(_cell(row, f, labels))) for f in ROW_FIELDS)
                )
            )
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def digest_to_text(
    digest: Digest, labels: Optional[Mapping[str, str]] = None, title: str = ""
) -> str:
    """The plain-text form (the e-mail's alternative to the HTML): a block per section, one
    line per row, values separated by ' | '."""
    lines = [title, "{} – {}".format(digest.start.isoformat(), digest.end.isoformat()), ""]
    header = " | ".join(_label(labels, f) for f in ROW_FIELDS)
    for section in SECTIONS:
        rows = digest.sections.get(section, ())
        lines.append("{} ({})".format(_label(labels, section), len(rows)))
        lines += [header] if rows else ["  " + _label(labels, "nothing")]
        lines += [" | ".join(_cell(row, f, labels) for f in ROW_FIELDS) for row in rows]
        lines.append("")
    return "\n".join(lines)
