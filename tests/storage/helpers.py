"""Helpers for the storage tests: a small routine, fixed times, file hashes."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from backcare_desktop.core.routine import Move, Routine
from backcare_desktop.storage.history import MoveRecord

BERLIN_SUMMER = timezone(timedelta(hours=2))
FIXED_NOW = datetime(2024, 5, 6, 7, 8, 9)


def fixed_now() -> datetime:
    """The local time used to stamp files moved aside."""
    return FIXED_NOW


def sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_routine(routine_id: str = "back-basics", rounds: int = 1) -> Routine:
    """A routine with a timed move, a reps move and a left/right move."""
    return Routine(
        id=routine_id,
        title="Back basics ✓",
        focus=("core", "glutes"),
        moves=(
            Move("Bridge", ("glutes", "hamstrings"), work_s=4, rest_s=2),
            Move("Swan", ("back",), reps=3, rest_s=1),
            Move("Side plank", ("core",), work_s=3, sides="left_right"),
        ),
        get_ready_s=2,
        rounds=rounds,
        round_rest_s=3,
        switch_s=1,
    )


def move_record(position: int, done_s: float = 30.0, **changes: object) -> MoveRecord:
    """A saved move for direct store tests."""
    values: dict[str, object] = {
        "position": position,
        "move_index": position,
        "name": f"Move {position}",
        "side": None,
        "round": 1,
        "planned_s": 30.0,
        "done_s": done_s,
        "outcome": "completed",
        "muscles": ("core", "glutes"),
        "ended_at": datetime(2024, 5, 1, 6, 0, position, tzinfo=UTC),
    }
    values.update(changes)
    return MoveRecord(**values)  # type: ignore[arg-type]
