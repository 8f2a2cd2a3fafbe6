"""When the next workout reminder is due: chosen weekdays at a chosen local time."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, time, timedelta

CLOCK_TIME = re.compile(r"(2[0-3]|[0-1]\d|\d):([0-5]\d|\d)")
"""What ``datetime.strptime(text, "%H:%M")`` accepts (its own patterns for ``%H`` and ``%M``),
without importing ``_strptime`` and its locale machinery at start-up."""


def parse_clock_time(text: str) -> time:
    """``"18:30"`` as a time of day. Raises ValueError for anything else."""
    found = CLOCK_TIME.fullmatch(text)
    if found is None:
        raise ValueError(f"time data {text!r} does not match format '%H:%M'")
    return time(int(found[1]), int(found[2]))


def next_reminder(now: datetime, weekdays: Iterable[int], at: time) -> datetime | None:
    """The first moment after ``now`` on one of ``weekdays`` (Monday 0) at ``at``, or None.

    ``now`` is local wall-clock time (aware or naive); the result has the same kind. A time that
    a daylight-saving change skips is still returned as written on that day.
    """
    days = set(weekdays)
    if not days:
        return None
    for ahead in range(8):
        day = now.date() + timedelta(days=ahead)
        if day.weekday() not in days:
            continue
        moment = datetime.combine(day, at, tzinfo=now.tzinfo)
        if moment > now:
            return moment
    return None
