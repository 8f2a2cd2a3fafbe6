"""Planned days for reminders, the coming weeks' sessions, and the .ics read back."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import icalendar

from backcare_desktop.core.enrolment import (
    Enrolment,
    LoggedSession,
    morning_check_due,
    plan_status,
    planned_weekdays,
    session_offsets,
)
from backcare_desktop.core.programme_calendar import calendar_bytes, upcoming_sessions
from backcare_desktop.core.programmes import load_programmes
from backcare_desktop.resources import resources_dir

START = date(2026, 3, 4)  # a Wednesday


def back_on_track():  # type: ignore[no-untyped-def]
    return next(
        p for p in load_programmes(resources_dir() / "programmes") if p.id == "back-on-track"
    )


def test_session_days_are_spread_over_the_week() -> None:
    assert session_offsets(3) == (0, 2, 4)
    assert session_offsets(4) == (0, 1, 3, 5)
    assert planned_weekdays(Enrolment("p", START), 3) == (2, 4, 6)  # Wed, Fri, Sun
    paused = Enrolment("p", START).pause(START).resume(START + timedelta(days=1))
    assert planned_weekdays(paused, 3) == (0, 3, 5)  # one day later: Thu, Sat, Mon


def test_morning_check_is_due_the_day_after_a_session_once() -> None:
    sessions = [date(2026, 3, 4)]
    assert morning_check_due(date(2026, 3, 5), sessions, [])
    assert not morning_check_due(date(2026, 3, 5), sessions, [date(2026, 3, 5)])
    assert not morning_check_due(date(2026, 3, 6), sessions, [])
    assert not morning_check_due(date(2026, 3, 4), sessions, [])


def test_upcoming_sessions_continue_the_plan() -> None:
    programme = back_on_track()
    enrolment = Enrolment(programme.id, START)
    today = START + timedelta(days=1)  # Thursday, one session done on Wednesday
    status = plan_status(programme, enrolment, [LoggedSession(START, 2, 2)], {}, [], today)
    sessions = upcoming_sessions(status, enrolment, today, weeks=2)
    assert [(s.day.isoformat(), s.routine_id, s.level) for s in sessions] == [
        ("2026-03-06", "post-run-back-release", 1),
        ("2026-03-08", "hatha-yoga-for-the-spine", 1),
        ("2026-03-11", "pilates-for-the-spine", 1),
        ("2026-03-13", "hatha-yoga-for-the-spine", 1),
        ("2026-03-15", "post-run-back-release", 1),
        ("2026-03-18", "pilates-for-the-spine", 1),  # programme week 3 plans level 2: held at 1
    ]


def test_ics_validates_and_reads_back() -> None:
    programme = back_on_track()
    enrolment = Enrolment(programme.id, START, uuid="abc")
    status = plan_status(programme, enrolment, [], {}, [], START)
    sessions = upcoming_sessions(status, enrolment, START, weeks=4)
    data = calendar_bytes(
        sessions,
        time(18, 30),
        minutes=lambda session: 10,
        title=lambda session: f"Back care: {session.routine_id} (level {session.level})",
        uid_prefix=enrolment.uuid,
        now=datetime(2026, 3, 4, 12, tzinfo=UTC),
        note="Planned by your programme; it adapts to your pain.",
    )
    calendar = icalendar.Calendar.from_ical(data)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == len(sessions) == 12
    first = events[0]
    assert first.decoded("dtstart") == datetime(2026, 3, 4, 18, 30)  # floating local time
    assert first.decoded("dtend") - first.decoded("dtstart") == timedelta(minutes=10)
    assert str(first["summary"]) == "Back care: pilates-for-the-spine (level 1)"
    assert str(first["uid"]) == "abc-2026-03-04@backcare-desktop"
    assert len({str(event["uid"]) for event in events}) == 12
    assert calendar["version"] == "2.0"


def test_an_amber_week_is_projected_to_repeat() -> None:
    programme = back_on_track()
    enrolment = Enrolment(programme.id, START)
    today = START + timedelta(days=1)
    status = plan_status(programme, enrolment, [LoggedSession(START, 2, 4)], {}, [], today)
    sessions = upcoming_sessions(status, enrolment, today, weeks=2)
    assert [(s.day.isoformat(), s.routine_id) for s in sessions] == [
        ("2026-03-06", "post-run-back-release"),
        ("2026-03-08", "hatha-yoga-for-the-spine"),
        ("2026-03-11", "pilates-for-the-spine"),  # the first plan week again...
        ("2026-03-13", "post-run-back-release"),  # (week 2 would have Hatha yoga here)
        ("2026-03-15", "hatha-yoga-for-the-spine"),
        ("2026-03-18", "pilates-for-the-spine"),  # then week 2
    ]
