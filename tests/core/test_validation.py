"""The one validation toolkit: files, JSON rules and field readers with paths."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from backcare_desktop.core.validation import (
    MAX_DEPTH,
    DataError,
    Fields,
    Problems,
    decode_json,
    load_json_file,
    parse_json,
    raising,
    read_regular_file,
    size_text,
)


def problems_of(call, *args, **kwargs) -> tuple[str, ...]:
    with pytest.raises(DataError) as caught:
        call(*args, **kwargs)
    return caught.value.problems


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"a": 1, "a": 2}', "a: given more than once"),
        ('{"x": [{"b": 1, "b": 1}]}', "x[0].b: given more than once"),
        ("[NaN]", "not valid JSON: NaN is not a number JSON allows"),
        ('{"v": Infinity}', "not valid JSON: Infinity is not a number JSON allows"),
        ('{"a": }', "not valid JSON: Expecting value at line 1 column 7"),
        ("1" * 5000, "not valid JSON: a number has too many digits"),
        ("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1), "nested more than 64 levels deep"),
        ("[" * 100_000, "nested more than 64 levels deep"),
    ],
)
def test_json_rules_name_the_problem(text: str, expected: str) -> None:
    assert expected in problems_of(parse_json, text)[0]


def test_json_at_the_depth_limit_is_read() -> None:
    text = "[" * MAX_DEPTH + "]" * MAX_DEPTH
    assert parse_json(text) is not None


def test_decoding_checks_size_and_encoding() -> None:
    assert (
        problems_of(decode_json, b"[1]" * 10, 5)[0]
        == "the file is 30 bytes; it must be at most 5 bytes"
    )
    assert problems_of(decode_json, b'"\xff"', 100, "backup")[0] == (
        "the backup is not UTF-8 text (bad byte at position 1)"
    )
    assert decode_json('\ufeff{"a": 1}'.encode(), 100) == {"a": 1}


def test_only_regular_files_are_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    assert "not a regular file" in str(problems_of(read_regular_file, fifo, 100))
    assert "not a regular file" in str(problems_of(read_regular_file, Path("/dev/zero"), 100))
    assert "not a regular file" in str(problems_of(read_regular_file, tmp_path, 100))
    assert "cannot read the file" in str(problems_of(read_regular_file, tmp_path / "none", 100))


def test_size_message_reports_the_real_size(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(200_000_000)  # sparse: no real disk use
    with pytest.raises(DataError) as caught:
        read_regular_file(big, 5_000_000)
    assert caught.value.problems == ("the file is 200.0 MB; it must be at most 5.0 MB",)
    assert caught.value.source == str(big)


def test_load_json_file_names_the_source(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text('{"a": 1, "a": 1}')
    with pytest.raises(DataError) as caught:
        load_json_file(path, 1000)
    assert str(caught.value) == f"{path}: a: given more than once"


def test_fields_read_typed_values_with_paths() -> None:
    problems = Problems()
    data = {
        "n": 5,
        "f": 45.0,
        "bad": -1,
        "x": 1.5,
        "t": "  hi ",
        "b": "yes",
        "c": "red",
        "tags": ["a", "a", "z"],
        "extra": 1,
        "nul": None,
    }
    fields = Fields(data, "moves[2]", problems)
    assert fields.integer("n", 1, 10) == 5
    assert fields.integer("f", 1, 60, "seconds") == 45
    assert fields.integer("bad", 0, 60, "seconds") is None
    assert fields.number("x", 0, 1) is None
    assert fields.text("t", 10) == "hi"
    assert fields.boolean("b") is None
    assert fields.choice("c", ("blue", "green")) is None
    assert fields.tags("tags", ("a", "b")) == ("a",)
    assert fields.integer("absent", 0, 1, missing=7) == 7
    assert fields.text("nul", 5, null="") == ""
    assert fields.integer("gone", 0, 1) is None
    fields.refuse_unknown()
    assert problems.items == [
        "moves[2].bad: must be 0..60 seconds, got -1",
        "moves[2].x: must be 0..1, got 1.5",
        'moves[2].b: must be true or false, got "yes"',
        'moves[2].c: must be one of blue, green; got "red"',
        "moves[2].tags[1]: a is listed twice",
        'moves[2].tags[2]: must be one of a, b; got "z"',
        "moves[2].gone: required",
        "moves[2].extra: unknown field",
    ]


def test_problems_raise_the_error_class_asked_for() -> None:
    class CustomError(DataError):
        pass

    problems = Problems()
    problems.add("a", "bad")
    with pytest.raises(CustomError) as caught:
        problems.check(error=CustomError)
    assert caught.value.with_source("f.json").source == "f.json"
    assert isinstance(caught.value.with_source("f.json"), CustomError)


def test_entry_limit() -> None:
    problems = Problems(max_entries=2, entries_what="routines")
    problems.entry(2)
    with pytest.raises(DataError, match="more than 2 routines"):
        problems.entry()


@pytest.mark.parametrize(
    ("size", "text"),
    [(5, "5 bytes"), (40_000, "40 KB"), (5_000_000, "5.0 MB"), (1_300_000_000, "1.3 GB")],
)
def test_size_text(size: int, text: str) -> None:
    assert size_text(size) == text


def test_problems_made_for_a_reader_raise_its_error_class() -> None:
    class CustomError(DataError):
        pass

    problems = Problems(max_entries=1, error=CustomError)
    with pytest.raises(CustomError, match="more than 1 entries"):
        problems.entry(2)
    problems.add("a", "bad")
    with pytest.raises(CustomError, match="a: bad"):
        problems.check()


def test_raising_turns_toolkit_errors_into_the_reader_s_class(tmp_path) -> None:
    class CustomError(DataError):
        pass

    with pytest.raises(CustomError) as caught, raising(CustomError, "here.json"):
        parse_json('{"a": 1, "a": 2}')
    assert caught.value.problems == ("a: given more than once",)
    assert caught.value.source == "here.json"
    with pytest.raises(CustomError) as caught, raising(CustomError):
        read_regular_file(tmp_path / "missing.json", 10)
    assert caught.value.source == str(tmp_path / "missing.json")


def test_texts_reads_a_list_of_names_with_item_paths() -> None:
    problems = Problems()
    fields = Fields({"muscles": [" core ", "", 3, "x" * 61, "hips"], "none": "core"}, "m", problems)
    assert fields.texts("muscles", 10, 60) == ("core", "hips")
    assert fields.texts("none", 10, 60) is None
    assert fields.texts("absent", 10, 60, missing=()) == ()
    assert problems.items == [
        "m.muscles[1]: must not be empty",
        "m.muscles[2]: must be text, got a number",
        "m.muscles[3]: must be at most 60 characters, got 61",
        "m.none: must be a list, got text",
    ]


def test_a_text_just_over_the_limit_names_exact_byte_counts(tmp_path: Path) -> None:
    path = tmp_path / "f.json"
    path.write_bytes(b" " * 1_000_001)
    assert problems_of(read_regular_file, path, 1_000_000) == (
        "the file is 1,000,001 bytes; it must be at most 1,000,000 bytes",
    )
