"""History statistics for the charts: pure functions over :class:`SessionSummary` rows.

Days and weeks are the user's local ones: each session carries its start as an aware
datetime at the UTC offset in force when it started, so a workout at 00:30 on the night of a
DST change, or abroad, lands on the day the user lived it. A session counts on the day it
started, even when it runs past midnight. Weeks are ISO weeks, Monday to Sunday; they are
identified by their Monday, so consecutive weeks are simply seven days apart, across year
ends and ISO week 53 alike.

Minutes count every session's unpaused active time, whatever its status: a stopped or
interrupted workout was still exercise.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from operator import attrgetter

_started = attrgetter("started")

PAIN_ALERT_THRESHOLD = 7
"""A logged pain at or above this (0-10) prompts the kind note about seeing a professional."""


@dataclass(slots=True)
class SessionSummary:
    """What the stats need of one session (see ``HistoryStore.summaries``).

    Treat it as read-only. It is not frozen only because a frozen dataclass takes five times
    as long to build, which shows at 7,300 sessions.
    """

    id: int
    started: datetime
    """Aware start time at the UTC offset in force when the session started."""
    active_s: float
    status: str = "completed"
    pain_before: int | None = None
    pain_after: int | None = None
    effort: int | None = None
    muscle_s: Mapping[str, float] = field(default_factory=dict)
    """Seconds each muscle group was worked (a move counts fully for each of its muscles)."""
    planned_s: float = 0.0
    """How long the routine was planned to take (as the routine list shows it; 0: unknown)."""

    @property
    def day(self) -> date:
        """The local day the session started on."""
        return self.started.date()


_DAYS_BACK = tuple(timedelta(days=days) for days in range(7))


def week_start(day: date) -> date:
    """The Monday of the ISO week holding ``day``."""
    return day - _DAYS_BACK[day.weekday()]


@dataclass(frozen=True)
class WeeklyGoal:
    """``sessions_per_week`` days a week with at least ``minutes_per_session`` minutes each.

    The default follows the advice of about ten minutes, three or four times a week. Days,
    not sessions, are counted: two short workouts on one day add up to one day's minutes,
    and three workouts squeezed into one day do not make a week.
    """

    sessions_per_week: int = 3
    minutes_per_session: float = 10

    def __post_init__(self) -> None:
        if not 1 <= self.sessions_per_week <= 7:
            raise ValueError(f"sessions_per_week must be 1..7, got {self.sessions_per_week}")
        if not 0 < self.minutes_per_session <= 600:
            raise ValueError(
                f"minutes_per_session must be above 0 and at most 600, "
                f"got {self.minutes_per_session}"
            )

    @property
    def minutes_per_week(self) -> float:
        """The weekly target in minutes (the goal line of the weekly chart)."""
        return self.sessions_per_week * self.minutes_per_session

    def counts(self, day_minutes: float) -> bool:
        """True when a day's minutes count towards the goal."""
        return day_minutes + 1e-9 >= self.minutes_per_session


def goal_seconds(session: SessionSummary) -> float:
    """What a session adds to its day for the weekly goal and the streak.

    Its exercise time; but a completed routine counts with its planned length when that is
    longer, so three complete ten-minute routines make a "3 x 10 min" week even when the reps
    went faster than the plan's estimate or the plan's rests make up part of the ten minutes.
    """
    if session.status == "completed":
        return max(session.active_s, session.planned_s)
    return session.active_s


@dataclass(frozen=True)
class WeekSummary:
    """One ISO week of the weekly chart."""

    start: date
    """The Monday."""
    iso_year: int
    iso_week: int
    minutes: float
    sessions: int
    goal_days: int
    """Days of the week with enough minutes to count towards the goal."""
    met: bool


@dataclass(frozen=True)
class Streaks:
    """Consecutive ISO weeks meeting the weekly goal.

    ``current_weeks`` counts back from this week when it has already met the goal, else from
    last week: a week still under way never breaks the streak. ``longest_end`` is the Monday
    of the last week of the longest streak (the latest one on a tie).
    """

    current_weeks: int
    longest_weeks: int
    longest_end: date | None
    this_week_met: bool
    this_week_goal_days: int


@dataclass(slots=True)
class PainPoint:
    """Pain logged for one session (0-10; None when not logged)."""

    session_id: int
    started: datetime
    before: int | None
    after: int | None


@dataclass(frozen=True)
class PainAlert:
    """Logged pain worth a kind word: ``high`` (an entry >= threshold) or ``rising``.

    ``episode`` stays the same for as long as the alert condition holds from one session to
    the next; the UI remembers the last episode it showed and shows the note once per
    episode. ``values`` are the entries that triggered it.
    """

    reason: str
    episode: str
    session_id: int
    values: tuple[int, ...]


@dataclass
class DayTotals:
    """Per local day: exercise seconds, sessions, and seconds towards the goal
    (:func:`goal_seconds`). Days without a session are absent.

    :func:`day_totals` adds them up from summaries; the history store adds them up in SQL.
    """

    seconds: dict[date, float] = field(default_factory=dict)
    counts: dict[date, int] = field(default_factory=dict)
    goal_seconds: dict[date, float] = field(default_factory=dict)


def day_totals(sessions: Iterable[SessionSummary]) -> DayTotals:
    """The :class:`DayTotals` of ``sessions``."""
    totals = DayTotals()
    for session in sessions:
        day = session.started.date()
        totals.seconds[day] = totals.seconds.get(day, 0.0) + session.active_s
        totals.counts[day] = totals.counts.get(day, 0) + 1
        totals.goal_seconds[day] = totals.goal_seconds.get(day, 0.0) + goal_seconds(session)
    return totals


def daily_minutes(sessions: Iterable[SessionSummary]) -> dict[date, float]:
    """Active minutes per local day (days without a session are absent), by day."""
    return _minutes_by_day(day_totals(sessions).seconds)


def _minutes_by_day(seconds: dict[date, float]) -> dict[date, float]:
    return {day: seconds[day] / 60 for day in sorted(seconds)}


def _week_table(totals: DayTotals, goal: WeeklyGoal) -> dict[date, tuple[float, int, int]]:
    """Monday -> (minutes, sessions, goal days) for every week with a session."""
    weeks: dict[date, list[float]] = {}
    counts, goal_seconds, day_counts = totals.counts, totals.goal_seconds, goal.counts
    for day, day_seconds in totals.seconds.items():  # every day with a session: thousands
        entry = weeks.get(start := week_start(day))
        if entry is None:
            entry = weeks[start] = [0.0, 0, 0]
        entry[0] += day_seconds / 60
        entry[1] += counts[day]
        if day_counts(goal_seconds[day] / 60):
            entry[2] += 1
    return {start: (value[0], int(value[1]), int(value[2])) for start, value in weeks.items()}


def weekly_minutes(
    sessions: Iterable[SessionSummary],
    today: date,
    weeks: int = 12,
    goal: WeeklyGoal | None = None,
) -> list[WeekSummary]:
    """The last ``weeks`` ISO weeks up to the one holding ``today``, oldest first.

    Each week has its minutes, session count and whether it met ``goal`` (default
    :class:`WeeklyGoal`); weeks without workouts are included with zero minutes.
    """
    goal = goal or WeeklyGoal()
    return _weekly(_week_table(day_totals(sessions), goal), today, weeks, goal)


def _weekly(
    table: dict[date, tuple[float, int, int]], today: date, weeks: int, goal: WeeklyGoal
) -> list[WeekSummary]:
    last = week_start(today)
    result = []
    for back in range(weeks - 1, -1, -1):
        start = last - timedelta(weeks=back)
        minutes, count, goal_days = table.get(start, (0.0, 0, 0))
        iso = start.isocalendar()
        result.append(
            WeekSummary(
                start=start,
                iso_year=iso.year,
                iso_week=iso.week,
                minutes=minutes,
                sessions=count,
                goal_days=goal_days,
                met=goal_days >= goal.sessions_per_week,
            )
        )
    return result


def streaks(
    sessions: Iterable[SessionSummary], today: date, goal: WeeklyGoal | None = None
) -> Streaks:
    """Current and longest run of consecutive ISO weeks meeting ``goal`` (see :class:`Streaks`).

    For a three-times-a-week habit, days in a row mean little, so a streak is counted in
    weeks; :func:`daily_minutes` gives the day-level data for a calendar view.
    """
    goal = goal or WeeklyGoal()
    return _streaks(_week_table(day_totals(sessions), goal), today, goal)


def _streaks(table: dict[date, tuple[float, int, int]], today: date, goal: WeeklyGoal) -> Streaks:
    met = {start for start, (_, _, days) in table.items() if days >= goal.sessions_per_week}
    longest, longest_end, run, previous = 0, None, 0, None
    one_week = timedelta(weeks=1)
    for start in sorted(met):
        run = run + 1 if previous is not None and start - previous == one_week else 1
        if run >= longest:
            longest, longest_end = run, start
        previous = start
    this_week = week_start(today)
    cursor = this_week if this_week in met else this_week - one_week
    current = 0
    while cursor in met:
        current += 1
        cursor -= one_week
    return Streaks(
        current_weeks=current,
        longest_weeks=longest,
        longest_end=longest_end,
        this_week_met=this_week in met,
        this_week_goal_days=table.get(this_week, (0.0, 0, 0))[2],
    )


def pain_series(sessions: Iterable[SessionSummary]) -> list[PainPoint]:
    """Pain before and after each session that has any logged, oldest first."""
    points = [
        PainPoint(session.id, session.started, session.pain_before, session.pain_after)
        for session in sessions
        if session.pain_before is not None or session.pain_after is not None
    ]
    points.sort(key=_started)  # stable: sessions starting together keep their order
    return points


def time_per_focus(
    sessions: Iterable[SessionSummary], since: date | None = None, until: date | None = None
) -> dict[str, float]:
    """Seconds per muscle group over sessions started on local days ``since..until``.

    A move counts fully for each muscle it works, so the totals add up to more than the
    workout time. Largest first.
    """
    totals: dict[str, float] = {}
    for session in sessions:
        day = session.started.date()
        if (since is not None and day < since) or (until is not None and day > until):
            continue
        for muscle, seconds in session.muscle_s.items():
            totals[muscle] = totals.get(muscle, 0.0) + seconds
    return dict(sorted(totals.items(), key=lambda item: (-item[1], item[0])))


def pain_alert(
    sessions: Sequence[SessionSummary], threshold: int = PAIN_ALERT_THRESHOLD
) -> PainAlert | None:
    """A kind note when logged pain calls for one, else None.

    Only sessions with some pain logged are considered, oldest first. A session is in alert
    when one of its entries is ``threshold`` or more (``high``), or when it has a pain-after
    that makes the last three pain-after entries strictly rising (``rising``). The alert
    is that of the latest such session; an episode starts at the first session of an unbroken
    run of alert sessions, so a session with pain back under the threshold and not rising
    ends it, and the next alert is a new episode.
    """
    return alert_of_points(pain_series(sessions), threshold)


def alert_of_points(
    points: Iterable[PainPoint], threshold: int = PAIN_ALERT_THRESHOLD
) -> PainAlert | None:
    """:func:`pain_alert` over the pain logged, oldest first (:func:`pain_series`)."""
    afters: list[int] = []
    episode_start: PainPoint | None = None
    current: PainPoint | None = None
    for point in points:
        before, after = point.before, point.after
        if after is not None:
            afters.append(after)
        if (
            (before is not None and before >= threshold)
            or (after is not None and after >= threshold)
            or (after is not None and len(afters) >= 3 and afters[-3] < afters[-2] < afters[-1])
        ):
            if episode_start is None:
                episode_start = point
            current = point
        else:
            episode_start = current = None
    if current is None or episode_start is None:
        return None
    return _alert(current, episode_start, threshold, tuple(afters[-3:]))


def _alert(
    current: PainPoint, episode_start: PainPoint, threshold: int, rising: tuple[int, ...]
) -> PainAlert:
    """The alert of ``current``, in the episode begun at ``episode_start``: ``high`` with its
    entries at ``threshold`` or more, else ``rising`` with the last three pain-after entries."""
    high = tuple(
        value
        for value in (current.before, current.after)
        if value is not None and value >= threshold
    )
    return PainAlert(
        reason="high" if high else "rising",
        episode=f"{episode_start.session_id}@{episode_start.started.isoformat()}",
        session_id=current.session_id,
        values=high or rising,
    )


@dataclass(frozen=True)
class HistoryCharts:
    """Everything the history view draws, computed in one pass over the summaries."""

    weeks: list[WeekSummary]
    goal: WeeklyGoal
    streaks: Streaks
    days: dict[date, float]
    """Exercise minutes per day."""
    goal_days: frozenset[date]
    """Days that count towards the weekly goal (see :func:`goal_seconds`)."""
    pain: list[PainPoint]
    focus: dict[str, float]
    alert: PainAlert | None


def latest_alert(
    newest_first: Iterable[PainPoint], threshold: int = PAIN_ALERT_THRESHOLD
) -> PainAlert | None:
    """:func:`alert_of_points` over the pain logged read newest first, and only as far back as
    the alert's episode goes (plus the two pain-after entries before each of its sessions):
    after years of sessions, the history store need not read them all."""
    points = iter(newest_first)
    seen: list[PainPoint] = []  # read so far, newest first

    def read(index: int) -> PainPoint | None:
        while len(seen) <= index:
            point = next(points, None)
            if point is None:
                return None
            seen.append(point)
        return seen[index]

    def afters_up_to(index: int, count: int) -> list[int]:
        """The last ``count`` pain-after entries up to ``seen[index]``, newest first."""
        found: list[int] = []
        while len(found) < count and (point := read(index)) is not None:
            if point.after is not None:
                found.append(point.after)
            index += 1
        return found

    def in_alert(index: int) -> bool:
        point = seen[index]
        before, after = point.before, point.after
        if (before is not None and before >= threshold) or (
            after is not None and after >= threshold
        ):
            return True
        if after is None:
            return False
        last = afters_up_to(index, 3)
        return len(last) == 3 and last[2] < last[1] < last[0]

    if read(0) is None or not in_alert(0):
        return None
    start = 0
    while read(start + 1) is not None and in_alert(start + 1):
        start += 1
    return _alert(seen[0], seen[start], threshold, tuple(reversed(afters_up_to(0, 3))))


def focus_since(today: date, weeks: int) -> date:
    """The Monday the charts' ``weeks`` weeks up to ``today`` start on (time per muscle group
    covers the same weeks)."""
    return week_start(today) - timedelta(weeks=weeks - 1)


def history_charts(
    sessions: Sequence[SessionSummary],
    today: date,
    goal: WeeklyGoal | None = None,
    weeks: int = 12,
) -> HistoryCharts:
    """All chart data: ``weeks`` weeks of minutes against ``goal``, streaks, calendar days,
    pain over time, and time per muscle group over the same ``weeks`` weeks."""
    pain = pain_series(sessions)
    return charts_of_totals(
        day_totals(sessions),
        pain,
        alert_of_points(pain),
        time_per_focus(sessions, since=focus_since(today, weeks)),
        today,
        goal,
        weeks,
    )


def charts_of_totals(
    totals: DayTotals,
    pain: Sequence[PainPoint],
    alert: PainAlert | None,
    focus: dict[str, float],
    today: date,
    goal: WeeklyGoal | None = None,
    weeks: int = 12,
) -> HistoryCharts:
    """:func:`history_charts` from what it adds up: the day totals, the pain logged (oldest
    first; the latest entries are enough), its alert, and the time per muscle group from
    :func:`focus_since` on (largest first)."""
    goal = goal or WeeklyGoal()
    table = _week_table(totals, goal)
    return HistoryCharts(
        weeks=_weekly(table, today, weeks, goal),
        goal=goal,
        streaks=_streaks(table, today, goal),
        days=_minutes_by_day(totals.seconds),
        goal_days=frozenset(
            day for day, seconds in totals.goal_seconds.items() if goal.counts(seconds / 60)
        ),
        pain=list(pain),
        focus=focus,
        alert=alert,
    )
