"""Routines and moves: dataclasses, the versioned JSON format and its validation.

The format is documented in ``docs/routine-format.md``. Loading never raises anything but
:class:`RoutineError`, whose problems each name the field path and the rule that failed, e.g.
``moves[2].work_s: must be 1..3600 seconds, got -5``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

FORMAT_VERSION = 1
MAX_FILE_BYTES = 1_000_000
MAX_MOVES = 500
MAX_TOTAL_S = 6 * 3600
REP_ESTIMATE_S = 3
"""Seconds one repetition is assumed to take when a duration must be estimated."""

FOCUS_TAGS = ("core", "glutes", "hamstrings", "hips", "back", "calves", "mobility")
MUSCLES = ("glutes", "core", "hips", "hamstrings", "back", "calves", "quads", "shoulders", "arms")
LEVELS = ("beginner", "intermediate", "advanced")
SIDES = ("both", "left_right")
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LANGUAGE_PATTERN = re.compile(r"^[a-z]{2,3}(?:_[A-Z]{2})?$")
T = TypeVar("T")


class RoutineError(ValueError):
    """A routine could not be read; ``problems`` lists every reason found."""

    def __init__(self, problems: list[str] | tuple[str, ...], source: str = "") -> None:
        self.problems = tuple(problems)
        self.source = source
        head = f"{source}: " if source else ""
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        super().__init__(f"{head}{self.problems[0]}{more}")

    def with_source(self, source: str) -> RoutineError:
        """Return the same error naming where the routine came from."""
        return RoutineError(self.problems, source)


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


class _Problems:
    """Collects problems as ``path: rule`` strings."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, path: str, message: str) -> None:
        self.items.append(f"{path}: {message}")


def _shown(value: Any) -> str:
    """A short, safe rendering of a bad value for a message."""
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, float) else repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


_TYPE_NAMES = {dict: "an object", list: "a list", str: "text", bool: "true or false"}


def type_name(value: Any) -> str:
    """``text``, ``a list``, ``a number``... for messages about a JSON value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    return _TYPE_NAMES.get(type(value), type(value).__name__)


class _Reader:
    """Reads the fields of one JSON object, recording each problem with its path."""

    def __init__(self, data: Mapping[str, Any], path: str, problems: _Problems) -> None:
        self.data = data
        self.path = path
        self.problems = problems
        self.seen: set[str] = set()

    def _key_path(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def _get(self, key: str, required: bool) -> Any:
        self.seen.add(key)
        if key not in self.data:
            if required:
                self.problems.add(self._key_path(key), "required")
            return None
        return self.data[key]

    def integer(self, key: str, low: int, high: int, unit: str, default: int | None) -> int | None:
        value = self._get(key, required=default is None)
        if value is None:
            return default if key not in self.data else self._bad(key, value, low, high, unit)
        if isinstance(value, bool) or not isinstance(value, int | float):
            return self._bad(key, value, low, high, unit)
        if isinstance(value, float):
            if not value.is_integer():
                self.problems.add(
                    self._key_path(key), f"must be a whole number, got {_shown(value)}"
                )
                return None
            value = int(value)
        if not low <= value <= high:
            return self._bad(key, value, low, high, unit)
        return value

    def _bad(self, key: str, value: Any, low: int, high: int, unit: str) -> None:
        suffix = f" {unit}" if unit else ""
        self.problems.add(
            self._key_path(key), f"must be {low}..{high}{suffix}, got {_shown(value)}"
        )

    def text(self, key: str, max_len: int, required: bool = False) -> str:
        value = self._get(key, required)
        if value is None:
            if key in self.data:
                self.problems.add(self._key_path(key), "must be text, got null")
            return ""
        if not isinstance(value, str):
            self.problems.add(self._key_path(key), f"must be text, got {type_name(value)}")
            return ""
        value = value.strip()
        if required and not value:
            self.problems.add(self._key_path(key), "must not be empty")
        elif len(value) > max_len:
            self.problems.add(
                self._key_path(key), f"must be at most {max_len} characters, got {len(value)}"
            )
        return value

    def choice(self, key: str, options: tuple[str, ...], default: str | None) -> str:
        value = self._get(key, required=default is None)
        if value is None and key not in self.data:
            return default or ""
        if value not in options:
            allowed = ", ".join(options)
            self.problems.add(self._key_path(key), f"must be one of {allowed}; got {_shown(value)}")
            return default or options[0]
        return value

    def tags(self, key: str, options: tuple[str, ...]) -> tuple[str, ...]:
        value = self._get(key, required=True)
        if value is None:
            return ()
        path = self._key_path(key)
        if not isinstance(value, list) or not value:
            self.problems.add(path, f"must be a non-empty list of {', '.join(options)}")
            return ()
        result: list[str] = []
        for index, item in enumerate(value):
            if item not in options:
                self.problems.add(
                    f"{path}[{index}]", f"must be one of {', '.join(options)}; got {_shown(item)}"
                )
            elif item in result:
                self.problems.add(f"{path}[{index}]", f"{item} is listed twice")
            else:
                result.append(item)
        return tuple(result)

    def unknown_fields(self) -> None:
        for key in self.data:
            if key not in self.seen:
                self.problems.add(self._key_path(str(key)), "unknown field")


def _read_move(data: Any, path: str, problems: _Problems) -> Move | None:
    if not isinstance(data, dict):
        problems.add(path, f"must be an object, got {type_name(data)}")
        return None
    reader = _Reader(data, path, problems)
    name = reader.text("name", 60, required=True)
    has_work, has_reps = "work_s" in data, "reps" in data
    work_s = reps = None
    if has_work and has_reps:
        problems.add(path, "give either work_s (timed) or reps (counted), not both")
    elif not has_work and not has_reps:
        problems.add(path, "needs work_s (seconds, timed) or reps (a count, finished with Done)")
    if has_work:
        work_s = reader.integer("work_s", 1, 3600, "seconds", None)
    if has_reps:
        reps = reader.integer("reps", 1, 500, "reps", None)
    reader.seen.update(("work_s", "reps"))
    move = Move(
        name=name,
        work_s=work_s,
        reps=reps,
        rest_s=reader.integer("rest_s", 0, 600, "seconds", 0) or 0,
        sides=reader.choice("sides", SIDES, "both"),
        instructions=reader.text("instructions", 1000),
        cue=reader.text("cue", 200),
        muscles=reader.tags("muscles", MUSCLES),
        figure=_figure_id(reader.text("figure", 64), f"{path}.figure", problems),
    )
    reader.unknown_fields()
    return move


def _figure_id(value: str, path: str, problems: _Problems) -> str:
    if value and not ID_PATTERN.match(value):
        problems.add(
            path, f"must be a figure id (lowercase letters, digits and dashes), got {_shown(value)}"
        )
    return value


_TRANSLATABLE_MOVE_FIELDS = {"name": 60, "instructions": 1000, "cue": 200}


def _read_translations(value: Any, moves: int, problems: _Problems) -> dict[str, dict[str, Any]]:
    if not isinstance(value, dict):
        problems.add("translations", f"must be an object keyed by language, got {type_name(value)}")
        return {}
    result: dict[str, dict[str, Any]] = {}
    for language, texts in value.items():
        path = f"translations.{language}"
        if not LANGUAGE_PATTERN.match(str(language)):
            problems.add(path, "the key must be a language code such as de or pt_BR")
            continue
        if not isinstance(texts, dict):
            problems.add(path, f"must be an object, got {type_name(texts)}")
            continue
        reader = _Reader(texts, path, problems)
        entry: dict[str, Any] = {}
        for key, limit in (("title", 80), ("summary", 600)):
            if key in texts:
                entry[key] = reader.text(key, limit, required=key == "title")
        move_texts = reader._get("moves", required=False)
        if move_texts is not None:
            entry["moves"] = _read_move_translations(move_texts, moves, f"{path}.moves", problems)
        reader.unknown_fields()
        result[language] = entry
    return result


def _read_move_translations(
    value: Any, moves: int, path: str, problems: _Problems
) -> tuple[dict[str, str], ...]:
    if not isinstance(value, list) or len(value) > moves:
        problems.add(path, f"must be a list of at most {moves} objects, one per move")
        return ()
    result = []
    for index, texts in enumerate(value):
        if not isinstance(texts, dict):
            problems.add(f"{path}[{index}]", f"must be an object, got {type_name(texts)}")
            continue
        reader = _Reader(texts, f"{path}[{index}]", problems)
        result.append(
            {
                key: reader.text(key, limit)
                for key, limit in _TRANSLATABLE_MOVE_FIELDS.items()
                if key in texts
            }
        )
        reader.unknown_fields()
    return tuple(result)


def routine_from_dict(data: Any) -> Routine:
    """Validate a decoded JSON value and build a :class:`Routine`.

    Raises :class:`RoutineError` listing every problem, each as ``field.path: rule``.
    """
    problems = _Problems()
    if not isinstance(data, dict):
        raise RoutineError([f"the top level must be a JSON object, got {type_name(data)}"])
    version = data.get("format")
    if "format" not in data:
        raise RoutineError([f"format: required (this version reads format {FORMAT_VERSION})"])
    if version != FORMAT_VERSION or isinstance(version, bool):
        raise RoutineError(
            [
                f"format: unsupported routine format {_shown(version)}; this version of "
                f"backcare-desktop reads format {FORMAT_VERSION}"
            ]
        )
    reader = _Reader(data, "", problems)
    reader.seen.add("format")
    routine_id = reader.text("id", 64, required=True)
    if routine_id and not ID_PATTERN.match(routine_id):
        problems.add(
            "id", f"must be lowercase letters, digits and dashes, got {_shown(routine_id)}"
        )
    raw_moves = reader._get("moves", required=True)
    moves: list[Move] = []
    if raw_moves is not None:
        if not isinstance(raw_moves, list) or not raw_moves:
            problems.add("moves", "must be a non-empty list of moves")
        elif len(raw_moves) > MAX_MOVES:
            problems.add("moves", f"must hold at most {MAX_MOVES} moves, got {len(raw_moves)}")
        else:
            for index, raw in enumerate(raw_moves):
                move = _read_move(raw, f"moves[{index}]", problems)
                if move is not None:
                    moves.append(move)
    translations: dict[str, dict[str, Any]] = {}
    if "translations" in data:
        reader.seen.add("translations")
        translations = _read_translations(data["translations"], len(moves), problems)
    routine = Routine(
        id=routine_id,
        title=reader.text("title", 80, required=True),
        summary=reader.text("summary", 600),
        focus=reader.tags("focus", FOCUS_TAGS),
        level=reader.choice("level", LEVELS, "beginner"),
        get_ready_s=_int_or(reader.integer("get_ready_s", 0, 120, "seconds", 10), 10),
        rounds=_int_or(reader.integer("rounds", 1, 20, "", 1), 1),
        round_rest_s=_int_or(reader.integer("round_rest_s", 0, 600, "seconds", 30), 30),
        switch_s=_int_or(reader.integer("switch_s", 0, 60, "seconds", 5), 5),
        moves=tuple(moves),
        translations=translations,
    )
    reader.unknown_fields()
    if not problems.items and routine.estimated_total_s() > MAX_TOTAL_S:
        problems.add(
            "moves",
            f"the whole routine must take at most {MAX_TOTAL_S // 3600} hours, "
            f"got about {routine.estimated_total_s() // 3600} hours",
        )
    if problems.items:
        raise RoutineError(problems.items)
    return routine


def _int_or(value: int | None, default: int) -> int:
    return default if value is None else value


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


def decode_json_bytes(data: bytes, what: str = "file") -> Any:
    """Decode bytes as a UTF-8 JSON document no larger than 1 MB.

    Raises :class:`RoutineError` naming the problem (size, encoding, syntax, nesting).
    """
    if len(data) > MAX_FILE_BYTES:
        raise RoutineError(
            [f"the {what} is {len(data) / 1_000_000:.1f} MB; routines must be under 1 MB"]
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise RoutineError(
            [f"the {what} is not UTF-8 text (bad byte at position {error.start})"]
        ) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise RoutineError(
            [f"not valid JSON: {error.msg} at line {error.lineno} column {error.colno}"]
        ) from None
    except RecursionError:
        raise RoutineError(["not valid JSON: nested too deeply"]) from None
    except ValueError as error:  # e.g. an integer with more digits than Python converts
        raise RoutineError([f"not valid JSON: {error}"]) from None


def parse_routine_bytes(data: bytes, source: str = "") -> Routine:
    """Read a routine from the bytes of a JSON file; errors name ``source``."""
    try:
        return routine_from_dict(decode_json_bytes(data))
    except RoutineError as error:
        raise error.with_source(source) from None


def load_routine_file(path: Path) -> Routine:
    """Read and validate one routine file. Raises :class:`RoutineError` (never OSError)."""
    return read_limited_file(path, lambda data: parse_routine_bytes(data, str(path)))


def read_limited_file(path: Path, parse: Callable[[bytes], T]) -> T:
    """Read at most just over 1 MB of ``path`` and hand the bytes to ``parse``.

    OS errors become :class:`RoutineError` naming the file.
    """
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
            if len(data) > MAX_FILE_BYTES:
                size = path.stat().st_size
                raise RoutineError(
                    [f"the file is {size / 1_000_000:.1f} MB; routines must be under 1 MB"],
                    str(path),
                )
    except OSError as error:
        raise RoutineError(
            [f"cannot read the file: {error.strerror or error}"], str(path)
        ) from None
    return parse(data)
