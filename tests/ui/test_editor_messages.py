"""The loader's field paths said in the editor's words."""

from __future__ import annotations

import pytest

from backcare_desktop.ui.editor_messages import friendly_problem

NAMES = ["Plank", "Bird dog", ""]


@pytest.mark.parametrize(
    ("problem", "friendly"),
    [
        (
            "moves[1].muscles: must be a non-empty list of glutes, core, hips",
            "Move 2 (Bird dog): choose at least one muscle",
        ),
        (
            "moves[0].reps: must be 1..500 reps, got 0",
            "Move 1 (Plank): the reps must be from 1 to 500",
        ),
        ("moves[2].name: must not be empty", "Move 3: fill in the name"),
        ("title: must not be empty", "Fill in the title"),
        ("focus: must be a non-empty list of core, glutes", "Choose at least one focus"),
        ("rounds: must be 1..20, got 30", "Rounds must be from 1 to 20"),
        (
            "moves[0].cue: must be at most 200 characters, got 250",
            "Move 1 (Plank): the short cue is too long (at most 200 characters)",
        ),
        ("translations.de.title: must not be empty", "translations.de.title: must not be empty"),
        ("not valid JSON: oops", "not valid JSON: oops"),
    ],
)
def test_problems_in_the_editors_words(qapp, problem: str, friendly: str) -> None:
    assert friendly_problem(problem, NAMES) == friendly
