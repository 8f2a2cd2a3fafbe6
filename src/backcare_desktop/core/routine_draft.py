"""A routine being edited: its JSON form and the edits that keep it consistent, without Qt.

:class:`RoutineDraft` holds a routine as our JSON format (:func:`routine_to_dict`) while the
user edits it, and does every change to its list of moves: add, duplicate, remove, reorder,
and change a move. Translated move texts (``translations.<lang>.moves``, one entry per move)
follow their moves through each change, and a translation whose English text the user changed
is dropped, since it no longer says the same thing. The routine editor dialog only shows a
draft and passes the user's edits to it; validation is the loader's (:func:`routine_from_dict`),
so the editor's messages are the file loader's.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from backcare_desktop.core.routine import Routine, RoutineError, routine_from_dict, routine_to_dict
from backcare_desktop.core.text import QT_TRANSLATE_NOOP

NEW_MOVE_NAME = QT_TRANSLATE_NOOP("RoutineDraft", "New move")
NEW_ROUTINE_TITLE = QT_TRANSLATE_NOOP("RoutineDraft", "My routine")
FIRST_MOVE_NAME = QT_TRANSLATE_NOOP("RoutineDraft", "Plank")
"""The names a new routine and move start with, in English; the UI passes them translated."""
NEW_MOVE: dict[str, Any] = {
    "name": NEW_MOVE_NAME,
    "work_s": 30,
    "rest_s": 15,
    "sides": "both",
    "instructions": "",
    "cue": "",
    "muscles": ["core"],
}
"""What a move added in the editor starts as."""
TIMED_START_S = 30
"""Seconds a move gets when it is switched from reps to timed."""
REPS_START = 10
"""Reps a move gets when it is switched from timed to reps."""
TRANSLATED_MOVE_TEXTS = ("name", "instructions", "cue")
"""The move texts a routine may carry translations of."""

MoveEntries = list[dict[str, Any]]


def new_routine_data(
    title: str = NEW_ROUTINE_TITLE, move_name: str = FIRST_MOVE_NAME
) -> dict[str, Any]:
    """A fresh routine to start editing from (one plank, JSON form), called ``title``."""
    return routine_to_dict(
        routine_from_dict(
            {
                "format": 1,
                "id": "my-routine",
                "title": title,
                "focus": ["core"],
                "moves": [dict(NEW_MOVE, name=move_name)],
            }
        )
    )


class RoutineDraft:
    """``data`` (a routine's JSON form) under edit; the caller's dict is copied, not changed.

    Row numbers are move positions, 0 first. Methods that take a row ignore one out of range.
    """

    def __init__(self, data: dict[str, Any]) -> None:
        self.data: dict[str, Any] = copy.deepcopy(data)
        self.data.setdefault("moves", [])
        self._original = copy.deepcopy(self.data)

    # -- reading -----------------------------------------------------------------------------

    @property
    def moves(self) -> list[dict[str, Any]]:
        """The moves in order (JSON form); change them through the draft's methods."""
        moves: list[dict[str, Any]] = self.data["moves"]
        return moves

    @property
    def modified(self) -> bool:
        """True when the draft differs from what it started as."""
        return self.data != self._original

    def has_row(self, row: int) -> bool:
        """True when ``row`` is a move of the draft."""
        return 0 <= row < len(self.moves)

    def rest_is_played(self, row: int) -> bool:
        """False for the last move: no rest follows it (the round rest or the end does)."""
        return self.has_row(row) and row < len(self.moves) - 1

    def problems(self, data: dict[str, Any] | None = None) -> tuple[str, ...]:
        """What the routine loader says about the draft (or ``data``), with field paths."""
        try:
            routine_from_dict(self.data if data is None else data)
        except RoutineError as error:
            return error.problems
        return ()

    def routine(self, data: dict[str, Any] | None = None) -> Routine:
        """The draft (or ``data``) as a routine; raises :class:`RoutineError` when invalid."""
        return routine_from_dict(self.data if data is None else data)

    # -- the routine's fields ----------------------------------------------------------------

    def set_fields(self, **fields: Any) -> None:
        """Set routine-level fields (title, summary, level, get_ready_s, rounds, focus...); a
        field set to None is left out (an optional field such as ``auto_advance_reps``)."""
        if "moves" in fields or "translations" in fields:
            raise ValueError("moves and translations change through the move methods")
        self.data.update(
            copy.deepcopy({key: value for key, value in fields.items() if value is not None})
        )
        for key in [key for key, value in fields.items() if value is None]:
            self.data.pop(key, None)

    # -- the list of moves -------------------------------------------------------------------

    def add_move(self, row: int, name: str = NEW_MOVE_NAME) -> int:
        """Insert a move called ``name`` at ``row`` (clamped to the list); return where it went."""
        row = max(0, min(row, len(self.moves)))
        self._change_translations(lambda entries: entries.insert(row, {}))
        self.moves.insert(row, dict(copy.deepcopy(NEW_MOVE), name=name))
        return row

    def duplicate_move(self, row: int) -> int:
        """Copy move ``row`` (and its translations) right after it; return the copy's row."""
        if not self.has_row(row):
            return -1
        self._change_translations(
            lambda entries: entries.insert(row + 1, copy.deepcopy(entries[row]))
        )
        self.moves.insert(row + 1, copy.deepcopy(self.moves[row]))
        return row + 1

    def remove_move(self, row: int) -> bool:
        """Remove move ``row``; a routine keeps at least one move. True when removed."""
        if not self.has_row(row) or len(self.moves) < 2:
            return False
        self._change_translations(lambda entries: entries.pop(row))
        del self.moves[row]
        return True

    def reorder(self, source: int, target: int) -> bool:
        """Move the move at ``source`` to ``target``; True when it moved."""
        if not (self.has_row(source) and self.has_row(target)) or source == target:
            return False
        self._change_translations(lambda entries: entries.insert(target, entries.pop(source)))
        self.moves.insert(target, self.moves.pop(source))
        return True

    def update_move(self, row: int, *, timed: bool, amount: int, **fields: Any) -> bool:
        """Set move ``row``: timed (``amount`` seconds) or reps (``amount`` reps), and ``fields``
        (name, rest_s, sides, instructions, cue, muscles).

        Switching between timed and reps starts from a sensible amount (30 s or 10 reps), as
        the old amount means something else. Translations of texts that changed are dropped.
        Returns True when the type switched.
        """
        if not self.has_row(row):
            return False
        move = self.moves[row]
        texts = {key: fields[key] for key in TRANSLATED_MOVE_TEXTS if key in fields}
        self._drop_stale_translations(row, texts)
        was_timed = "reps" not in move
        switched = timed != was_timed
        if switched:
            amount = TIMED_START_S if timed else REPS_START
        move.pop("work_s", None)
        move.pop("reps", None)
        move["work_s" if timed else "reps"] = amount
        move.update(copy.deepcopy(fields))
        return switched

    # -- translated move texts follow their moves --------------------------------------------

    def _change_translations(self, change: Callable[[MoveEntries], object]) -> None:
        """Apply ``change`` to each translation's per-move list, as it is about to be applied
        to the moves (call it before changing them), so translated texts stay with their moves.
        """
        count = len(self.moves)
        for texts in self.data.get("translations", {}).values():
            entries = texts.get("moves") if isinstance(texts, dict) else None
            if not isinstance(entries, list):
                continue
            entries.extend({} for _ in range(count - len(entries)))
            change(entries)
            while entries and not entries[-1]:
                entries.pop()

    def _drop_stale_translations(self, row: int, texts: dict[str, str]) -> None:
        """Forget the translations of the texts of move ``row`` that are about to change."""
        move = self.moves[row]
        changed = [key for key, text in texts.items() if move.get(key, "") != text]

        def drop(entries: MoveEntries) -> None:
            for key in changed:
                entries[row].pop(key, None)

        if changed:
            self._change_translations(drop)
