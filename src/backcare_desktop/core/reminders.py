"""When the next workout reminder is due: chosen weekdays at a chosen local time."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, time, timedelta


def parse_clock_time(text: str) -> time:
    """``"18:30"`` as a time of day. Raises ValueError for anything else."""
    return datetime.strptime(text, "%H:%M").time()


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
