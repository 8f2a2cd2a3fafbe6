"""The routine loader's problems said the way the editor's user sees the routine.

Files and the command line keep the field paths (``moves[1].muscles: must be a non-empty list
of ...``); the editor says ``Move 2 (Bird dog): choose at least one muscle``, translated.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from backcare_desktop.ui.i18n import fill

_MOVE_PATH = re.compile(r"^moves\[(\d+)\]\.(\w+)$")
_RANGE = re.compile(r"must be (-?\d+)\.\.(-?\d+)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("EditorMessages", text)


def _field_names() -> dict[str, str]:
    return {
        "title": _tr("the title"),
        "summary": _tr("the summary"),
        "focus": _tr("the focus"),
        "get_ready_s": _tr("get ready"),
        "rounds": _tr("rounds"),
        "round_rest_s": _tr("the rest between rounds"),
        "switch_s": _tr("the time to switch sides"),
        "name": _tr("the name"),
        "work_s": _tr("the work time"),
        "reps": _tr("the reps"),
        "rest_s": _tr("the rest"),
        "instructions": _tr("the instructions"),
        "cue": _tr("the short cue"),
        "muscles": _tr("the muscles"),
    }


def _rule(field: str, message: str) -> str:
    """What to do about ``field``, from the loader's rule ``message``."""
    name = _field_names().get(field, field)
    if field == "muscles" and ("non-empty list" in message or message == "required"):
        return _tr("choose at least one muscle")
    if field == "focus" and ("non-empty list" in message or message == "required"):
        return _tr("choose at least one focus")
    if message in ("required", "must not be empty") or message.startswith("must not be empty"):
        return fill(_tr("fill in %1"), name)
    if match := _RANGE.search(message):
        return fill(_tr("%1 must be from %2 to %3"), name, match.group(1), match.group(2))
    if message.startswith("must be at most") and "characters" in message:
        limit = re.search(r"at most (\d+)", message)
        return fill(
            _tr("%1 is too long (at most %2 characters)"), name, limit.group(1) if limit else "?"
        )
    if message.startswith("the whole routine must take at most"):
        return _tr("the whole routine is too long (at most 6 hours)")
    return fill(_tr("%1: %2"), name, message)


def friendly_problem(problem: str, move_names: Sequence[str]) -> str:
    """``moves[1].muscles: must be ...`` as ``Move 2 (Bird dog): choose at least one muscle``."""
    path, sep, message = problem.partition(": ")
    if not sep:
        return problem
    if match := _MOVE_PATH.match(path):
        index, field = int(match.group(1)), match.group(2)
        name = move_names[index].strip() if index < len(move_names) else ""
        where = (
            fill(_tr("Move %1 (%2)"), str(index + 1), name)
            if name
            else fill(_tr("Move %1"), str(index + 1))
        )
        return f"{where}: {_rule(field, message)}"
    if path == "moves":
        return fill(_tr("Moves: %1"), message)
    if path not in _field_names():
        return problem  # not a field the editor shows: keep the loader's words
    text = _rule(path, message)
    return text[:1].upper() + text[1:]
