"""Reading workout history: sessions and moves as rows, summaries and records.

:class:`HistoryReader` turns stored rows into the plain values of :mod:`.rows`, caching what
many rows share (time zones, small JSON texts, planned lengths) and noting the sessions whose
stored times cannot be read. :class:`~backcare_desktop.storage.history.HistoryStore` adds
the writes.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from types import MappingProxyType
from typing import Any

from backcare_desktop.core.routine import RoutineError, routine_from_dict
from backcare_desktop.core.stats import (
    DayTotals,
    HistoryCharts,
    PainPoint,
    SessionSummary,
    WeeklyGoal,
    charts_of_totals,
    focus_since,
    latest_alert,
)
from backcare_desktop.storage import aggregates
from backcare_desktop.storage.db import OpenedDatabase
from backcare_desktop.storage.rows import (
    READ_ERRORS,
    MoveRecord,
    SessionRecord,
    SessionRow,
    local_time,
    unreadable_notice,
    utc_text,
)

_SESSION_COLUMNS = (
    "id, uuid, routine_id, routine_title, focus, started_at, utc_offset_s, ended_at, status, "
    "active_s, pain_before, pain_after, effort, note, move_count"
)
MOVE_COLUMNS = (
    "position, move_index, name, side, round, planned_s, done_s, outcome, muscles, ended_at"
)
"""The ``session_moves`` columns in the order :class:`MoveRecord` rows are read and written."""

_TABLE_ORDERS = {
    "started": "started_at",
    "routine_title": "routine_title",
    "active_s": "active_s",
    "status": "status",
    "pain_before": "pain_before",
    "pain_after": "pain_after",
    "effort": "effort",
    "note": "note",
}
"""The history table's sort orders: :class:`SessionRow` field -> ``sessions`` column."""
TABLE_ORDERS = tuple(_TABLE_ORDERS)
"""The :class:`SessionRow` fields :meth:`HistoryReader.session_order` sorts by."""


class HistoryReader:
    """Read sessions and moves in an :class:`OpenedDatabase` (which the caller closes)."""

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

    def change_mark(self) -> tuple[int, int] | None:
        """What has been committed so far, by this connection or any other (another program,
        a restore's own connection): two equal marks mean nothing was stored in between. None
        when the database cannot tell (read it again to be sure)."""
        try:
            row = self.connection.execute("PRAGMA data_version").fetchone()
        except sqlite3.Error:
            return None
        return int(row[0]), self.connection.total_changes

    @property
    def notices(self) -> list[str]:
        """Sessions the reads so far left out: their stored dates cannot be read."""
        return unreadable_notice(self.path, self._unreadable)

    # -- reads ----------------------------------------------------------------------------

    def sessions(self, muscles_since: datetime | None = None) -> list[SessionRow]:
        """Every session as a table row, newest first, in one query.

        The rows are :class:`SessionSummary` objects too, so the same list feeds
        :func:`~backcare_desktop.core.stats.history_charts` (the physio report does). The
        history view reads less: :meth:`charts`, :meth:`session_order` and
        :meth:`sessions_by_id`. ``muscles_since`` as in :meth:`summaries`.
        """
        return self._rows("ORDER BY started_at DESC, id DESC", (), muscles_since)

    def session(self, session_id: int) -> SessionRow | None:
        """One session, or None."""
        rows = self._rows("WHERE id = ?", (session_id,), None)
        return rows[0] if rows else None

    def moves(self, session_id: int) -> list[MoveRecord]:
        """The saved moves of a session in order."""
        cursor = self.connection.execute(
            f"SELECT {MOVE_COLUMNS} FROM session_moves WHERE session_id = ? ORDER BY position",
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

    def charts(
        self, today: date, goal: WeeklyGoal, weeks: int, pain_sessions: int
    ) -> HistoryCharts:
        """What the history charts draw: ``stats.history_charts`` over every session, with the
        day totals and the time per muscle group added up in SQL and the pain read from the
        latest back (``pain`` holds the latest ``pain_sessions`` entries), so no object is
        built per session."""
        recent = list(itertools.islice(self.latest_pain(), pain_sessions))
        return charts_of_totals(
            self.day_totals(),
            recent[::-1],
            latest_alert(self.latest_pain()),
            aggregates.focus_seconds(self.connection, focus_since(today, weeks)),
            today,
            goal,
            weeks,
        )

    def day_totals(self) -> DayTotals:
        """Exercise, sessions and time towards the goal per local day, added up in SQL."""
        return aggregates.day_totals(self.connection, self._planned_seconds())

    def latest_pain(self, page: int = 50) -> Iterator[PainPoint]:
        """The pain logged, session by session, newest first; read ``page`` sessions at a
        time as the caller goes back (``stats.pain_series`` reversed)."""
        zone, fromiso = self._zone, datetime.fromisoformat
        for offset in itertools.count(0, page):
            rows = self.connection.execute(
                "SELECT id, started_at, utc_offset_s, pain_before, pain_after FROM sessions"
                " WHERE pain_before IS NOT NULL OR pain_after IS NOT NULL"
                " ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?",
                (page, offset),
            ).fetchall()
            for session_id, started, offset_s, before, after in rows:
                try:
                    moment = fromiso(started).astimezone(zone(offset_s))
                except READ_ERRORS:
                    self._unreadable.add(session_id)
                    continue
                yield PainPoint(session_id, moment, before, after)
            if len(rows) < page:
                return

    def session_order(self, field: str = "started", descending: bool = True) -> list[int]:
        """The ids of every session the history table shows, in its order.

        Sorted by ``field`` (one of :data:`TABLE_ORDERS`; text without regard to case), rows
        without a value (no rating, no note) last either way, newest first among equals.
        Sessions whose times cannot be read are left out (see :meth:`_unreadable_times`).
        """
        unreadable = self._unreadable_times()
        if field == "started":
            cursor = self.connection.execute(
                "SELECT id FROM sessions"
                f" ORDER BY started_at {'DESC' if descending else 'ASC'}, id DESC"
            )
            return [session_id for (session_id,) in cursor if session_id not in unreadable]
        cursor = self.connection.execute(
            f"SELECT id, {_TABLE_ORDERS[field]} FROM sessions ORDER BY started_at DESC, id DESC"
        )
        valued: list[tuple[Any, int]] = []
        empty: list[int] = []
        for session_id, value in cursor:
            if session_id in unreadable:
                continue
            key = _sort_key(field, value)
            if key is None:
                empty.append(session_id)
            else:
                valued.append((key, session_id))
        valued.sort(key=lambda item: item[0], reverse=descending)  # stable: newest first stays
        return [session_id for _, session_id in valued] + empty

    def sessions_by_id(self, ids: Sequence[int]) -> dict[int, SessionRow]:
        """The sessions with these ids (those still there and readable), by id."""
        found: dict[int, SessionRow] = {}
        for start in range(0, len(ids), 500):  # within SQLite's limit on parameters
            chunk = tuple(ids[start : start + 500])
            marks = ", ".join("?" * len(chunk))
            for row in self._rows(f"WHERE id IN ({marks})", chunk, None):
                found[row.id] = row
        return found

    def records(self) -> list[SessionRecord]:
        """Every session with its moves, oldest first (two queries)."""
        return [record for _, record in self._records(None)]

    def has_sessions(self) -> bool:
        """True when at least one session is stored (False when the database cannot tell)."""
        try:
            row = self.connection.execute("SELECT EXISTS (SELECT 1 FROM sessions)").fetchone()
        except sqlite3.Error:
            return False
        return bool(row[0])

    def count(self) -> tuple[int, int]:
        """(sessions, moves) stored."""
        sessions = self.connection.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]
        moves = self.connection.execute("SELECT COUNT(*) FROM session_moves").fetchone()[0]
        return int(sessions), int(moves)

    # -- internals ------------------------------------------------------------------------

    def _unreadable_times(self) -> set[int]:
        """The sessions whose stored times cannot be read (noted for :attr:`notices`).

        Only the rows whose times are not stored as this app stores them (``YYYY-MM-DDTHH:MM:
        SSZ``, with a year from 2 to 9998, which no UTC offset takes out of range) are read in
        Python: a few milliseconds for ten years. (A row of that shape with an impossible date,
        which no release writes, is left out when the table reads it and shows empty.)
        """
        usual = "length({0}) = 20 AND substr({0}, 5, 1) = '-' AND {0} >= '0002' AND {0} < '9999'"
        cursor = self.connection.execute(
            "SELECT id, started_at, ended_at, utc_offset_s FROM sessions"
            f" WHERE NOT ({usual.format('started_at')} AND abs(utc_offset_s) < 86400"
            f" AND (ended_at IS NULL OR {usual.format('ended_at')}))"
        )
        unreadable = set()
        for session_id, started, ended, offset in cursor:
            try:
                local_time(started, offset)
                if ended is not None:
                    local_time(ended, offset)
            except READ_ERRORS:
                unreadable.add(session_id)
        self._unreadable |= unreadable
        return unreadable

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
            f"SELECT session_id, {MOVE_COLUMNS} FROM session_moves"
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


def _sort_key(field: str, value: Any) -> Any:
    """The history table's sort key of a stored value; None sorts last."""
    if value is None or field not in ("routine_title", "note"):
        return value
    return value.casefold() or (None if field == "note" else "")
