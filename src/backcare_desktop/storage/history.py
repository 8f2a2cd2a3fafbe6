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
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import MappingProxyType
from typing import Any

from backcare_desktop.core.routine import Routine, RoutineError, routine_from_dict, routine_to_dict
from backcare_desktop.core.stats import SessionSummary
from backcare_desktop.storage.db import OpenedDatabase, transaction
from backcare_desktop.storage.rows import (
    EFFORT_RANGE,
    MAX_NOTE_CHARS,
    PAIN_RANGE,
    READ_ERRORS,
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
    unreadable_notice,
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
_SESSION_COLUMNS = (
    "id, uuid, routine_id, routine_title, focus, started_at, utc_offset_s, ended_at, status, "
    "active_s, pain_before, pain_after, effort, note, move_count"
)
_MOVE_COLUMNS = (
    "position, move_index, name, side, round, planned_s, done_s, outcome, muscles, ended_at"
)


class HistoryStore:
    """Sessions and moves in an :class:`OpenedDatabase` (which the caller closes)."""

    def __init__(self, db: OpenedDatabase) -> None:
        self.db = db
        self._json_cache: dict[str, Any] = {}
        self._zones: dict[int, timezone] = {}
        self._planned: dict[
            int, float
        ] = {}  # snapshot id: planned seconds (snapshots never change)
        self._unreadable: set[int] = set()

    @property
    def connection(self) -> sqlite3.Connection:
        """The underlying connection."""
        return self.db.connection

    @property
    def path(self) -> Path:
        """Where the database lives (or would, when it is in memory)."""
        return self.db.path

    @property
    def read_only(self) -> bool:
        """True when writes will fail (see :class:`OpenedDatabase`)."""
        return self.db.read_only

    @property
    def notices(self) -> list[str]:
        """Sessions the reads so far left out: their stored dates cannot be read."""
        return unreadable_notice(self.path, self._unreadable)

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
                f"INSERT INTO session_moves (session_id, {_MOVE_COLUMNS})"
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

    # -- reads ----------------------------------------------------------------------------

    def sessions(self, muscles_since: datetime | None = None) -> list[SessionRow]:
        """Every session for the history table, newest first, in one query.

        The rows are :class:`SessionSummary` objects too, so the same list feeds
        :func:`~backcare_desktop.core.stats.history_charts`: one query draws the whole view.
        ``muscles_since`` as in :meth:`summaries`.
        """
        return self._rows("ORDER BY started_at DESC, id DESC", (), muscles_since)

    def session(self, session_id: int) -> SessionRow | None:
        """One session, or None."""
        rows = self._rows("WHERE id = ?", (session_id,), None)
        return rows[0] if rows else None

    def moves(self, session_id: int) -> list[MoveRecord]:
        """The saved moves of a session in order."""
        cursor = self.connection.execute(
            f"SELECT {_MOVE_COLUMNS} FROM session_moves WHERE session_id = ? ORDER BY position",
            (session_id,),
        )
        moves = (self._move(row, session_id) for row in cursor)
        return [move for move in moves if move is not None]

    def routine_snapshot(self, session_id: int) -> dict[str, Any] | None:
        """The routine as it was when the session started (routine JSON format 1)."""
        row = self.connection.execute(
            "SELECT r.routine_json FROM sessions s JOIN routine_snapshots r"
            " ON r.id = s.snapshot_id WHERE s.id = ?",
            (session_id,),
        ).fetchone()
        return None if row is None else json.loads(row[0])

    def summaries(self, muscles_since: datetime | None = None) -> list[SessionSummary]:
        """Every session as the stats functions need it, oldest first, in one query.

        With ``muscles_since`` (aware), ``muscle_s`` is loaded only for sessions started
        from then on and left empty before: the time-per-focus chart covers recent weeks,
        and decoding ten years of it would double the time this takes.
        """
        since = "" if muscles_since is None else utc_text(muscles_since)
        cursor = self.connection.execute(
            "SELECT id, started_at, utc_offset_s, active_s, status, pain_before, pain_after,"
            " effort, CASE WHEN started_at >= ? THEN muscle_s ELSE '{}' END, snapshot_id"
            " FROM sessions ORDER BY started_at, id",
            (since,),
        )
        zone, fromiso, decode = self._zone, datetime.fromisoformat, self._cached_json
        planned = self._planned_seconds()
        summaries = []
        for row in cursor:  # positional arguments: this runs for every session
            try:
                started = fromiso(row[1]).astimezone(zone(row[2]))
            except READ_ERRORS:
                self._unreadable.add(row[0])
                continue
            summaries.append(
                SessionSummary(
                    *(row[0], started, row[3], row[4], row[5], row[6], row[7]),
                    *(decode(row[8], True), planned.get(row[9], 0.0)),
                )
            )
        return summaries

    def records(self) -> list[SessionRecord]:
        """Every session with its moves, oldest first (two queries)."""
        return [record for _, record in self._records(None)]

    def count(self) -> tuple[int, int]:
        """(sessions, moves) stored."""
        sessions = self.connection.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]
        moves = self.connection.execute("SELECT COUNT(*) FROM session_moves").fetchone()[0]
        return int(sessions), int(moves)

    # -- internals ------------------------------------------------------------------------

    def _planned_seconds(self) -> dict[int, float]:
        """Each routine snapshot's planned length in seconds (0 when it cannot be read)."""
        known = self._planned
        for snapshot_id, text in self.connection.execute(
            "SELECT id, routine_json FROM routine_snapshots WHERE id > ?", (max(known, default=0),)
        ):
            try:
                known[snapshot_id] = float(routine_from_dict(json.loads(text)).estimated_total_s())
            except (ValueError, RoutineError):  # a snapshot is what was saved, checked or not
                known[snapshot_id] = 0.0
        return known

    def _zone(self, offset_s: int) -> timezone:
        """One shared fixed-offset zone per offset (also makes comparing times faster)."""
        zone = self._zones.get(offset_s)
        if zone is None:
            zone = self._zones[offset_s] = timezone(timedelta(seconds=offset_s))
        return zone

    def _cached_json(self, text: str, mapping: bool = False) -> Any:
        """Decode small JSON texts once each: many sessions share the same values."""
        value = self._json_cache.get(text)
        if value is None:
            decoded = json.loads(text)
            value = MappingProxyType(decoded) if mapping else tuple(decoded)
            if len(self._json_cache) < 10_000:
                self._json_cache[text] = value
        return value

    def _rows(
        self, clause: str, params: tuple[Any, ...], muscles_since: datetime | None
    ) -> list[SessionRow]:
        since = "" if muscles_since is None else utc_text(muscles_since)
        cursor = self.connection.execute(
            "SELECT id, started_at, utc_offset_s, active_s, status, pain_before, pain_after,"
            " effort, CASE WHEN started_at >= ? THEN muscle_s ELSE '{}' END, uuid, routine_id,"
            " routine_title, focus, ended_at, note, move_count, snapshot_id"
            f" FROM sessions {clause}",
            (since, *params),
        )
        fromiso, decode = datetime.fromisoformat, self._cached_json
        planned = self._planned_seconds()
        rows = []
        for row in cursor:  # positional arguments: this runs for every session
            zone = self._zone(row[2])
            try:
                started = fromiso(row[1]).astimezone(zone)
                ended = None if row[13] is None else fromiso(row[13]).astimezone(zone)
            except READ_ERRORS:
                self._unreadable.add(row[0])
                continue
            rows.append(
                SessionRow(
                    row[0],
                    started,
                    row[3],
                    row[4],
                    row[5],
                    row[6],
                    row[7],
                    decode(row[8], True),
                    planned.get(row[16], 0.0),
                    row[9],
                    row[10],
                    row[11],
                    decode(row[12]),
                    ended,
                    row[14],
                    row[15],
                )
            )
        return rows

    def _records(self, session_id: int | None) -> list[tuple[int, SessionRecord]]:
        """(id, record) of one session, or of all sessions oldest first."""
        one = session_id is not None
        params = (session_id,) if one else ()
        moves: dict[int, list[MoveRecord]] = {}
        for row in self.connection.execute(
            f"SELECT session_id, {_MOVE_COLUMNS} FROM session_moves"
            f"{' WHERE session_id = ?' if one else ''} ORDER BY session_id, position",
            params,
        ):
            move = self._move(row[1:], row[0])
            if move is not None:
                moves.setdefault(row[0], []).append(move)
        snapshots = dict(
            self.connection.execute(
                "SELECT id, routine_json FROM routine_snapshots"
                f"{' WHERE id = (SELECT snapshot_id FROM sessions WHERE id = ?)' if one else ''}",
                params,
            )
        )
        cursor = self.connection.execute(
            f"SELECT {_SESSION_COLUMNS}, snapshot_id FROM sessions"
            f"{' WHERE id = ?' if one else ''} ORDER BY started_at, id",
            params,
        )
        result = []
        for row in cursor:
            offset = row[6]
            try:
                started = local_time(row[5], offset)
                ended = None if row[7] is None else local_time(row[7], offset)
            except READ_ERRORS:
                self._unreadable.add(row[0])
                continue
            result.append(
                (
                    row[0],
                    SessionRecord(
                        uuid=row[1],
                        routine_id=row[2],
                        routine_title=row[3],
                        routine_json=snapshots[row[15]],
                        focus=self._cached_json(row[4]),
                        started_at=started,
                        ended_at=ended,
                        status=row[8],
                        active_s=row[9],
                        pain_before=row[10],
                        pain_after=row[11],
                        effort=row[12],
                        note=row[13],
                        moves=tuple(moves.get(row[0], ())),
                    ),
                )
            )
        return result

    def _move(self, row: tuple[Any, ...], session_id: int) -> MoveRecord | None:
        """The move of a stored row; None (noted) when its time cannot be read."""
        try:
            ended = datetime.fromisoformat(row[9])
        except READ_ERRORS:
            self._unreadable.add(session_id)
            return None
        return MoveRecord(
            position=row[0],
            move_index=row[1],
            name=row[2],
            side=row[3],
            round=row[4],
            planned_s=row[5],
            done_s=row[6],
            outcome=row[7],
            muscles=self._cached_json(row[8]),
            ended_at=ended,
        )


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
        f"INSERT INTO session_moves (session_id, {_MOVE_COLUMNS})"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(new_id, *_move_values(move)) for move in record.moves],
    )
    return new_id
