"""Runs, back-care minutes and pain on the same weeks, for the "Running and your back" chart.

Weeks are local ISO weeks (Monday first). Only runs count towards running distance; rides and
walks are counted separately. Pain is the average of the ratings logged that week: before and
after back-care sessions, and the morning check where the programme records one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from backcare_desktop.core.runs.model import Activity
from backcare_desktop.core.runs.spikes import PainSample, SpikeCheck
from backcare_desktop.core.stats import SessionSummary, week_start


@dataclass(frozen=True)
class RunWeek:
    """One week: running km, other activities, back-care minutes, average pain, spikes."""

    start: date
    run_km: float
    other_activities: int
    backcare_minutes: float
    pain_before: float | None
    pain_after: float | None
    spikes: int
    morning_pain: float | None = None


def _average(values: list[int]) -> float | None:
    return round(sum(values) / len(values), 1) if values else None


def running_weeks(
    activities: Sequence[Activity],
    sessions: Sequence[SessionSummary],
    checks: Sequence[SpikeCheck],
    today: date,
    weeks: int,
    zone: tzinfo | None = None,
    morning: Mapping[date, int] | None = None,
) -> list[RunWeek]:
    """The last ``weeks`` weeks up to the one holding ``today``, oldest first.

    Activity starts are shown in ``zone`` (default: the computer's local time zone);
    sessions are counted on their own local day; ``morning`` holds morning-check pain by day.
    """
    first = week_start(today) - timedelta(weeks=weeks - 1)
    index = {first + timedelta(weeks=number): number for number in range(weeks)}
    km = [0.0] * weeks
    others = [0] * weeks
    minutes = [0.0] * weeks
    spikes = [0] * weeks
    before: list[list[int]] = [[] for _ in range(weeks)]
    after: list[list[int]] = [[] for _ in range(weeks)]
    mornings: list[list[int]] = [[] for _ in range(weeks)]
    for day, pain in (morning or {}).items():
        if (number := index.get(week_start(day))) is not None:
            mornings[number].append(pain)
    for activity in activities:
        number = index.get(week_start(activity.start.astimezone(zone).date()))
        if number is None:
            continue
        if activity.is_run:
            km[number] += activity.distance_m / 1000
        else:
            others[number] += 1
    for check in checks:
        number = index.get(week_start(check.start.astimezone(zone).date()))
        if number is not None and check.is_spike:
            spikes[number] += 1
    for session in sessions:
        number = index.get(week_start(session.day))
        if number is None:
            continue
        minutes[number] += session.active_s / 60
        if session.pain_before is not None:
            before[number].append(session.pain_before)
        if session.pain_after is not None:
            after[number].append(session.pain_after)
    return [
        RunWeek(
            start=first + timedelta(weeks=number),
            run_km=round(km[number], 2),
            other_activities=others[number],
            backcare_minutes=round(minutes[number], 1),
            pain_before=_average(before[number]),
            pain_after=_average(after[number]),
            spikes=spikes[number],
            morning_pain=_average(mornings[number]),
        )
        for number in range(weeks)
    ]


MORNING_CHECK_AT = time(6, 0)
"""A morning check counts as logged at this local time of its day (before a morning run)."""


def pain_samples(
    sessions: Sequence[SessionSummary],
    morning: Mapping[date, int] | None = None,
    zone: tzinfo | None = None,
) -> list[PainSample]:
    """Every pain rating logged: before at a session's start, after at its end, and morning
    checks at :data:`MORNING_CHECK_AT` of their day in ``zone`` (default: local time)."""
    samples = [
        PainSample(datetime.combine(day, MORNING_CHECK_AT).replace(tzinfo=zone).astimezone(), pain)
        for day, pain in (morning or {}).items()
    ]
    for session in sessions:
        if session.pain_before is not None:
            samples.append(PainSample(session.started, session.pain_before))
        if session.pain_after is not None:
            ended = session.started + timedelta(seconds=max(session.active_s, 1))
            samples.append(PainSample(ended, session.pain_after))
    return samples
