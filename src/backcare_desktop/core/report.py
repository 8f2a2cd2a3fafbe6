"""What the report for a physiotherapist holds: plain data gathered from the history.

The PDF itself is drawn by ``ui/physio_report.py``; this module only decides the content, so it
is tested without Qt: the programme and its weeks (planned vs done, light), pain before and
after each session and each morning, flare-ups (red weeks, warning signs, painful starts), the
notes written after workouts, and how often each routine was done.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from backcare_desktop.core.enrolment import Enrolment, PlanStatus
from backcare_desktop.core.pain_rules import Light


@dataclass(frozen=True)
class WeekRow:
    """One week of the programme: planned and done sessions, and its light."""

    number: int
    planned: int
    done: int
    light: Light | None


@dataclass(frozen=True)
class PainPoint:
    """Pain on a day: before and after a session, or in the morning (None: not logged)."""

    day: date
    before: int | None = None
    after: int | None = None
    morning: int | None = None


@dataclass(frozen=True)
class FlareUp:
    """A bad spell worth a physiotherapist's attention: when, and what happened."""

    day: date
    kind: str
    """``red_week``, ``red_flag`` (warning signs ticked) or ``gate`` (a painful start)."""
    detail: str
    cleared_on: date | None = None
    """For warning signs: the day a doctor had checked the back (None: still open)."""


@dataclass(frozen=True)
class ReportSession:
    """What the report needs of one session."""

    day: date
    routine_title: str
    pain_before: int | None
    pain_after: int | None
    note: str
    completed: bool


@dataclass(frozen=True)
class ReportData:
    """Everything the physio report shows."""

    programme_title: str
    started_on: date | None
    level: int | None
    weeks: tuple[WeekRow, ...]
    pain: tuple[PainPoint, ...]
    flare_ups: tuple[FlareUp, ...]
    notes: tuple[tuple[date, str], ...]
    routines: tuple[tuple[str, int], ...]
    """(routine title, sessions done), most done first."""
    first: date | None
    last: date | None
    """The first and last day anything in the report was logged (None when nothing was)."""


def build_report(
    sessions: Sequence[ReportSession],
    mornings: dict[date, int],
    status: PlanStatus | None,
    enrolment: Enrolment | None,
    flare_ups: Sequence[FlareUp],
    start_pains: Sequence[tuple[date, int]] = (),
) -> ReportData:
    """Gather the report's content; ``flare_ups`` are the warning signs and painful starts
    (red weeks are added from ``status``). ``start_pains`` are the pains given at the
    pre-workout note, which count as pain before even when no workout followed.

    A day's pain point holds the highest pain before, after and in the morning logged that day.
    """
    weeks: list[WeekRow] = []
    events = list(flare_ups)
    if status is not None:
        planned = status.programme.sessions_per_week
        for outcome in status.weeks:
            weeks.append(WeekRow(outcome.week_index + 1, planned, outcome.done, outcome.light))
            if outcome.light is Light.RED and enrolment is not None:
                start = enrolment.started_on.toordinal() + 7 * outcome.week_index
                events.append(
                    FlareUp(date.fromordinal(start), "red_week", outcome.reasons[0].text())
                )
        this_week = status.light if status.done else None  # no session yet: no light yet
        weeks.append(WeekRow(status.week_index + 1, planned, status.done, this_week))
    readings: list[tuple[date, int | None, int | None, int | None]] = [
        (s.day, s.pain_before, s.pain_after, None) for s in sessions
    ]
    readings += [(day, pain, None, None) for day, pain in start_pains]
    readings += [(day, None, None, pain) for day, pain in mornings.items()]
    by_day: dict[date, PainPoint] = {}
    for day, before, after, morning in readings:
        if before is None and after is None and morning is None:
            continue
        old = by_day.get(day, PainPoint(day))
        by_day[day] = PainPoint(
            day,
            _higher(old.before, before),
            _higher(old.after, after),
            _higher(old.morning, morning),
        )
    counts = Counter(session.routine_title for session in sessions if session.completed)
    days = sorted({session.day for session in sessions} | set(by_day) | {e.day for e in events})
    return ReportData(
        programme_title=status.programme.title if status else "",
        started_on=enrolment.started_on if enrolment else None,
        level=status.level if status else None,
        weeks=tuple(weeks),
        pain=tuple(by_day[day] for day in sorted(by_day)),
        flare_ups=tuple(sorted(events, key=lambda event: event.day)),
        notes=tuple((session.day, session.note) for session in sessions if session.note.strip()),
        routines=tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0]))),
        first=days[0] if days else None,
        last=days[-1] if days else None,
    )


def _higher(a: int | None, b: int | None) -> int | None:
    """The higher of two pains, either possibly not logged."""
    return b if a is None else a if b is None else max(a, b)
