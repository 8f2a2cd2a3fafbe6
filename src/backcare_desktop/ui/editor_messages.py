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


def _field_names() -> dict[str, str]:
    return {
        "title": QCoreApplication.translate("EditorMessages", "the title"),
        "summary": QCoreApplication.translate("EditorMessages", "the summary"),
        "focus": QCoreApplication.translate("EditorMessages", "the focus"),
        "get_ready_s": QCoreApplication.translate("EditorMessages", "get ready"),
        "rounds": QCoreApplication.translate("EditorMessages", "rounds"),
        "round_rest_s": QCoreApplication.translate("EditorMessages", "the rest between rounds"),
        "switch_s": QCoreApplication.translate("EditorMessages", "the time to switch sides"),
        "name": QCoreApplication.translate("EditorMessages", "the name"),
        "work_s": QCoreApplication.translate("EditorMessages", "the work time"),
        "reps": QCoreApplication.translate("EditorMessages", "the reps"),
        "rest_s": QCoreApplication.translate("EditorMessages", "the rest"),
        "instructions": QCoreApplication.translate("EditorMessages", "the instructions"),
        "cue": QCoreApplication.translate("EditorMessages", "the short cue"),
        "muscles": QCoreApplication.translate("EditorMessages", "the muscles"),
    }


def _rule(field: str, message: str) -> str:
    """What to do about ``field``, from the loader's rule ``message``."""
    name = _field_names().get(field, field)
    if field == "muscles" and ("non-empty list" in message or message == "required"):
        return QCoreApplication.translate("EditorMessages", "choose at least one muscle")
    if field == "focus" and ("non-empty list" in message or message == "required"):
        return QCoreApplication.translate("EditorMessages", "choose at least one focus")
    if message in ("required", "must not be empty") or message.startswith("must not be empty"):
        return fill(QCoreApplication.translate("EditorMessages", "fill in %1"), name)
    if match := _RANGE.search(message):
        return fill(
            QCoreApplication.translate("EditorMessages", "%1 must be from %2 to %3"),
            name,
            match.group(1),
            match.group(2),
        )
    if message.startswith("must be at most") and "characters" in message:
        limit = re.search(r"at most (\d+)", message)
        return fill(
            QCoreApplication.translate("EditorMessages", "%1 is too long (at most %2 characters)"),
            name,
            limit.group(1) if limit else "?",
        )
    if message.startswith("the whole routine must take at most"):
        return QCoreApplication.translate(
            "EditorMessages", "the whole routine is too long (at most 6 hours)"
        )
    return fill(QCoreApplication.translate("EditorMessages", "%1: %2"), name, message)


def friendly_problem(problem: str, move_names: Sequence[str]) -> str:
    """``moves[1].muscles: must be ...`` as ``Move 2 (Bird dog): choose at least one muscle``."""
    path, sep, message = problem.partition(": ")
    if not sep:
        return problem
    if match := _MOVE_PATH.match(path):
        index, field = int(match.group(1)), match.group(2)
        name = move_names[index].strip() if index < len(move_names) else ""
        where = (
            fill(QCoreApplication.translate("EditorMessages", "Move %1 (%2)"), str(index + 1), name)
            if name
            else fill(QCoreApplication.translate("EditorMessages", "Move %1"), str(index + 1))
        )
        return f"{where}: {_rule(field, message)}"
    if path == "moves":
        return fill(QCoreApplication.translate("EditorMessages", "Moves: %1"), message)
    if path not in _field_names():
        return problem  # not a field the editor shows: keep the loader's words
    text = _rule(path, message)
    return text[:1].upper() + text[1:]
