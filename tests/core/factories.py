"""Small routines for tests, built in code."""

from __future__ import annotations

from dataclasses import replace

from backcare_desktop.core.routine import Move, Routine


def timed(name: str, work_s: int, rest_s: int = 0, sides: str = "both") -> Move:
    """A timed move."""
    return Move(
        name=name, muscles=("core",), work_s=work_s, rest_s=rest_s, sides=sides, cue=f"{name} cue"
    )


def counted(name: str, reps: int, rest_s: int = 0, sides: str = "both") -> Move:
    """A reps move."""
    return Move(name=name, muscles=("core",), reps=reps, rest_s=rest_s, sides=sides)


def routine(*moves: Move, **changes: object) -> Routine:
    """A routine of ``moves`` with test defaults, changed by keyword."""
    base = Routine(
        id="test",
        title="Test",
        focus=("core",),
        moves=moves,
        get_ready_s=5,
        rounds=1,
        round_rest_s=20,
        switch_s=5,
    )
    return replace(base, **changes)
