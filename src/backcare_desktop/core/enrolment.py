"""Following a programme: enrolment, pauses, and the plan replayed from the logged pain.

Nothing about progress is stored: the plan's state (programme week, level, light) is
computed by replaying the history from the enrolment day with :func:`plan_status`, so the
same logs always give the same plan, a restored backup included.

Weeks are blocks of seven local calendar days from the enrolment day, paused days left out
(dates, not clock times: a daylight-saving change or a new year moves nothing). At the end
of each week the rules of :mod:`backcare_desktop.core.pain_rules` decide:

* a warning sign (red flag) still open: progression stops; it goes on from the day the sign
  is cleared (a doctor has checked the back), that week decided by its light;
* a red session in the week: the level stepped down at once (one step per week) and the week
  repeats; from the third red week on, the plan suggests a physiotherapist;
* an amber session: the level holds and the week repeats;
* no session at all: the week just continues (no guilt, nothing changes);
* otherwise the plan moves on a week; after a complete week of green sessions the user's
  level also rises one step (never above the highest level planned in the new week).

A planned session runs at its planned level or the user's level, whichever is lower.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum

from backcare_desktop.core.levels import MIN_LEVEL
from backcare_desktop.core.pain_rules import (
    PHYSIO_RED_WEEKS,
    Light,
    Reason,
    SessionLight,
    SessionPain,
    meaningful_change,
    session_lights,
    worst,
)
from backcare_desktop.core.programmes import PlannedSession, Programme

DAYS_PER_WEEK = 7


class EnrolmentState(StrEnum):
    """Where an enrolment stands."""

    ACTIVE = "active"
    PAUSED = "paused"
    STOPPED = "stopped"


@dataclass(frozen=True)
class Enrolment:
    """Following one programme from ``started_on``; ``pauses`` are (from, until) days.

    A pause's ``until`` is the day following resumes (None while paused); ``ended_on`` is set
    when the user stopped or switched programme.
    """

    programme_id: str
    started_on: date
    pauses: tuple[tuple[date, date | None], ...] = ()
    ended_on: date | None = None
    id: int | None = field(default=None, compare=False)
    """The database row, once saved (not part of equality: a restored copy is equal)."""
    uuid: str = ""
    """Identifies the enrolment across backups (empty until saved)."""

    @property
    def state(self) -> EnrolmentState:
        """Active, paused or stopped."""
        if self.ended_on is not None:
            return EnrolmentState.STOPPED
        if self.pauses and self.pauses[-1][1] is None:
            return EnrolmentState.PAUSED
        return EnrolmentState.ACTIVE

    @property
    def paused(self) -> bool:
        """True while paused."""
        return self.state is EnrolmentState.PAUSED

    def pause(self, day: date) -> Enrolment:
        """Paused from ``day`` on (ValueError unless active)."""
        self._require(EnrolmentState.ACTIVE, "pause")
        return replace(self, pauses=(*self.pauses, (day, None)))

    def resume(self, day: date) -> Enrolment:
        """Following again from ``day`` (ValueError unless paused)."""
        self._require(EnrolmentState.PAUSED, "resume")
        start = self.pauses[-1][0]
        return replace(self, pauses=(*self.pauses[:-1], (start, max(day, start))))

    def stop(self, day: date) -> Enrolment:
        """Stopped on ``day`` (also what switching does to the old enrolment)."""
        if self.state is EnrolmentState.STOPPED:
            raise ValueError("cannot stop: this programme is already stopped")
        return replace(self, ended_on=day)

    def _require(self, state: EnrolmentState, action: str) -> None:
        if self.state is not state:
            raise ValueError(f"cannot {action}: the programme is {self.state.value}")

    def is_paused_on(self, day: date) -> bool:
        """True when ``day`` falls in a pause."""
        return any(start <= day and (until is None or day < until) for start, until in self.pauses)

    def programme_day(self, day: date) -> int | None:
        """Days followed from the enrolment day to ``day`` (0 on the first), or None when
        ``day`` is before the start, after the end, or paused."""
        if day < self.started_on or self.is_paused_on(day):
            return None
        if self.ended_on is not None and day > self.ended_on:
            return None
        paused = sum(max(0, (min(until or day, day) - start).days) for start, until in self.pauses)
        return (day - self.started_on).days - paused

    def week_index(self, day: date) -> int | None:
        """The 0-based week of ``day`` in this enrolment (see :meth:`programme_day`)."""
        index = self.programme_day(day)
        return None if index is None else index // DAYS_PER_WEEK


def switch(
    current: Enrolment | None, programme_id: str, day: date
) -> tuple[Enrolment | None, Enrolment]:
    """Stop ``current`` (if any) and follow ``programme_id`` from ``day``."""
    ended = None
    if current is not None and current.state is not EnrolmentState.STOPPED:
        ended = current.stop(day)
    return ended, Enrolment(programme_id, day)


@dataclass(frozen=True)
class LoggedSession:
    """A workout from the history: its local day, pain, and whether it counts as done."""

    day: date
    before: int | None
    after: int | None
    done: bool = True


@dataclass(frozen=True)
class WeekOutcome:
    """What one finished week decided."""

    week_index: int
    plan_week: int
    level: int
    """The user's level after the decision."""
    light: Light | None
    done: int
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class PlanStatus:
    """The plan on a given day: what to do today and why the plan is where it is."""

    programme: Programme
    week_index: int
    """The enrolment week of the day (0-based)."""
    plan_week: int
    """The programme week being followed (0-based; repeats make it lag ``week_index``)."""
    level: int
    light: Light | None
    """This week's light, or last week's before any session this week."""
    reasons: tuple[Reason, ...]
    """Why the plan last changed (or the light this week), in plain words."""
    planned: int
    done: int
    today: PlannedSession | None
    """The suggested session (at the level to run it), or None when the week is done."""
    done_today: bool
    offer_flare_up: bool
    see_physio: bool
    stopped_by_red_flag: bool
    finished: bool
    paused: bool
    weeks: tuple[WeekOutcome, ...] = field(default=())
    week_light: Light | None = None
    """The light of this week's sessions only (None before any rated session)."""

    def session_level(self, planned: PlannedSession) -> int:
        """The level to run ``planned`` at: its planned level or the user's, the lower."""
        return min(planned.level, self.level)


@dataclass
class _Replay:
    programme: Programme
    level: int = MIN_LEVEL
    plan_week: int = 0
    red_weeks: int = 0
    reasons: tuple[Reason, ...] = (Reason("started"),)
    outcomes: list[WeekOutcome] = field(default_factory=list)

    def week_plan_level(self) -> int:
        return self.programme.week(self.plan_week).top_level

    def step_down(self, why: Reason) -> None:
        self.level = max(MIN_LEVEL, min(self.level, self.week_plan_level()) - 1)
        self.reasons = (Reason("step_down", {"why": why, "level": self.level}),)

    def finished(self) -> bool:
        weeks = self.programme.weeks
        return weeks is not None and self.plan_week >= weeks

    def end_week(
        self,
        index: int,
        light: Light | None,
        done: int,
        why: Reason | None,
        stopped: bool,
        rated_all_green: bool,
    ) -> None:
        reasons: tuple[Reason, ...]
        if light is Light.RED:
            self.red_weeks += 1  # counted for the physiotherapist advice even when stopped
        if stopped:
            reasons = (Reason("red_flag"),)
        elif light is Light.RED:
            reasons = self.reasons
            if self.red_weeks >= PHYSIO_RED_WEEKS:
                reasons = (*reasons, Reason("see_physio", {"count": self.red_weeks}))
        elif light is Light.AMBER:
            reasons = (Reason("hold", {"why": why, "level": self.level}),)
        elif done == 0:
            reasons = (Reason("missed_week"),)
        else:
            self.plan_week += 1
            full = rated_all_green and done >= self.programme.sessions_per_week
            ceiling = self.week_plan_level()
            if full and self.level < ceiling:
                self.level += 1
                code = "step_up"
            elif full:
                code = "move_on_at_plan"
            else:
                code = "move_on" if light is Light.GREEN else "move_on_unrated"
            values = {
                "week": self.plan_week + 1,
                "level": self.level,
                "planned": self.programme.sessions_per_week,
            }
            reasons = (Reason(code, values),)
            if self.finished():
                reasons = (Reason("finished"),)
        self.reasons = reasons
        self.outcomes.append(WeekOutcome(index, self.plan_week, self.level, light, done, reasons))


def _done_days(sessions: Sequence[LoggedSession]) -> int:
    return len({session.day for session in sessions if session.done})


def plan_status(
    programme: Programme,
    enrolment: Enrolment,
    sessions: Sequence[LoggedSession],
    mornings: Mapping[date, int],
    red_flag_days: Sequence[tuple[date, date | None]],
    today: date,
) -> PlanStatus:
    """Replay the enrolment up to ``today`` and say where the plan stands.

    ``sessions``: workouts in time order (any routine; sessions on paused days are left
    out). ``mornings``: morning pain by day. ``red_flag_days``: (reported, cleared or None)
    for each warning-sign report.
    """
    replay = _Replay(programme)
    counted = [s for s in sessions if enrolment.programme_day(s.day) is not None and s.day <= today]
    lights = session_lights([SessionPain(s.day, s.before, s.after) for s in counted], mornings)
    last_day = today if enrolment.ended_on is None else min(today, enrolment.ended_on)
    current = enrolment.week_index(last_day)
    if current is None:  # paused today: the plan stands where the last followed day left it
        current = _last_followed_week(enrolment, last_day)
    by_week: dict[int, list[int]] = {}
    for position, session in enumerate(counted):
        week = enrolment.week_index(session.day)
        assert week is not None
        by_week.setdefault(week, []).append(position)
    for week in range(current + 1):
        if replay.finished():
            break
        positions = by_week.get(week, [])
        week_lights = [lights[p].light for p in positions]
        rated = [light for light in week_lights if light is not None]
        light = worst(rated)
        red_reason = next(
            (lights[p].reason for p in positions if lights[p].light is Light.RED), None
        )
        if red_reason is not None:
            replay.step_down(red_reason)
        stopped = _red_flag_in_week(enrolment, week, red_flag_days, today)
        if week == current:
            found = _Found(week, positions, light, stopped)
            return _status(replay, enrolment, counted, found, lights, today)
        why = next((lights[p].reason for p in positions if lights[p].light is Light.AMBER), None)
        all_green = bool(rated) and len(rated) == len(week_lights) and light is Light.GREEN
        done = _done_days([counted[p] for p in positions])
        replay.end_week(week, light, done, why, stopped, all_green)
    return _status(replay, enrolment, counted, _Found(current, [], None, False), lights, today)


def _last_followed_week(enrolment: Enrolment, day: date) -> int:
    probe = day
    while probe >= enrolment.started_on:
        week = enrolment.week_index(probe)
        if week is not None:
            return week
        probe -= timedelta(days=1)
    return 0


def _week_of(enrolment: Enrolment, day: date) -> int:
    """The enrolment week of ``day``: -1 before the start, the last followed week in a pause."""
    if day < enrolment.started_on:
        return -1
    week = enrolment.week_index(day)
    return week if week is not None else _last_followed_week(enrolment, day)


def _red_flag_in_week(
    enrolment: Enrolment, week: int, reports: Sequence[tuple[date, date | None]], today: date
) -> bool:
    """A warning sign still open at the end of ``week`` (or on ``today`` in the current week).

    A sign counts once reported (before the programme started included); a clearance counts
    from its own day on, so "a doctor has checked my back" lets the plan go on at once and the
    week is then decided by its light."""
    for reported, cleared in reports:
        if reported > today or _week_of(enrolment, reported) > week:
            continue
        if cleared is None or cleared > today or _week_of(enrolment, cleared) > week:
            return True
    return False


@dataclass(frozen=True)
class _Found:
    """The week being lived: its index, its sessions (positions), light and red-flag stop."""

    week: int
    positions: Sequence[int]
    light: Light | None
    stopped: bool


def _status(
    replay: _Replay,
    enrolment: Enrolment,
    counted: Sequence[LoggedSession],
    found: _Found,
    lights: Sequence[SessionLight],
    today: date,
) -> PlanStatus:
    programme = replay.programme
    positions, light, stopped = found.positions, found.light, found.stopped
    week_sessions = [counted[p] for p in positions]
    done = _done_days(week_sessions)
    finished = replay.finished()
    plan = programme.week(replay.plan_week)
    suggestion = None
    if not finished and not stopped and done < len(plan.sessions):
        planned = plan.sessions[done]
        suggestion = PlannedSession(planned.routine_id, min(planned.level, replay.level))
    reasons = replay.reasons
    if stopped:
        reasons = (Reason("red_flag"),)
    elif reasons[0].code == "red_flag":  # last week stopped; the sign has been cleared since
        reasons = (Reason("red_flag_cleared"),)
    elif light is not None and positions:
        if light is Light.RED:
            reasons = replay.reasons
        elif light is Light.AMBER:
            amber = next(lights[p] for p in reversed(positions) if lights[p].light is Light.AMBER)
            reasons = (amber.reason, Reason("amber_now"))
    current_light = light if positions and light is not None else _last_light(replay)
    return PlanStatus(
        programme=programme,
        week_index=found.week,
        plan_week=replay.plan_week,
        level=replay.level,
        light=current_light,
        reasons=reasons,
        planned=programme.sessions_per_week,
        done=done,
        today=suggestion,
        done_today=any(session.day == today and session.done for session in week_sessions),
        offer_flare_up=current_light is Light.RED,
        see_physio=replay.red_weeks >= PHYSIO_RED_WEEKS,
        stopped_by_red_flag=stopped,
        finished=finished,
        paused=enrolment.is_paused_on(today),
        weeks=tuple(replay.outcomes),
        week_light=light if positions else None,
    )


def _last_light(replay: _Replay) -> Light | None:
    return replay.outcomes[-1].light if replay.outcomes else None


def pain_change(
    enrolment: Enrolment,
    sessions: Sequence[LoggedSession],
    mornings: Mapping[date, int],
    today: date,
) -> Reason | None:
    """The "real change" message (see :func:`meaningful_change`) from every pain logged in the
    enrolment's first week and in the last two weeks up to ``today``; None before week 3."""
    current = enrolment.week_index(today)
    if current is None or current < 3:
        return None
    values: dict[bool, list[int]] = {True: [], False: []}
    recent_from = today - timedelta(days=2 * DAYS_PER_WEEK - 1)
    logged = [(s.day, p) for s in sessions for p in (s.before, s.after) if p is not None]
    for day, pain in [*logged, *mornings.items()]:
        if day > today:
            continue
        if enrolment.week_index(day) == 0:
            values[True].append(pain)
        elif day >= recent_from and enrolment.programme_day(day) is not None:
            values[False].append(pain)
    return meaningful_change(values[True], values[False])


def morning_check_due(
    today: date, session_days: Iterable[date], answered_days: Iterable[date]
) -> bool:
    """True when the morning question should be asked: a session yesterday and no answer (or
    skip) recorded today. Only the morning right after a session counts for the rules."""
    return today - timedelta(days=1) in set(session_days) and today not in set(answered_days)


def session_offsets(sessions_per_week: int) -> tuple[int, ...]:
    """Days from the start of a programme week on which sessions are planned, spread out:
    3 a week gives days 0, 2 and 4; 4 gives 0, 1, 3 and 5."""
    count = max(1, min(DAYS_PER_WEEK, sessions_per_week))
    return tuple(index * DAYS_PER_WEEK // count for index in range(count))


def planned_weekdays(enrolment: Enrolment, sessions_per_week: int) -> tuple[int, ...]:
    """The weekdays (Monday 0) of planned sessions, for reminders, counted from the day the
    programme started (pauses shift the week; this uses the current shift)."""
    shift = sum((until - start).days for start, until in enrolment.pauses if until is not None)
    first = (enrolment.started_on.weekday() + shift) % DAYS_PER_WEEK
    return tuple(
        sorted((first + offset) % DAYS_PER_WEEK for offset in session_offsets(sessions_per_week))
    )
