"""The plain values the history store takes and gives: rows, records, ratings and times.

Times are stored as ISO 8601 UTC text (``2024-03-31T22:30:00Z``) with the UTC offset in
force at the start of the session; the helpers here convert both ways.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from enum import StrEnum
from typing import Any, Final

from backcare_desktop.core.stats import SessionSummary
from backcare_desktop.core.text import QT_TRANSLATE_NOOP, UserText


class SessionStatus(StrEnum):
    """Where a session stands."""

    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    STOPPED = "stopped"
    INTERRUPTED = "interrupted"


class MoveOutcome(StrEnum):
    """How a move ended (the engine's segment outcomes)."""

    COMPLETED = "completed"
    SKIPPED = "skipped"
    STOPPED = "stopped"


class Unchanged:
    """Type of :data:`UNCHANGED`."""

    def __repr__(self) -> str:
        return "UNCHANGED"


UNCHANGED: Final = Unchanged()
"""Pass to :meth:`HistoryStore.update_feedback` to leave a field as it is (None clears it)."""

PAIN_RANGE = (0, 10)
EFFORT_RANGE = (1, 10)
"""Effort is rated 1 (very easy) to 10 (maximal), like the modified Borg RPE scale."""
MAX_NOTE_CHARS = 2000


READ_ERRORS = (ValueError, OverflowError, TypeError)
"""What reading a stored time can raise when a row holds a time no release should have written
(an older release stored the year 1 as ``1-01-01``): reads leave such a row out and say so."""


def utc_text(moment: datetime) -> str:
    """``moment`` (timezone-aware) as ``YYYY-MM-DDTHH:MM:SSZ`` in UTC (the year in 4 digits)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"a timezone-aware datetime is needed, got {moment!r}")
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="seconds") + "Z"


def unreadable_notice(path: object, session_ids: Iterable[int]) -> list[str]:
    """The sentence telling the user which stored sessions could not be read, if any."""
    ids = sorted(session_ids)
    if not ids:
        return []
    listed = ", ".join(str(session_id) for session_id in ids[:10])
    more = f" and {len(ids) - 10} more" if len(ids) > 10 else ""
    template = QT_TRANSLATE_NOOP(
        "Notices",
        "%1 session(s) in the history database %2 have a date that cannot be read and are left "
        "out of the history and of exports (session ids %3); the rest of the history is shown "
        "as usual.",
    )
    return [UserText(template, len(ids), path, listed + more)]


def local_time(text: str, offset_s: int) -> datetime:
    """A stored UTC time shown at a fixed UTC offset (the one in force at the session start)."""
    return datetime.fromisoformat(text).astimezone(timezone(timedelta(seconds=offset_s)))


def offset_seconds(moment: datetime) -> int:
    """The UTC offset of an aware datetime in whole seconds."""
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError(f"a timezone-aware datetime is needed, got {moment!r}")
    return int(offset.total_seconds())


def check_rating(name: str, value: int | None, low: int, high: int) -> int | None:
    """Return ``value`` if None or a whole number in ``low..high``; else raise ValueError."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(f"{name} must be a whole number {low}..{high} or empty, got {value!r}")
    return value


def _check_note(note: str) -> str:
    if not isinstance(note, str):
        raise ValueError(f"note must be text, got {type(note).__name__}")
    if len(note) > MAX_NOTE_CHARS:
        raise ValueError(f"note must be at most {MAX_NOTE_CHARS} characters, got {len(note)}")
    return note


def feedback_changes(
    *,
    pain_before: int | Unchanged | None = UNCHANGED,
    pain_after: int | Unchanged | None = UNCHANGED,
    effort: int | Unchanged | None = UNCHANGED,
    note: str | Unchanged = UNCHANGED,
) -> dict[str, Any]:
    """The column changes the given feedback makes; raises ValueError for a bad value."""
    changes: dict[str, Any] = {}
    for name, value, (low, high) in (
        ("pain_before", pain_before, PAIN_RANGE),
        ("pain_after", pain_after, PAIN_RANGE),
        ("effort", effort, EFFORT_RANGE),
    ):
        if not isinstance(value, Unchanged):
            changes[name] = check_rating(name, value, low, high)
    if not isinstance(note, Unchanged):
        changes["note"] = _check_note(note)
    return changes


@dataclass(frozen=True)
class MoveRecord:
    """One work segment that ended: a move (one side of it) in one round."""

    position: int
    """Order within the session, from 0."""
    move_index: int
    """Index of the move in the routine."""
    name: str
    side: str | None
    """``left``, ``right`` or None for a move worked on both sides at once."""
    round: int
    planned_s: float
    """The move's time, or for a reps move the estimate from its rep count."""
    done_s: float
    """Unpaused seconds actually spent on it."""
    outcome: str
    muscles: tuple[str, ...]
    ended_at: datetime


@dataclass(slots=True)
class SessionRow(SessionSummary):
    """A session as the history table shows it; also a :class:`SessionSummary` for the stats.

    ``started`` and ``ended`` are at the UTC offset in force when the session started.
    Treat it as read-only (not frozen only because that makes 7,300 of them slow to build).
    """

    uuid: str = ""
    routine_id: str = ""
    routine_title: str = ""
    focus: tuple[str, ...] = ()
    ended: datetime | None = None
    note: str = ""
    move_count: int = 0


@dataclass(frozen=True)
class SessionRecord:
    """Everything about one session, moves included: for backup, import and undo."""

    uuid: str
    routine_id: str
    routine_title: str
    routine_json: str
    focus: tuple[str, ...]
    started_at: datetime
    ended_at: datetime | None
    status: str
    active_s: float
    pain_before: int | None
    pain_after: int | None
    effort: int | None
    note: str
    moves: tuple[MoveRecord, ...]


@dataclass(frozen=True)
class DeletedSession:
    """A deleted session kept for undo: :meth:`HistoryStore.restore_session` puts it back."""

    id: int
    record: SessionRecord


def muscle_seconds(moves: Iterable[MoveRecord]) -> dict[str, float]:
    """Seconds each muscle group was worked: every move's done time counts for each muscle."""
    totals: dict[str, float] = {}
    for move in moves:
        for muscle in move.muscles:
            totals[muscle] = totals.get(muscle, 0.0) + move.done_s
    return {muscle: round(totals[muscle], 3) for muscle in sorted(totals)}
