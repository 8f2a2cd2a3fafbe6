"""Levels: one routine made gradually harder, without authoring a copy per level.

A level is a pure function ``Routine -> Routine`` (:func:`scale_routine`). Level 1 is the
routine as written; each level adds to the one below it, within fixed limits:

========  ============================================================================
level     change (cumulative)
========  ============================================================================
1         the routine as written
2         holds 15% longer (rounded to 5 s), two more reps per counted move
3         holds 30% longer, four more reps, rests 5 s shorter (never below 5 s, nor
          below half of the written rest; a rest of 0 stays 0)
4         as level 3, plus one extra round
========  ============================================================================

Round rests and the get-ready and switch-sides times never change: they are about safety
and setting up, not effort. Limits of the routine format still hold (a hold of at most
3600 s, at most 20 rounds).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Final

from backcare_desktop.core.routine import Move, Routine

MIN_LEVEL: Final = 1
MAX_LEVEL: Final = 4
HOLD_STEP: Final = 0.15
"""Each level above 1 lengthens holds by this fraction of the written hold."""
REPS_STEP: Final = 2
REST_CUT_S: Final = 5
MIN_REST_S: Final = 5
EXTRA_ROUND_FROM: Final = 4
MAX_ROUNDS: Final = 20
MAX_HOLD_S: Final = 3600


@dataclass(frozen=True)
class LevelChanges:
    """What a level does to a routine, for the label in the player."""

    level: int
    hold_s: int | None
    """The first timed move's hold at this level (None when no move is timed)."""
    reps: int | None
    """The first counted move's reps at this level (None when no move is counted)."""
    shorter_rests: bool
    rounds: int | None
    """The new number of rounds when the level adds one, else None."""


def check_level(level: int) -> int:
    """``level`` if it is a valid level, else ValueError."""
    if not MIN_LEVEL <= level <= MAX_LEVEL:
        raise ValueError(f"level must be {MIN_LEVEL}..{MAX_LEVEL}, got {level}")
    return level


def _round_to_5(seconds: float) -> int:
    return max(5, int(5 * round(seconds / 5)))


def scaled_hold(work_s: int, level: int) -> int:
    """A written hold of ``work_s`` seconds at ``level`` (never shorter than written)."""
    if check_level(level) == MIN_LEVEL:
        return work_s
    longer = _round_to_5(work_s * (1 + HOLD_STEP * (level - 1)))
    return min(MAX_HOLD_S, max(work_s, longer))


def scaled_rest(rest_s: int, level: int) -> int:
    """A written rest at ``level``: from level 3, 5 s shorter within the documented limits."""
    if check_level(level) < 3 or rest_s == 0:
        return rest_s
    floor = max(MIN_REST_S, (rest_s + 1) // 2)
    return max(min(rest_s, floor), rest_s - REST_CUT_S)


def _scale_move(move: Move, level: int) -> Move:
    return replace(
        move,
        work_s=None if move.work_s is None else scaled_hold(move.work_s, level),
        reps=None if move.reps is None else move.reps + REPS_STEP * (level - 1),
        rest_s=scaled_rest(move.rest_s, level),
    )


def scale_routine(routine: Routine, level: int) -> Routine:
    """``routine`` at ``level`` (1 returns it unchanged). Pure: the input is not changed."""
    if check_level(level) == MIN_LEVEL:
        return routine
    rounds = routine.rounds
    if level >= EXTRA_ROUND_FROM:
        rounds = min(MAX_ROUNDS, rounds + 1)
    return replace(
        routine, moves=tuple(_scale_move(move, level) for move in routine.moves), rounds=rounds
    )


def level_changes(routine: Routine, level: int) -> LevelChanges:
    """What :func:`scale_routine` changes in ``routine`` at ``level``."""
    scaled = scale_routine(routine, level)
    hold = next((move.work_s for move in scaled.moves if move.work_s is not None), None)
    reps = next((move.reps for move in scaled.moves if move.reps is not None), None)
    shorter = any(
        new.rest_s < old.rest_s for new, old in zip(scaled.moves, routine.moves, strict=True)
    )
    return LevelChanges(
        level=level,
        hold_s=hold,
        reps=reps,
        shorter_rests=shorter,
        rounds=scaled.rounds if scaled.rounds != routine.rounds else None,
    )


def level_label(routine: Routine, level: int) -> str:
    """A short English label such as ``Level 2: holds 50 s`` (the UI translates its parts)."""
    changes = level_changes(routine, level)
    if level == MIN_LEVEL:
        return "Level 1: as written"
    parts: list[str] = []
    if changes.hold_s is not None:
        parts.append(f"holds {changes.hold_s} s")
    if changes.reps is not None:
        parts.append(f"{changes.reps} reps")
    if changes.shorter_rests:
        parts.append("shorter rests")
    if changes.rounds is not None:
        parts.append(f"{changes.rounds} rounds")
    return f"Level {level}: " + ", ".join(parts)
