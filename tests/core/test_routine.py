"""The routine format: validation messages with field paths, and files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcare_desktop.core.routine import (
    MAX_FILE_BYTES,
    Routine,
    RoutineError,
    load_routine_file,
    parse_routine_bytes,
    routine_from_dict,
    routine_to_dict,
)


def valid() -> dict:
    return {
        "format": 1,
        "id": "my-routine",
        "title": "My routine",
        "focus": ["core"],
        "moves": [
            {"name": "Plank", "work_s": 30, "muscles": ["core"]},
            {"name": "Bridge", "reps": 10, "rest_s": 10, "muscles": ["glutes"]},
            {"name": "Side plank", "work_s": 20, "sides": "left_right", "muscles": ["core"]},
        ],
    }


def problems_of(data: object) -> tuple[str, ...]:
    with pytest.raises(RoutineError) as caught:
        routine_from_dict(data)
    return caught.value.problems


def test_valid_routine_gets_defaults() -> None:
    routine = routine_from_dict(valid())
    assert routine.id == "my-routine"
    assert (routine.level, routine.get_ready_s, routine.rounds, routine.switch_s) == (
        "beginner",
        10,
        1,
        5,
    )
    assert routine.moves[0].work_s == 30 and routine.moves[0].reps is None
    assert routine.moves[1].reps == 10 and not routine.moves[1].is_timed
    assert routine.moves[2].two_sided


def test_message_names_field_path_and_rule() -> None:
    data = valid()
    data["moves"][2]["work_s"] = -5
    assert problems_of(data) == ("moves[2].work_s: must be 1..3600 seconds, got -5",)


def test_every_problem_is_reported() -> None:
    data = valid()
    data["title"] = ""
    data["focus"] = ["core", "elbows", "core"]
    data["moves"][0]["sides"] = "up"
    data["moves"][1]["wrk_s"] = 3
    assert set(problems_of(data)) == {
        "title: must not be empty",
        "focus[1]: must be one of core, glutes, hamstrings, hips, back, calves, mobility; "
        'got "elbows"',
        "focus[2]: core is listed twice",
        'moves[0].sides: must be one of both, left_right; got "up"',
        "moves[1].wrk_s: unknown field",
    }


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            {"work_s": 30, "reps": 5},
            "moves[0]: give either work_s (timed) or reps (counted), not both",
        ),
        ({"work_s": 45.5}, "moves[0].work_s: must be a whole number, got 45.5"),
        ({"work_s": True}, "moves[0].work_s: must be a whole number, got true"),
        (
            {"work_s": 10**30},
            "moves[0].work_s: must be 1..3600 seconds, got a number with about 31 digits",
        ),
        ({"name": 7}, "moves[0].name: must be text, got a number"),
        (
            {"muscles": []},
            "moves[0].muscles: must be a non-empty list of glutes, core, hips, "
            "hamstrings, back, calves, quads, shoulders, arms",
        ),
    ],
)
def test_move_rules(change: dict, expected: str) -> None:
    data = valid()
    data["moves"][0].update(change)
    assert expected in problems_of(data)


def test_move_needs_work_or_reps() -> None:
    data = valid()
    del data["moves"][0]["work_s"]
    assert problems_of(data) == (
        "moves[0]: needs work_s (seconds, timed) or reps (a count, finished with Done)",
    )


def test_whole_float_is_accepted() -> None:
    data = valid()
    data["moves"][0]["work_s"] = 45.0
    assert routine_from_dict(data).moves[0].work_s == 45


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ([1, 2], "the top level must be a JSON object, got a list"),
        ({"id": "x"}, "format: required (this release reads routine format 1)"),
        (
            {**valid(), "format": 2},
            "format: routine format 2 was made by a newer version of backcare-desktop; "
            "update the app to open it (this release reads routine format 1)",
        ),
        (
            {**valid(), "id": "Bad Id"},
            'id: must be lowercase letters, digits and dashes, got "Bad Id"',
        ),
        ({**valid(), "moves": []}, "moves: must not be empty"),
        ({**valid(), "rounds": 0}, "rounds: must be 1..20, got 0"),
    ],
)
def test_routine_rules(data: object, expected: str) -> None:
    assert expected in problems_of(data)


def test_too_many_moves_and_too_long() -> None:
    many = {**valid(), "moves": [{"name": "x", "work_s": 1, "muscles": ["core"]}] * 10_000}
    assert problems_of(many) == ("moves: must hold at most 500 items, got 10000",)
    long = {**valid(), "rounds": 20, "moves": [{"name": "x", "work_s": 3600, "muscles": ["core"]}]}
    assert problems_of(long)[0].startswith("moves: the whole routine must take at most 6 hours")


def test_round_trip_is_identical() -> None:
    data = valid()
    data["translations"] = {"de": {"title": "Meine Routine", "moves": [{"name": "Unterarmstütz"}]}}
    routine = routine_from_dict(data)
    assert routine_from_dict(routine_to_dict(routine)) == routine
    german = routine.localized("de_DE")
    assert (german.title, german.moves[0].name, german.moves[1].name) == (
        "Meine Routine",
        "Unterarmstütz",
        "Bridge",
    )


def test_bad_translation_is_reported() -> None:
    data = {**valid(), "translations": {"german": {"title": "x"}, "de": {"moves": [{"nam": 1}]}}}
    assert set(problems_of(data)) == {
        "translations.german: the key must be a language code such as de or pt_BR",
        "translations.de.moves[0].nam: unknown field",
    }


def test_estimated_total() -> None:
    routine = routine_from_dict({**valid(), "rounds": 2, "round_rest_s": 30, "get_ready_s": 10})
    # per round: 30 + (10 reps * 3 s + 10 rest) + (20 * 2 + 5 switch) = 115
    assert routine.estimated_total_s() == 10 + 2 * 115 + 30


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"\xff\xfe{}", "not UTF-8 text (bad byte at position 0)"),
        (b'{"format": 1,', "not valid JSON: Expecting property name enclosed in double quotes"),
        (b"[" * 100_000 + b"]" * 100_000, "not valid JSON: nested more than 64 levels deep"),
        (
            b'{"format": 1, "n": ' + b"9" * 5000 + b"}",
            "not valid JSON: a number has too many digits",
        ),
        (
            b" " * (MAX_FILE_BYTES + 1),
            "the file is 1,000,001 bytes; it must be at most 1,000,000 bytes",
        ),
    ],
)
def test_bad_bytes_are_refused_with_a_message(raw: bytes, expected: str) -> None:
    with pytest.raises(RoutineError) as caught:
        parse_routine_bytes(raw, "x.json")
    assert str(caught.value).startswith("x.json: ")
    assert expected in caught.value.problems[0]


def test_file_loading_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text(json.dumps(valid()), encoding="utf-8")
    assert load_routine_file(path).title == "My routine"
    with pytest.raises(RoutineError, match=r"missing\.json: cannot read the file"):
        load_routine_file(tmp_path / "missing.json")
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 50_000_000)
    with pytest.raises(RoutineError, match=r"big.json: the file is 50.0 MB"):
        load_routine_file(big)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=30,
)


@settings(max_examples=300)
@given(json_values)
def test_arbitrary_json_never_crashes(value: object) -> None:
    try:
        routine = routine_from_dict(value)
    except RoutineError as error:
        assert error.problems and all(isinstance(p, str) and p for p in error.problems)
    else:
        assert isinstance(routine, Routine)


def mutations():
    keys = ["format", "id", "title", "focus", "moves", "rounds", "get_ready_s", "level"]
    return st.dictionaries(st.sampled_from(keys), json_values, max_size=3)


@settings(max_examples=300)
@given(
    mutations(),
    st.dictionaries(
        st.sampled_from(["name", "work_s", "reps", "sides", "rest_s", "muscles", "cue"]),
        json_values,
        max_size=3,
    ),
)
def test_mutated_valid_routines_never_crash(top: dict, move: dict) -> None:
    data = valid()
    data.update(top)
    if isinstance(data.get("moves"), list) and data["moves"] and isinstance(data["moves"][0], dict):
        data["moves"][0].update(move)
    try:
        routine_from_dict(data)
    except RoutineError as error:
        assert error.problems


@settings(max_examples=200)
@given(st.binary(max_size=200))
def test_arbitrary_bytes_never_crash(raw: bytes) -> None:
    with pytest.raises(RoutineError):
        parse_routine_bytes(raw + b"\xff")


def test_files_that_are_not_files_are_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    with pytest.raises(RoutineError, match=r"fifo\.json: not a regular file"):
        load_routine_file(fifo)  # before: blocked until something wrote to the pipe
    with pytest.raises(RoutineError, match=r"/dev/zero: not a regular file"):
        load_routine_file(Path("/dev/zero"))  # before: read 1 MB of zeros, then a wrong size
    sparse = tmp_path / "sparse.json"
    with sparse.open("wb") as handle:
        handle.truncate(200_000_000)
    with pytest.raises(RoutineError) as caught:
        load_routine_file(sparse)
    assert caught.value.problems == ("the file is 200.0 MB; it must be at most 1.0 MB",)


def test_a_key_given_twice_is_refused_with_its_path() -> None:
    text = json.dumps(valid()).replace('"work_s": 30', '"work_s": 30, "work_s": 3000', 1)
    with pytest.raises(RoutineError) as caught:
        parse_routine_bytes(text.encode())
    assert caught.value.problems == ("moves[0].work_s: given more than once",)


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("de\n", "translations.de\n: the key must be a language code such as de or pt_BR"),
        ("pt_BR", None),
        ("d", "translations.d: the key must be a language code such as de or pt_BR"),
    ],
)
def test_translation_keys_must_match_the_whole_pattern(key: str, expected: str | None) -> None:
    data = valid()
    data["translations"] = {key: {"title": "Titel"}}
    if expected is None:
        assert routine_from_dict(data).translations[key]["title"] == "Titel"
    else:
        assert problems_of(data) == (expected,)


def test_an_id_with_a_final_newline_is_refused() -> None:
    data = valid()
    data["id"] = "my-routine\n"  # stripped as text, so the newline goes; inside it stays
    assert routine_from_dict(data).id == "my-routine"
    data["id"] = "my-\nroutine"
    assert problems_of(data) == (
        'id: must be lowercase letters, digits and dashes, got "my-\\nroutine"',
    )


def test_auto_advance_reps_is_optional_and_round_trips() -> None:
    assert routine_from_dict(valid()).auto_advance_reps is None  # files from before still load
    assert "auto_advance_reps" not in routine_to_dict(routine_from_dict(valid()))
    for flag in (True, False):
        routine = routine_from_dict({**valid(), "auto_advance_reps": flag})
        assert routine.auto_advance_reps is flag
        assert routine_to_dict(routine)["auto_advance_reps"] is flag
        assert routine_from_dict(routine_to_dict(routine)) == routine
    assert problems_of({**valid(), "auto_advance_reps": "yes"}) == (
        'auto_advance_reps: must be true or false, got "yes"',
    )
