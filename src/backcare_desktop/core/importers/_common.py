"""Shared parts of the importers: decoding, problem paths, field readers and the routine builder.

Every importer reads the foreign document into :class:`Draft` routines made of timed
:class:`Work` and :class:`Rest` segments, grouped in :class:`Part` blocks that repeat. The builder
turns a draft into one of our routines so that our timeline plays exactly the foreign app's
sequence: a single repeated block becomes rounds, anything else is written out move by move.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from backcare_desktop.core.routine import (
    FORMAT_VERSION,
    MAX_MOVES,
    Routine,
    RoutineError,
    routine_from_dict,
    type_name,
)

FOREIGN_MAX_BYTES: Final = 5_000_000
"""Foreign backups may hold many routines, so they may be larger than one routine file (1 MB)."""
MAX_PROBLEMS: Final = 50
"""At most this many problems are listed in one error; the rest are counted."""
STOP_AFTER_PROBLEMS: Final = 1000
"""Reading stops after this many problems: the file is clearly not importable."""
MAX_ROUTINES: Final = 1000
"""At most this many routines are imported from one file."""
MAX_TOTAL_MOVES: Final = 20_000
"""At most this many moves in all the routines of one import (repeats written out count)."""
MAX_ENTRIES: Final = 20_000
"""At most this many entries (routines, sets, exercises...) are read from one file, which
keeps the worst case fast; real exports hold a few hundred."""
MAX_ROUNDS: Final = 20
WORK_RANGE: Final = (1, 3600)
REST_RANGE: Final = (0, 600)
GET_READY_RANGE: Final = (0, 120)
DEFAULT_FOCUS: Final = ("core",)
DEFAULT_MUSCLES: Final = ("core",)
DEFAULTS_NOTE: Final = (
    "focus and muscles: the source has none, so every routine is tagged focus core and every "
    "move muscles core; edit them to match the moves"
)
FALLBACK_ID: Final = "imported-routine"


@dataclass(frozen=True)
class ImportResult:
    """What an import produced, and a summary of what was and was not carried over."""

    source_format: str
    """The human name of the format read, e.g. ``OpenHIIT``."""
    routines: tuple[Routine, ...]
    mapped: tuple[str, ...]
    """Sentences on what was carried over, e.g. ``3 workouts with 24 exercises``."""
    not_mapped: tuple[str, ...]
    """Sentences on what the source holds that the routines could not carry (sounds, colours)."""


# ---------------------------------------------------------------------------------------------
# Decoding


def check_size(data: bytes, limit: int = FOREIGN_MAX_BYTES) -> None:
    """Refuse ``data`` larger than ``limit`` bytes before anything reads it."""
    if len(data) > limit:
        raise RoutineError(
            [
                f"the file is {len(data) / 1_000_000:.1f} MB; files to import must be under "
                f"{limit // 1_000_000} MB"
            ]
        )


def decode_text(data: bytes, what: str = "file") -> str:
    """The bytes as UTF-8 text (a byte-order mark is allowed)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise RoutineError(
            [f"the {what} is not UTF-8 text (bad byte at position {error.start})"]
        ) from None


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def parse_json(text: str) -> Any:
    """Parse JSON text; every failure becomes a :class:`RoutineError` naming the problem."""
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        raise RoutineError(
            [
                f"not valid JSON: {error.msg.removesuffix(' at')} at line {error.lineno} "
                f"column {error.colno}"
            ]
        ) from None
    except RecursionError:
        raise RoutineError(["not valid JSON: nested too deeply"]) from None
    except ValueError as error:
        message = str(error)
        if "digits" in message:
            message = "a number has too many digits"
        raise RoutineError([f"not valid JSON: {message}"]) from None


# ---------------------------------------------------------------------------------------------
# Problems and messages


class Problems:
    """Collects problems as ``path: rule`` strings, each once, in the order found."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self._seen: set[str] = set()
        self._entries = 0

    def add(self, path: str, message: str) -> None:
        """Record ``message`` about the field at ``path`` (or about the whole file).

        After :data:`STOP_AFTER_PROBLEMS` problems, raises at once.
        """
        item = f"{path}: {message}" if path else message
        if item not in self._seen:
            self._seen.add(item)
            self.items.append(item)
            if len(self.items) >= STOP_AFTER_PROBLEMS:
                self.check(stopped=True)

    def entry(self, count: int = 1) -> None:
        """Count entries read; raises past :data:`MAX_ENTRIES`."""
        self._entries += count
        if self._entries > MAX_ENTRIES:
            raise RoutineError(
                [
                    f"the file holds more than {MAX_ENTRIES} entries (routines, sets, "
                    "exercises...), more than one import takes"
                ]
            )

    def __bool__(self) -> bool:
        return bool(self.items)

    def check(self, stopped: bool = False) -> None:
        """Raise a :class:`RoutineError` listing the problems, if there are any."""
        if self.items:
            listed = self.items[:MAX_PROBLEMS]
            if stopped:
                listed.append(f"... and more problems (reading stopped after {len(self.items)})")
            elif len(self.items) > MAX_PROBLEMS:
                listed.append(f"... and {len(self.items) - MAX_PROBLEMS} more problems")
            raise RoutineError(listed)


def key_path(path: str, key: str) -> str:
    """``path.key``, or ``key`` at the top."""
    return f"{path}.{key}" if path else key


def index_path(path: str, index: int) -> str:
    """``path[index]``."""
    return f"{path}[{index}]"


def label(path: str, title: Any) -> str:
    """``workouts[2] "Leg day"``: where a routine is in the file, and its name when readable."""
    if isinstance(title, str) and title.strip():
        text = title.strip()
        text = text if len(text) <= 40 else text[:37] + "..."
        return f'{path} "{text}"'
    return path


def shown(value: Any) -> str:
    """A short, safe rendering of a bad value for a message."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        if -(10**15) < value < 10**15:
            return str(value)
        digits = int(abs(value).bit_length() * 0.30103) + 1
        return f"a number with about {digits} digits"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        text = json.dumps(value[:40], ensure_ascii=False)
        return text if len(value) <= 40 else text[:-1] + '..."'
    return type_name(value)


def as_int(value: Any) -> int | None:
    """``value`` as a whole number (``45.0`` counts), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    return None


def range_text(low: int, high: int | None, unit: str) -> str:
    """``1..3600 seconds`` or ``at least 1``."""
    suffix = f" {unit}" if unit else ""
    return f"{low}..{high}{suffix}" if high is not None else f"at least {low}{suffix}"


# ---------------------------------------------------------------------------------------------
# Field readers


class _Required:
    def __repr__(self) -> str:
        return "REQUIRED"


REQUIRED: Final = _Required()
"""Use as a default: the field must be present (or must not be null)."""


class Fields:
    """Reads the fields of one foreign JSON object, recording each problem with its path.

    ``missing`` is used when the key is absent and ``null`` when it is null; either may be
    :data:`REQUIRED` (a problem) or None (the reader returns None, no problem). Readers return
    None after recording a problem.
    """

    def __init__(self, data: Mapping[str, Any], path: str, problems: Problems) -> None:
        self.data = data
        self.path = path
        self.problems = problems
        self.seen: set[str] = set()

    def at(self, key: str) -> str:
        """The path of ``key``."""
        return key_path(self.path, key)

    def has(self, key: str) -> bool:
        """True when ``key`` is present (null or not)."""
        return key in self.data

    def raw(self, key: str) -> Any:
        """The value of ``key`` (None when absent), marking it read."""
        self.seen.add(key)
        return self.data.get(key)

    def _value(self, key: str, missing: Any, null: Any) -> tuple[bool, Any]:
        """(True, value) to check, or (False, result) when a default or a problem decided."""
        self.seen.add(key)
        if key not in self.data:
            if missing is REQUIRED:
                self.problems.add(self.at(key), "required")
                return False, None
            return missing is not None, missing
        value = self.data[key]
        if value is None and null is not REQUIRED:
            return null is not None, null
        return True, value

    def integer(
        self,
        key: str,
        low: int,
        high: int | None,
        unit: str = "seconds",
        *,
        missing: Any = REQUIRED,
        null: Any = REQUIRED,
        what: str = "",
    ) -> int | None:
        """A whole number in ``low..high`` (``high`` None: no upper bound)."""
        ok, value = self._value(key, missing, null)
        if not ok:
            return None
        number = as_int(value)
        suffix = f" ({what})" if what else ""
        if number is None:
            self.problems.add(self.at(key), f"must be a whole number{suffix}, got {shown(value)}")
            return None
        if number < low or (high is not None and number > high):
            self.problems.add(
                self.at(key), f"must be {range_text(low, high, unit)}{suffix}, got {shown(value)}"
            )
            return None
        return number

    def text(
        self,
        key: str,
        max_len: int,
        *,
        missing: Any = REQUIRED,
        null: Any = REQUIRED,
        what: str = "",
    ) -> str | None:
        """Non-empty text of at most ``max_len`` characters, stripped."""
        ok, value = self._value(key, missing, null)
        if not ok:
            return None
        return check_text(value, self.at(key), max_len, self.problems, what)

    def unknown(self, known: Iterable[str]) -> list[str]:
        """Keys neither read nor in ``known``."""
        known_set = set(known) | self.seen
        return [str(key) for key in self.data if key not in known_set]


def check_text(
    value: Any, path: str, max_len: int, problems: Problems, what: str = ""
) -> str | None:
    """``value`` as non-empty text of at most ``max_len`` characters, or None after a problem."""
    suffix = f" ({what})" if what else ""
    if not isinstance(value, str):
        problems.add(path, f"must be text{suffix}, got {type_name(value)}")
        return None
    text = value.strip()
    if not text:
        problems.add(path, f"must not be empty{suffix}")
        return None
    if len(text) > max_len:
        problems.add(path, f"must be at most {max_len} characters{suffix}, got {len(text)}")
        return None
    return text


def require_object(value: Any, path: str, problems: Problems) -> Mapping[str, Any] | None:
    """``value`` if it is a JSON object, else None after a problem."""
    if isinstance(value, dict):
        return value
    problems.add(path, f"must be an object, got {type_name(value)}")
    return None


def require_list(value: Any, path: str, problems: Problems) -> list[Any] | None:
    """``value`` if it is a JSON list, else None after a problem."""
    if isinstance(value, list):
        return value
    problems.add(path, f"must be a list, got {type_name(value)}")
    return None


# ---------------------------------------------------------------------------------------------
# Drafts and the builder


@dataclass(frozen=True)
class Work:
    """A timed stretch of exercise: becomes a move."""

    name: str
    seconds: int


@dataclass(frozen=True)
class Rest:
    """A timed rest; ``path`` is the full path of the source field, for messages."""

    seconds: int
    path: str


Segment = Work | Rest


@dataclass
class Part:
    """Segments played ``repeats`` times in a row, with ``between`` played between repeats."""

    segments: list[Segment]
    repeats: int = 1
    between: Rest | None = None


@dataclass
class Draft:
    """One foreign routine, read and checked field by field, before it becomes ours."""

    label: str
    title: str
    parts: list[Part]
    get_ready_s: int
    get_ready_path: str
    """The full path of the source field, or empty when the source app fixes the time."""
    summary: str
    focus: tuple[str, ...] = DEFAULT_FOCUS
    translations: dict[str, dict[str, str]] = field(default_factory=dict)


@dataclass
class BuildInfo:
    """How a draft became a routine, for the import summary."""

    rounds: int = 1
    written_out: bool = False
    """True when repeats were written out as moves instead of rounds."""
    dropped_rest_s: int = 0
    """Seconds of rest after the very last exercise, which a routine cannot hold."""


def slug(title: str) -> str:
    """An id from a title: lowercase ASCII letters, digits and single dashes, at most 64."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return text[:64].rstrip("-") or FALLBACK_ID


def unique_id(base: str, taken: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3``... not in ``taken``; the result is added to it."""
    candidate, number = base, 2
    while candidate in taken:
        suffix = f"-{number}"
        candidate = base[: 64 - len(suffix)].rstrip("-") + suffix
        number += 1
    taken.add(candidate)
    return candidate


def _sum_rests(rests: list[Rest]) -> int:
    return sum(rest.seconds for rest in rests)


def _check_sum(
    rests: list[Rest],
    base: int,
    base_path: str,
    low_high: tuple[int, int],
    what: str,
    where: str,
    problems: Problems,
) -> int | None:
    """``base`` plus the rests, within range, else None after a problem on the last field."""
    total = base + _sum_rests(rests)
    low, high = low_high
    if low <= total <= high:
        return total
    path = rests[-1].path if rests else base_path
    several = " (rests in a row add up)" if len(rests) + (1 if base else 0) > 1 else ""
    problems.add(
        path or where, f"must be {low}..{high} seconds of {what}, got {shown(total)}{several}"
    )
    return None


def _flatten(parts: list[Part]) -> list[Segment]:
    """The segments in the order the source app plays them (repeats bounded by the caller)."""
    flat: list[Segment] = []
    for part in parts:
        works = any(isinstance(segment, Work) for segment in part.segments)
        if not works:
            # Only rests: add them up instead of copying them ``repeats`` times.
            rests = [segment for segment in part.segments if isinstance(segment, Rest)]
            if not rests and part.between is None:
                continue
            total = _sum_rests(rests) * part.repeats
            if part.between is not None:
                total += part.between.seconds * (part.repeats - 1)
            path = rests[-1].path if rests else part.between.path  # type: ignore[union-attr]
            flat.append(Rest(total, path))
            continue
        for repeat in range(part.repeats):
            flat.extend(part.segments)
            if part.between is not None and repeat < part.repeats - 1:
                flat.append(part.between)
    return flat


def _moves_from(
    segments: list[Segment],
) -> tuple[list[Rest], list[tuple[Work, list[Rest]]], list[Rest]]:
    """Leading rests, each work with the rests after it, and the rests after the last work."""
    lead: list[Rest] = []
    moves: list[tuple[Work, list[Rest]]] = []
    for segment in segments:
        if isinstance(segment, Work):
            moves.append((segment, []))
        elif moves:
            moves[-1][1].append(segment)
        else:
            lead.append(segment)
    trail = moves[-1][1] if moves else []
    if moves:
        moves[-1] = (moves[-1][0], [])
    return lead, moves, trail


def _works(part: Part) -> int:
    return sum(isinstance(segment, Work) for segment in part.segments)


def _as_rounds(draft: Draft) -> bool:
    """True when the draft is one block repeated 1..20 times: rounds can play it."""
    return len(draft.parts) == 1 and 1 <= draft.parts[0].repeats <= MAX_ROUNDS


def moves_needed(draft: Draft) -> int:
    """How many moves the routine will hold (repeats written out when rounds cannot)."""
    if _as_rounds(draft):
        return _works(draft.parts[0])
    return sum(_works(part) * part.repeats for part in draft.parts)


def build_routine(
    draft: Draft, routine_id: str, problems: Problems
) -> tuple[Routine | None, BuildInfo]:
    """Turn ``draft`` into a validated routine; problems are recorded under its label."""
    info = BuildInfo()
    total_works = sum(_works(part) * part.repeats for part in draft.parts)
    if total_works == 0:
        problems.add(draft.label, "has no timed exercise to import")
        return None, info
    single = _as_rounds(draft)
    needed = moves_needed(draft)
    if needed > MAX_MOVES:
        how = "" if single else " with its repeats written out"
        problems.add(
            draft.label,
            f"would need {needed} moves{how}; a routine holds at most {MAX_MOVES}",
        )
        return None, info
    if single:
        part = draft.parts[0]
        lead, moves, trail = _moves_from(part.segments)
        rounds = part.repeats
        between = [part.between] if part.between is not None and part.between.seconds else []
        round_rests = [*trail, *between, *lead] if rounds > 1 else []
    else:
        lead, moves, trail = _moves_from(_flatten(draft.parts))
        rounds, round_rests = 1, []
        info.written_out = any(part.repeats > 1 for part in draft.parts)
    info.rounds = rounds
    info.dropped_rest_s = _sum_rests(trail)
    before = len(problems.items)
    get_ready = _check_sum(
        lead,
        draft.get_ready_s,
        draft.get_ready_path,
        GET_READY_RANGE,
        "get ready",
        draft.label,
        problems,
    )
    round_rest = _check_sum(
        round_rests, 0, "", REST_RANGE, "rest between rounds", draft.label, problems
    )
    move_dicts = []
    for work, rests in moves:
        rest = _check_sum(rests, 0, "", REST_RANGE, "rest", draft.label, problems)
        move_dicts.append(
            {
                "name": work.name,
                "work_s": work.seconds,
                "rest_s": rest or 0,
                "muscles": list(DEFAULT_MUSCLES),
            }
        )
    if len(problems.items) > before:
        return None, info
    data: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "id": routine_id,
        "title": draft.title,
        "summary": draft.summary,
        "focus": list(draft.focus),
        "level": "beginner",
        "get_ready_s": get_ready,
        "rounds": rounds,
        "round_rest_s": round_rest if rounds > 1 else 0,
        "switch_s": 5,
        "moves": move_dicts,
    }
    if draft.translations:
        data["translations"] = draft.translations
    try:
        return routine_from_dict(data), info
    except RoutineError as error:
        for problem in error.problems:
            problems.add(draft.label, problem)
        return None, info


def check_routine_count(count: int) -> None:
    """Refuse a file with more than :data:`MAX_ROUTINES` routines before reading them."""
    if count > MAX_ROUTINES:
        raise RoutineError(
            [f"the file holds {count} routines; one import takes at most {MAX_ROUTINES}"]
        )


def build_all(
    drafts: list[Draft], problems: Problems
) -> tuple[list[Routine], list[tuple[Draft, BuildInfo]]]:
    """Build every draft with unique slug ids; raises :class:`RoutineError` on any problem."""
    problems.check()
    check_routine_count(len(drafts))
    total_moves = sum(min(moves_needed(draft), MAX_MOVES + 1) for draft in drafts)
    if total_moves > MAX_TOTAL_MOVES:
        raise RoutineError(
            [
                f"the routines would hold about {total_moves} moves in all; one import takes "
                f"at most {MAX_TOTAL_MOVES}"
            ]
        )
    taken: set[str] = set()
    routines: list[Routine] = []
    infos: list[tuple[Draft, BuildInfo]] = []
    for draft in drafts:
        routine, info = build_routine(draft, unique_id(slug(draft.title), taken), problems)
        if routine is not None:
            routines.append(routine)
            infos.append((draft, info))
    problems.check()
    if not routines:
        raise RoutineError(["the file holds no routines to import"])
    return routines, infos


def plural(count: int, word: str, plural_word: str = "") -> str:
    """``1 workout``, ``3 workouts``."""
    return f"{count} {word if count == 1 else (plural_word or word + 's')}"


def build_notes(infos: list[tuple[Draft, BuildInfo]]) -> tuple[list[str], list[str]]:
    """Mapped and not-mapped sentences common to every foreign format."""
    mapped: list[str] = []
    not_mapped: list[str] = []
    written = [draft.title for draft, info in infos if info.written_out]
    if written:
        mapped.append(
            "repeats that rounds cannot express were written out move by move in "
            + ", ".join(f'"{title}"' for title in written[:5])
            + (" and others" if len(written) > 5 else "")
        )
    dropped = [(draft.title, info.dropped_rest_s) for draft, info in infos if info.dropped_rest_s]
    for title, seconds in dropped[:5]:
        not_mapped.append(
            f'the {seconds} s rest after the last exercise of "{title}" (a routine ends with '
            "its last move)"
        )
    if len(dropped) > 5:
        not_mapped.append(f"the final rests of {len(dropped) - 5} more routines")
    return mapped, not_mapped


def unknown_note(keys: Iterable[str]) -> list[str]:
    """A not-mapped sentence for fields the importer does not know, if any."""
    names = sorted({key for key in keys})
    if not names:
        return []
    shown_names = ", ".join(names[:10]) + (
        f" and {len(names) - 10} more" if len(names) > 10 else ""
    )
    return [f"fields this importer does not know were ignored: {shown_names}"]


def result(
    source_format: str,
    routines: list[Routine],
    mapped: Iterable[str],
    not_mapped: Iterable[str],
) -> ImportResult:
    """An :class:`ImportResult` with each sentence once, in order."""
    return ImportResult(
        source_format=source_format,
        routines=tuple(routines),
        mapped=tuple(dict.fromkeys(mapped)),
        not_mapped=tuple(dict.fromkeys(not_mapped)),
    )
