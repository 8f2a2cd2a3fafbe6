"""History out and in: CSV for spreadsheets, JSON backup and a merging restore.

* CSV: one row per move with its session's columns (:mod:`.history_csv`), the imported runs
  in a second file beside it.
* JSON backup (``"format": "backcare-desktop-history"``, ``"version": 1``): every session with
  its routine snapshot and moves. :func:`import_json` validates the whole file first, then
  adds the sessions whose ``uuid`` is new in one transaction: all or nothing, no duplicates.
* Programme rows (enrolments, morning checks, warning-sign reports, pre-workout choices) go in
  the backup's ``programme`` section (older readers ignore it) and in one extra CSV file per
  table beside the main one (``<name>-morning-checks.csv``...); see
  :mod:`backcare_desktop.storage.programme_backup`. They are restored after the sessions, in a
  second transaction, once the whole file has been validated.

Files are written with :func:`backcare_desktop.core.atomic.atomic_write_text`, so a failed
export never leaves half a file.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from backcare_desktop import __version__
from backcare_desktop.core.atomic import atomic_write_chunks, atomic_write_text
from backcare_desktop.core.runs import Activity
from backcare_desktop.core.validation import (
    REQUIRED,
    DataError,
    DocumentKind,
    Fields,
    Problems,
    decode_json,
    index_path,
    key_path,
    raising,
    read_document,
    read_regular_file,
    require_object,
    shown,
)
from backcare_desktop.storage.db import DatabaseDamagedError, describe_error, open_read_only
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
from backcare_desktop.storage.history_csv import csv_chunks, safe_cell
from backcare_desktop.storage.programme_backup import (
    SECTION,
    programme_csv_files,
    programme_section,
    read_programme_section,
)
from backcare_desktop.storage.programme_store import ProgrammeRecords, ProgrammeStore
from backcare_desktop.storage.runs_backup import (
    ACTIVITIES_KEY,
    activity_to_json,
    merge_plan,
    read_activities,
    runs_csv_text,
)
from backcare_desktop.storage.runs_store import ActivityStore

BACKUP_FORMAT = "backcare-desktop-history"
BACKUP_VERSION = 1
"""The backup format this release writes and the newest it reads."""
BACKUP_DOCUMENT = DocumentKind(
    "history backup", (BACKUP_VERSION,), key="version", marker=("format", BACKUP_FORMAT)
)
"""A backup: ``"format"`` names it, ``"version"`` holds the version."""
MAX_BACKUP_BYTES = 512 * 1024 * 1024


class HistoryExportError(Exception):
    """An export could not be made; the message says why in one sentence."""


class BackupError(DataError):
    """A backup file was refused; ``problems`` lists every reason found (nothing was written)."""


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote (``activities``: imported runs and others; for CSV in
    ``runs_path``, beside the sessions' file, when there are any)."""

    sessions: int
    moves: int
    path: Path
    activities: int = 0
    runs_path: Path | None = None
    extra_files: tuple[Path, ...] = ()
    """Files written beside ``path`` (the programme tables of a CSV export)."""


@dataclass(frozen=True)
class ImportSummary:
    """What :func:`import_json` did."""

    added: int
    skipped_duplicates: int
    activities_added: int = 0
    activities_skipped: int = 0
    programme_rows: int = 0
    """Programme rows (enrolments, morning checks, reports, choices) that were new."""


# -- CSV ----------------------------------------------------------------------------------


def runs_csv_path(path: Path) -> Path:
    """Where the runs go beside a sessions CSV: ``history.csv`` -> ``history-runs.csv``."""
    return path.with_name(f"{path.stem}-runs{path.suffix or '.csv'}")


def export_csv(store: HistoryStore, path: Path) -> ExportSummary:
    """Write every session and move to ``path`` as CSV, the imported runs beside it
    (:func:`runs_csv_path`) and each programme table that has rows to ``<name>-<table>.csv``,
    when there are any. Raises OSError when it cannot."""
    records = store.records()
    activities = ActivityStore(store.connection).activities()
    atomic_write_chunks(path, (chunk.encode("utf-8") for chunk in csv_chunks(records)))
    runs_path = None
    if activities:
        runs_path = runs_csv_path(path)
        atomic_write_text(runs_path, runs_csv_text(activities, safe_cell))
    extra = []
    for suffix, text in programme_csv_files(ProgrammeStore(store.db).records()).items():
        extra_path = path.with_name(f"{path.stem}-{suffix}.csv")
        atomic_write_text(extra_path, "\ufeff" + text)
        extra.append(extra_path)
    moves = sum(len(r.moves) for r in records)
    return ExportSummary(len(records), moves, path, len(activities), runs_path, tuple(extra))


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


def backup_text(
    records: list[SessionRecord],
    now: datetime,
    activities: Sequence[Activity] = (),
    programme: ProgrammeRecords | None = None,
) -> str:
    """The JSON backup of ``records`` (and of the activities and ``programme`` rows given).

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
    if programme is not None:
        lines.append(f" {dump(SECTION)}: {dump(programme_section(programme))},")
    lines.append(' "sessions": [')
    lines.append(",\n".join(f"  {dump(_session_to_json(record))}" for record in records))
    lines.append(" ],")
    lines.append(f' "{ACTIVITIES_KEY}": [')
    lines.append(",\n".join(f"  {dump(activity_to_json(item))}" for item in activities))
    lines.append(" ]")
    lines.append("}")
    return "\n".join(line for line in lines if line) + "\n"


def export_json(
    store: HistoryStore, path: Path, now: Callable[[], datetime] = datetime.now
) -> ExportSummary:
    """Write a JSON backup of every session and imported activity to ``path``.

    Raises OSError when it cannot."""
    records = store.records()
    activities = ActivityStore(store.connection).activities()
    programme = ProgrammeStore(store.db).records()
    atomic_write_text(path, backup_text(records, now().astimezone(), activities, programme))
    moves = sum(len(r.moves) for r in records)
    return ExportSummary(len(records), moves, path, len(activities))


_MAX_SECONDS = 7 * 24 * 3600
_MAX_SESSIONS = 1_000_000
_MAX_MOVES = 100_000
_MAX_NAMES = 100
_STATUSES = tuple(status.value for status in SessionStatus)
_OUTCOMES = tuple(outcome.value for outcome in MoveOutcome)
_SIDES = ("left", "right")
EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
LATEST = datetime(9999, 1, 1, tzinfo=UTC)
"""Restored times must lie in ``EARLIEST..LATEST`` (UTC): a year that is not four digits,
or that overflows when converted, would make the stored history unreadable."""


def _moment(fields: Fields, key: str, *, null: Any = REQUIRED) -> datetime | None:
    """An ISO 8601 date and time with a UTC offset, from 1970 to 9998, or None."""
    value = fields.text(key, 64, null=null)
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
        utc = None if moment.utcoffset() is None else moment.astimezone(UTC)
    except (ValueError, OverflowError):
        utc = None
    if utc is None:
        rule = "must be an ISO 8601 date and time with a UTC offset"
    elif not EARLIEST <= utc < LATEST:
        rule = f"must be a time from {EARLIEST.year} to {LATEST.year - 1}"
    else:
        return moment
    fields.problems.add(fields.at(key), f"{rule}, got {shown(value)}")
    return None


def _read_move(data: Any, path: str, problems: Problems) -> MoveRecord | None:
    move = require_object(data, path, problems)
    if move is None:
        return None
    fields = Fields(move, path, problems)
    return MoveRecord(
        position=fields.integer("position", 0, _MAX_MOVES),
        move_index=fields.integer("move_index", 0, _MAX_MOVES),
        name=fields.text("name", 200),
        side=fields.choice("side", _SIDES, null=None),
        round=fields.integer("round", 1, 1000),
        planned_s=fields.number("planned_s", 0, _MAX_SECONDS, "seconds"),
        done_s=fields.number("done_s", 0, _MAX_SECONDS, "seconds"),
        outcome=fields.choice("outcome", _OUTCOMES),
        muscles=fields.texts("muscles", _MAX_NAMES, 60) or (),
        ended_at=_moment(fields, "ended_at"),  # type: ignore[arg-type]  # None: problem added
    )


def _read_moves(fields: Fields) -> tuple[MoveRecord, ...]:
    raw_moves = fields.items("moves", _MAX_MOVES)
    if raw_moves is None:
        return ()
    path = fields.at("moves")
    moves = [
        move
        for index, raw in enumerate(raw_moves)
        if (move := _read_move(raw, index_path(path, index), fields.problems)) is not None
    ]
    positions = {move.position for move in moves}
    if len(positions) != len(moves):
        fields.problems.add(path, "two moves have the same position")
    return tuple(sorted(moves, key=lambda move: move.position or 0))


def _read_session(
    data: Any, path: str, routines: dict[str, str], problems: Problems
) -> SessionRecord | None:
    session = require_object(data, path, problems)
    if session is None:
        return None
    fields = Fields(session, path, problems)
    routine = fields.raw("routine")
    if routine not in routines:
        problems.add(fields.at("routine"), f"must name one of the routines, got {shown(routine)}")
    started = _moment(fields, "started_at")
    ended = _moment(fields, "ended_at", null=None)
    if started is not None and ended is not None and ended < started:
        problems.add(
            fields.at("ended_at"), f"must not be before started_at, got {shown(ended.isoformat())}"
        )
    status = fields.choice("status", _STATUSES)
    return SessionRecord(
        uuid=fields.text("uuid", 100),
        routine_id=fields.text("routine_id", 100),
        routine_title=fields.text("routine_title", 200, empty=True),
        routine_json=routines.get(routine, "{}"),
        focus=fields.texts("focus", _MAX_NAMES, 60) or (),
        started_at=started,  # type: ignore[arg-type]  # None only after a problem
        ended_at=ended,
        # a session still in progress when it was backed up is interrupted from here on
        status="interrupted" if status == "in_progress" else status,
        active_s=fields.number("active_s", 0, _MAX_SECONDS, "seconds"),
        pain_before=fields.integer("pain_before", *PAIN_RANGE, null=None),
        pain_after=fields.integer("pain_after", *PAIN_RANGE, null=None),
        effort=fields.integer("effort", *EFFORT_RANGE, null=None),
        note=fields.text("note", MAX_NOTE_CHARS, empty=True, strip=False),
        moves=_read_moves(fields),
    )


def _read_head(document: Any) -> tuple[list[Any], dict[str, str]]:
    """The sessions and the routine snapshots (as JSON text by key) of a backup document."""
    problems = Problems(error=BackupError)
    fields = read_document(document, BACKUP_DOCUMENT, problems)
    sessions = fields.items("sessions", _MAX_SESSIONS)
    raw_routines = fields.obj("routines") or {}
    routines = {
        key: json.dumps(value, ensure_ascii=False)
        for key, value in raw_routines.items()
        if require_object(value, key_path("routines", key), problems) is not None
    }
    problems.check()
    return sessions, routines


def parse_backup(data: bytes, source: str = "") -> list[SessionRecord]:
    """Validate the bytes of a backup file; return its sessions or raise :class:`BackupError`."""
    return parse_backup_all(data, source).sessions


@dataclass(frozen=True)
class BackupContent:
    """Everything a backup holds, validated."""

    sessions: list[SessionRecord]
    activities: list[Activity]
    programme: ProgrammeRecords


def parse_backup_all(data: bytes, source: str = "") -> BackupContent:
    """Validate the bytes of a backup file: its sessions, activities (runs...) and programme
    rows, or :class:`BackupError` listing every problem."""
    with raising(BackupError, source):
        document = decode_json(data, MAX_BACKUP_BYTES, "backup")
        sessions, routines = _read_head(document)
        problems = Problems(error=BackupError)
        programme = read_programme_section(document.get(SECTION), problems)
        records: list[SessionRecord] = []
        first_index: dict[str, int] = {}
        for index, raw in enumerate(sessions):
            sessions[index] = None  # each session's JSON is freed once read, not all at the end
            path = index_path("sessions", index)
            record = _read_session(raw, path, routines, problems)
            if record is None:
                continue
            if record.uuid in first_index:
                problems.add(
                    key_path(path, "uuid"), f"the same as sessions[{first_index[record.uuid]}]"
                )
            first_index.setdefault(record.uuid, index)
            records.append(record)
        activities = read_activities(document.get(ACTIVITIES_KEY), problems)
        problems.check()
    return BackupContent(records, activities, programme)


def read_backup(path: Path) -> BackupContent:
    """Read and validate the backup file at ``path`` (no database involved).

    Raises :class:`BackupError` for an unreadable or invalid file.
    """
    with raising(BackupError):
        data = read_regular_file(path, MAX_BACKUP_BYTES, "backup")
    return parse_backup_all(data, str(path))


def merge_backup(store: HistoryStore, content: BackupContent) -> ImportSummary:
    """Add what :func:`read_backup` validated to the history, skipping what is already there.

    Raises :class:`sqlite3.OperationalError` when the database cannot be written (each of the
    sessions, activities and programme rows is one transaction: all of it or none).
    """
    added, skipped = store.add_records(content.sessions)
    runs = ActivityStore(store.connection)
    plan = merge_plan(content.activities, runs.known())
    runs.add(plan.new, datetime.now(UTC))
    programme_rows = ProgrammeStore(store.db).add_records(content.programme)
    return ImportSummary(added, skipped, len(plan.new), plan.duplicates, programme_rows)


def import_json(store: HistoryStore, path: Path) -> ImportSummary:
    """Merge a JSON backup into the history: sessions already there (same uuid) are skipped,
    and so are activities already there (same content, or same start and distance).

    Raises :class:`BackupError` for an unreadable or invalid file (nothing is written), and
    :class:`sqlite3.OperationalError` when the database cannot be written (nothing is).
    """
    return merge_backup(store, read_backup(path))


# -- command line -----------------------------------------------------------------------------


def export_history_cli(db_path: Path, out: Path) -> str:
    """``--export-history FILE``: CSV, or a JSON backup when FILE ends in ``.json``.

    Only reads the database: a damaged or newer one is reported, never moved aside, created
    or migrated in place. The folder of ``out`` must exist. Returns the line to print. Raises
    :class:`HistoryExportError` with a one-sentence reason (no history yet, database
    unusable, output not writable).
    """
    if not db_path.exists():
        raise HistoryExportError(f"there is no workout history at {db_path} yet")
    if not out.parent.is_dir():
        raise HistoryExportError(f"cannot write {out}: the folder {out.parent} does not exist")
    try:
        db = open_read_only(db_path)
    except (sqlite3.Error, OSError, DatabaseDamagedError) as error:
        raise HistoryExportError(
            f"cannot read the history database {db_path}: {describe_error(error)}; "
            "it was left as it is"
        ) from None
    try:
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
    if summary.activities:
        where = f" to {summary.runs_path}" if summary.runs_path else ""
        line += f", and {summary.activities} runs and other activities{where}"
    if summary.extra_files:
        line += ", programme tables to " + ", ".join(str(extra) for extra in summary.extra_files)
    return " ".join((line + ".", *store.notices))
