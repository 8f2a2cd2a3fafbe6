"""Following a programme: transitions, weeks across DST and new year, property tests."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcare_desktop.core.enrolment import (
    Enrolment,
    EnrolmentState,
    LoggedSession,
    pain_change,
    plan_status,
    switch,
)
from backcare_desktop.core.pain_rules import Light, Reason
from backcare_desktop.core.programmes import PlannedSession, Programme, ProgrammeWeek

START = date(2026, 3, 2)  # a Monday


def programme(weeks: int | None = 4, per_week: int = 3, top: int = 4) -> Programme:
    levels = [min(top, 1 + index) for index in range(weeks or 3)]
    plan = tuple(
        ProgrammeWeek(tuple(PlannedSession(f"r{index}-{n}", level) for n in range(per_week)))
        for index, level in enumerate(levels)
    )
    return Programme(
        id="p",
        title="P",
        summary="",
        kind="plan",
        weeks=weeks,
        sessions_per_week=per_week,
        minutes_per_session=10,
        flare_up_routine="flare",
        plan=plan,
    )


def week_of(week: int, pains: list[tuple[int | None, int | None]]) -> list[LoggedSession]:
    return [
        LoggedSession(START + timedelta(days=7 * week + 2 * n), before, after)
        for n, (before, after) in enumerate(pains)
    ]


GREEN3 = [(2, 2), (2, 1), (1, 1)]


@pytest.mark.parametrize(
    ("pains", "light", "plan_week", "level", "code"),
    [
        (GREEN3, Light.GREEN, 1, 2, "step_up"),
        ([(2, 2), (2, 2)], Light.GREEN, 1, 1, "move_on"),  # not complete: on, same level
        ([(2, 4), (2, 2), (2, 2)], Light.AMBER, 0, 1, "hold"),
        ([(2, 2), (5, 7), (2, 2)], Light.RED, 0, 1, "step_down"),
        ([(None, None), (None, None), (None, None)], None, 1, 1, "move_on_unrated"),
        ([], None, 0, 1, "missed_week"),
    ],
)
def test_first_week_decides(
    pains: list[tuple[int | None, int | None]],
    light: Light | None,
    plan_week: int,
    level: int,
    code: str,
) -> None:
    status = plan_status(
        programme(), Enrolment("p", START), week_of(0, pains), {}, [], START + timedelta(days=7)
    )
    (outcome,) = status.weeks
    assert (outcome.light, outcome.plan_week, outcome.level) == (light, plan_week, level)
    assert status.reasons[0].code == code
    assert (status.plan_week, status.level, status.done) == (plan_week, level, 0)


def test_red_steps_down_at_once_and_offers_the_flare_up_routine() -> None:
    sessions = week_of(0, GREEN3) + week_of(1, [(2, 2), (3, 6)])
    status = plan_status(
        programme(), Enrolment("p", START), sessions, {}, [], START + timedelta(days=10)
    )
    assert status.light is Light.RED and status.offer_flare_up
    assert status.level == 1  # from 2 down one step, mid-week
    assert status.reasons[0].text().startswith("Pain reached 6/10. The moves step down to level 1")
    assert status.today == PlannedSession("r1-2", 1)


def test_red_flag_stops_progression_until_cleared() -> None:
    sessions = week_of(0, GREEN3) + week_of(1, GREEN3)
    flagged = plan_status(
        programme(),
        Enrolment("p", START),
        sessions,
        {},
        [(START + timedelta(days=8), None)],
        START + timedelta(days=14),
    )
    assert flagged.stopped_by_red_flag and flagged.today is None
    assert flagged.level == 2 and flagged.plan_week == 1  # week 2 did not move anything on
    assert flagged.reasons[0].code == "red_flag"
    cleared = plan_status(
        programme(),
        Enrolment("p", START),
        sessions,
        {},
        [(START + timedelta(days=8), START + timedelta(days=9))],
        START + timedelta(days=14),
    )
    # Cleared the day after: the week went on and its (green, complete) sessions moved it on.
    assert not cleared.stopped_by_red_flag and cleared.plan_week == 2 and cleared.level == 3


def test_a_clearance_lets_the_plan_go_on_the_same_day() -> None:
    """Reported in week 2, checked by a doctor on day 10: today's session is back at once."""
    sessions = week_of(0, GREEN3)
    reported = START + timedelta(days=8)
    today = START + timedelta(days=10)
    flags = [(reported, today)]
    status = plan_status(programme(), Enrolment("p", START), sessions, {}, flags, today)
    assert not status.stopped_by_red_flag
    assert status.today == PlannedSession("r1-0", 2)
    assert status.reasons[0].code == "step_up"  # the plan's own reason, not "red_flag"


def test_a_clearance_in_a_later_week_says_so() -> None:
    """A week ended stopped; once cleared, the reason says the plan goes on from here."""
    reported = START + timedelta(days=3)
    today = START + timedelta(days=9)
    status = plan_status(programme(), Enrolment("p", START), [], {}, [(reported, today)], today)
    assert status.weeks[0].reasons[0].code == "red_flag"
    assert not status.stopped_by_red_flag and status.today == PlannedSession("r0-0", 1)
    assert status.reasons == (Reason("red_flag_cleared"),)
    assert status.reasons[0].text().startswith("A doctor has checked your back")


def test_three_red_weeks_suggest_a_physiotherapist() -> None:
    red = [(3, 7)]
    sessions = week_of(0, red) + week_of(1, red) + week_of(2, red)
    status = plan_status(
        programme(), Enrolment("p", START), sessions, {}, [], START + timedelta(days=21)
    )
    assert status.see_physio
    assert [r.code for r in status.reasons] == ["step_down", "see_physio"]
    assert "physiotherapist" in status.reasons[1].text()


def test_pause_resume_switch_and_stop() -> None:
    enrolment = Enrolment("p", START)
    paused = enrolment.pause(START + timedelta(days=3))
    assert paused.state is EnrolmentState.PAUSED and paused.paused
    assert not enrolment.paused
    with pytest.raises(ValueError, match="cannot pause"):
        paused.pause(START)
    resumed = paused.resume(START + timedelta(days=10))
    assert resumed.state is EnrolmentState.ACTIVE and not resumed.paused
    assert resumed.programme_day(START + timedelta(days=10)) == 3  # seven paused days left out
    assert resumed.programme_day(START + timedelta(days=5)) is None
    assert resumed.week_index(START + timedelta(days=13)) == 0
    assert resumed.week_index(START + timedelta(days=14)) == 1
    ended, new = switch(resumed, "q", START + timedelta(days=20))
    assert ended is not None and ended.state is EnrolmentState.STOPPED
    assert (new.programme_id, new.started_on) == ("q", START + timedelta(days=20))
    with pytest.raises(ValueError, match="already stopped"):
        ended.stop(START + timedelta(days=21))


def test_sessions_in_a_pause_do_not_count() -> None:
    enrolment = (
        Enrolment("p", START).pause(START + timedelta(days=1)).resume(START + timedelta(days=8))
    )
    sessions = [LoggedSession(START + timedelta(days=3), 9, 9)]
    status = plan_status(programme(), enrolment, sessions, {}, [], START + timedelta(days=9))
    assert status.light is None and status.level == 1 and status.week_index == 0


def test_missed_days_just_continue() -> None:
    sessions = week_of(0, [(1, 1)])
    status = plan_status(
        programme(), Enrolment("p", START), sessions, {}, [], START + timedelta(days=5)
    )
    assert (status.done, status.planned, status.today) == (1, 3, PlannedSession("r0-1", 1))


@pytest.mark.parametrize(
    ("zone", "start", "moments"),
    [
        # Europe leaves summer time on 25 Oct 2026, the US on 1 Nov 2026.
        ("Europe/Berlin", date(2026, 10, 19), ["2026-10-25T23:59", "2026-10-26T00:01"]),
        ("America/New_York", date(2026, 10, 26), ["2026-11-01T23:30", "2026-11-02T00:30"]),
        ("Europe/Berlin", date(2026, 3, 23), ["2026-03-29T23:59", "2026-03-30T00:00"]),
        ("Pacific/Auckland", date(2026, 12, 28), ["2027-01-03T23:59", "2027-01-04T00:00"]),
    ],
)
def test_week_boundaries_follow_local_days(zone: str, start: date, moments: list[str]) -> None:
    enrolment = Enrolment("p", start)
    tz = ZoneInfo(zone)
    last, first = (datetime.fromisoformat(text).replace(tzinfo=tz).date() for text in moments)
    assert (enrolment.week_index(last), enrolment.week_index(first)) == (0, 1)


def test_new_year_week_counts_on() -> None:
    enrolment = Enrolment("p", date(2026, 12, 30))
    assert enrolment.week_index(date(2027, 1, 5)) == 0
    assert enrolment.week_index(date(2027, 1, 6)) == 1
    assert enrolment.week_index(date(2027, 12, 29)) == 52


pain = st.one_of(st.none(), st.integers(0, 10))
week_pains = st.lists(st.tuples(pain, pain), max_size=5)


@settings(max_examples=150, deadline=None)
@given(
    weeks=st.lists(week_pains, min_size=1, max_size=10),
    mornings=st.dictionaries(st.integers(0, 80), st.integers(0, 10), max_size=20),
    open_ended=st.booleans(),
)
def test_no_pain_log_raises_the_level_in_a_red_week(
    weeks: list[list[tuple[int | None, int | None]]], mornings: dict[int, int], open_ended: bool
) -> None:
    plan = programme(weeks=None if open_ended else 6)
    sessions = [session for index, pains in enumerate(weeks) for session in week_of(index, pains)]
    morning_days = {START + timedelta(days=n): value for n, value in mornings.items()}
    status = plan_status(
        plan,
        Enrolment("p", START),
        sessions,
        morning_days,
        [],
        START + timedelta(days=7 * len(weeks)),
    )
    previous_level, previous_week = 1, 0
    for outcome in status.weeks:
        assert 1 <= outcome.level <= plan.top_level
        if outcome.light is not Light.GREEN:  # red, amber, unrated or missed: never up
            assert outcome.level <= previous_level
        if outcome.light is Light.RED:  # and a red week never moves the plan on
            assert outcome.plan_week == previous_week
        previous_level, previous_week = outcome.level, outcome.plan_week
    if status.light is Light.RED:
        assert status.level <= previous_level
    assert 1 <= status.level <= plan.top_level
    if status.today is not None:
        assert 1 <= status.today.level <= plan.top_level


def test_meaningful_change_over_the_programme() -> None:
    sessions = week_of(0, [(5, 5), (5, 5)]) + week_of(2, [(2, 2)]) + week_of(3, [(2, 2), (2, 1)])
    today = START + timedelta(days=27)
    reason = pain_change(Enrolment("p", START), sessions, {}, today)
    assert reason is not None
    assert reason.text() == "Your back pain has dropped from 5 to 2: that is a real change."
    assert pain_change(Enrolment("p", START), sessions, {}, START + timedelta(days=20)) is None


def test_red_weeks_count_for_the_physio_advice_even_while_stopped_by_a_warning_sign() -> None:
    red = [(3, 7)]
    sessions = week_of(0, red) + week_of(1, red) + week_of(2, red)
    flags = [(START + timedelta(days=1), None)]
    status = plan_status(
        programme(), Enrolment("p", START), sessions, {}, flags, START + timedelta(days=21)
    )
    assert status.see_physio and status.stopped_by_red_flag
    assert status.reasons[0].code == "red_flag" and status.today is None


@pytest.mark.parametrize(
    ("reported", "cleared", "stopped", "first_week"),
    [
        (-3, None, True, "red_flag"),  # reported before the programme started, never cleared
        (-3, -1, False, "missed_week"),  # reported and cleared before it started
        (2, None, True, "red_flag"),
        (2, 5, False, "missed_week"),  # cleared within week 1: its light decided it
        (2, 10, False, "red_flag"),  # open at the end of week 1: held; cleared since
        (2, 15, False, "red_flag"),  # cleared today: moving again at once
        (2, 16, True, "red_flag"),  # a clearance dated after today does not count yet
        (9, 12, False, "missed_week"),  # week 2 held only
        (20, None, False, "missed_week"),  # a report after today does not count yet
    ],
)
def test_red_flag_reports_and_clearances(
    reported: int, cleared: int | None, stopped: bool, first_week: str
) -> None:
    report = (
        START + timedelta(days=reported),
        None if cleared is None else START + timedelta(days=cleared),
    )
    today = START + timedelta(days=15)
    status = plan_status(programme(), Enrolment("p", START), [], {}, [report], today)
    assert status.stopped_by_red_flag is stopped
    assert status.weeks[0].reasons[0].code == first_week
