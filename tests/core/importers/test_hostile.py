"""Hostile files are refused with a clear message, only ever as RoutineError, and before the
work they would cause is done (how fast is measured by benchmarks/bench_hostile_imports.py)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from backcare_desktop.core.importers import import_routines
from backcare_desktop.core.routine import RoutineError


def refused(data: bytes, filename: str = "") -> str:
    """The error message for ``data``, checking it came as a RoutineError."""
    with pytest.raises(RoutineError) as caught:
        import_routines(data, filename)
    return str(caught.value)


def jawt(duration: Any, exercises: int = 1) -> dict[str, Any]:
    return {
        "workouts": [
            {
                "title": "W",
                "sets": [
                    {
                        "repetitions": 1,
                        "name": None,
                        "id": "s",
                        "exercises": [
                            {"name": f"E{i}", "id": "e", "duration": duration}
                            for i in range(exercises)
                        ],
                    }
                ],
                "version": 2,
                "position": 0,
            }
        ]
    }


def exercise_timer(seconds: Any, sets: Any = 3) -> list[dict[str, Any]]:
    return [{"Title": "T", "Sets": sets, "ExerciseSec": seconds, "RestSec": 10}]


def openhiit(seconds: Any, intervals: Any = 3) -> list[dict[str, Any]]:
    return [
        {
            "id": "t",
            "name": "T",
            "activeIntervals": intervals,
            "restarts": 0,
            "activities": [],
            "timeSettings": {"workTime": seconds, "restTime": 10, "getReadyTime": 10},
        }
    ]


def feeel(seconds: Any, exercises: int = 2) -> dict[str, Any]:
    return {
        "feeelMetadataVersion": 300,
        "exerciseDbImport": "2023-02-17T20:00:00.000",
        "fullWorkout": {
            "workout": {
                "id": 1,
                "type": 1,
                "title": "F",
                "translationJson": None,
                "category": 0,
                "countdownDuration": 5,
                "exerciseDuration": seconds,
                "breakDuration": 10,
                "cachedLastUse": None,
            },
            "workoutExercises": [
                {
                    "workoutId": 1,
                    "orderPosition": i,
                    "exercise": 9,
                    "exerciseDuration": None,
                    "breakDuration": None,
                }
                for i in range(exercises)
            ],
        },
    }


def ours(seconds: Any, moves: int = 1) -> dict[str, Any]:
    return {
        "format": 1,
        "id": "o",
        "title": "O",
        "focus": ["core"],
        "moves": [{"name": "M", "work_s": seconds, "muscles": ["core"]} for _ in range(moves)],
    }


FORMATS: dict[str, Callable[..., Any]] = {
    "jawt": jawt,
    "exercise_timer": exercise_timer,
    "openhiit": openhiit,
    "feeel": feeel,
    "ours": ours,
}


def encoded(document: Any) -> bytes:
    return json.dumps(document).encode()


def test_50_mb_is_refused_before_reading() -> None:
    assert "50.0 MB" in refused(b" " * 50_000_000)


def test_50_mb_of_valid_json_is_refused_too() -> None:
    big = b'{"workouts": [' + b'{"title": "x", "sets": []},' * 2_000_000 + b"{}]}"
    assert "; it must be at most 5.0 MB" in refused(big)


@pytest.mark.parametrize("opening", [b"[", b'{"a":', b'{"workouts":['])
def test_nested_100k_deep_is_refused(opening: bytes) -> None:
    assert "nested more than 64 levels deep" in refused(opening * 100_000)


def test_nested_100k_deep_and_closed_is_refused() -> None:
    assert "nested more than 64 levels deep" in refused(b"[" * 100_000 + b"]" * 100_000)


@pytest.mark.parametrize(
    "data", [b'{"title": "\xff"}', b"\xff\xfe\x00\x00", b"\x80" * 1000, b"[\xc3\x28]"]
)
def test_non_utf8_is_refused(data: bytes) -> None:
    assert "not UTF-8 text" in refused(data)


def test_jawt_export_that_lost_characters_is_refused_with_the_reason() -> None:
    text = json.dumps(jawt(30), ensure_ascii=False).replace('"E0"', '"Отдых"')
    assert "lost characters" in refused(bytes(ord(c) & 0xFF for c in text))


def test_a_number_with_5000_digits_is_refused() -> None:
    assert "a number has too many digits" in refused(b"[" + b"9" * 5000 + b"]")


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_10_to_the_5000_in_a_duration_is_refused(name: str) -> None:
    text = json.dumps(FORMATS[name]("HUGE")).replace('"HUGE"', "1" + "0" * 5000)
    assert "too many digits" in refused(text.encode())


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_1e400_in_a_duration_is_refused(name: str) -> None:
    text = json.dumps(FORMATS[name]("HUGE")).replace('"HUGE"', "1e400")
    assert "inf" in refused(text.encode())


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_non_json_number_literals_are_refused(literal: str) -> None:
    text = json.dumps(jawt("X")).replace('"X"', literal)
    assert "is not a number JSON allows" in refused(text.encode())


@pytest.mark.parametrize("seconds", [0, -1, -30, 0.5])
@pytest.mark.parametrize("name", sorted(FORMATS))
def test_zero_negative_and_fractional_durations_are_refused(name: str, seconds: Any) -> None:
    message = refused(encoded(FORMATS[name](seconds)))
    assert ("must be 1..3600 seconds" in message) or ("whole number" in message)


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_10_000_moves_are_refused(name: str) -> None:
    builder = FORMATS[name]
    if name == "exercise_timer":
        document = exercise_timer(30, sets=10_000)
    elif name == "openhiit":
        document = openhiit(30, intervals=10_000)
    elif name == "feeel":
        document = feeel(30, exercises=10_000)
    elif name == "jawt":
        document = jawt(30, exercises=10_000)
    else:
        document = builder(30, moves=10_000)
    assert "500" in refused(encoded(document))


def test_huge_repeat_counts_are_refused_without_writing_them_out() -> None:
    assert "would need 1000000000000 moves" in refused(encoded(exercise_timer(30, sets=10**12)))
    workout = jawt(30)
    workout["workouts"][0]["sets"][0]["repetitions"] = 10**15
    assert "moves" in refused(encoded(workout))


def test_rest_only_sets_with_huge_repeats_are_added_up_not_copied() -> None:
    workout = jawt(30)
    workout["workouts"][0]["sets"].append(
        {
            "repetitions": 10**15,
            "name": None,
            "id": "r",
            "exercises": [{"name": "Rest", "id": "r", "duration": 10}],
        }
    )
    workout["workouts"][0]["sets"].append(workout["workouts"][0]["sets"][0])
    assert "must be 0..600 seconds of rest" in refused(encoded(workout))


def test_a_zip_bomb_is_refused() -> None:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("bomb.feeel", b"0" * 50_000_000)
    assert "unpacks to 50.0 MB" in refused(buffer.getvalue())


@pytest.mark.parametrize("data", [b"PK\x03\x04", b"PK\x03\x04" + b"\x00" * 100, b"PK\x03\x04junk"])
def test_a_damaged_zip_is_refused(data: bytes) -> None:
    assert "ZIP" in refused(data)


def test_many_bad_fields_are_listed_up_to_a_limit() -> None:
    with pytest.raises(RoutineError) as caught:
        import_routines(encoded(jawt(0, exercises=400)))
    problems = caught.value.problems
    assert len(problems) == 51
    assert problems[-1] == "... and 350 more problems"


@pytest.mark.parametrize(
    "document",
    [
        {
            "workouts": [
                {
                    "title": "x",
                    "sets": [{"repetitions": 1, "exercises": [{"name": "a", "duration": 1}]}]
                    * 60_000,
                }
            ]
        },
        {
            "workouts": [
                {
                    "title": "x",
                    "sets": [
                        {"repetitions": 1, "exercises": [{"name": "a", "duration": 1}] * 100_000}
                    ],
                }
            ]
        },
        [{"name": "a", "activeIntervals": 1, "activities": ["x"] * 500_000}],
    ],
    ids=["sets", "exercises", "activities"],
)
def test_files_with_a_huge_number_of_entries_are_refused_quickly(document: Any) -> None:
    data = json.dumps(document, separators=(",", ":")).encode()
    assert len(data) < 5_000_000
    assert "more than 20000 entries" in refused(data)


def test_reading_stops_after_1000_problems() -> None:
    data = b'{"workouts":[{"title":"x","sets":[' + b"{}," * 1_600_000 + b"{}]}]}"
    with pytest.raises(RoutineError) as caught:
        import_routines(data)
    assert caught.value.problems[-1] == "... and more problems (reading stopped after 1000)"


def test_more_than_1000_routines_are_refused_before_reading_them() -> None:
    data = json.dumps([{"Title": f"t{i}", "Sets": 1, "ExerciseSec": 1} for i in range(19_000)])
    assert "holds 19000 routines; one import takes at most 1000" in refused(data.encode())


def test_more_than_20000_moves_in_all_are_refused_before_writing_them_out() -> None:
    trainings = [{"Title": f"t{i}", "Sets": 300, "ExerciseSec": 1} for i in range(900)]
    assert "at most 20000" in refused(json.dumps(trainings).encode())


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (("'" + "x" * 4_900_000 + "'").encode(), "the GSettings text is 4.9 million characters"),
        (("'" + "\\n" * 495_000 + "'").encode(), "exercise-json-list: not valid JSON"),
        (b"exercise-json-list='" + b"x" * 4_800_000 + b"'\n", "million characters"),
        (b"a=1\n" * 1_200_000, "not valid JSON"),
    ],
    ids=["long-literal", "many-escapes", "long-dconf-line", "many-lines"],
)
def test_huge_gsettings_text_is_refused_quickly(data: bytes, message: str) -> None:
    assert message in refused(data)
