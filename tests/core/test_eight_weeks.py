"""Eight simulated weeks of "Back on track": green, amber, red and back, checked week by week.

Fake dates (Mondays, Wednesdays and Fridays from 19 October 2026, across the end of summer time
in Europe) and scripted pain logs; the plan is replayed at the start of each week, as the app
does when it opens, and the light, level, programme week and message are checked.
"""

from __future__ import annotations

from datetime import date, timedelta

from backcare_desktop.core.enrolment import Enrolment, LoggedSession, plan_status
from backcare_desktop.core.pain_rules import Light
from backcare_desktop.core.programmes import PlannedSession, load_programmes
from backcare_desktop.resources import resources_dir

START = date(2026, 10, 19)
GREEN = [(3, 2, 2), (2, 2, 2), (2, 1, 1)]  # (before, after, next morning)
SCRIPT: list[list[tuple[int, int, int | None]]] = [
    GREEN,  # week 1
    GREEN,  # week 2
    [(2, 2, 2), (2, 4, 3), (2, 2, 2)],  # week 3: amber
    [(2, 2, 2), (4, 7, 6)],  # week 4: red in the middle
    GREEN,  # week 5: back
    [(2, 2, 4), (2, 2, 4)],  # week 6: worse the next morning twice: red
    [(6, 6, None)],  # week 7: red again, the third red week
    GREEN,  # week 8: back again
]

EXPECTED = [
    # (week, light, programme week (1-based), level, message)
    (
        1,
        Light.GREEN,
        2,
        1,
        "Last week was comfortable and complete: on to week 2, at level 1 as the plan has it.",
    ),
    (
        2,
        Light.GREEN,
        3,
        2,
        "Last week was comfortable and complete: on to week 3, and the moves step up to level 2.",
    ),
    (
        3,
        Light.AMBER,
        3,
        2,
        "Pain reached 4/10. We hold level 2 and repeat this week's plan, so the back can catch up.",
    ),
    (
        4,
        Light.RED,
        3,
        1,
        "Pain reached 7/10. The moves step down to level 1, and the gentle flare-up routine is "
        "offered. Go easy; the plan picks up again when the back settles.",
    ),
    (
        5,
        Light.GREEN,
        4,
        2,
        "Last week was comfortable and complete: on to week 4, and the moves step up to level 2.",
    ),
    (
        6,
        Light.RED,
        4,
        1,
        "Two sessions in a row, the next morning was worse than the day before (now 4/10). The "
        "moves step down to level 1, and the gentle flare-up routine is offered. Go easy; the plan "
        "picks up again when the back settles.",
    ),
    (
        7,
        Light.RED,
        4,
        1,
        "Pain reached 6/10. The moves step down to level 1, and the gentle flare-up routine is "
        "offered. Go easy; the plan picks up again when the back settles. This is red week number "
        "3 in this programme. Please see a physiotherapist: they can check what your back needs "
        "and adapt the plan with you.",
    ),
    (
        8,
        Light.GREEN,
        5,
        2,
        "Last week was comfortable and complete: on to week 5, and the moves step up to level 2.",
    ),
]


def _logs(
    weeks: int,
) -> tuple[list[LoggedSession], dict[date, int]]:
    sessions: list[LoggedSession] = []
    mornings: dict[date, int] = {}
    for week, pains in enumerate(SCRIPT[:weeks]):
        for index, (before, after, morning) in enumerate(pains):
            day = START + timedelta(days=7 * week + 2 * index)
            sessions.append(LoggedSession(day, before, after))
            if morning is not None:
                mornings[day + timedelta(days=1)] = morning
    return sessions, mornings


def test_eight_weeks_week_by_week() -> None:
    (programme,) = [
        p for p in load_programmes(resources_dir() / "programmes") if p.id == "back-on-track"
    ]
    enrolment = Enrolment(programme.id, START)
    for week, light, plan_week, level, message in EXPECTED:
        sessions, mornings = _logs(week)
        status = plan_status(
            programme, enrolment, sessions, mornings, [], START + timedelta(days=7 * week)
        )
        outcome = status.weeks[-1]
        assert (outcome.week_index + 1, outcome.light) == (week, light)
        assert (status.plan_week + 1, status.level) == (plan_week, level), week
        assert " ".join(reason.text() for reason in status.reasons) == message
        assert status.week_index == week and status.done == 0
        planned = programme.week(status.plan_week).sessions[0]
        assert status.today == PlannedSession(planned.routine_id, min(planned.level, level))
    assert status.see_physio and not status.finished


def test_mid_week_red_is_shown_at_once() -> None:
    (programme,) = [
        p for p in load_programmes(resources_dir() / "programmes") if p.id == "back-on-track"
    ]
    sessions, mornings = _logs(4)
    status = plan_status(
        programme,
        Enrolment(programme.id, START),
        sessions,
        mornings,
        [],
        START + timedelta(days=24),
    )
    assert (status.light, status.level, status.done, status.offer_flare_up) == (
        Light.RED,
        1,
        2,
        True,
    )
    assert status.today == PlannedSession("hatha-yoga-for-the-spine", 1)
