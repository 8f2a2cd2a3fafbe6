"""The toolkit's reader of versioned documents: the top level, a marker and the version."""

from __future__ import annotations

from typing import Any

import pytest

from backcare_desktop.core.validation import DataError, DocumentKind, Problems, read_document

ROUTINE = DocumentKind("routine", (1,))
READS_ROUTINE_1 = "(this release reads routine format 1)"
BACKUP = DocumentKind("history backup", (1,), key="version", marker=("format", "history"))


def problems_of(data: Any, kind: DocumentKind = ROUTINE) -> tuple[str, ...]:
    with pytest.raises(DataError) as caught:
        read_document(data, kind, Problems())
    return caught.value.problems


@pytest.mark.parametrize(
    ("data", "kind"),
    [([], "a list"), ("routine", "text"), (None, "null"), (1, "a number"), (True, "true or false")],
)
def test_the_top_level_must_be_an_object(data: Any, kind: str) -> None:
    assert problems_of(data) == (f"the top level must be a JSON object, got {kind}",)


@pytest.mark.parametrize(
    ("version", "problem"),
    [
        ("1", 'must be a whole number, got "1"'),
        (True, "must be a whole number, got true"),
        (1.5, "must be a whole number, got 1.5"),
        (None, "must be a whole number, got null"),
        ([1], "must be a whole number, got a list"),
        (0, "unknown routine format 0"),
        (-3, "unknown routine format -3"),
        (
            2,
            "routine format 2 was made by a newer version of backcare-desktop; "
            "update the app to open it",
        ),
        (
            10**20,
            "routine format a number with about 21 digits was made by a newer version of "
            "backcare-desktop; update the app to open it",
        ),
    ],
)
def test_a_version_this_release_does_not_read_is_refused(version: Any, problem: str) -> None:
    assert problems_of({"format": version, "id": "x"}) == (f"format: {problem} {READS_ROUTINE_1}",)


def test_a_missing_version_is_required_unless_the_kind_assumes_one() -> None:
    assert problems_of({"id": "x"}) == (f"format: required {READS_ROUTINE_1}",)
    settings = DocumentKind("settings file", (1,), key="version", assumed=1)
    fields = read_document({"theme": "dark"}, settings, Problems())
    assert fields.data == {"theme": "dark"}
    assert problems_of({"version": 2}, settings) == (
        "version: settings file version 2 was made by a newer version of backcare-desktop; "
        "update the app to open it (this release reads settings file version 1)",
    )


@pytest.mark.parametrize("version", [1, 1.0])
def test_a_readable_document_gives_its_fields_with_the_version_read(version: Any) -> None:
    problems = Problems()
    fields = read_document({"format": version, "id": "x"}, ROUTINE, problems)
    assert fields.path == ""
    assert fields.problems is problems
    assert fields.identifier("id") == "x"
    assert fields.unknown() == []  # the version field counts as read
    assert problems.items == []


def test_several_versions_are_listed_and_a_gap_is_unknown() -> None:
    kind = DocumentKind("routine", (3, 1))
    assert problems_of({"format": 2}, kind) == (
        "format: unknown routine format 2 (this release reads routine format 1 or 3)",
    )
    assert problems_of({"format": 4}, DocumentKind("routine", (1, 2, 3)))[0].endswith(
        "(this release reads routine format 1, 2 or 3)"
    )
    assert read_document({"format": 3}, kind, Problems()).data == {"format": 3}


@pytest.mark.parametrize("marker", [None, "other", 1])
def test_the_marker_is_checked_before_the_version(marker: Any) -> None:
    document = {"version": "newest"} if marker is None else {"format": marker, "version": "x"}
    assert problems_of(document, BACKUP) == (
        'format: must be "history" (is this a backcare-desktop history backup?)',
    )


def test_a_marked_document_reads_its_own_version_field() -> None:
    assert problems_of({"format": "history"}, BACKUP) == (
        "version: required (this release reads history backup version 1)",
    )
    fields = read_document({"format": "history", "version": 1, "sessions": []}, BACKUP, Problems())
    assert fields.unknown() == ["sessions"]


def test_the_reader_raises_the_error_class_of_its_problems() -> None:
    class RoutineLikeError(DataError):
        pass

    with pytest.raises(RoutineLikeError) as caught:
        read_document({"format": 9}, ROUTINE, Problems(error=RoutineLikeError))
    assert caught.value.problems[0].startswith("format: routine format 9 was made by a newer")
    with pytest.raises(RoutineLikeError):
        read_document([], ROUTINE, Problems(error=RoutineLikeError))


def test_a_kind_that_reads_newer_versions_reads_them_but_not_older_or_mistyped_ones() -> None:
    settings = DocumentKind("settings file", (1,), key="version", reads_newer=True)
    assert read_document({"version": 7, "theme": "dark"}, settings, Problems()).data == {
        "version": 7,
        "theme": "dark",
    }
    assert problems_of({"version": 0}, settings) == (
        "version: unknown settings file version 0 (this release reads settings file version 1)",
    )
    assert problems_of({"version": "7"}, settings) == (
        'version: must be a whole number, got "7" (this release reads settings file version 1)',
    )
