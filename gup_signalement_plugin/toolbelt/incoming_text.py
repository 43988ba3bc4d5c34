"""The counts of a synchronisation or import run and its state, as users read them (translated):
the dialogs and the Processing log show these; the core's ``RunCounts.describe()`` stays the
plain English line of the technical log."""

from typing import Callable, Dict

from qgis.PyQt.QtCore import QCoreApplication

from ..core import report_files
from ..core.ingest import RunCounts
from .incoming_layers import reason_label
from .labels import routing_status_label

_translate = QCoreApplication.translate


def counts_summary(counts: RunCounts) -> str:
    text = QCoreApplication.translate(
        "IncomingText",
        "{} read, {} new, {} updated, {} unchanged, {} quarantined, {} released "
        "from quarantine, {} routed to a service",
    ).format(
        counts.read,
        counts.new,
        counts.updated,
        counts.unchanged,
        counts.quarantined,
        counts.released,
        counts.routed,
    )
    if counts.by_reason:
        text += QCoreApplication.translate("IncomingText", "; quarantine: ") + counted(
            counts.by_reason, reason_label
        )
    if counts.by_routing:
        text += QCoreApplication.translate("IncomingText", "; routing: ") + counted(
            counts.by_routing, routing_status_label
        )
    return text


def counted(counts: Dict[str, int], label: Callable[[str], str]) -> str:
    """'3 × Outside the 24 communes, 1 × …' from codes and their counts ('–' when none)."""
    return ", ".join("{} × {}".format(n, label(code)) for code, n in sorted(counts.items())) or "–"


def run_state_label(state: str) -> str:
    labels = {
        "running": QCoreApplication.translate("IncomingText", "running"),
        "done": QCoreApplication.translate("IncomingText", "done"),
        "failed": QCoreApplication.translate("IncomingText", "failed"),
        "canceled": QCoreApplication.translate("IncomingText", "canceled"),
    }
    return labels.get(state, state)


def binary_kind_label(kind: str) -> str:
    labels = {
        "png": _translate("IncomingText", "a PNG image"),
        "elf": _translate("IncomingText", "an ELF executable"),
        "pdf": _translate("IncomingText", "a PDF document"),
        "zip": _translate("IncomingText", "a ZIP archive (an Excel .xlsx workbook?)"),
        "jpeg": _translate("IncomingText", "a JPEG image"),
        "gif": _translate("IncomingText", "a GIF image"),
        "ole": _translate("IncomingText", "an Office document (an Excel .xls workbook?)"),
        "sqlite": _translate("IncomingText", "an SQLite database (a GeoPackage?)"),
        "exe": _translate("IncomingText", "a Windows executable"),
        "binary": _translate("IncomingText", "binary data (NUL bytes or control characters)"),
    }
    return labels.get(kind, kind)


def file_refused_text(error: report_files.FileRefused) -> str:
    """Why a file is refused, in the user's language (nothing was written)."""
    p = error.params
    if error.code == report_files.FILE_MISSING:
        text = _translate("IncomingText", "The file {} cannot be read: {}.").format(
            p["file"], p["detail"] or _translate("IncomingText", "it does not exist")
        )
    elif error.code == report_files.FILE_NOT_TEXT:
        text = _translate("IncomingText", "{} is not a text (CSV) file: it is {}.").format(
            p["file"], binary_kind_label(p["kind"])
        )
    elif error.code == report_files.FILE_DAMAGED_GZIP:
        text = _translate("IncomingText", "{} is a damaged gzip file ({}).").format(
            p["file"], p["detail"]
        )
    elif error.code == report_files.FILE_EMPTY:
        text = _translate("IncomingText", "{} is empty: there is no report to import.").format(
            p["file"]
        )
    elif error.code == report_files.FILE_HEADER_ONLY:
        text = _translate(
            "IncomingText", "{} has only a header row ({} columns): there is no report to import."
        ).format(p["file"], p["columns"])
    elif error.code == report_files.FILE_UNREADABLE_CSV:
        text = _translate("IncomingText", "{} cannot be read as CSV (line {}: {}).").format(
            p["file"], p["line"], p["detail"]
        )
    else:
        text = str(error)
    return text + " " + _translate("IncomingText", "Nothing was imported.")


def notice_text(notice: report_files.Notice) -> str:
    """What the CSV reader did to keep every cell, in the user's language."""
    p = notice.params
    if notice.code == report_files.NOTICE_NO_HEADER:
        return _translate(
            "IncomingText",
            "No header row: the first row is data; the {} columns "
            "are named by their position, 1 to {}.",
        ).format(p["columns"], p["columns"])
    if notice.code == report_files.NOTICE_HEADER_LOOKS_LIKE_DATA:
        return _translate(
            "IncomingText",
            "The first row looks like data, not like column names "
            "({}): is it a file without a header row?",
        ).format(", ".join(p["cells"]))
    if notice.code == report_files.NOTICE_RENAMED_COLUMNS:
        return _translate("IncomingText", "Columns renamed so that no cell is lost: {}.").format(
            ", ".join("« {} » → « {} »".format(old, new) for old, new in p["renamed"])
        )
    if notice.code == report_files.NOTICE_EXTRA_CELLS:
        return _translate(
            "IncomingText",
            "{} row(s) have more cells than the header (first: line "
            "{}): the extra cells are kept in the columns {}.",
        ).format(p["rows"], p["first_line"], ", ".join(p["columns"]))
    return notice.describe()


def guard_preview_text(preview, rows: int) -> str:
    """'Quality guard on these 20 rows: 0 would be stored, 20 quarantined (20 × Outside...)'."""
    text = _translate(
        "IncomingText", "Quality guard on these {} rows: {} would be stored, {} quarantined"
    ).format(rows, preview.stored, preview.quarantined)
    if preview.by_reason:
        text += " (" + counted(preview.by_reason, reason_label) + ")"
    return text + "."
