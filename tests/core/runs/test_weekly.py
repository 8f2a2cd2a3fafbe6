"""Runs, back-care minutes and pain on the same weeks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from backcare_desktop.core.runs import check_spikes, follow_up_notes
from backcare_desktop.core.runs.model import Activity
from backcare_desktop.core.runs.weekly import pain_samples, running_weeks
from backcare_desktop.core.stats import SessionSummary

TODAY = date(2025, 3, 19)  # a Wednesday; its week starts Monday 17 March


def activity(day: date, sport: str, km: float) -> Activity:
    return Activity(
        start=datetime(day.year, day.month, day.day, 7, tzinfo=UTC),
        sport=sport,
        distance_m=km * 1000,
        moving_s=3000,
        elapsed_s=3100,
        ascent_m=None,
        avg_hr=None,
        max_hr=None,
        source="x.fit",
        content_hash=f"{day}{sport}",
    )


def session(day: date, minutes: float, before: int | None, after: int | None) -> SessionSummary:
    started = datetime(day.year, day.month, day.day, 18, tzinfo=UTC)
    return SessionSummary(0, started, minutes * 60, pain_before=before, pain_after=after)


def test_weeks_hold_running_km_backcare_minutes_pain_and_spikes() -> None:
    activities = [
        activity(date(2025, 3, 3), "running", 8),
        activity(date(2025, 3, 5), "running", 6),
        activity(date(2025, 3, 6), "cycling", 40),
        activity(date(2025, 3, 17), "running", 12),  # spike: 50% over 8 km
        activity(date(2025, 1, 1), "running", 30),  # before the chart
    ]
    sessions = [
        session(date(2025, 3, 4), 20, 3, 2),
        session(date(2025, 3, 6), 15, 4, None),
        session(date(2025, 3, 18), 10, 5, 4),
    ]
    runs = [(a.start, a.distance_m) for a in activities if a.is_run]
    weeks = running_weeks(activities, sessions, check_spikes(runs), TODAY, 3, UTC)
    assert [w.start for w in weeks] == [date(2025, 3, 3), date(2025, 3, 10), date(2025, 3, 17)]
    assert [w.run_km for w in weeks] == [14.0, 0.0, 12.0]
    assert [w.other_activities for w in weeks] == [1, 0, 0]
    assert [w.backcare_minutes for w in weeks] == [35.0, 0.0, 10.0]
    assert [w.pain_before for w in weeks] == [3.5, None, 5.0]
    assert [w.pain_after for w in weeks] == [2.0, None, 4.0]
    assert [w.spikes for w in weeks] == [0, 0, 1]


def test_pain_samples_feed_the_follow_up_note() -> None:
    runs = [
        (datetime(2025, 3, 3, 7, tzinfo=UTC), 8000.0),
        (datetime(2025, 3, 10, 7, tzinfo=UTC), 12000.0),
    ]
    sessions = [session(date(2025, 3, 8), 10, 2, 2), session(date(2025, 3, 11), 10, 4, 3)]
    samples = pain_samples(sessions)
    assert [s.pain for s in samples] == [2, 2, 4, 3]
    assert samples[1].at - samples[0].at == timedelta(minutes=10)
    [note] = follow_up_notes(check_spikes(runs), samples)
    assert (note.pain_before, note.pain_after) == (2, 4)


def test_morning_checks_join_the_weeks_and_the_follow_up_note() -> None:
    morning = {date(2025, 3, 4): 2, date(2025, 3, 6): 4, date(2025, 3, 18): 6}
    weeks = running_weeks([], [], [], TODAY, 3, UTC, morning=morning)
    assert [w.morning_pain for w in weeks] == [3.0, None, 6.0]
    runs = [
        (datetime(2025, 3, 3, 7, tzinfo=UTC), 8000.0),
        (datetime(2025, 3, 17, 7, tzinfo=UTC), 12000.0),
    ]
    samples = pain_samples([], {date(2025, 3, 16): 2, date(2025, 3, 18): 5}, UTC)
    [note] = follow_up_notes(check_spikes(runs), samples)
    assert (note.pain_before, note.pain_after) == (2, 5)
    assert note.pain_after_at == datetime(2025, 3, 18, 6, tzinfo=UTC)
