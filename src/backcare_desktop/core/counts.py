"""What a workout counts: moves done and exercise time, defined once for every screen and file.

The finish page, the history table, the CSV export and the charts all count with these
definitions (see ``docs/counting.md``):

* **Moves done** are the distinct work segments completed (their time ran out, or Done was
  pressed on a reps move), out of the work segments the plan has. A move worked on both sides
  is two work segments, and every round counts again, so "moves done: 7 of 12" means seven of
  the twelve planned bouts of work. A work segment done twice (after going back) counts once;
  a skipped or stopped one does not count.
* **Exercise time** is the time spent in work segments, whatever their outcome (time worked
  before skipping or stopping counts). Get ready, rests, switching sides and rests between
  rounds are not exercise, and paused time never counts.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass

from backcare_desktop.core.clock import NS_PER_S
from backcare_desktop.core.engine import SegmentEnded, SegmentOutcome
from backcare_desktop.core.timeline import SegmentKind, Timeline

COMPLETED = SegmentOutcome.COMPLETED.value


@dataclass(frozen=True)
class WorkDone:
    """One ended work segment: which planned one (``key``), how it ended, seconds worked."""

    key: Hashable
    """The planned work segment, e.g. (move index, side, round): the same on a repeat."""
    outcome: str
    """A :class:`SegmentOutcome` value."""
    seconds: float


@dataclass(frozen=True)
class WorkoutCounts:
    """Moves done of moves planned, and exercise time (see the module docstring)."""

    moves_done: int
    moves_planned: int
    exercise_s: float


def count_workout(work: Iterable[WorkDone], planned: int) -> WorkoutCounts:
    """Count ``work`` (every ended work segment, in any order) against ``planned`` segments."""
    parts = list(work)
    done = {part.key for part in parts if part.outcome == COMPLETED}
    return WorkoutCounts(
        moves_done=len(done),
        moves_planned=planned,
        exercise_s=exercise_seconds(part.seconds for part in parts),
    )


def exercise_seconds(work_seconds: Iterable[float]) -> float:
    """Exercise time: the seconds of every ended work segment, added up."""
    return float(sum(max(0.0, seconds) for seconds in work_seconds))


def planned_work_segments(timeline: Timeline) -> int:
    """How many work segments ``timeline`` plans (each side and each round counted)."""
    return sum(segment.kind is SegmentKind.WORK for segment in timeline.segments)


def work_done(event: SegmentEnded) -> WorkDone | None:
    """The engine's end of a segment as :class:`WorkDone`; None when it was not work."""
    segment = event.segment
    if segment.kind is not SegmentKind.WORK:
        return None
    side = None if segment.side is None else segment.side.value
    return WorkDone(
        (segment.move_index, side, segment.round),
        event.outcome.value,
        max(0, event.active_ns) / NS_PER_S,
    )
