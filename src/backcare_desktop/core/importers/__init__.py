"""Import routines from other interval timers' own export formats, and from ours.

:func:`import_routines` detects the format of a file (by its content first, its name second),
reads it with that format's module and returns an :class:`ImportResult`: the routines, plus
sentences on what was carried over and what could not be (sounds, colours...). Formats, fields
and mappings are documented in ``docs/import-formats.md``.

An import is all or nothing: a file with one bad routine imports nothing and raises
:class:`~backcare_desktop.core.routine.RoutineError`, whose problems name the routine (by its
place and name) and the field, e.g.
``workouts[2] "Leg day".sets[0].exercises[0].duration: must be 1..3600 seconds, got 0``.
Every failure is a ``RoutineError``.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import Any, Final

from backcare_desktop.core.importers import exercise_timer, feeel, jawt, openhiit, own
from backcare_desktop.core.importers._common import (
    FOREIGN_MAX_BYTES,
    ImportResult,
)
from backcare_desktop.core.routine import RoutineError
from backcare_desktop.core.validation import (
    DataError,
    check_size,
    decode_text,
    parse_json,
    raising,
)

__all__ = ["FOREIGN_MAX_BYTES", "FORMAT_NAMES", "ImportResult", "import_routines"]

FORMAT_NAMES: Final = (
    own.FORMAT_NAME,
    exercise_timer.FORMAT_NAME,
    jawt.FORMAT_NAME,
    openhiit.FORMAT_NAME,
    feeel.FORMAT_NAME,
)
"""The formats :func:`import_routines` reads, by their human names."""

_UNKNOWN: Final = (
    "this is not a file we can import: expected a backcare-desktop routine, an Exercise Timer "
    "training list, a Just Another Workout Timer backup, an OpenHIIT export or a Feeel .feeel "
    "file"
)


def _by_content(value: Any) -> str | None:
    """The module name for a decoded document, judged by its fields."""
    if own.looks_like(value):
        return "own"
    if feeel.looks_like(value):
        return "feeel"
    if jawt.looks_like(value):
        return "jawt"
    if openhiit.looks_like(value):
        return "openhiit"
    if exercise_timer.looks_like(value):
        return "exercise_timer"
    return None


def _by_name(filename: str) -> str | None:
    """The module name a file name suggests, when the content did not tell."""
    name = PurePath(filename).name.lower()
    if name.endswith(".feeel"):
        return "feeel"
    if "openhiit" in name:
        return "openhiit"
    if "hiit" in name or "exercise-json-list" in name or "exercise-timer" in name:
        return "exercise_timer"
    if name == "backup.json" or "workout" in name:
        return "jawt"
    return None


def _import_value(kind: str, value: Any, size: int) -> ImportResult:
    if kind == "own":
        return own.import_value(value, size)
    if kind == "feeel":
        return feeel.import_value(value)
    if kind == "jawt":
        return jawt.import_value(value)
    if kind == "openhiit":
        return openhiit.import_value(value)
    return exercise_timer.import_value(value)


def _import(data: bytes, filename: str) -> ImportResult:
    check_size(data, FOREIGN_MAX_BYTES)
    if data.startswith(feeel.ZIP_MAGIC):
        return feeel.import_zip(data)
    try:
        text = decode_text(data)
    except DataError as utf8_error:
        imported = jawt.import_latin1(data)
        if imported is None:
            raise utf8_error from None
        return imported
    try:
        value = parse_json(text)
    except DataError as json_error:
        lost = jawt.lost_characters(text)
        if lost is not None:
            raise lost from None
        # Not JSON: perhaps Exercise Timer's list as GSettings prints it.
        try:
            imported = exercise_timer.import_text(text)
        except DataError:
            if (
                _by_name(filename) == "exercise_timer"
                or text.lstrip().startswith(("'", '"', "@s"))
                or exercise_timer.LIST_KEY in text
            ):
                raise
            raise json_error from None
        if imported is None:
            raise json_error from None
        return imported
    kind = _by_content(value) or _by_name(filename)
    if kind is None and isinstance(value, str):
        # A JSON string is also a GVariant string: perhaps the list's value, quoted.
        imported = exercise_timer.import_text(text)
        if imported is not None:
            return imported
    if kind is None:
        if value == [] or value == {}:
            raise RoutineError(["the file holds no routines to import"])
        raise RoutineError([_UNKNOWN])
    return _import_value(kind, value, len(data))


def import_routines(data: bytes, filename: str = "") -> ImportResult:
    """Read routines from the bytes of a file in any format this package knows.

    ``filename`` (optional) helps when the content alone does not tell the format, and names
    the file in errors. Foreign files may be up to 5 MB (backups hold many routines); a single
    routine in our own format keeps its 1 MB limit. Nothing is imported unless every routine
    in the file is valid.

    Raises :class:`RoutineError` (and nothing else) listing every problem found, each naming
    the routine and field.
    """
    with raising(RoutineError, filename or None):
        try:
            return _import(bytes(data), filename)
        except RecursionError:
            raise RoutineError(["the file is nested too deeply to read"]) from None
