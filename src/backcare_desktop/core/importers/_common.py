"""Shared parts of the importers: limits, foreign field readers and the routine builder.

Every importer reads the foreign document into :class:`Draft` routines made of timed
:class:`Work` and :class:`Rest` segments, grouped in :class:`Part` blocks that repeat. The builder
turns a draft into one of our routines so that our timeline plays exactly the foreign app's
sequence: a single repeated block becomes rounds, anything else is written out move by move.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Final

from backcare_desktop.core.routine import (
    FORMAT_VERSION,
    MAX_MOVES,
    Routine,
    RoutineError,
    new_routine_id,
    routine_from_dict,
)
from backcare_desktop.core.validation import REQUIRED, Fields, Problems, shown

FOREIGN_MAX_BYTES: Final = 5_000_000
"""Foreign backups may hold many routines, so they may be larger than one routine file (1 MB)."""
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
# Reading foreign data (on core/validation)


def import_problems() -> Problems:
    """The problems of one import: raised as :class:`RoutineError`, at most
    :data:`MAX_ENTRIES` entries read."""
    return Problems(
        MAX_ENTRIES,
        "entries (routines, sets, exercises...), more than one import takes",
        RoutineError,
    )


class ForeignFields(Fields):
    """:class:`Fields` of a foreign app's object, whose defaults are checked like values.

    A default here is what the foreign app assumes for a missing or null field (OpenHIIT's
    ``?? 0``), so it must pass our rules too: a missing interval count of 0 is reported.
    """

    def _value(self, key: str, missing: Any, null: Any) -> tuple[bool, Any]:
        if key not in self.data:
            default = missing
        elif self.data[key] is None:
            default = null
        else:
            default = REQUIRED
        if default is REQUIRED or default is None:
            return super()._value(key, missing, null)
        self.seen.add(key)
        return True, default


def label(path: str, title: Any) -> str:
    """``workouts[2] "Leg day"``: where a routine is in the file, and its name when readable."""
    if isinstance(title, str) and title.strip():
        text = title.strip()
        text = text if len(text) <= 40 else text[:37] + "..."
        return f'{path} "{text}"'
    return path


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
        routine_id = new_routine_id(draft.title, taken, FALLBACK_ID)
        taken.add(routine_id)
        routine, info = build_routine(draft, routine_id, problems)
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
