"""French working days: Easter, the 11 public holidays, due dates, scalar/vectorised parity."""

import datetime as dt

import numpy as np
import pytest
from dateutil.easter import easter
from hypothesis import given, settings
from hypothesis import strategies as st

from gup_signalement_plugin.core.workdays import (
    add_working_days,
    add_working_days_array,
    easter_sunday,
    expected_date,
    holidays_array,
    is_overdue,
    is_public_holiday,
    is_working_day,
    public_holidays,
    working_days_between,
    working_days_between_array,
)

D = dt.date
# Published French calendars (service-public.fr), the 11 holidays in calendar order.
PUBLISHED = {
    2024: [
        D(2024, 1, 1),
        D(2024, 4, 1),
        D(2024, 5, 1),
        D(2024, 5, 8),
        D(2024, 5, 9),
        D(2024, 5, 20),
        D(2024, 7, 14),
        D(2024, 8, 15),
        D(2024, 11, 1),
        D(2024, 11, 11),
        D(2024, 12, 25),
    ],
    2025: [
        D(2025, 1, 1),
        D(2025, 4, 21),
        D(2025, 5, 1),
        D(2025, 5, 8),
        D(2025, 5, 29),
        D(2025, 6, 9),
        D(2025, 7, 14),
        D(2025, 8, 15),
        D(2025, 11, 1),
        D(2025, 11, 11),
        D(2025, 12, 25),
    ],
    2026: [
        D(2026, 1, 1),
        D(2026, 4, 6),
        D(2026, 5, 1),
        D(2026, 5, 8),
        D(2026, 5, 14),
        D(2026, 5, 25),
        D(2026, 7, 14),
        D(2026, 8, 15),
        D(2026, 11, 1),
        D(2026, 11, 11),
        D(2026, 12, 25),
    ],
}


def test_easter_matches_dateutil_1900_2200():
    for year in range(1900, 2201):
        assert easter_sunday(year) == easter(year), year


@pytest.mark.parametrize("year", sorted(PUBLISHED))
def test_holidays_match_the_published_calendar(year):
    assert sorted(public_holidays(year)) == PUBLISHED[year]


def test_holiday_codes_and_no_alsace_moselle_days():
    holidays = public_holidays(2026)
    assert holidays[D(2026, 5, 25)] == "whit_monday"
    assert holidays[D(2026, 5, 14)] == "ascension"
    assert not is_public_holiday(D(2026, 4, 3))  # Good Friday: Alsace-Moselle only
    assert not is_public_holiday(D(2026, 12, 26))  # Saint Stephen: Alsace-Moselle only


def test_working_days():
    assert is_working_day(D(2026, 5, 15))  # Friday after Ascension: a bridge, still working
    assert not is_working_day(D(2026, 5, 14))  # Ascension
    assert not is_working_day(D(2026, 5, 16))  # Saturday
    assert not is_working_day(D(2026, 5, 17))  # Sunday
    assert is_working_day(D(2026, 5, 18))
    # a moment is taken in Paris time: 31 Dec 23:30 UTC is New Year's Day in Paris
    assert not is_working_day(dt.datetime(2025, 12, 31, 23, 30, tzinfo=dt.timezone.utc))
    assert is_working_day(dt.datetime(2025, 12, 31, 22, 30, tzinfo=dt.timezone.utc))


@pytest.mark.parametrize(
    "received, delay, due",
    [
        (D(2026, 5, 13), 0, D(2026, 5, 13)),  # delay 0: due the same day
        (D(2026, 5, 16), 0, D(2026, 5, 16)),  # even on a Saturday
        (D(2026, 5, 13), 1, D(2026, 5, 15)),  # Wednesday before Ascension: Friday
        (D(2026, 5, 13), 2, D(2026, 5, 18)),
        (D(2026, 5, 14), 1, D(2026, 5, 15)),  # received on Ascension
        (D(2026, 5, 15), 1, D(2026, 5, 18)),
        (D(2026, 5, 22), 1, D(2026, 5, 26)),  # Friday before Whit Monday
        (D(2026, 4, 30), 1, D(2026, 5, 4)),  # 1 May 2026 is a Friday
        (D(2026, 5, 1), 1, D(2026, 5, 4)),  # received on a holiday
        (D(2026, 5, 2), 1, D(2026, 5, 4)),  # received on a Saturday: counting starts Monday
        (D(2026, 5, 3), 1, D(2026, 5, 4)),  # Sunday
        (D(2026, 5, 7), 1, D(2026, 5, 11)),  # 8 May 2026 is a Friday too
        (D(2026, 4, 30), 5, D(2026, 5, 11)),
        (D(2026, 4, 30), 10, D(2026, 5, 19)),  # 8 May and Ascension skipped
        (D(2025, 12, 24), 1, D(2025, 12, 26)),  # Christmas on a Thursday
        (D(2025, 12, 24), 2, D(2025, 12, 29)),
        (D(2025, 12, 24), 5, D(2026, 1, 2)),  # and New Year's Day
        (D(2025, 12, 24), 6, D(2026, 1, 5)),
        (D(2025, 12, 31), 1, D(2026, 1, 2)),
    ],
)
def test_due_dates_across_holidays(received, delay, due):
    assert add_working_days(received, delay) == due
    assert expected_date(dt.datetime.combine(received, dt.time(10)), delay) == due
    assert add_working_days_array([received], [delay])[0] == np.datetime64(due)


def test_received_late_in_the_evening_counts_from_its_paris_day():
    # 1 May 2026 22:30 UTC is Saturday 2 May 00:30 in Paris: still due on Monday 4 May
    moment = dt.datetime(2026, 5, 1, 22, 30, tzinfo=dt.timezone.utc)
    assert expected_date(moment, 1) == D(2026, 5, 4)
    # Thursday 30 April 21:00 UTC is 23:00 in Paris, still Thursday
    assert expected_date(dt.datetime(2026, 4, 30, 21, tzinfo=dt.timezone.utc), 1) == D(2026, 5, 4)


def test_negative_delay_is_refused():
    with pytest.raises(ValueError):
        add_working_days(D(2026, 1, 5), -1)
    with pytest.raises(ValueError):
        add_working_days_array([D(2026, 1, 5)], [-1])


def test_working_days_between():
    assert working_days_between(D(2026, 4, 30), D(2026, 5, 11)) == 5
    assert working_days_between(D(2026, 5, 11), D(2026, 4, 30)) == -5
    assert working_days_between(D(2026, 5, 2), D(2026, 5, 3)) == 0  # a weekend
    assert working_days_between(D(2026, 5, 4), D(2026, 5, 4)) == 0
    assert working_days_between(D(2026, 5, 4), D(2026, 5, 5)) == 1
    assert list(
        working_days_between_array(
            [D(2026, 4, 30), D(2026, 5, 11)], [D(2026, 5, 11), D(2026, 4, 30)]
        )
    ) == [5, -5]


def test_overdue_from_the_day_after_the_due_date():
    due = D(2026, 5, 11)
    assert not is_overdue(due, D(2026, 5, 11))
    assert is_overdue(due, D(2026, 5, 12))
    assert not is_overdue(due, D(2026, 5, 12), closed=True)


def test_holidays_array_is_sorted_and_complete():
    days = holidays_array(2024, 2026)
    assert len(days) == 33
    assert list(days) == sorted(np.array(sum(PUBLISHED.values(), []), dtype="datetime64[D]"))


def test_vectorised_on_many_dates_spanning_years():
    start = np.arange(np.datetime64("2020-01-01"), np.datetime64("2030-01-01"))
    delays = np.arange(start.size) % 30
    due = add_working_days_array(start, delays)
    sample = range(0, start.size, 97)
    for i in sample:
        day = start[i].astype(dt.date)
        assert due[i].astype(dt.date) == add_working_days(day, int(delays[i]))
    counts = working_days_between_array(start, due)
    assert (counts == delays).all()


@settings(max_examples=300, deadline=None)
@given(
    st.dates(min_value=D(1990, 1, 1), max_value=D(2100, 12, 31)),
    st.integers(min_value=0, max_value=400),
    st.integers(min_value=-800, max_value=800),
)
def test_scalar_and_vectorised_agree(day, delay, offset):
    due = add_working_days(day, delay)
    assert add_working_days_array([day], delay)[0].astype(dt.date) == due
    assert working_days_between(day, due) == delay
    other = day + dt.timedelta(days=offset)
    assert working_days_between_array([day], [other])[0] == working_days_between(day, other)
