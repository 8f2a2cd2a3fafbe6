"""History statistics: local days and ISO weeks (year ends, DST), the weekly goal, streaks, pain."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backcare_desktop.core.stats import (
    PainPoint,
    SessionSummary,
    WeeklyGoal,
    alert_of_points,
    daily_minutes,
    goal_seconds,
    history_charts,
    latest_alert,
    pain_alert,
    pain_series,
    streaks,
    time_per_focus,
    week_start,
    weekly_minutes,
)

BERLIN = ZoneInfo("Europe/Berlin")
_ids = iter(range(1, 1_000_000))


def session(
    when: datetime | date,
    minutes: float = 10,
    *,
    pain_before: int | None = None,
    pain_after: int | None = None,
    muscles: dict[str, float] | None = None,
) -> SessionSummary:
    """A session starting at ``when`` (a date means 07:00 Berlin time that day)."""
    if not isinstance(when, datetime):
        when = datetime(when.year, when.month, when.day, 7, 0, tzinfo=BERLIN)
    return SessionSummary(
        id=next(_ids),
        started=when,
        active_s=minutes * 60,
        pain_before=pain_before,
        pain_after=pain_after,
        muscle_s=muscles or {},
    )


def goal_week(monday: date, days: tuple[int, ...] = (0, 2, 4), minutes: float = 10):
    """Sessions meeting the default goal in the week starting ``monday``."""
    return [session(monday + timedelta(days=offset), minutes) for offset in days]


# -- days and weeks ----------------------------------------------------------------------------


def test_week_start_is_the_monday():
    assert week_start(date(2024, 5, 6)) == date(2024, 5, 6)  # a Monday
    assert week_start(date(2024, 5, 12)) == date(2024, 5, 6)  # the Sunday after
    assert week_start(date(2021, 1, 1)) == date(2020, 12, 28)  # ISO 2020-W53


def test_weekly_minutes_has_every_week_up_to_today_oldest_first():
    today = date(2024, 5, 8)
    rows = [
        session(date(2024, 5, 6), 12),
        session(date(2024, 5, 6), 3.5),
        session(date(2024, 4, 29), 20),
        session(date(2024, 2, 1), 99),  # before the 12 weeks
        session(date(2024, 5, 13), 99),  # after today's week
    ]
    weeks = weekly_minutes(rows, today)
    assert len(weeks) == 12
    assert weeks[-1].start == date(2024, 5, 6)
    assert weeks[0].start == date(2024, 2, 19)
    assert [week.start - weeks[0].start for week in weeks] == [
        timedelta(weeks=n) for n in range(12)
    ]
    assert weeks[-1].minutes == pytest.approx(15.5) and weeks[-1].sessions == 2
    assert weeks[-2].minutes == pytest.approx(20) and weeks[-2].sessions == 1
    assert sum(week.minutes for week in weeks) == pytest.approx(35.5)
    assert (weeks[-1].iso_year, weeks[-1].iso_week) == (2024, 19)


def test_weekly_goal_counts_days_with_enough_minutes():
    monday = date(2024, 5, 6)
    three_days = goal_week(monday)
    assert weekly_minutes(three_days, monday)[-1].met is True
    # three sessions on one day make one goal day, not a week
    one_day = [session(datetime(2024, 5, 6, hour, tzinfo=BERLIN), 10) for hour in (7, 12, 18)]
    week = weekly_minutes(one_day, monday)[-1]
    assert (week.goal_days, week.met, week.minutes) == (1, False, 30)
    # two five-minute sessions on a day add up to a goal day
    split = [
        *goal_week(monday, (0, 2)),
        session(date(2024, 5, 10), 5),
        session(date(2024, 5, 10), 5),
    ]
    assert weekly_minutes(split, monday)[-1].met is True
    # just under ten minutes does not count
    short = [*goal_week(monday, (0, 2)), session(date(2024, 5, 10), 9.9)]
    assert weekly_minutes(short, monday)[-1].goal_days == 2


def test_a_custom_goal():
    goal = WeeklyGoal(sessions_per_week=4, minutes_per_session=15)
    assert goal.minutes_per_week == 60
    monday = date(2024, 5, 6)
    rows = goal_week(monday, (0, 1, 2, 3), minutes=15)
    assert weekly_minutes(rows, monday, goal=goal)[-1].met is True
    assert weekly_minutes(rows[:3], monday, goal=goal)[-1].met is False
    assert weekly_minutes(goal_week(monday, (0, 1, 2, 3), 14), monday, goal=goal)[-1].met is False


@pytest.mark.parametrize(
    "changes", [{"sessions_per_week": 0}, {"sessions_per_week": 8}, {"minutes_per_session": 0}]
)
def test_goal_values_are_checked(changes):
    with pytest.raises(ValueError, match="must be"):
        WeeklyGoal(**changes)


# -- streaks -------------------------------------------------------------------------------------


def test_streak_runs_across_iso_week_53_and_the_new_year():
    mondays = [date(2020, 12, 14), date(2020, 12, 21), date(2020, 12, 28), date(2021, 1, 4)]
    assert date(2020, 12, 28).isocalendar()[:2] == (2020, 53)
    rows = [row for monday in mondays for row in goal_week(monday)]
    # Wednesday of 2021-W01 with the week already met
    result = streaks(rows, date(2021, 1, 8))
    assert (result.current_weeks, result.longest_weeks) == (4, 4)
    assert result.longest_end == date(2021, 1, 4) and result.this_week_met is True
    weeks = weekly_minutes(rows, date(2021, 1, 8), weeks=4)
    assert [(week.iso_year, week.iso_week) for week in weeks] == [
        (2020, 51),
        (2020, 52),
        (2020, 53),
        (2021, 1),
    ]
    assert all(week.met for week in weeks)


def test_a_week_under_way_does_not_break_the_streak_but_a_missed_one_does():
    mondays = [date(2024, 12, 16), date(2024, 12, 23), date(2024, 12, 30)]  # 12-30 is 2025-W01
    rows = [row for monday in mondays for row in goal_week(monday)]
    assert streaks(rows, date(2025, 1, 7)).current_weeks == 3  # 2025-W02 just started
    assert streaks(rows, date(2025, 1, 7)).this_week_met is False
    assert streaks(rows, date(2025, 1, 14)).current_weeks == 0  # 2025-W02 was missed
    assert streaks(rows, date(2025, 1, 14)).longest_weeks == 3


def test_longest_streak_is_the_longest_run_and_the_latest_on_a_tie():
    mondays = [date(2024, 1, 1), date(2024, 1, 8), date(2024, 2, 5), date(2024, 2, 12)]
    rows = [row for monday in mondays for row in goal_week(monday)]
    result = streaks(rows, date(2024, 6, 1))
    assert (result.current_weeks, result.longest_weeks) == (0, 2)
    assert result.longest_end == date(2024, 2, 12)
    longer = rows + goal_week(date(2024, 1, 15))
    assert streaks(longer, date(2024, 6, 1)).longest_end == date(2024, 1, 15)
    assert streaks([], date(2024, 6, 1)).longest_weeks == 0


def test_sessions_at_half_past_midnight_on_dst_nights_land_on_the_local_day_and_week():
    spring = datetime(2024, 3, 31, 0, 30, tzinfo=BERLIN)  # CET, still UTC+1
    monday_after_spring = datetime(2024, 4, 1, 0, 30, tzinfo=BERLIN)  # CEST, UTC+2
    autumn = datetime(2024, 10, 27, 0, 30, tzinfo=BERLIN)  # CEST, before going back
    monday_after_autumn = datetime(2024, 10, 28, 0, 30, tzinfo=BERLIN)  # CET
    for moment in (spring, monday_after_spring, autumn, monday_after_autumn):
        # in UTC each of these is still the day before: computing in UTC would be wrong
        assert moment.astimezone(UTC).date() == moment.date() - timedelta(days=1)
    # as the store hands them over: at the fixed offset in force when they started
    rows = [
        session(moment.astimezone(timezone(moment.utcoffset() or timedelta())), 12)
        for moment in (spring, monday_after_spring, autumn, monday_after_autumn)
    ]
    assert list(daily_minutes(rows)) == [
        date(2024, 3, 31),
        date(2024, 4, 1),
        date(2024, 10, 27),
        date(2024, 10, 28),
    ]
    weeks = {week.start: week.sessions for week in weekly_minutes(rows, date(2024, 11, 3), 40)}
    assert weeks[date(2024, 3, 25)] == 1  # the Sunday
    assert weeks[date(2024, 4, 1)] == 1  # the Monday, not the Sunday before in UTC
    assert weeks[date(2024, 10, 21)] == 1
    assert weeks[date(2024, 10, 28)] == 1


def test_streak_across_the_dst_weeks():
    mondays = [date(2024, 3, 25), date(2024, 4, 1), date(2024, 10, 21), date(2024, 10, 28)]
    rows = []
    for monday in mondays:
        for offset in (0, 3, 6):  # Monday, Thursday and Sunday at 00:30 local
            day = monday + timedelta(days=offset)
            rows.append(session(datetime(day.year, day.month, day.day, 0, 30, tzinfo=BERLIN)))
    assert streaks(rows[:6], date(2024, 4, 3)).current_weeks == 2
    result = streaks(rows, date(2024, 11, 1))
    assert (result.current_weeks, result.longest_weeks) == (2, 2)


def test_daily_minutes_for_the_calendar():
    rows = [session(date(2024, 5, 6), 12), session(date(2024, 5, 6), 3), session(date(2024, 5, 1))]
    assert daily_minutes(rows) == {date(2024, 5, 1): 10, date(2024, 5, 6): 15}


# -- pain and focus ------------------------------------------------------------------------------


def test_pain_series_keeps_sessions_with_pain_oldest_first():
    late = session(date(2024, 5, 9), pain_after=2)
    early = session(date(2024, 5, 1), pain_before=4)
    none = session(date(2024, 5, 3))
    points = pain_series([late, none, early])
    assert [(p.session_id, p.before, p.after) for p in points] == [
        (early.id, 4, None),
        (late.id, None, 2),
    ]


def test_time_per_focus_sums_muscles_in_the_window():
    rows = [
        session(date(2024, 5, 1), muscles={"glutes": 120, "core": 60}),
        session(date(2024, 5, 8), muscles={"core": 200, "back": 30}),
        session(date(2024, 3, 1), muscles={"calves": 500}),
    ]
    assert time_per_focus(rows) == {"calves": 500, "core": 260, "glutes": 120, "back": 30}
    assert list(time_per_focus(rows)) == ["calves", "core", "glutes", "back"]
    assert time_per_focus(rows, since=date(2024, 5, 1)) == {"core": 260, "glutes": 120, "back": 30}
    assert time_per_focus(rows, since=date(2024, 5, 2), until=date(2024, 5, 8)) == {
        "core": 200,
        "back": 30,
    }


def pains(*afters: int | None, start: date = date(2024, 5, 1)) -> list[SessionSummary]:
    return [
        session(start + timedelta(days=2 * index), pain_after=after)
        for index, after in enumerate(afters)
    ]


def test_no_alert_for_steady_or_falling_pain():
    assert pain_alert([]) is None
    assert pain_alert(pains(3, 3, 3)) is None
    assert pain_alert(pains(2, 3, 3)) is None  # not strictly rising
    assert pain_alert(pains(5, 4, 2)) is None
    assert pain_alert(pains(2, 3)) is None  # two sessions are not a trend


def test_rising_pain_over_the_last_three_sessions_that_have_it():
    rows = pains(1, 2, None, 3)  # a session without pain logged does not break the trend
    alert = pain_alert(rows)
    assert alert is not None
    assert alert.reason == "rising" and alert.values == (1, 2, 3)
    assert alert.session_id == rows[-1].id


def test_any_entry_of_seven_or_more_in_the_latest_session():
    alert = pain_alert([*pains(2, 1), session(date(2024, 6, 1), pain_before=7, pain_after=3)])
    assert alert is not None and alert.reason == "high" and alert.values == (7,)
    assert pain_alert([session(date(2024, 6, 1), pain_before=6, pain_after=6)]) is None
    # an old high entry is history once a later session is fine
    assert (
        pain_alert([session(date(2024, 6, 1), pain_after=9), *pains(1, start=date(2024, 6, 2))])
        is None
    )


def test_one_episode_while_pain_stays_up_and_a_new_one_after_it_settles():
    rows = pains(1, 2, 3)
    first = pain_alert(rows)
    assert first is not None
    rows += pains(4, start=date(2024, 5, 20))  # still rising: the same episode
    assert pain_alert(rows).episode == first.episode  # type: ignore[union-attr]
    rows += pains(8, start=date(2024, 5, 22))  # high now: still the same episode
    same = pain_alert(rows)
    assert same is not None and same.reason == "high" and same.episode == first.episode
    rows += pains(2, start=date(2024, 5, 24))  # back under 7 and not rising: episode over
    assert pain_alert(rows) is None
    rows += pains(7, start=date(2024, 5, 26))
    second = pain_alert(rows)
    assert second is not None and second.episode != first.episode
    assert second.session_id == rows[-1].id


def test_sessions_are_taken_in_time_order_whatever_the_input_order():
    rows = pains(1, 2, 3)
    assert pain_alert(list(reversed(rows))) == pain_alert(rows)


class CountingPoints:
    """Pain points handed out newest first, counting how many were taken."""

    def __init__(self, oldest_first: list[PainPoint]) -> None:
        self.points = oldest_first[::-1]
        self.taken = 0

    def __iter__(self):
        for point in self.points:
            self.taken += 1
            yield point


def points_of(entries: list[tuple[int | None, int | None]]) -> list[PainPoint]:
    start = datetime(2024, 5, 1, 7, tzinfo=BERLIN)
    return [
        PainPoint(number + 1, start + timedelta(days=number), before, after)
        for number, (before, after) in enumerate(entries)
    ]


rating = st.none() | st.integers(0, 10)


@given(st.lists(st.tuples(rating, rating), max_size=14))
def test_the_latest_alert_read_newest_first_is_the_alert(entries) -> None:
    points = points_of(entries)
    assert latest_alert(CountingPoints(points)) == alert_of_points(points)


def test_the_latest_alert_reads_only_back_to_its_episode() -> None:
    calm = [(2, 2)] * 500
    points = CountingPoints(points_of([*calm, (3, 8), (2, 9)]))
    alert = latest_alert(points)
    assert alert is not None and alert.reason == "high" and alert.values == (9,)
    assert alert.episode.startswith("501@") and alert.session_id == 502
    # the episode's two sessions, the calm one before it and the two entries it rises over
    assert points.taken == 5
    points = CountingPoints(points_of([*calm, (2, 3), (None, None), (None, 4), (1, 5)]))
    alert = latest_alert(points)
    assert alert is not None and alert.reason == "rising" and alert.values == (3, 4, 5)
    assert alert.episode.startswith("503@")  # (2, 3) is not rising over (2, 2), (2, 2)
    assert points.taken < 10
    quiet = CountingPoints(points_of([*calm, (1, 1)]))
    assert latest_alert(quiet) is None and quiet.taken <= 3


def test_history_charts_bundles_everything():
    monday = date(2024, 5, 6)
    rows = [
        *goal_week(monday - timedelta(weeks=1)),
        session(monday, 12, pain_before=2, pain_after=8, muscles={"core": 720}),
        session(monday - timedelta(weeks=20), 30, muscles={"calves": 1800}),
    ]
    charts = history_charts(rows, monday, goal=WeeklyGoal(3, 10), weeks=12)
    assert len(charts.weeks) == 12 and charts.weeks[-2].met
    assert charts.streaks.current_weeks == 1
    assert charts.focus == {"core": 720}  # only the charted weeks
    assert charts.alert is not None and charts.alert.reason == "high"
    assert len(charts.pain) == 1 and len(charts.days) == 5


# -- a completed routine whose plan meets the goal counts ---------------------------------------


def test_a_completed_routine_planned_for_the_goal_length_counts():
    """Three complete ten-minute routines make the week, though the work was 8 minutes each."""
    monday = date(2024, 5, 6)
    week = []
    for offset in (0, 2, 4):
        done = session(monday + timedelta(days=offset), minutes=8)
        done.planned_s = 10.5 * 60
        week.append(done)
    charts = history_charts(week, monday + timedelta(days=6))
    assert charts.streaks.current_weeks == 1
    assert charts.weeks[-1].goal_days == 3 and charts.weeks[-1].minutes == 24
    assert charts.goal_days == frozenset(s.day for s in week)
    assert [goal_seconds(s) for s in week] == [630.0] * 3


def test_a_stopped_routine_counts_only_its_exercise():
    stopped = session(date(2024, 5, 6), minutes=8)
    stopped.planned_s = 10.5 * 60
    stopped.status = "stopped"
    assert goal_seconds(stopped) == 480
    assert history_charts([stopped], date(2024, 5, 12)).goal_days == frozenset()
