"""All-or-nothing imports with errors naming routine and field; our own format round trips."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from backcare_desktop.core.importers import import_routines
from backcare_desktop.core.importers.exercise_timer import parse_gvariant_string
from backcare_desktop.core.routine import RoutineError, dump_routine, load_routine_file

ROUTINES_DIR = Path(__file__).resolve().parents[3] / "resources" / "routines"
BUILTIN_FILES = sorted(ROUTINES_DIR.glob("*.json"))


def problems_of(data: Any, filename: str = "") -> tuple[str, ...]:
    raw = data if isinstance(data, bytes) else json.dumps(data).encode()
    with pytest.raises(RoutineError) as caught:
        import_routines(raw, filename)
    return caught.value.problems


def jawt_workout(title: str, duration: object = 30) -> dict[str, Any]:
    return {
        "title": title,
        "sets": [
            {
                "repetitions": 2,
                "name": None,
                "id": "s",
                "exercises": [{"name": "Plank", "id": "e", "duration": duration}],
            }
        ],
        "version": 2,
        "position": 0,
    }


# ---------------------------------------------------------------------------------------------
# Round trip


@pytest.mark.parametrize("path", BUILTIN_FILES, ids=lambda path: path.name)
def test_every_builtin_routine_dumped_and_imported_is_identical(path: Path) -> None:
    routine = load_routine_file(path)
    imported = import_routines(dump_routine(routine).encode("utf-8"), path.name)
    assert imported.source_format == "backcare-desktop"
    assert imported.routines == (routine,)
    assert imported.not_mapped == ()


def test_a_list_of_our_routines_imports_all_of_them_unchanged() -> None:
    routines = [load_routine_file(path) for path in BUILTIN_FILES]
    text = "[" + ",".join(dump_routine(routine) for routine in routines) + "]"
    assert import_routines(text.encode()).routines == tuple(routines)


def test_a_bad_routine_in_our_list_names_the_routine_and_the_field() -> None:
    routine = json.loads(dump_routine(load_routine_file(BUILTIN_FILES[0])))
    bad = json.loads(json.dumps(routine))
    bad["title"] = "Leg day"
    bad["moves"][0]["work_s"] = 0
    problems = problems_of([routine, bad])
    assert problems == ('routines[1] "Leg day".moves[0].work_s: must be 1..3600 seconds, got 0',)


def test_our_single_routine_keeps_the_1_mb_limit() -> None:
    routine = json.loads(dump_routine(load_routine_file(BUILTIN_FILES[0])))
    routine["summary"] = "x" * 100
    text = json.dumps(routine) + " " * 1_100_000
    problems = problems_of(text.encode())
    assert problems == ("the file is 1.1 MB; it must be at most 1.0 MB",)


# ---------------------------------------------------------------------------------------------
# All or nothing, with the routine and field named


def test_one_bad_jawt_workout_imports_nothing() -> None:
    backup = {
        "workouts": [jawt_workout("Fine"), jawt_workout("Also fine"), jawt_workout("Leg day", 0)]
    }
    assert problems_of(backup) == (
        'workouts[2] "Leg day".sets[0].exercises[0].duration: must be 1..3600 seconds, got 0',
    )


def test_every_problem_is_listed() -> None:
    backup = {"workouts": [jawt_workout("A", -5), jawt_workout("B", "long"), jawt_workout("")]}
    assert problems_of(backup) == (
        'workouts[0] "A".sets[0].exercises[0].duration: must be 1..3600 seconds, got -5',
        'workouts[1] "B".sets[0].exercises[0].duration: must be a whole number, got "long"',
        "workouts[2].title: must not be empty",
    )


def test_error_names_the_file_when_given() -> None:
    with pytest.raises(RoutineError) as caught:
        import_routines(b"{", "backup.json")
    assert caught.value.source == "backup.json"
    assert str(caught.value).startswith("backup.json: not valid JSON")


@pytest.mark.parametrize(
    ("document", "problem"),
    [
        (
            [{"Title": "Legs", "Sets": 5, "ExerciseSec": 60, "RestSec": 700}],
            'exercise-json-list[0] "Legs".RestSec: must be 0..600 seconds, got 700',
        ),
        (
            [{"Title": "Legs", "Sets": 5, "RestSec": 20}],
            # json-glib leaves a 0 out, so a missing ExerciseSec is 0.
            'exercise-json-list[0] "Legs".ExerciseSec: must be 1..3600 seconds, got 0',
        ),
        (
            [{"name": "Legs", "sets": 5, "rest_s": 20}],
            'exercise-json-list[0] "Legs".exercise_s: required',
        ),
        (
            [{"Title": "Legs", "Sets": 0, "ExerciseSec": 30}],
            'exercise-json-list[0] "Legs".Sets: must be at least 1 (sets), got 0',
        ),
        (
            [{"Title": "Legs", "Sets": 2, "ExerciseSec": 30, "PreparationSec": 300}],
            'exercise-json-list[0] "Legs".PreparationSec: must be 0..120 seconds, got 300',
        ),
        (
            [
                {
                    "id": "x",
                    "name": "Tabata",
                    "activeIntervals": 8,
                    "timeSettings": {"workTime": -20, "restTime": 10},
                }
            ],
            'timers[0] "Tabata".timeSettings.workTime: must be 1..3600 seconds, got -20',
        ),
        (
            [{"id": "x", "name": "Tabata", "activeIntervals": 0, "timeSettings": {"workTime": 20}}],
            'timers[0] "Tabata".activeIntervals: must be 1..500 (work intervals), got 0',
        ),
        (
            [
                {
                    "id": "x",
                    "name": "Tabata",
                    "activeIntervals": 2,
                    "restarts": 1,
                    "timeSettings": {"workTime": 20, "breakTime": 900},
                }
            ],
            'timers[0] "Tabata".timeSettings.breakTime: must be 0..600 seconds, got 900',
        ),
        (
            {
                "feeelMetadataVersion": 300,
                "fullWorkout": {
                    "workout": {
                        "title": "Morning",
                        "category": 0,
                        "countdownDuration": 5,
                        "exerciseDuration": 30,
                        "breakDuration": 10,
                    },
                    "workoutExercises": [
                        {"exercise": 1, "exerciseDuration": None, "breakDuration": None},
                        {"exercise": 2, "exerciseDuration": 0, "breakDuration": None},
                    ],
                },
            },
            'workout "Morning".fullWorkout.workoutExercises[1].exerciseDuration: '
            "must be 1..3600 seconds, got 0",
        ),
    ],
)
def test_foreign_field_errors(document: Any, problem: str) -> None:
    assert problems_of(document) == (problem,)


def test_rests_in_a_row_that_add_up_past_600_seconds_are_an_error() -> None:
    workout = jawt_workout("Rests")
    workout["sets"][0]["exercises"] += [
        {"name": "Rest", "id": "r1", "duration": 400},
        {"name": "Pause", "id": "r2", "duration": 400},
        {"name": "Plank", "id": "e2", "duration": 30},
    ]
    assert problems_of({"workouts": [workout]}) == (
        'workouts[0] "Rests".sets[0].exercises[2].duration: must be 0..600 seconds of rest, '
        "got 800 (rests in a row add up)",
    )


def test_routines_over_six_hours_are_refused_with_the_routine_named() -> None:
    training = [{"Title": "Marathon", "Sets": 20, "ExerciseSec": 3600, "RestSec": 0}]
    (problem,) = problems_of(training)
    assert problem.startswith('exercise-json-list[0] "Marathon": moves: the whole routine')


def test_titles_become_unique_slug_ids() -> None:
    backup = {
        "workouts": [
            jawt_workout("Leg day!"),
            jawt_workout("Leg  DAY"),
            jawt_workout("Отдых утром"),
            jawt_workout("Crème brûlée " + "x" * 80),
        ]
    }
    backup["workouts"][3]["title"] = "Crème brûlée " + "x" * 60
    ids = [routine.id for routine in import_routines(json.dumps(backup).encode()).routines]
    assert ids == ["leg-day", "leg-day-2", "imported-routine", "creme-brulee-" + "x" * 51]


def test_an_unknown_document_says_what_it_expected() -> None:
    (problem,) = problems_of({"hello": "world"})
    assert problem.startswith("this is not a file we can import")


def test_an_empty_list_holds_no_routines() -> None:
    assert problems_of([]) == ("the file holds no routines to import",)


def test_the_file_name_picks_the_importer_when_the_content_does_not_tell() -> None:
    assert problems_of({"title": "x"}, "Some_workout.feeel") == ("workout.fullWorkout: required",)


def test_unknown_fields_are_reported_not_refused() -> None:
    workout = jawt_workout("Extra")
    workout["sets"][0]["exercises"][0]["type"] = "counted"
    imported = import_routines(json.dumps(workout).encode())
    assert "fields this importer does not know were ignored: type" in imported.not_mapped


# ---------------------------------------------------------------------------------------------
# GVariant strings as GLib prints them


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("'[]'", "[]"),
        ('"it\'s"', "it's"),
        ("'say \"hi\"'", 'say "hi"'),
        ("'back\\\\slash'", "back\\slash"),
        ("'\\u00e9\\U0001F600\\n\\t'", "é😀\n\t"),
        ("@s 'typed'", "typed"),
        ("  'spaces'  \n", "spaces"),
    ],
)
def test_gvariant_strings(text: str, value: str) -> None:
    assert parse_gvariant_string(text) == value


@pytest.mark.parametrize("text", ["'open", "'a' 'b'", "plain", "'\\uZZZZ'", "'\\UFFFFFFFF'", "'\\"])
def test_bad_gvariant_strings(text: str) -> None:
    with pytest.raises(RoutineError):
        parse_gvariant_string(text)


def test_the_list_value_quoted_as_a_json_string_is_read_too() -> None:
    value = json.dumps([{"Title": "Legs", "Sets": 2, "ExerciseSec": 30}])
    imported = import_routines(json.dumps(value).encode())
    assert imported.source_format == "Exercise Timer"
    assert [routine.title for routine in imported.routines] == ["Legs"]
