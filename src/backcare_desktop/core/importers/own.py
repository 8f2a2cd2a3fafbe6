"""Our own routine format (``docs/routine-format.md``): one routine object, or a list of them."""

from __future__ import annotations

import re
from typing import Any, Final

from backcare_desktop.core.importers._common import (
    ImportResult,
    check_routine_count,
    import_problems,
    label,
    plural,
    result,
)
from backcare_desktop.core.routine import MAX_FILE_BYTES, RoutineError, routine_from_dict
from backcare_desktop.core.validation import (
    DataError,
    index_path,
    too_large,
    type_name,
)

FORMAT_NAME: Final = "backcare-desktop"
_FIELD_PATH = re.compile(r"^[A-Za-z_][\w-]*(?:\[\d+\])*[.:\[]")


def looks_like(value: Any) -> bool:
    """True for a routine object (it has ``format``) or a list whose first object does."""
    if isinstance(value, dict):
        return "format" in value
    if isinstance(value, list):
        first = next((item for item in value if isinstance(item, dict)), None)
        return first is not None and "format" in first
    return False


def _prefixed(where: str, problem: str) -> str:
    return f"{where}.{problem}" if _FIELD_PATH.match(problem) else f"{where}: {problem}"


def import_value(value: Any, size: int = 0) -> ImportResult:
    """Validate one routine object, or a list of them, exactly as a routine file is read.

    A single routine keeps the 1 MB limit of a routine file (``size`` is the file's byte count).
    Raises :class:`RoutineError` with field paths; for a list, each problem names the routine.
    """
    if isinstance(value, dict):
        if size > MAX_FILE_BYTES:
            raise RoutineError([too_large(size, MAX_FILE_BYTES)])
        routine = routine_from_dict(value)
        return result(FORMAT_NAME, [routine], ["1 routine in our own format"], [])
    if not isinstance(value, list):
        raise RoutineError([f"expected a routine object or a list of them, got {type_name(value)}"])
    check_routine_count(len(value))
    problems = import_problems()
    routines = []
    for index, item in enumerate(value):
        moves = item.get("moves") if isinstance(item, dict) else None
        problems.entry(1 + (len(moves) if isinstance(moves, list) else 0))
        title = item.get("title") if isinstance(item, dict) else None
        where = label(index_path("routines", index), title)
        try:
            routines.append(routine_from_dict(item))
        except DataError as error:
            for problem in error.problems:
                problems.add("", _prefixed(where, problem))
    problems.check()
    if not routines:
        raise RoutineError(["the file holds no routines to import"])
    return result(
        FORMAT_NAME, routines, [f"{plural(len(routines), 'routine')} in our own format"], []
    )
