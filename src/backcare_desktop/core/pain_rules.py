"""The traffic-light rules: how logged pain steers a programme, each change explained.

One session's light (pain 0-10; "during or after" is the pain logged after the session, or the
pain before it when nothing was logged after; "the next morning" is the morning check on the
day after the session, compared with the pain before the session, or after it when no pain
before was logged):

* **red**: 6/10 or more, or the next morning worse than before, two sessions in a row;
* **amber**: 4-5/10, or up by 2 points or more after the session than before it; also (not
  green, so the level holds) up by 1 point, or the next morning worse once;
* **green**: at most 3/10, not higher than before, and the next morning no worse.

What a week's lights do to the plan is decided in :mod:`backcare_desktop.core.enrolment`.
Every decision carries a :class:`Reason`: a code, the numbers, and a plain English sentence
(the UI translates the template, the command line prints it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Final

from backcare_desktop.core.text import QT_TRANSLATE_NOOP, Template

GREEN_MAX: Final = 3
AMBER_MAX: Final = 5
RISE_AMBER: Final = 2
GATE_PAIN: Final = 7
"""Pain before a workout at or above this stops the workout from just starting."""
PHYSIO_RED_WEEKS: Final = 3
"""From this many red weeks in a programme on, the plan suggests seeing a physiotherapist."""


class Light(StrEnum):
    """The traffic light of a session or a week."""

    GREEN = "green"
    AMBER = "amber"
    RED = "red"


_ORDER: Final = {Light.GREEN: 0, Light.AMBER: 1, Light.RED: 2}


def worst(lights: Iterable[Light]) -> Light | None:
    """The most serious light of ``lights`` (None when there are none)."""
    return max(lights, key=_ORDER.__getitem__, default=None)


RED_FLAGS: Final = (
    "numbness",
    "saddle_numbness",
    "weakness",
    "bladder_bowel",
    "fever",
    "weight_loss",
    "night_pain",
    "fall_injury",
)
"""Warning signs that need a doctor now; their texts live in ``ui/safety_texts.py``."""

EMERGENCY_FLAGS: Final = frozenset({"bladder_bowel", "saddle_numbness"})
"""Warning signs that need emergency care now, not an appointment: said first."""


TEMPLATES: Final[Mapping[str, Template]] = {
    "no_pain_logged": Template(
        QT_TRANSLATE_NOOP(
            "PainRules", "No pain was logged for this session, so it does not change the plan."
        )
    ),
    "comfortable": Template(
        QT_TRANSLATE_NOOP(
            "PainRules", "Pain stayed at %1/10 or less and no worse the next morning."
        ),
        ("pain",),
    ),
    "pain_high": Template(QT_TRANSLATE_NOOP("PainRules", "Pain reached %1/10."), ("pain",)),
    "pain_moderate": Template(QT_TRANSLATE_NOOP("PainRules", "Pain reached %1/10."), ("pain",)),
    "pain_rose": Template(
        QT_TRANSLATE_NOOP(
            "PainRules", "Pain went from %1/10 before the session to %2/10 after it."
        ),
        ("before", "after"),
    ),
    "worse_morning": Template(
        QT_TRANSLATE_NOOP(
            "PainRules",
            "The morning after, pain was %1/10, higher than the %2/10 of the day before.",
        ),
        ("morning", "baseline"),
    ),
    "worse_mornings": Template(
        QT_TRANSLATE_NOOP(
            "PainRules",
            "Two sessions in a row, the next morning was worse than the day before (now %1/10).",
        ),
        ("morning",),
    ),
    "step_up": Template(
        QT_TRANSLATE_NOOP(
            "PainRules",
            "Last week was comfortable and complete: on to week %1, and the moves step up"
            " to level %2.",
        ),
        ("week", "level"),
    ),
    "move_on": Template(
        QT_TRANSLATE_NOOP(
            "PainRules",
            "Your back coped well: on to week %1 as planned. Doing all %2 sessions"
            " in a comfortable week steps the moves up a level.",
        ),
        ("week", "planned"),
    ),
    "move_on_at_plan": Template(
        QT_TRANSLATE_NOOP(
            "PainRules",
            "Last week was comfortable and complete: on to week %1, at level %2 as "
            "the plan has it.",
        ),
        ("week", "level"),
    ),
    "move_on_unrated": Template(
        QT_TRANSLATE_NOOP(
            "PainRules",
            "On to week %1 as planned. No pain was logged last week, so the level stays at %2.",
        ),
        ("week", "level"),
    ),
    "hold": Template(
        QT_TRANSLATE_NOOP(
            "PainRules",
            "%1 We hold level %2 and repeat this week's plan, so the back can catch up.",
        ),
        ("why", "level"),
    ),
    "step_down": Template(
        QT_TRANSLATE_NOOP(
            "PainRules",
            "%1 The moves step down to level %2, and the gentle flare-up routine is "
            "offered. Go easy; the plan picks up again when the back settles.",
        ),
        ("why", "level"),
    ),
    "see_physio": Template(
        QT_TRANSLATE_NOOP(
            "PainRules",
            "This is red week number %1 in this programme. Please see a physiotherapist:"
            " they can check what your back needs and adapt the plan with you.",
        ),
        ("count",),
    ),
    "missed_week": Template(
        QT_TRANSLATE_NOOP(
            "PainRules",
            "No sessions last week, and that is fine: the plan picks up where you left off.",
        )
    ),
    "amber_now": Template(
        QT_TRANSLATE_NOOP(
            "PainRules",
            "At the end of the week the plan will hold this level and repeat the week, so the"
            " back can catch up.",
        )
    ),
    "red_flag": Template(
        QT_TRANSLATE_NOOP(
            "PainRules",
            "You reported a warning sign. The plan will not get harder: this needs a doctor "
            "now. Resume progression once a doctor has checked your back.",
        )
    ),
    "red_flag_cleared": Template(
        QT_TRANSLATE_NOOP(
            "PainRules",
            "A doctor has checked your back, so the plan goes on from here at the level you "
            "reached. Your pain before and after each session guides it again.",
        )
    ),
    "started": Template(QT_TRANSLATE_NOOP("PainRules", "Week 1 starts gently at level 1.")),
    "finished": Template(
        QT_TRANSLATE_NOOP("PainRules", "You have finished the programme. Well done.")
    ),
    "meaningful_change": Template(
        QT_TRANSLATE_NOOP(
            "PainRules", "Your back pain has dropped from %1 to %2: that is a real change."
        ),
        ("first", "last"),
    ),
}
"""Every sentence the rules can say: English templates with ``%1``, ``%2``… and the names of the
:class:`Reason` values they stand for; marked for ``pyside6-lupdate`` (context ``PainRules``) and
translated where shown (``ui/programme_texts``)."""


@dataclass(frozen=True)
class Reason:
    """Why a light or a change happened: a template code and its values."""

    code: str
    values: Mapping[str, object] = field(default_factory=dict)

    def text(self, templates: Mapping[str, Template] = TEMPLATES) -> str:
        """The sentence, from ``templates`` (translated ones in the UI)."""
        values = {
            key: value.text(templates) if isinstance(value, Reason) else value
            for key, value in self.values.items()
        }
        return templates[self.code].fill(**values)


@dataclass(frozen=True)
class SessionPain:
    """The pain logged around one session (None: not answered)."""

    day: date
    before: int | None
    after: int | None


@dataclass(frozen=True)
class SessionLight:
    """A session's light (None when no pain was logged), why, and whether its morning was worse."""

    light: Light | None
    reason: Reason
    worse_morning: bool


def _baseline(pain: SessionPain) -> int | None:
    return pain.before if pain.before is not None else pain.after


def session_light(
    pain: SessionPain, morning: int | None, previous_worse_morning: bool
) -> SessionLight:
    """The light of one session from its pain and the next morning's check.

    ``previous_worse_morning``: the session before this one was followed by a worse morning.
    """
    peak = pain.after if pain.after is not None else pain.before
    baseline = _baseline(pain)
    worse = morning is not None and baseline is not None and morning > baseline
    if peak is None:
        return SessionLight(None, Reason("no_pain_logged"), False)
    if peak > AMBER_MAX:
        return SessionLight(Light.RED, Reason("pain_high", {"pain": peak}), worse)
    if worse and previous_worse_morning:
        return SessionLight(Light.RED, Reason("worse_mornings", {"morning": morning}), worse)
    rise = None if pain.before is None or pain.after is None else pain.after - pain.before
    if peak > GREEN_MAX:
        return SessionLight(Light.AMBER, Reason("pain_moderate", {"pain": peak}), worse)
    if rise is not None and rise > 0:
        values = {"before": pain.before, "after": pain.after}
        return SessionLight(Light.AMBER, Reason("pain_rose", values), worse)
    if worse:
        values = {"morning": morning, "baseline": baseline}
        return SessionLight(Light.AMBER, Reason("worse_morning", values), worse)
    return SessionLight(Light.GREEN, Reason("comfortable", {"pain": GREEN_MAX}), False)


def session_lights(
    sessions: Sequence[SessionPain], mornings: Mapping[date, int]
) -> list[SessionLight]:
    """The light of each session, in order; the morning check is the one of the next day."""
    result: list[SessionLight] = []
    previous_worse = False
    for pain in sessions:
        morning = mornings.get(date.fromordinal(pain.day.toordinal() + 1))
        verdict = session_light(pain, morning, previous_worse)
        if verdict.light is not None:
            previous_worse = verdict.worse_morning
        result.append(verdict)
    return result


def needs_gate(pain_before: int | None, red_flags: Iterable[str]) -> bool:
    """True when a workout must not just start: pain before of 7/10 or more, or a red flag."""
    return (pain_before is not None and pain_before >= GATE_PAIN) or any(True for _ in red_flags)


def meaningful_change(first_week: Sequence[int], last_two_weeks: Sequence[int]) -> Reason | None:
    """The "real change" message when the last two weeks' average pain is 2 points (or 30%)
    lower than the first week's, else None. Averages are shown rounded to whole points."""
    if not first_week or not last_two_weeks:
        return None
    first = sum(first_week) / len(first_week)
    last = sum(last_two_weeks) / len(last_two_weeks)
    if first <= 0 or not (first - last >= 2 or last <= 0.7 * first):
        return None
    return Reason("meaningful_change", {"first": round(first), "last": round(last)})
