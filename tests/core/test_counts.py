"""Moves done and exercise time: one definition (core.counts) for every screen and file."""

from __future__ import annotations

import pytest

from backcare_desktop.core.clock import FakeClock
from backcare_desktop.core.counts import (
    WorkDone,
    count_workout,
    planned_work_segments,
    work_done,
)
from backcare_desktop.core.engine import SegmentEnded, WorkoutEngine
from backcare_desktop.core.timeline import build_timeline
from tests.core.factories import counted, routine, timed


def test_planned_work_counts_each_side_and_round() -> None:
    plan = routine(timed("Plank", 30), timed("Side plank", 20, sides="left_right"), rounds=2)
    assert planned_work_segments(build_timeline(plan)) == 6


def test_distinct_completed_segments_count_once_and_skips_do_not() -> None:
    work = [
        WorkDone((0, None, 1), "completed", 30.0),
        WorkDone((0, None, 1), "completed", 30.0),  # done again after going back
        WorkDone((1, "left", 1), "skipped", 4.0),
        WorkDone((1, "right", 1), "stopped", 2.5),
    ]
    counts = count_workout(work, planned=6)
    assert (counts.moves_done, counts.moves_planned) == (1, 6)
    assert counts.exercise_s == pytest.approx(66.5)


def test_a_stopped_workout_counts_work_only() -> None:
    """The issue's case: 12 moves, stopped 11 s into the first after a 10 s get ready."""
    clock = FakeClock()
    ended: list[SegmentEnded] = []
    moves = [timed(f"M{i}", 30, rest_s=10) for i in range(11)]
    plan = routine(*moves, counted("Last", 8), get_ready_s=10)
    engine = WorkoutEngine(
        build_timeline(plan),
        clock,
        lambda event: ended.append(event) if isinstance(event, SegmentEnded) else None,
    )
    engine.start()
    clock.advance_s(21)
    engine.update()
    engine.stop()
    work = [part for part in map(work_done, ended) if part is not None]
    counts = count_workout(work, planned_work_segments(engine.timeline))
    assert (counts.moves_done, counts.moves_planned) == (0, 12)
    assert counts.exercise_s == pytest.approx(11)
