"""Attribute values from QGIS as plain Python (NULL QVariants become None: DEVELOPER_GUIDE T9), and
date-times between Qt and Python."""

import datetime as dt

from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime, QVariant


def python_value(value):
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    if isinstance(value, QVariant):
        return value.value()
    return value


def text_value(value) -> str:
    """An attribute as the text a file would hold: '' for NULL, ISO 8601 for dates and times
    (a date-time without time zone stays without one: the source's zone applies)."""
    value = python_value(value)
    if value is None:
        return ""
    if isinstance(value, QDateTime):
        if not value.isValid():
            return ""
        return (
            value.toString(Qt.ISODate)
            if value.timeSpec() != Qt.LocalTime
            else value.toString("yyyy-MM-ddTHH:mm:ss")
        )
    if isinstance(value, (QDate, QTime)):
        return value.toString(Qt.ISODate) if value.isValid() else ""
    return str(value)


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def aware_datetime(value: QDateTime):
    """A QDateTime as a timezone-aware Python datetime (UTC), None when null or invalid."""
    if value is None or value.isNull() or not value.isValid():
        return None
    # from the epoch by addition: fromtimestamp() refuses dates before 1970 on Windows
    return _EPOCH + dt.timedelta(milliseconds=value.toMSecsSinceEpoch())


def qdatetime(value: dt.datetime) -> QDateTime:
    """A Python datetime (naive = UTC) as a QDateTime (shown in local time)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return QDateTime.fromMSecsSinceEpoch(int(round(value.timestamp() * 1000)))


def short_datetime(value) -> str:
    """'2024-05-01 12:00' in local time, '' for None (tables of the dialogs)."""
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value is not None else ""
