"""History out and in: CSV for spreadsheets, JSON backup and a merging restore.

* CSV: one row per move with its session's columns (a session without moves gets one row
  with the move columns empty); UTF-8 with a byte order mark so spreadsheet programs pick the
  encoding, ISO 8601 dates with the UTC offset the session started at.
* JSON backup (``"format": "backcare-desktop-history"``, ``"version": 1``): every session with
  its routine snapshot and moves. :func:`import_json` validates the whole file first, then
  adds the sessions whose ``uuid`` is new in one transaction: all or nothing, no duplicates.

Files are written with :func:`backcare_desktop.core.atomic.atomic_write_text`, so a failed
export never leaves half a file.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import math
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from backcare_desktop import __version__
from backcare_desktop.core.atomic import atomic_write_text
from backcare_desktop.storage.db import describe_error, open_database
from backcare_desktop.storage.history import (
    EFFORT_RANGE,
    MAX_NOTE_CHARS,
    PAIN_RANGE,
    HistoryStore,
    MoveOutcome,
    MoveRecord,
    SessionRecord,
    SessionStatus,
)

BACKUP_FORMAT = "backcare-desktop-history"
BACKUP_VERSION = 1
"""The backup format this release writes and the newest it reads."""
MAX_BACKUP_BYTES = 512 * 1024 * 1024
MAX_PROBLEMS_SHOWN = 20

CSV_COLUMNS = (
    "date",
    "started_at",
    "ended_at",
    "routine_id",
    "routine",
    "status",
    "active_s",
    "pain_before",
    "pain_after",
    "effort",
    "note",
    "move_position",
    "move",
    "side",
    "round",
    "planned_s",
    "done_s",
    "move_outcome",
    "muscles",
    "move_ended_at",
    "session_uuid",
)


class HistoryExportError(Exception):
    """An export could not be made; the message says why in one sentence."""


class BackupError(ValueError):
    """A backup file was refused; ``problems`` lists every reason found (nothing was written)."""

    def __init__(self, problems: list[str], source: str = "") -> None:
        self.problems = tuple(problems)
        shown = list(self.problems[:MAX_PROBLEMS_SHOWN])
        if len(self.problems) > MAX_PROBLEMS_SHOWN:
            shown.append(f"... and {len(self.problems) - MAX_PROBLEMS_SHOWN} more")
        head = f"{source}: " if source else ""
        super().__init__(f"{head}not a usable history backup: " + "; ".join(shown))


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote."""

    sessions: int
    moves: int
    path: Path


@dataclass(frozen=True)
class ImportSummary:
    """What :func:`import_json` did."""

    added: int
    skipped_duplicates: int


# -- CSV ----------------------------------------------------------------------------------


def _number(value: float) -> str:
    return f"{value:.1f}"


def _optional(value: int | None) -> str:
    return "" if value is None else str(value)


def csv_text(records: list[SessionRecord]) -> str:
    """The CSV document (BOM included) for ``records``."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for record in records:
        zone = record.started_at.tzinfo
        session = [
            record.started_at.date().isoformat(),
            record.started_at.isoformat(timespec="seconds"),
            "" if record.ended_at is None else record.ended_at.isoformat(timespec="seconds"),
            record.routine_id,
            record.routine_title,
            record.status,
            _number(record.active_s),
            _optional(record.pain_before),
            _optional(record.pain_after),
            _optional(record.effort),
            record.note,
        ]
        if not record.moves:
            writer.writerow([*session, *([""] * 9), record.uuid])
        for move in record.moves:
            writer.writerow(
                [
                    *session,
                    move.position,
                    move.name,
                    move.side or "",
                    move.round,
                    _number(move.planned_s),
                    _number(move.done_s),
                    move.outcome,
                    "; ".join(move.muscles),
                    move.ended_at.astimezone(zone).isoformat(timespec="seconds"),
                    record.uuid,
                ]
            )
    return buffer.getvalue()


def export_csv(store: HistoryStore, path: Path) -> ExportSummary:
    """Write every session and move to ``path`` as CSV. Raises OSError when it cannot."""
    records = store.records()
    atomic_write_text(path, csv_text(records))
    return ExportSummary(len(records), sum(len(r.moves) for r in records), path)


# -- JSON backup ----------------------------------------------------------------------------


def _move_to_json(move: MoveRecord, record: SessionRecord) -> dict[str, Any]:
    return {
        "position": move.position,
        "move_index": move.move_index,
        "name": move.name,
        "side": move.side,
        "round": move.round,
        "planned_s": move.planned_s,
        "done_s": move.done_s,
        "outcome": move.outcome,
        "muscles": list(move.muscles),
        "ended_at": move.ended_at.astimezone(record.started_at.tzinfo).isoformat(),
    }


def _routine_key(routine_json: str) -> str:
    return hashlib.sha256(routine_json.encode("utf-8")).hexdigest()[:16]


def _session_to_json(record: SessionRecord) -> dict[str, Any]:
    return {
        "uuid": record.uuid,
        "routine_id": record.routine_id,
        "routine_title": record.routine_title,
        "routine": _routine_key(record.routine_json),
        "focus": list(record.focus),
        "started_at": record.started_at.isoformat(),
        "ended_at": None if record.ended_at is None else record.ended_at.isoformat(),
        "status": record.status,
        "active_s": record.active_s,
        "pain_before": record.pain_before,
        "pain_after": record.pain_after,
        "effort": record.effort,
        "note": record.note,
        "moves": [_move_to_json(move, record) for move in record.moves],
    }


def backup_text(records: list[SessionRecord], now: datetime) -> str:
    """The JSON backup of ``records``.

    Routine snapshots are stored once each under ``routines`` (keyed by a digest of their
    text) and named by every session that ran them; each session is one line, so the file
    stays readable and quick to write.
    """
    routines: dict[str, Any] = {}
    for record in records:
        key = _routine_key(record.routine_json)
        if key not in routines:
            routines[key] = json.loads(record.routine_json)

    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    head = {
        "format": BACKUP_FORMAT,
        "version": BACKUP_VERSION,
        "app_version": __version__,
        "exported_at": now.astimezone(UTC).isoformat(timespec="seconds"),
    }
    lines = ["{"]
    lines += [f" {dump(key)}: {dump(value)}," for key, value in head.items()]
    lines.append(' "routines": {')
    lines.append(",\n".join(f"  {dump(key)}: {dump(value)}" for key, value in routines.items()))
    lines.append(" },")
    lines.append(' "sessions": [')
    lines.append(",\n".join(f"  {dump(_session_to_json(record))}" for record in records))
    lines.append(" ]")
    lines.append("}")
    return "\n".join(line for line in lines if line) + "\n"


def export_json(
    store: HistoryStore, path: Path, now: Callable[[], datetime] = datetime.now
) -> ExportSummary:
    """Write a JSON backup of every session to ``path``. Raises OSError when it cannot."""
    records = store.records()
    atomic_write_text(path, backup_text(records, now().astimezone()))
    return ExportSummary(len(records), sum(len(r.moves) for r in records), path)


class _Checker:
    """Reads fields of backup objects, collecting every problem with its path."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def add(self, path: str, message: str) -> None:
        self.problems.append(f"{path}: {message}")

    def field(self, data: dict[str, Any], key: str, path: str) -> Any:
        if key not in data:
            self.add(f"{path}.{key}", "required")
        return data.get(key)

    def text(self, data: dict[str, Any], key: str, path: str, max_len: int, empty: bool) -> str:
        value = self.field(data, key, path)
        if key not in data:
            return ""
        if not isinstance(value, str):
            self.add(f"{path}.{key}", "must be text")
            return ""
        if not empty and not value.strip():
            self.add(f"{path}.{key}", "must not be empty")
        if len(value) > max_len:
            self.add(f"{path}.{key}", f"must be at most {max_len} characters")
        return value

    def integer(
        self, data: dict[str, Any], key: str, path: str, low: int, high: int, optional: bool
    ) -> int | None:
        value = self.field(data, key, path)
        if value is None and (optional or key not in data):
            if key in data and not optional:
                self.add(f"{path}.{key}", "must not be null")
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            extra = " or null" if optional else ""
            self.add(f"{path}.{key}", f"must be a whole number {low}..{high}{extra}, got {value!r}")
            return None
        return value

    def seconds(self, data: dict[str, Any], key: str, path: str) -> float:
        value = self.field(data, key, path)
        if key not in data:
            return 0.0
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
            or not 0 <= value <= _MAX_SECONDS
        ):
            self.add(f"{path}.{key}", f"must be a number of seconds 0..604800, got {value!r}")
            return 0.0
        return float(value)

    def moment(self, data: dict[str, Any], key: str, path: str, optional: bool) -> datetime | None:
        value = self.field(data, key, path)
        if value is None and optional:
            return None
        if isinstance(value, str):
            try:
                moment = datetime.fromisoformat(value)
            except ValueError:
                moment = None
            if moment is not None and moment.utcoffset() is not None:
                return moment
        if key in data:
            self.add(
                f"{path}.{key}",
                f"must be an ISO 8601 date and time with a UTC offset, got {value!r}",
            )
        return None

    def choice(self, data: dict[str, Any], key: str, path: str, options: tuple[str, ...]) -> str:
        value = self.field(data, key, path)
        if key in data and value not in options:
            self.add(f"{path}.{key}", f"must be one of {', '.join(options)}, got {value!r}")
            return options[0]
        return value if isinstance(value, str) else options[0]

    def names(self, data: dict[str, Any], key: str, path: str) -> tuple[str, ...]:
        value = self.field(data, key, path)
        if key not in data:
            return ()
        if not isinstance(value, list) or not all(
            isinstance(item, str) and 0 < len(item) <= 60 for item in value
        ):
            self.add(f"{path}.{key}", "must be a list of names")
            return ()
        return tuple(value)


_MAX_SECONDS = 7 * 24 * 3600
_STATUSES = tuple(status.value for status in SessionStatus)
_OUTCOMES = tuple(outcome.value for outcome in MoveOutcome)
_SIDES = ("left", "right")


def _seconds_ok(value: Any) -> bool:
    return type(value) in (int, float) and 0 <= value <= _MAX_SECONDS  # NaN fails too


def _fast_move(data: dict[str, Any]) -> MoveRecord | None:
    """The move when every field is right (the usual case), else None for the full check."""
    try:
        position, move_index, name = data["position"], data["move_index"], data["name"]
        side, round_number, outcome = data["side"], data["round"], data["outcome"]
        planned, done, muscles = data["planned_s"], data["done_s"], data["muscles"]
        ended = datetime.fromisoformat(data["ended_at"])
    except (KeyError, TypeError, ValueError):
        return None
    if not (
        type(position) is int
        and 0 <= position <= 100_000
        and type(move_index) is int
        and 0 <= move_index <= 100_000
        and type(name) is str
        and 0 < len(name) <= 200
        and name.strip()
        and (side is None or side in _SIDES)
        and type(round_number) is int
        and 1 <= round_number <= 1000
        and outcome in _OUTCOMES
        and _seconds_ok(planned)
        and _seconds_ok(done)
        and type(muscles) is list
        and all(type(item) is str and 0 < len(item) <= 60 for item in muscles)
        and ended.utcoffset() is not None
    ):
        return None
    return MoveRecord(
        position,
        move_index,
        name,
        side,
        round_number,
        float(planned),
        float(done),
        outcome,
        tuple(muscles),
        ended,
    )


def _read_move(check: _Checker, data: Any, path: str) -> MoveRecord | None:
    if not isinstance(data, dict):
        check.add(path, "must be an object")
        return None
    fast = _fast_move(data)
    if fast is not None:
        return fast
    side = check.field(data, "side", path)
    if side is not None and side not in _SIDES:
        check.add(f"{path}.side", f"must be left, right or null, got {side!r}")
    ended = check.moment(data, "ended_at", path, optional=False)
    move = MoveRecord(
        position=check.integer(data, "position", path, 0, 100_000, optional=False) or 0,
        move_index=check.integer(data, "move_index", path, 0, 100_000, optional=False) or 0,
        name=check.text(data, "name", path, 200, empty=False),
        side=side if side in _SIDES else None,
        round=check.integer(data, "round", path, 1, 1000, optional=False) or 1,
        planned_s=check.seconds(data, "planned_s", path),
        done_s=check.seconds(data, "done_s", path),
        outcome=check.choice(data, "outcome", path, _OUTCOMES),
        muscles=check.names(data, "muscles", path),
        ended_at=ended or datetime.now(UTC),
    )
    return move


def _read_session(
    check: _Checker, data: Any, path: str, routines: dict[str, str]
) -> SessionRecord | None:
    if not isinstance(data, dict):
        check.add(path, "must be an object")
        return None
    routine = check.field(data, "routine", path)
    if "routine" in data and routine not in routines:
        check.add(f"{path}.routine", f"must name one of the routines, got {routine!r}")
    raw_moves = check.field(data, "moves", path)
    moves: list[MoveRecord] = []
    if "moves" in data:
        if not isinstance(raw_moves, list):
            check.add(f"{path}.moves", "must be a list")
        else:
            for index, raw in enumerate(raw_moves):
                move = _read_move(check, raw, f"{path}.moves[{index}]")
                if move is not None:
                    moves.append(move)
            positions = [move.position for move in moves]
            if len(set(positions)) != len(positions):
                check.add(f"{path}.moves", "two moves have the same position")
    started = check.moment(data, "started_at", path, optional=False)
    status = check.choice(data, "status", path, _STATUSES)
    return SessionRecord(
        uuid=check.text(data, "uuid", path, 100, empty=False),
        routine_id=check.text(data, "routine_id", path, 100, empty=False),
        routine_title=check.text(data, "routine_title", path, 200, empty=True),
        routine_json=routines.get(routine, "{}") if isinstance(routine, str) else "{}",
        focus=check.names(data, "focus", path),
        started_at=started or datetime.now(UTC),
        ended_at=check.moment(data, "ended_at", path, optional=True),
        # a session still in progress when it was backed up is interrupted from here on
        status="interrupted" if status == "in_progress" else status,
        active_s=check.seconds(data, "active_s", path),
        pain_before=check.integer(data, "pain_before", path, *PAIN_RANGE, optional=True),
        pain_after=check.integer(data, "pain_after", path, *PAIN_RANGE, optional=True),
        effort=check.integer(data, "effort", path, *EFFORT_RANGE, optional=True),
        note=check.text(data, "note", path, MAX_NOTE_CHARS, empty=True),
        moves=tuple(sorted(moves, key=lambda move: move.position)),
    )


def parse_backup(data: bytes, source: str = "") -> list[SessionRecord]:
    """Validate the bytes of a backup file; return its sessions or raise :class:`BackupError`."""
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        problem = f"not UTF-8 text (bad byte at position {error.start})"
        raise BackupError([problem], source) from None
    except json.JSONDecodeError as error:
        raise BackupError(
            [f"not valid JSON: {error.msg} at line {error.lineno} column {error.colno}"], source
        ) from None
    except (RecursionError, ValueError) as error:
        raise BackupError([f"not valid JSON: {error}"], source) from None
    if not isinstance(document, dict) or document.get("format") != BACKUP_FORMAT:
        raise BackupError(
            [f'format: must be "{BACKUP_FORMAT}" (is this a backcare-desktop history backup?)'],
            source,
        )
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise BackupError([f"version: must be a whole number from 1, got {version!r}"], source)
    if version > BACKUP_VERSION:
        raise BackupError(
            [
                f"version: the backup is version {version}, made by a newer backcare-desktop; "
                f"this release reads up to version {BACKUP_VERSION}"
            ],
            source,
        )
    sessions = document.get("sessions")
    if not isinstance(sessions, list):
        raise BackupError(["sessions: required, a list of sessions"], source)
    raw_routines = document.get("routines")
    if not isinstance(raw_routines, dict) or not all(
        isinstance(value, dict) for value in raw_routines.values()
    ):
        raise BackupError(["routines: required, an object of routines by key"], source)
    routines = {key: json.dumps(value, ensure_ascii=False) for key, value in raw_routines.items()}
    check = _Checker()
    records: list[SessionRecord] = []
    first_index: dict[str, int] = {}
    for index, raw in enumerate(sessions):
        record = _read_session(check, raw, f"sessions[{index}]", routines)
        if record is None:
            continue
        if record.uuid in first_index:
            check.add(
                f"sessions[{index}].uuid", f"the same as sessions[{first_index[record.uuid]}]"
            )
        first_index.setdefault(record.uuid, index)
        records.append(record)
    if check.problems:
        raise BackupError(check.problems, source)
    return records


def import_json(store: HistoryStore, path: Path) -> ImportSummary:
    """Merge a JSON backup into the history: sessions already there (same uuid) are skipped.

    Raises :class:`BackupError` for an unreadable or invalid file (nothing is written), and
    :class:`sqlite3.OperationalError` when the database cannot be written (nothing is).
    """
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BACKUP_BYTES + 1)
    except OSError as error:
        raise BackupError([f"cannot read the file: {describe_error(error)}"], str(path)) from None
    if len(data) > MAX_BACKUP_BYTES:
        raise BackupError([f"larger than {MAX_BACKUP_BYTES // 2**20} MB"], str(path))
    records = parse_backup(data, str(path))
    added, skipped = store.add_records(records)
    return ImportSummary(added, skipped)


# -- command line -----------------------------------------------------------------------------


def export_history_cli(db_path: Path, out: Path) -> str:
    """``--export-history FILE``: CSV, or a JSON backup when FILE ends in ``.json``.

    Returns the line to print. Raises :class:`HistoryExportError` with a one-sentence reason
    (no history yet, database unusable, output not writable).
    """
    if not db_path.exists():
        raise HistoryExportError(f"there is no workout history at {db_path} yet")
    db = open_database(db_path, datetime.now)
    try:
        if db.notices and not db.read_only:  # moved aside or unusable: nothing to export
            raise HistoryExportError(" ".join(db.notices))
        store = HistoryStore(db)
        as_json = out.suffix.lower() == ".json"
        try:
            summary = export_json(store, out) if as_json else export_csv(store, out)
        except OSError as error:
            raise HistoryExportError(f"cannot write {out}: {describe_error(error)}") from None
        except sqlite3.Error as error:
            raise HistoryExportError(f"cannot read {db_path}: {describe_error(error)}") from None
    finally:
        db.close()
    kind = "JSON backup" if as_json else "CSV"
    line = (
        f"Exported {summary.sessions} sessions ({summary.moves} moves) as {kind} to {summary.path}"
    )
    return " ".join((line + ".", *db.notices))
