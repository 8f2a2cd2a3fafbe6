"""Workout history: sessions and their moves, written as the workout goes, and read for charts.

Times are stored as ISO 8601 UTC text (``2024-03-31T22:30:00Z``) with the user's UTC offset
at the start of the session (``utc_offset_s``), so local days and weeks stay right across DST
changes and travel. Every write is its own committed transaction: a crash loses at most the
move in progress.

Write methods raise :class:`sqlite3.OperationalError` when the database cannot be written
(read-only file or folder, newer database, full disk, locked); :attr:`HistoryStore.read_only`
tells ahead. :class:`~backcare_desktop.storage.recorder.HistoryRecorder` queues and retries
the workout's own writes.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid as uuid_module
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from backcare_desktop.core.routine import Routine, routine_to_dict
from backcare_desktop.storage.db import transaction
from backcare_desktop.storage.history_reads import MOVE_COLUMNS, HistoryReader
from backcare_desktop.storage.rows import (
    EFFORT_RANGE,
    MAX_NOTE_CHARS,
    PAIN_RANGE,
    UNCHANGED,
    DeletedSession,
    MoveOutcome,
    MoveRecord,
    SessionRecord,
    SessionRow,
    SessionStatus,
    Unchanged,
    check_rating,
    feedback_changes,
    local_time,
    muscle_seconds,
    offset_seconds,
    utc_text,
)

__all__ = [
    "EFFORT_RANGE",
    "MAX_NOTE_CHARS",
    "PAIN_RANGE",
    "UNCHANGED",
    "DeletedSession",
    "HistoryStore",
    "MoveOutcome",
    "MoveRecord",
    "SessionRecord",
    "SessionRow",
    "SessionStatus",
    "Unchanged",
    "check_rating",
    "feedback_changes",
    "local_time",
    "muscle_seconds",
    "offset_seconds",
    "utc_text",
]


_OUTCOMES = frozenset(outcome.value for outcome in MoveOutcome)


class HistoryStore(HistoryReader):
    """Sessions and moves in an :class:`OpenedDatabase`: the reads of :class:`HistoryReader`
    and the writes."""

    # -- writes ---------------------------------------------------------------------------

    def mark_interrupted(self) -> int:
        """Turn sessions left ``in_progress`` (by a crash) into ``interrupted``; return how many.

        Their moves stay; the end time becomes the end of the last saved move (or the start).
        Call once at start-up, before a workout begins. Returns 0 on a read-only database.
        """
        if self.read_only:
            return 0
        with transaction(self.connection) as connection:
            cursor = connection.execute(
                "UPDATE sessions SET status = 'interrupted', ended_at = COALESCE("
                "(SELECT MAX(ended_at) FROM session_moves WHERE session_id = sessions.id),"
                " started_at) WHERE status = 'in_progress'"
            )
            return cursor.rowcount

    def start_session(
        self,
        routine: Routine,
        started_at: datetime,
        pain_before: int | None = None,
        *,
        session_uuid: str | None = None,
    ) -> int:
        """Save a new ``in_progress`` session with a snapshot of ``routine``; return its id.

        ``started_at`` must be timezone-aware local time (e.g. ``datetime.now().astimezone()``):
        its offset decides the local day and week. With ``session_uuid`` the call is
        idempotent: a session with that uuid already saved is returned instead.
        """
        check_rating("pain_before", pain_before, *PAIN_RANGE)
        started = utc_text(started_at)
        key = session_uuid or str(uuid_module.uuid4())
        with transaction(self.connection) as connection:
            row = connection.execute("SELECT id FROM sessions WHERE uuid = ?", (key,)).fetchone()
            if row is not None:
                return int(row[0])
            snapshot = _snapshot_id(
                connection, json.dumps(routine_to_dict(routine), ensure_ascii=False)
            )
            cursor = connection.execute(
                "INSERT INTO sessions (uuid, routine_id, routine_title, snapshot_id, focus,"
                " started_at, utc_offset_s, status, pain_before)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, 'in_progress', ?)",
                (
                    key,
                    routine.id,
                    routine.title,
                    snapshot,
                    json.dumps(list(routine.focus)),
                    started,
                    offset_seconds(started_at),
                    pain_before,
                ),
            )
            assert cursor.lastrowid is not None
            return cursor.lastrowid

    def record_move(
        self, session_id: int, move: MoveRecord, session_active_s: float | None = None
    ) -> bool:
        """Save a move that ended; returns False when that position was already saved.

        ``session_active_s`` (the exercise time so far, ``core.counts``) is stored with it,
        so an interrupted session keeps a truthful duration. Idempotent per position, so a
        retried write never duplicates a move.
        """
        if move.outcome not in _OUTCOMES:
            raise ValueError(f"outcome must be completed, skipped or stopped, got {move.outcome!r}")
        with transaction(self.connection) as connection:
            cursor = connection.execute(
                f"INSERT INTO session_moves (session_id, {MOVE_COLUMNS})"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (session_id, position) DO NOTHING",
                (session_id, *_move_values(move)),
            )
            if cursor.rowcount == 0:
                return False
            row = connection.execute(
                "SELECT muscle_s FROM sessions WHERE id = ?", (session_id,)
            ).fetchone()
            totals: dict[str, float] = json.loads(row[0])
            for muscle in move.muscles:
                totals[muscle] = round(totals.get(muscle, 0.0) + move.done_s, 3)
            active = "" if session_active_s is None else ", active_s = MAX(active_s, ?)"
            connection.execute(
                f"UPDATE sessions SET muscle_s = ?, move_count = move_count + 1{active}"
                " WHERE id = ?",
                (
                    json.dumps(dict(sorted(totals.items()))),
                    *(() if session_active_s is None else (max(0.0, session_active_s),)),
                    session_id,
                ),
            )
            return True

    def finish_session(
        self, session_id: int, status: str, ended_at: datetime, active_s: float
    ) -> None:
        """Close a session as ``completed``, ``stopped`` or ``interrupted``."""
        if status not in ("completed", "stopped", "interrupted"):
            raise ValueError(f"status must be completed, stopped or interrupted, got {status!r}")
        with transaction(self.connection) as connection:
            cursor = connection.execute(
                "UPDATE sessions SET status = ?, ended_at = ?, active_s = ? WHERE id = ?",
                (status, utc_text(ended_at), max(0.0, active_s), session_id),
            )
            if cursor.rowcount == 0:
                raise KeyError(f"no session with id {session_id}")

    def update_feedback(
        self,
        session_id: int,
        *,
        pain_before: int | Unchanged | None = UNCHANGED,
        pain_after: int | Unchanged | None = UNCHANGED,
        effort: int | Unchanged | None = UNCHANGED,
        note: str | Unchanged = UNCHANGED,
    ) -> None:
        """Set the pain ratings (0-10), effort (1-10) and note of a session.

        Fields left as :data:`UNCHANGED` keep their value; None clears a rating. Raises
        ValueError for a value out of range and KeyError for an unknown session.
        """
        changes = feedback_changes(
            pain_before=pain_before, pain_after=pain_after, effort=effort, note=note
        )
        with transaction(self.connection) as connection:
            if not changes:
                exists = connection.execute(
                    "SELECT 1 FROM sessions WHERE id = ?", (session_id,)
                ).fetchone()
                if exists is None:
                    raise KeyError(f"no session with id {session_id}")
                return
            assignments = ", ".join(f"{name} = ?" for name in changes)
            cursor = connection.execute(
                f"UPDATE sessions SET {assignments} WHERE id = ?", (*changes.values(), session_id)
            )
            if cursor.rowcount == 0:
                raise KeyError(f"no session with id {session_id}")

    def delete_session(self, session_id: int) -> DeletedSession:
        """Delete a session and its moves; the result undoes it with :meth:`restore_session`."""
        with transaction(self.connection) as connection:
            records = self._records(session_id)
            if not records:
                raise KeyError(f"no session with id {session_id}")
            connection.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
        return DeletedSession(session_id, records[0][1])

    def restore_session(self, deleted: DeletedSession) -> int:
        """Put a deleted session back with the same id, uuid and moves; return the id."""
        with transaction(self.connection) as connection:
            return _insert_record(connection, deleted.record, deleted.id)

    def add_records(self, records: Iterable[SessionRecord]) -> tuple[int, int]:
        """Add sessions whose uuid is new, all in one transaction; return (added, skipped)."""
        added = skipped = 0
        with transaction(self.connection) as connection:
            known = {row[0] for row in connection.execute("SELECT uuid FROM sessions")}
            for record in records:
                if record.uuid in known:
                    skipped += 1
                    continue
                _insert_record(connection, record)
                known.add(record.uuid)
                added += 1
        return added, skipped


def _snapshot_id(connection: sqlite3.Connection, routine_json: str) -> int:
    """The id of the stored routine snapshot with this text, stored now if new."""
    digest = hashlib.sha256(routine_json.encode("utf-8")).hexdigest()
    connection.execute(
        "INSERT INTO routine_snapshots (digest, routine_json) VALUES (?, ?)"
        " ON CONFLICT (digest) DO NOTHING",
        (digest, routine_json),
    )
    row = connection.execute(
        "SELECT id FROM routine_snapshots WHERE digest = ?", (digest,)
    ).fetchone()
    return int(row[0])


def _move_values(move: MoveRecord) -> tuple[Any, ...]:
    return (
        move.position,
        move.move_index,
        move.name,
        move.side,
        move.round,
        move.planned_s,
        move.done_s,
        move.outcome,
        json.dumps(list(move.muscles)),
        utc_text(move.ended_at),
    )


def _insert_record(
    connection: sqlite3.Connection, record: SessionRecord, session_id: int | None = None
) -> int:
    """Insert a whole session with its moves (inside the caller's transaction)."""
    cursor = connection.execute(
        "INSERT INTO sessions (id, uuid, routine_id, routine_title, snapshot_id, focus,"
        " started_at, utc_offset_s, ended_at, status, active_s, muscle_s, pain_before,"
        " pain_after, effort, note, move_count)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            session_id,
            record.uuid,
            record.routine_id,
            record.routine_title,
            _snapshot_id(connection, record.routine_json),
            json.dumps(list(record.focus)),
            utc_text(record.started_at),
            offset_seconds(record.started_at),
            None if record.ended_at is None else utc_text(record.ended_at),
            record.status,
            record.active_s,
            json.dumps(muscle_seconds(record.moves)),
            record.pain_before,
            record.pain_after,
            record.effort,
            record.note,
            len(record.moves),
        ),
    )
    new_id = cursor.lastrowid
    assert new_id is not None
    connection.executemany(
        f"INSERT INTO session_moves (session_id, {MOVE_COLUMNS})"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(new_id, *_move_values(move)) for move in record.moves],
    )
    return new_id
