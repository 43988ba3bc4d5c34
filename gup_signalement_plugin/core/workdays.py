"""French working days: target delays of the categories are counted in them.

A working day is Monday to Friday, except the 11 national public holidays (Code du travail
L3133-1): 1 January, Easter Monday, 1 May, 8 May, Ascension Thursday, Whit Monday, 14 July,
15 August, 1 November, 11 November, 25 December. Whit Monday is counted as a holiday (it is the
usual "journée de solidarité", but public services close). The two extra days of
Alsace-Moselle (Good Friday, 26 December) are not: the territory is in Île-de-France.

Due date: a report received on day D (any time, any day, working or not) with a delay of n
working days is due at the end of the n-th working day after D, D itself not counted (received
on a Saturday: counting starts on Monday). A delay of 0 is due on D itself. A report is overdue
from the day after its due date while it is not closed.

Easter is computed here (anonymous Gregorian algorithm, Meeus): ``dateutil`` is not available
in every QGIS's Python. The vectorised variants use numpy's business-day functions with the
holidays as an array, for 100,000 reports at once."""

import datetime as dt
from functools import lru_cache
from typing import Dict, Iterable, Union

import numpy as np

from .routing import paris_day

WEEKMASK = "1111100"  # Monday..Friday
DayLike = Union[dt.date, dt.datetime]
HOLIDAY_CODES = (
    "new_year",
    "easter_monday",
    "labour_day",
    "victory_1945",
    "ascension",
    "whit_monday",
    "bastille_day",
    "assumption",
    "all_saints",
    "armistice_1918",
    "christmas",
)


def easter_sunday(year: int) -> dt.date:
    """Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


@lru_cache(maxsize=512)
def public_holidays(year: int) -> Dict[dt.date, str]:
    """The 11 French public holidays of a year: date -> code (see HOLIDAY_CODES)."""
    easter = easter_sunday(year)
    days = [
        dt.date(year, 1, 1),
        easter + dt.timedelta(days=1),
        dt.date(year, 5, 1),
        dt.date(year, 5, 8),
        easter + dt.timedelta(days=39),
        easter + dt.timedelta(days=50),
        dt.date(year, 7, 14),
        dt.date(year, 8, 15),
        dt.date(year, 11, 1),
        dt.date(year, 11, 11),
        dt.date(year, 12, 25),
    ]
    return dict(zip(days, HOLIDAY_CODES))


def _day(value: DayLike) -> dt.date:
    """The day of a date, or of a moment in the territory's time zone (naive = UTC)."""
    return paris_day(value) if isinstance(value, dt.datetime) else value


def is_public_holiday(day: DayLike) -> bool:
    day = _day(day)
    return day in public_holidays(day.year)


def is_working_day(day: DayLike) -> bool:
    day = _day(day)
    return day.weekday() < 5 and day not in public_holidays(day.year)


def add_working_days(start: DayLike, n: int) -> dt.date:
    """The n-th working day after the day of ``start`` (not counted); ``start``'s day for n=0."""
    if n < 0:
        raise ValueError("a delay in working days cannot be negative")
    day = _day(start)
    while n:
        day += dt.timedelta(days=1)
        if is_working_day(day):
            n -= 1
    return day


def working_days_between(a: DayLike, b: DayLike) -> int:
    """Working days in (a, b]: after a, up to and including b; negative when b is before a.
    So ``working_days_between(d, add_working_days(d, n)) == n``."""
    a, b = _day(a), _day(b)
    if b < a:
        return -working_days_between(b, a)
    count, day = 0, a
    while day < b:
        day += dt.timedelta(days=1)
        count += is_working_day(day)
    return count


def expected_date(received_at: DayLike, delay: int) -> dt.date:
    """The day a report is due: ``delay`` working days after the day it was received."""
    return add_working_days(received_at, delay)


def is_overdue(due: dt.date, today: dt.date, closed: bool = False) -> bool:
    """Overdue: not closed and the due day is over (overdue from the day after it)."""
    return not closed and today > due


# --- vectorised (numpy business days) -----------------------------------------------------------


def holidays_array(first_year: int, last_year: int) -> np.ndarray:
    """Every public holiday from ``first_year`` to ``last_year`` as datetime64[D], sorted."""
    days = [d for year in range(first_year, last_year + 1) for d in public_holidays(year)]
    return np.array(sorted(days), dtype="datetime64[D]")


def _years(days: np.ndarray, extra_days: int = 0):
    """The years to cover for days (and up to ``extra_days`` working days after them)."""
    years = days.astype("datetime64[Y]").astype(int) + 1970
    extra_years = 1 + extra_days // 240
    return int(years.min()) - 1, int(years.max()) + extra_years


def _calendar(days: np.ndarray, extra_days: int = 0) -> np.busdaycalendar:
    if days.size == 0:
        return np.busdaycalendar(weekmask=WEEKMASK)
    return np.busdaycalendar(weekmask=WEEKMASK, holidays=holidays_array(*_years(days, extra_days)))


def as_days(values: Iterable) -> np.ndarray:
    """Days (dates, datetime64, pandas Timestamps, ISO strings; None/NaN/NaT for missing) as
    datetime64[D]. Datetimes must already be days of the territory (use ``paris_day`` first):
    they are truncated here."""
    array = np.asarray(values)
    if array.dtype == object:
        array = np.array(
            [
                np.datetime64("NaT")
                if value is None or value != value
                else np.datetime64(value, "D")
                for value in array.ravel()
            ],
            dtype="datetime64[D]",
        ).reshape(array.shape)
    return array.astype("datetime64[D]")


def add_working_days_array(days, delays) -> np.ndarray:
    """Vectorised ``add_working_days`` on days (datetime64[D]) and delays (int, broadcast)."""
    days = as_days(days)
    delays = np.broadcast_to(np.asarray(delays, dtype=np.int64), days.shape)
    if (delays < 0).any():
        raise ValueError("a delay in working days cannot be negative")
    calendar = _calendar(days, int(delays.max()) if delays.size else 0)
    # roll back to the last working day on or before D, then count forward: the n-th working
    # day after D, D itself never counted
    due = np.busday_offset(days, delays, roll="backward", busdaycal=calendar)
    return np.where(delays == 0, days, due)


def working_days_between_array(a, b) -> np.ndarray:
    """Vectorised ``working_days_between``: working days in (a, b], negative when b < a."""
    a, b = np.broadcast_arrays(as_days(a), as_days(b))
    one = np.timedelta64(1, "D")
    calendar = _calendar(np.concatenate([a.ravel(), b.ravel()]))
    return np.busday_count(a + one, b + one, busdaycal=calendar)
