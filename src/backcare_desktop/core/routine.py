"""Routines and moves: dataclasses, the versioned JSON format and its validation.

The format is documented in ``docs/routine-format.md``. Loading never raises anything but
:class:`RoutineError`, whose problems each name the field path and the rule that failed, e.g.
``moves[2].work_s: must be 1..3600 seconds, got -5``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Container, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from backcare_desktop.core.validation import (
    DataError,
    DocumentKind,
    Fields,
    Problems,
    decode_json,
    index_path,
    key_path,
    raising,
    read_document,
    read_regular_file,
    require_object,
    type_name,
)

FORMAT_VERSION = 1
ROUTINE_DOCUMENT = DocumentKind("routine", (FORMAT_VERSION,))
"""A routine file: ``"format"`` holds the version."""
MAX_FILE_BYTES = 1_000_000
MAX_MOVES = 500
MAX_TOTAL_S = 6 * 3600
REP_ESTIMATE_S = 3
"""Seconds one repetition is assumed to take when a duration must be estimated."""

FOCUS_TAGS = ("core", "glutes", "hamstrings", "hips", "back", "calves", "mobility")
MUSCLES = ("glutes", "core", "hips", "hamstrings", "back", "calves", "quads", "shoulders", "arms")
LEVELS = ("beginner", "intermediate", "advanced")
SIDES = ("both", "left_right")
"""Routine ids; match with ``fullmatch`` (``$`` would let a final newline through)."""
LANGUAGE_PATTERN = re.compile(r"[a-z]{2,3}(?:_[A-Z]{2})?")
"""Translation keys such as ``de`` or ``pt_BR``; match with ``fullmatch``."""


class RoutineError(DataError):
    """A routine could not be read; ``problems`` lists every reason found."""


@dataclass(frozen=True)
class Move:
    """One exercise: timed (``work_s``) or counted (``reps``, finished with "Done")."""

    name: str
    muscles: tuple[str, ...]
    work_s: int | None = None
    reps: int | None = None
    rest_s: int = 0
    sides: str = "both"
    instructions: str = ""
    cue: str = ""
    figure: str = ""
    """The id of the move's figure in ``resources/figures`` ("" shows a neutral placeholder)."""

    @property
    def is_timed(self) -> bool:
        """True when the move runs on a countdown, False when the user counts reps."""
        return self.work_s is not None

    @property
    def two_sided(self) -> bool:
        """True when the move runs left, then right."""
        return self.sides == "left_right"

    def estimated_work_s(self) -> int:
        """Seconds of work for one side: the timer, or an estimate from the rep count."""
        return self.work_s if self.work_s is not None else (self.reps or 0) * REP_ESTIMATE_S


@dataclass(frozen=True)
class Routine:
    """A workout: moves run in order, for a number of rounds."""

    id: str
    title: str
    focus: tuple[str, ...]
    moves: tuple[Move, ...]
    summary: str = ""
    level: str = "beginner"
    get_ready_s: int = 10
    rounds: int = 1
    round_rest_s: int = 30
    switch_s: int = 5
    translations: Mapping[str, Mapping[str, Any]] = field(default_factory=dict, hash=False)
    auto_advance_reps: bool | None = None
    """End each reps move after its estimated time (REP_ESTIMATE_S a rep); None: as the user's
    setting says."""

    def estimated_total_s(self) -> int:
        """Total seconds, get ready included, with rep moves estimated."""
        per_round = 0
        for index, move in enumerate(self.moves):
            sides = 2 if move.two_sided else 1
            per_round += move.estimated_work_s() * sides + (self.switch_s if move.two_sided else 0)
            if index < len(self.moves) - 1:
                per_round += move.rest_s
        return self.get_ready_s + per_round * self.rounds + self.round_rest_s * (self.rounds - 1)

    @property
    def has_rep_moves(self) -> bool:
        """True when some move is counted in reps, so the total is an estimate."""
        return any(not move.is_timed for move in self.moves)

    def localized(self, language: str) -> Routine:
        """Return the routine with texts from ``translations[language]`` where given."""
        texts = self.translations.get(language) or self.translations.get(language.split("_")[0])
        if not texts:
            return self
        moves = list(self.moves)
        for index, move_texts in enumerate(texts.get("moves", ())[: len(moves)]):
            moves[index] = replace(moves[index], **move_texts)
        return replace(
            self,
            title=texts.get("title", self.title),
            summary=texts.get("summary", self.summary),
            moves=tuple(moves),
        )


# ---------------------------------------------------------------------------------------------
# Validation


def slug(title: str, fallback: str = "routine") -> str:
    """An id from a title: ASCII lowercase letters, digits and single dashes, at most 64.

    Accents are dropped (``Crème`` gives ``creme``); a title with nothing left gives
    ``fallback``.
    """
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return text[:64].rstrip("-") or fallback


def free_id(base: str, taken: Container[str]) -> str:
    """``base`` when not in ``taken``, else the first free ``base-2``, ``base-3``...

    A number already ending ``base`` is replaced (a copy of ``stretch-2`` is ``stretch-3``),
    and the result stays within 64 characters. The one way every part of the app makes a new
    routine id: the editor, the importers and the library.
    """
    if base not in taken:
        return base
    stem = re.sub(r"-\d+$", "", base) or base
    number = 2
    while True:
        suffix = f"-{number}"
        candidate = stem[: 64 - len(suffix)].rstrip("-") + suffix
        if candidate not in taken:
            return candidate
        number += 1


def new_routine_id(title: str, taken: Container[str], fallback: str = "routine") -> str:
    """A free id made from ``title`` (see :func:`slug` and :func:`free_id`)."""
    return free_id(slug(title, fallback), taken)


def _problems() -> Problems:
    return Problems(error=RoutineError)


def _read_move(data: Any, path: str, problems: Problems) -> Move | None:
    move = require_object(data, path, problems)
    if move is None:
        return None
    fields = Fields(move, path, problems)
    has_work, has_reps = "work_s" in move, "reps" in move
    if has_work and has_reps:
        problems.add(path, "give either work_s (timed) or reps (counted), not both")
    elif not has_work and not has_reps:
        problems.add(path, "needs work_s (seconds, timed) or reps (a count, finished with Done)")
    read = Move(
        name=fields.text("name", 60),
        work_s=fields.integer("work_s", 1, 3600, "seconds", missing=None),
        reps=fields.integer("reps", 1, 500, "reps", missing=None),
        rest_s=fields.integer("rest_s", 0, 600, "seconds", missing=0),
        sides=fields.choice("sides", SIDES, missing="both"),
        instructions=fields.text("instructions", 1000, missing="", empty=True),
        cue=fields.text("cue", 200, missing="", empty=True),
        muscles=fields.tags("muscles", MUSCLES),
        figure=_figure_id(fields),
    )
    fields.refuse_unknown()
    return read


def _figure_id(fields: Fields) -> str:
    """The optional ``figure`` of a move: a figure id, or "" for the neutral placeholder."""
    value = fields.identifier("figure", missing="", kind="figure")
    return value or ""


_TRANSLATABLE_MOVE_FIELDS = {"name": 60, "instructions": 1000, "cue": 200}


def _read_translations(value: Any, moves: int, problems: Problems) -> dict[str, dict[str, Any]]:
    if not isinstance(value, dict):
        problems.add("translations", f"must be an object keyed by language, got {type_name(value)}")
        return {}
    result: dict[str, dict[str, Any]] = {}
    for language, texts in value.items():
        path = key_path("translations", language)
        if not LANGUAGE_PATTERN.fullmatch(language):
            problems.add(path, "the key must be a language code such as de or pt_BR")
            continue
        if require_object(texts, path, problems) is None:
            continue
        fields = Fields(texts, path, problems)
        entry: dict[str, Any] = {}
        for key, limit in (("title", 80), ("summary", 600)):
            if key in texts:
                entry[key] = fields.text(key, limit, empty=key != "title")
        move_texts = fields.raw("moves")
        if move_texts is not None:
            entry["moves"] = _read_move_translations(move_texts, moves, f"{path}.moves", problems)
        fields.refuse_unknown()
        result[language] = entry
    return result


def _read_move_translations(
    value: Any, moves: int, path: str, problems: Problems
) -> tuple[dict[str, str], ...]:
    if not isinstance(value, list) or len(value) > moves:
        problems.add(path, f"must be a list of at most {moves} objects, one per move")
        return ()
    result = []
    for index, texts in enumerate(value):
        item_path = index_path(path, index)
        if require_object(texts, item_path, problems) is None:
            continue
        fields = Fields(texts, item_path, problems)
        result.append(
            {
                key: fields.text(key, limit, empty=True)
                for key, limit in _TRANSLATABLE_MOVE_FIELDS.items()
                if key in texts
            }
        )
        fields.refuse_unknown()
    return tuple(result)


def routine_from_dict(data: Any) -> Routine:
    """Validate a decoded JSON value and build a :class:`Routine`.

    Raises :class:`RoutineError` listing every problem, each as ``field.path: rule``.
    """
    problems = _problems()
    fields = read_document(data, ROUTINE_DOCUMENT, problems)
    routine_id = fields.identifier("id")
    raw_moves = fields.items("moves", MAX_MOVES, empty=False) or ()
    moves = [
        move
        for index, raw in enumerate(raw_moves)
        if (move := _read_move(raw, index_path("moves", index), problems)) is not None
    ]
    translations: dict[str, dict[str, Any]] = {}
    if fields.has("translations"):
        translations = _read_translations(fields.raw("translations"), len(moves), problems)
    routine = Routine(
        id=routine_id,
        title=fields.text("title", 80),
        summary=fields.text("summary", 600, missing="", empty=True),
        focus=fields.tags("focus", FOCUS_TAGS),
        level=fields.choice("level", LEVELS, missing="beginner"),
        get_ready_s=fields.integer("get_ready_s", 0, 120, "seconds", missing=10),
        rounds=fields.integer("rounds", 1, 20, missing=1),
        round_rest_s=fields.integer("round_rest_s", 0, 600, "seconds", missing=30),
        switch_s=fields.integer("switch_s", 0, 60, "seconds", missing=5),
        moves=tuple(moves),
        translations=translations,
        auto_advance_reps=fields.boolean("auto_advance_reps", missing=None),
    )
    fields.refuse_unknown()
    if not problems and routine.estimated_total_s() > MAX_TOTAL_S:
        problems.add(
            "moves",
            f"the whole routine must take at most {MAX_TOTAL_S // 3600} hours, "
            f"got about {routine.estimated_total_s() // 3600} hours",
        )
    problems.check()
    return routine


def routine_to_dict(routine: Routine) -> dict[str, Any]:
    """Serialise a routine to the JSON-ready dictionary of format version 1."""
    data: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "id": routine.id,
        "title": routine.title,
        "summary": routine.summary,
        "focus": list(routine.focus),
        "level": routine.level,
        "get_ready_s": routine.get_ready_s,
        "rounds": routine.rounds,
        "round_rest_s": routine.round_rest_s,
        "switch_s": routine.switch_s,
        "moves": [_move_to_dict(move) for move in routine.moves],
    }
    if routine.translations:
        data["translations"] = _plain(routine.translations)
    if routine.auto_advance_reps is not None:
        data["auto_advance_reps"] = routine.auto_advance_reps
    return data


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def _move_to_dict(move: Move) -> dict[str, Any]:
    data: dict[str, Any] = {"name": move.name}
    if move.work_s is not None:
        data["work_s"] = move.work_s
    else:
        data["reps"] = move.reps
    data.update(
        rest_s=move.rest_s,
        sides=move.sides,
        instructions=move.instructions,
        cue=move.cue,
        muscles=list(move.muscles),
    )
    if move.figure:
        data["figure"] = move.figure
    return data


def dump_routine(routine: Routine) -> str:
    """The routine as pretty-printed JSON text, ending in a newline."""
    return json.dumps(routine_to_dict(routine), indent=2, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------------------------------------
# Files


def parse_routine_bytes(data: bytes, source: str = "") -> Routine:
    """Read a routine from the bytes of a JSON file; errors name ``source``."""
    with raising(RoutineError, source):
        return routine_from_dict(decode_json(data, MAX_FILE_BYTES))


def load_routine_file(path: Path) -> Routine:
    """Read and validate one routine file. Raises :class:`RoutineError` (never OSError).

    Only a regular file of at most :data:`MAX_FILE_BYTES` is read: a FIFO or a device named
    ``*.json`` is refused at once.
    """
    with raising(RoutineError, str(path)):
        return parse_routine_bytes(read_regular_file(path, MAX_FILE_BYTES), str(path))
