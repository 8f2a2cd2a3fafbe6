"""The coming weeks' planned sessions, and an iCalendar (.ics) file of them.

The projection assumes the coming weeks go as planned (each moves on), except that a week
already amber or red repeats once; the pain rules may still change it, which the events'
description says. Events use floating local times (no time
zone): 18:00 stays 18:00 across daylight-saving changes and travel, as a reminder should.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from backcare_desktop.core.enrolment import DAYS_PER_WEEK, Enrolment, PlanStatus, session_offsets
from backcare_desktop.core.pain_rules import Light

PRODUCT_ID = "-//backcare-desktop//programme calendar//EN"


@dataclass(frozen=True)
class CalendarSession:
    """One planned session on a day."""

    day: date
    routine_id: str
    level: int


def upcoming_sessions(
    status: PlanStatus, enrolment: Enrolment, today: date, weeks: int = 4
) -> list[CalendarSession]:
    """Planned sessions from ``today`` for ``weeks`` weeks: the rest of this week's plan on the
    remaining planned days, then the following programme weeks (as if each goes to plan)."""
    if status.finished or status.stopped_by_red_flag or status.paused:
        return []
    programme = status.programme
    offsets = session_offsets(programme.sessions_per_week)
    programme_day = enrolment.programme_day(today)
    if programme_day is None:
        return []
    week_start = today - timedelta(days=programme_day % DAYS_PER_WEEK)
    result: list[CalendarSession] = []
    repeats = status.week_light in (Light.AMBER, Light.RED)
    for ahead in range(weeks + 1):
        plan_index = status.plan_week + max(0, ahead - repeats)
        if programme.weeks is not None and plan_index >= programme.weeks:
            break
        plan = programme.week(plan_index)
        start = week_start + timedelta(days=DAYS_PER_WEEK * ahead)
        done = status.done if ahead == 0 else 0
        days = [start + timedelta(days=offset) for offset in offsets]
        remaining = [
            day for day in days if day >= today and not (day == today and status.done_today)
        ]
        for day, planned in zip(remaining, plan.sessions[done:], strict=False):
            level = min(planned.level, status.level)
            result.append(CalendarSession(day, planned.routine_id, level))
    end = today + timedelta(days=DAYS_PER_WEEK * weeks)
    return [session for session in result if session.day < end]


def calendar_bytes(
    sessions: Sequence[CalendarSession],
    at: time,
    minutes: Callable[[CalendarSession], int],
    title: Callable[[CalendarSession], str],
    uid_prefix: str,
    now: datetime,
    note: str,
) -> bytes:
    """An iCalendar file with one event per session at local time ``at``.

    ``title`` and ``minutes`` give each event's summary and length; ``note`` is its
    description; UIDs are ``<uid_prefix>-<day>@backcare-desktop`` so a re-export replaces
    the same events in a calendar.
    """
    from icalendar import Calendar, Event  # about 70 ms to import: only when a file is written

    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    stamp = now.astimezone(UTC)
    for session in sessions:
        event = Event()
        start = datetime.combine(session.day, at)
        event.add("uid", f"{uid_prefix}-{session.day.isoformat()}@backcare-desktop")
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=max(1, minutes(session))))
        event.add("summary", title(session))
        event.add("description", note)
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data
