"""Reminder times."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from backcare_desktop.core.reminders import next_reminder, parse_clock_time

MONDAY_NOON = datetime(2026, 11, 23, 12, 0)


@pytest.mark.parametrize(
    ("now", "days", "expected"),
    [
        (MONDAY_NOON, [0, 2, 4], datetime(2026, 11, 23, 18, 0)),  # later today
        (datetime(2026, 11, 23, 18, 0), [0, 2, 4], datetime(2026, 11, 25, 18, 0)),  # not "now"
        (datetime(2026, 11, 23, 19, 0), [0], datetime(2026, 11, 30, 18, 0)),  # next week
        (datetime(2026, 12, 31, 20, 0), [3, 4], datetime(2027, 1, 1, 18, 0)),  # over a year end
        (MONDAY_NOON, [], None),
    ],
)
def test_next_reminder(now: datetime, days: list[int], expected: datetime | None) -> None:
    assert next_reminder(now, days, time(18, 0)) == expected


def test_parse_clock_time() -> None:
    assert parse_clock_time("07:05") == time(7, 5)
    with pytest.raises(ValueError, match="does not match"):
        parse_clock_time("7 o'clock")


@pytest.mark.parametrize(
    "text",
    [
        "18:30",
        "9:5",
        "09:05",
        "0:00",
        "23:59",
        "24:00",
        "23:60",
        "012:00",
        "12:005",
        "1:2:3",
        " 9:05",
        "9:05 ",
        "9:05\n",
        "",
        "ab",
        "\u0669:\u0660\u0665",
    ],
)
def test_parse_clock_time_accepts_what_strptime_accepts(text: str) -> None:
    try:
        expected: time | None = datetime.strptime(text, "%H:%M").time()
    except ValueError:
        expected = None
    try:
        parsed: time | None = parse_clock_time(text)
    except ValueError:
        parsed = None
    assert parsed == expected
