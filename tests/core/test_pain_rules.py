"""The traffic-light rules, one table row per light and reason."""

from __future__ import annotations

from datetime import date

import pytest

from backcare_desktop.core.pain_rules import (
    TEMPLATES,
    Light,
    Reason,
    SessionPain,
    meaningful_change,
    needs_gate,
    session_light,
    session_lights,
)
from backcare_desktop.core.text import placeholders

DAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("before", "after", "morning", "previous_worse", "light", "code"),
    [
        (2, 2, 2, False, Light.GREEN, "comfortable"),
        (3, 3, None, False, Light.GREEN, "comfortable"),
        (3, 1, 1, False, Light.GREEN, "comfortable"),
        (0, 0, 0, True, Light.GREEN, "comfortable"),
        (None, 3, 3, False, Light.GREEN, "comfortable"),
        (2, 3, None, False, Light.AMBER, "pain_rose"),  # higher than before: not green
        (1, 3, None, False, Light.AMBER, "pain_rose"),  # up by 2 points
        (3, 4, None, False, Light.AMBER, "pain_moderate"),
        (5, 5, None, False, Light.AMBER, "pain_moderate"),
        (2, 2, 3, False, Light.AMBER, "worse_morning"),  # worse the next morning once
        (2, 2, 3, True, Light.RED, "worse_mornings"),  # twice in a row
        (5, 6, None, False, Light.RED, "pain_high"),
        (9, 10, 10, False, Light.RED, "pain_high"),
        (7, None, None, False, Light.RED, "pain_high"),  # only pain before: taken as the peak
        (None, None, 5, False, None, "no_pain_logged"),
    ],
)
def test_session_light(
    before: int | None,
    after: int | None,
    morning: int | None,
    previous_worse: bool,
    light: Light | None,
    code: str,
) -> None:
    verdict = session_light(SessionPain(DAY, before, after), morning, previous_worse)
    assert (verdict.light, verdict.reason.code) == (light, code)


def test_two_worse_mornings_in_a_row_make_red_but_not_apart() -> None:
    days = [date(2026, 3, d) for d in (2, 4, 6)]
    sessions = [SessionPain(day, 2, 2) for day in days]
    worse_twice = {date(2026, 3, 3): 4, date(2026, 3, 5): 4}
    assert [v.light for v in session_lights(sessions, worse_twice)] == [
        Light.AMBER,
        Light.RED,
        Light.GREEN,
    ]
    apart = {date(2026, 3, 3): 4, date(2026, 3, 7): 4}
    assert [v.light for v in session_lights(sessions, apart)] == [
        Light.AMBER,
        Light.GREEN,
        Light.AMBER,
    ]


def test_reasons_read_in_plain_words() -> None:
    assert Reason("pain_rose", {"before": 1, "after": 3}).text() == (
        "Pain went from 1/10 before the session to 3/10 after it."
    )
    nested = Reason("hold", {"why": Reason("pain_moderate", {"pain": 4}), "level": 2})
    assert nested.text() == (
        "Pain reached 4/10. We hold level 2 and repeat this week's plan, so the back can catch up."
    )
    assert all("diagnos" not in template.text for template in TEMPLATES.values())


@pytest.mark.parametrize(
    ("pain", "flags", "gate"),
    [(None, (), False), (6, (), False), (7, (), True), (10, (), True), (0, ("fever",), True)],
)
def test_pre_workout_gate(pain: int | None, flags: tuple[str, ...], gate: bool) -> None:
    assert needs_gate(pain, flags) is gate


@pytest.mark.parametrize(
    ("first", "last", "message"),
    [
        ([5, 5, 5], [2, 2], "Your back pain has dropped from 5 to 2: that is a real change."),
        ([3, 3], [2, 2], "Your back pain has dropped from 3 to 2: that is a real change."),  # 33%
        ([5], [4, 4], None),
        ([0, 0], [0], None),
        ([], [1], None),
    ],
)
def test_meaningful_change(first: list[int], last: list[int], message: str | None) -> None:
    reason = meaningful_change(first, last)
    assert (reason.text() if reason else None) == message


def test_every_template_has_one_placeholder_per_named_value() -> None:
    for code, template in TEMPLATES.items():
        assert placeholders(template.text) == set(range(1, len(template.names) + 1)), code
        assert len(set(template.names)) == len(template.names), code


def test_a_translated_reason_fills_its_values_by_name_in_the_translations_order() -> None:
    """A translation may put ``%2`` before ``%1``: the values still go where they belong."""
    translated = dict(TEMPLATES)
    translated["pain_rose"] = TEMPLATES["pain_rose"].translated("Danach %2/10, davor %1/10.")
    translated["hold"] = TEMPLATES["hold"].translated("Stufe %2 bleibt. %1")
    rose = Reason("pain_rose", {"before": 1, "after": 3})
    assert rose.text(translated) == "Danach 3/10, davor 1/10."
    nested = Reason("hold", {"why": rose, "level": 2})
    assert nested.text(translated) == "Stufe 2 bleibt. Danach 3/10, davor 1/10."


def test_the_values_of_a_reason_are_not_read_as_placeholders() -> None:
    why = Reason("pain_high", {"pain": "%2"})  # a value that looks like a placeholder
    assert (
        Reason("step_down", {"why": why, "level": 1})
        .text()
        .startswith("Pain reached %2/10. The moves step down to level 1,")
    )
