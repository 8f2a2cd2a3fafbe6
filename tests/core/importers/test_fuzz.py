"""Fuzzing every importer: only RoutineError ever escapes, and every routine returned is valid.

Arbitrary JSON values and bytes check robustness; documents shaped like each app's, with
random values, reach the builder, and when they import, our timeline must play exactly what
the app plays (see ``reference.py``).
"""

from __future__ import annotations

import contextlib
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backcare_desktop.core.importers import (
    ImportResult,
    exercise_timer,
    feeel,
    import_routines,
    openhiit,
    own,
)
from backcare_desktop.core.importers import jawt as jawt_module
from backcare_desktop.core.routine import (
    RoutineError,
    routine_from_dict,
    routine_to_dict,
    slug,
)
from backcare_desktop.core.validation import ID_PATTERN
from tests.core.importers import reference

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

KNOWN_KEYS = sorted(
    exercise_timer.KNOWN_KEYS
    | jawt_module.WORKOUT_KEYS
    | jawt_module.SET_KEYS
    | jawt_module.EXERCISE_KEYS
    | openhiit.TIMER_KEYS
    | openhiit.TIME_KEYS
    | openhiit.LEGACY_KEYS
    | feeel.FILE_KEYS
    | feeel.FULL_KEYS
    | feeel.WORKOUT_KEYS
    | feeel.EXERCISE_KEYS
    | {"workouts", "format", "moves", "work_s", "focus", "muscles", "id", "title"}
)
scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**20), max_value=10**20)
    | st.sampled_from([0, 1, 5, 20, 30, 60, 120, 121, 600, 601, 3600, 3601])
    | st.floats(allow_nan=False)
    | st.text(max_size=12)
    | st.sampled_from(["Rest", "Pause", "", " ", "x" * 61, "[]", '["a"]'])
)
json_values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=5)
        | st.dictionaries(st.sampled_from(KNOWN_KEYS) | st.text(max_size=8), children, max_size=8)
    ),
    max_leaves=40,
)
IMPORTERS = [
    own.import_value,
    exercise_timer.import_value,
    jawt_module.import_value,
    openhiit.import_value,
    feeel.import_value,
]


def assert_valid(imported: ImportResult) -> None:
    """Every routine passes our own validation unchanged; ids are valid and unique."""
    assert imported.routines
    ids = [routine.id for routine in imported.routines]
    assert len(set(ids)) == len(ids) or imported.source_format == own.FORMAT_NAME
    for routine in imported.routines:
        assert ID_PATTERN.fullmatch(routine.id) and len(routine.id) <= 64
        assert routine_from_dict(routine_to_dict(routine)) == routine
    assert all(isinstance(sentence, str) and sentence for sentence in imported.mapped)
    assert all(isinstance(sentence, str) and sentence for sentence in imported.not_mapped)


def attempt(function: Any, *args: Any) -> ImportResult | None:
    try:
        imported = function(*args)
    except RoutineError as error:
        assert error.problems and all(isinstance(p, str) and p for p in error.problems)
        return None
    assert_valid(imported)
    return imported


@FUZZ
@given(json_values)
def test_every_importer_takes_any_json_value(value: Any) -> None:
    for importer in IMPORTERS:
        attempt(importer, value)


@FUZZ
@given(json_values, st.sampled_from(["", "x.json", "a.feeel", "exported_openhiit_timers.json"]))
def test_import_routines_takes_any_json_document(value: Any, filename: str) -> None:
    try:
        data = json.dumps(value).encode()
    except ValueError:
        return
    attempt(import_routines, data, filename)


@FUZZ
@given(st.binary(max_size=300) | st.builds(lambda b: b"PK\x03\x04" + b, st.binary(max_size=200)))
def test_import_routines_takes_any_bytes(data: bytes) -> None:
    attempt(import_routines, data)


@FUZZ
@given(st.text(max_size=200))
def test_exercise_timer_takes_any_text(text: str) -> None:
    attempt(import_routines, text.encode())
    attempt(import_routines, ("exercise-json-list=" + text).encode())
    with contextlib.suppress(RoutineError):
        exercise_timer.parse_gvariant_string(text)


@FUZZ
@given(st.text(max_size=100))
def test_slugs_are_always_valid_ids(title: str) -> None:
    assert ID_PATTERN.fullmatch(slug(title)) and len(slug(title)) <= 64


# ---------------------------------------------------------------------------------------------
# App-shaped documents


def mostly(good: st.SearchStrategy[Any], bad: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """``good`` about five times in six, else ``bad``."""
    return st.sampled_from(range(6)).flatmap(lambda pick: bad if pick == 5 else good)


good_seconds = st.integers(min_value=1, max_value=120)
seconds = mostly(good_seconds, st.sampled_from([-2, 0, 700, 3600, 3601, None]))
short_seconds = st.integers(min_value=0, max_value=80)
good_names = st.sampled_from(["Squat", "Rest", "Pause", "Repos", " Plank ", "Отдых"])
names = mostly(good_names, st.sampled_from(["", "x" * 61]))


@FUZZ
@given(
    st.lists(
        st.fixed_dictionaries(
            {
                "Title": st.sampled_from(["Legs", "Arms", "", " Core "]),
                "Sets": st.integers(min_value=-1, max_value=30),
                "PreparationSec": st.integers(min_value=0, max_value=130),
                "ExerciseSec": seconds,
                "RestSec": short_seconds,
            }
        ),
        min_size=1,
        max_size=3,
    )
)
def test_exercise_timer_documents_play_as_in_the_app(trainings: list[dict[str, Any]]) -> None:
    imported = attempt(exercise_timer.import_value, trainings)
    if imported is None:
        return
    for routine, item in zip(imported.routines, trainings, strict=True):
        assert reference.ours(routine) == reference.exercise_timer(
            item["PreparationSec"],
            item["Sets"],
            item["ExerciseSec"],
            item["RestSec"],
            item["Title"].strip(),
        )


jawt_exercise = st.fixed_dictionaries(
    {"name": names | st.none(), "id": st.just("e"), "duration": seconds}
)
jawt_set = st.fixed_dictionaries(
    {
        "repetitions": st.integers(min_value=0, max_value=25) | st.none(),
        "name": st.none() | st.just("Warm-up"),
        "id": st.just("s"),
        "exercises": st.lists(jawt_exercise, max_size=4) | st.none(),
    }
)
jawt_workout = st.fixed_dictionaries(
    {
        "title": st.sampled_from(["Leg day", "Leg day", "", "Ранок"]) | st.none(),
        "sets": st.lists(jawt_set, max_size=3),
        "version": st.just(2),
        "position": st.integers(),
    }
)


@FUZZ
@given(st.lists(jawt_workout, min_size=1, max_size=3))
def test_jawt_documents_play_as_in_the_app(workouts: list[dict[str, Any]]) -> None:
    imported = attempt(jawt_module.import_value, {"workouts": workouts})
    if imported is None:
        return
    playing = [
        w for w in workouts if any(s["exercises"] != [] for s in w["sets"]) or w["sets"] == []
    ]
    assert [reference.ours(r) for r in imported.routines] == [reference.jawt(w) for w in playing]


openhiit_timer = st.fixed_dictionaries(
    {
        "id": st.just("t"),
        "name": st.sampled_from(["Tabata", "Tabata", " HIIT ", ""]),
        "activeIntervals": st.integers(min_value=0, max_value=6)
        | st.integers(min_value=1, max_value=6),
        "restarts": st.integers(min_value=0, max_value=25),
        "activities": st.lists(good_names, max_size=7) | st.lists(names, max_size=2),
        "color": st.just(4280391411),
        "timeSettings": st.fixed_dictionaries(
            {
                "workTime": seconds,
                "restTime": short_seconds,
                "breakTime": short_seconds,
                "warmupTime": st.sampled_from([0, 0, 30]),
                "cooldownTime": st.sampled_from([0, 0, 45]),
                "getReadyTime": st.sampled_from([0, 10, 121]),
            }
        ),
    }
)


@FUZZ
@given(st.lists(openhiit_timer, min_size=1, max_size=3))
def test_openhiit_documents_play_as_in_the_app(timers: list[dict[str, Any]]) -> None:
    imported = attempt(openhiit.import_value, timers)
    if imported is None:
        return
    assert [reference.ours(r) for r in imported.routines] == [reference.openhiit(t) for t in timers]


feeel_exercise = st.fixed_dictionaries(
    {
        "workoutId": st.just(1),
        "orderPosition": st.integers(min_value=0, max_value=9),
        "exercise": mostly(st.integers(min_value=0, max_value=2000), st.just(-1)),
        "exerciseDuration": mostly(st.none() | good_seconds, seconds),
        "breakDuration": mostly(st.none() | short_seconds, st.just(700)),
    }
)
feeel_file = st.fixed_dictionaries(
    {
        "feeelMetadataVersion": st.just(300),
        "exerciseDbImport": st.just("2023-02-17T20:00:00.000"),
        "fullWorkout": st.fixed_dictionaries(
            {
                "workout": st.fixed_dictionaries(
                    {
                        "id": st.just(1),
                        "type": st.just(1),
                        "title": st.sampled_from(["Morning", "Morning", "Morning", "", "x" * 81]),
                        "translationJson": st.sampled_from(
                            [None, None, None, '{"de": "Morgen", "zh_Hans": "早"}', "{"]
                        ),
                        "category": st.integers(min_value=0, max_value=4),
                        "countdownDuration": st.just(5),
                        "exerciseDuration": seconds,
                        "breakDuration": mostly(short_seconds, st.none()),
                        "cachedLastUse": st.none(),
                    }
                ),
                "workoutExercises": mostly(
                    st.lists(feeel_exercise, min_size=1, max_size=5), st.just([])
                ),
            }
        ),
    }
)


@FUZZ
@given(feeel_file)
def test_feeel_documents_play_as_in_the_app(file: dict[str, Any]) -> None:
    imported = attempt(feeel.import_value, file)
    if imported is None:
        return
    assert [reference.ours(r) for r in imported.routines] == [reference.feeel(file)]
