"""Programme files: the built-in three, the format's field-path messages, and levels."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from backcare_desktop.core.levels import (
    MAX_LEVEL,
    level_label,
    scale_routine,
    scaled_hold,
    scaled_rest,
)
from backcare_desktop.core.library import RoutineLibrary
from backcare_desktop.core.programmes import (
    ProgrammeError,
    load_programme_file,
    load_programmes,
    programme_from_dict,
)
from backcare_desktop.resources import resources_dir, routines_dir
from tests.core.factories import counted, routine, timed

PROGRAMMES = resources_dir() / "programmes"


def _routine_ids() -> set[str]:
    library = RoutineLibrary(routines_dir(), Path("/nonexistent"))
    library.load()
    return {entry.routine.id for entry in library.entries()}


def test_builtin_programmes_load_and_use_existing_routines() -> None:
    programmes = load_programmes(PROGRAMMES, _routine_ids())
    assert [p.id for p in programmes] == ["back-on-track", "runners-maintenance", "flare-up-care"]
    back, maintenance, flare = programmes
    assert (back.weeks, back.sessions_per_week, len(back.plan)) == (8, 3, 8)
    assert back.week(0).sessions[0].routine_id == "pilates-for-the-spine"
    assert {s.routine_id for s in back.plan[-1].sessions} >= {"glutes-and-hamstrings"}
    assert maintenance.open_ended and maintenance.week(3) == maintenance.week(0)
    assert flare.kind == "flare_up" and flare.top_level == 1


def test_maintenance_works_every_weak_link_each_week() -> None:
    library = RoutineLibrary(routines_dir(), Path("/nonexistent"))
    library.load()
    (maintenance,) = [p for p in load_programmes(PROGRAMMES) if p.id == "runners-maintenance"]
    for week in maintenance.plan:
        focus = set()
        for session in week.sessions[: maintenance.sessions_per_week]:
            entry = library.get(session.routine_id)
            assert entry is not None
            focus |= {m for move in entry.routine.moves for m in move.muscles}
        assert {"glutes", "core", "hips", "hamstrings"} <= focus


def _valid() -> dict[str, Any]:
    return {
        "format": 1,
        "id": "mine",
        "title": "Mine",
        "weeks": 1,
        "sessions_per_week": 1,
        "minutes_per_session": 10,
        "flare_up_routine": "a",
        "plan": [{"sessions": [{"routine": "a", "level": 1}]}],
    }


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"format": 2},
            "format: programme format 2 was made by a newer version of backcare-desktop; "
            "update the app to open it (this release reads programme format 1)",
        ),
        ({"id": "Bad Id"}, "id: must be lowercase letters, digits and dashes"),
        ({"id": "back_on_track"}, 'id: must be lowercase letters, digits and dashes, got "back_on'),
        ({"weeks": 0}, "weeks: must be 1..52 weeks, got 0"),
        ({"weeks": 2}, "plan: must list one entry per week (2), got 1"),
        ({"sessions_per_week": 2}, "plan[0].sessions: must list at least sessions_per_week (2)"),
        (
            {"plan": [{"sessions": [{"routine": "b", "level": 1}]}]},
            'plan[0].sessions[0].routine: no routine with id "b"',
        ),
        (
            {"plan": [{"sessions": [{"routine": "a", "level": 9}]}]},
            "plan[0].sessions[0].level: must be 1..4, got 9",
        ),
        (
            {"plan": [{"sessions": [{"routine": "a", "level": 1, "x": 1}]}]},
            "plan[0].sessions[0].x: unknown field",
        ),
        ({"flare_up_routine": "zz"}, 'flare_up_routine: no routine with id "zz"'),
        ({"colour": "red"}, "colour: unknown field"),
    ],
)
def test_bad_programmes_name_the_field(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ProgrammeError) as caught:
        programme_from_dict({**_valid(), **change}, {"a"})
    assert any(problem.startswith(message) for problem in caught.value.problems), caught.value


def test_open_ended_programme_and_file_errors_name_the_file(tmp_path: Path) -> None:
    assert programme_from_dict({**_valid(), "weeks": None}, {"a"}).open_ended
    path = tmp_path / "p.json"
    path.write_text(json.dumps({**_valid(), "weeks": "x"}))
    with pytest.raises(ProgrammeError) as caught:
        load_programme_file(path)
    assert str(caught.value).startswith(f"{path}: weeks: must be a whole number")


@pytest.mark.parametrize(
    ("level", "hold", "rest"), [(1, 45, 10), (2, 50, 10), (3, 60, 5), (4, 60, 5)]
)
def test_levels_scale_holds_and_rests(level: int, hold: int, rest: int) -> None:
    assert scaled_hold(45, level) == (hold if level < 4 else 65)
    assert scaled_rest(10, level) == rest


def test_rest_cuts_stay_within_limits() -> None:
    for rest in range(0, 120):
        for level in range(1, MAX_LEVEL + 1):
            new = scaled_rest(rest, level)
            assert new <= rest
            assert new >= min(rest, 5) and new >= min(rest, (rest + 1) // 2)


def test_scale_routine_is_pure_and_adds_a_round_at_level_4() -> None:
    base = routine(timed("Bridge", 45, rest_s=10), counted("Swan", 8, rest_s=15), rounds=2)
    four = scale_routine(base, 4)
    assert base.moves[0].work_s == 45 and base.rounds == 2
    assert [m.work_s for m in four.moves] == [65, None]
    assert [m.reps for m in four.moves] == [None, 14]
    assert [m.rest_s for m in four.moves] == [5, 10]
    assert four.rounds == 3
    assert scale_routine(base, 1) is base
    with pytest.raises(ValueError, match=r"level must be 1\.\.4"):
        scale_routine(base, 5)


def test_level_labels() -> None:
    base = routine(timed("Bridge", 45, rest_s=10), counted("Swan", 8), rounds=2)
    assert level_label(base, 1) == "Level 1: as written"
    assert level_label(base, 2) == "Level 2: holds 50 s, 10 reps"
    assert level_label(base, 4) == "Level 4: holds 65 s, 14 reps, shorter rests, 3 rounds"
    assert level_label(routine(timed("Plank", 45)), 2) == "Level 2: holds 50 s"


def test_programmes_have_german_titles_and_summaries() -> None:
    for programme in load_programmes(PROGRAMMES):
        german = programme.localized("de_DE")
        assert german.title != programme.title and german.summary != programme.summary
        assert german.plan == programme.plan
        assert programme.localized("fr") is programme


@pytest.mark.parametrize(
    ("translations", "message"),
    [
        ({"German": {"title": "x"}}, "translations.German: the key must be a language code"),
        ({"de": {"summary": "x"}}, "translations.de.title: required"),
        ({"de": {"title": "x", "note": "y"}}, "translations.de.note: unknown field"),
    ],
)
def test_bad_translations_name_the_field(translations: dict[str, Any], message: str) -> None:
    with pytest.raises(ProgrammeError) as caught:
        programme_from_dict({**_valid(), "translations": translations}, {"a"})
    assert any(problem.startswith(message) for problem in caught.value.problems), caught.value
