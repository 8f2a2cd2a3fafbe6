"""The history's file actions run on another thread, each with its own connection."""

from __future__ import annotations

import csv
import io
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from backcare_desktop.storage.db import OpenedDatabase, migrate, open_database
from backcare_desktop.storage.export import BackupContent, BackupError, ImportSummary, export_json
from backcare_desktop.storage.file_jobs import (
    FREE_SLICE,
    WORKER_BUSY_TIMEOUT_MS,
    DatabaseHandle,
    FileJobs,
    _free,
)
from backcare_desktop.storage.history import HistoryStore
from tests.storage.helpers import fixed_now
from tests.storage.test_export import fill


def on_thread(work: Callable[[], Any]) -> Any:
    """Run ``work`` on a new thread (as the GUI's worker does); its result or exception."""
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append(work())
        except Exception as error:
            outcome.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(30)
    assert not thread.is_alive()
    return outcome[0]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[OpenedDatabase]:
    opened = open_database(tmp_path / "history.sqlite3", fixed_now)
    fill(HistoryStore(opened))
    yield opened
    opened.close()


def in_memory(path: Path) -> OpenedDatabase:
    """A history kept in memory, as :func:`open_database` falls back to."""
    connection = sqlite3.connect(":memory:", isolation_level=None)
    migrate(connection)
    return OpenedDatabase(connection, False, (), path, in_memory=True)


def test_a_file_database_is_reopened_by_path_never_copied(db: OpenedDatabase) -> None:
    handle = DatabaseHandle.of(db)
    assert (handle.path, handle.read_only, handle.snapshot) == (db.path, False, None)
    assert handle.writable


def test_a_worker_restores_with_its_own_connection(db: OpenedDatabase, tmp_path: Path) -> None:
    export_json(HistoryStore(db), tmp_path / "backup.json")
    with open_database(tmp_path / "other" / "history.sqlite3", fixed_now) as other:
        handle = DatabaseHandle.of(other)  # made on this thread, opened on the worker's
        summary = on_thread(lambda: FileJobs().restore(handle, tmp_path / "backup.json"))
        assert summary == ImportSummary(added=2, skipped_duplicates=0)
        assert HistoryStore(other).count() == HistoryStore(db).count()  # seen by this thread


def test_the_worker_connection_waits_long_for_a_lock(db: OpenedDatabase) -> None:
    with DatabaseHandle.of(db).open(write=True) as worker:
        timeout = worker.connection.execute("PRAGMA busy_timeout").fetchone()[0]
        assert timeout == WORKER_BUSY_TIMEOUT_MS and not worker.read_only
    with DatabaseHandle.of(db).open() as reader, pytest.raises(sqlite3.OperationalError):
        reader.connection.execute("DELETE FROM sessions")  # read-only
    assert HistoryStore(db).count()[0] == 2


def test_a_worker_exports_while_this_thread_holds_a_write_lock(
    db: OpenedDatabase, tmp_path: Path
) -> None:
    handle = DatabaseHandle.of(db)
    with db.transaction() as connection:  # a workout's write under way (WAL: readers go on)
        connection.execute("UPDATE sessions SET note = 'changed, not committed'")
        summary = on_thread(lambda: FileJobs().export_csv(handle, tmp_path / "history.csv"))
        backup = on_thread(lambda: FileJobs().back_up(handle, tmp_path / "backup.json"))
    assert (summary.sessions, backup.sessions) == (2, 2)
    with (tmp_path / "history.csv").open(encoding="utf-8-sig", newline="") as handle_file:
        notes = {row["note"] for row in csv.DictReader(handle_file)}
    assert "changed, not committed" not in notes


def test_a_bad_backup_raises_on_the_worker_and_writes_nothing(
    db: OpenedDatabase, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "backcare-desktop-history", "version": 1}', encoding="utf-8")
    handle = DatabaseHandle.of(db)
    error = on_thread(lambda: FileJobs().restore(handle, bad))
    assert isinstance(error, BackupError)
    assert HistoryStore(db).count()[0] == 2


def test_a_history_in_memory_is_exported_from_a_copy(db: OpenedDatabase, tmp_path: Path) -> None:
    memory = in_memory(tmp_path / "history.sqlite3")
    try:
        fill(HistoryStore(memory))
        handle = DatabaseHandle.of(memory)
        assert handle.snapshot is not None and not handle.writable
        summary = on_thread(lambda: FileJobs().back_up(handle, tmp_path / "backup.json"))
        assert (summary.sessions, summary.moves) == (2, 2)
        with pytest.raises(sqlite3.OperationalError):
            handle.open(write=True)
    finally:
        memory.close()


def test_a_restore_into_a_history_in_memory_returns_the_content_unmerged(
    db: OpenedDatabase, tmp_path: Path
) -> None:
    export_json(HistoryStore(db), tmp_path / "backup.json")
    memory = in_memory(tmp_path / "memory.sqlite3")
    try:
        handle = DatabaseHandle.of(memory)
        content = on_thread(lambda: FileJobs().restore(handle, tmp_path / "backup.json"))
        assert isinstance(content, BackupContent) and len(content.sessions) == 2
        assert HistoryStore(memory).count() == (0, 0)  # the caller merges it, on its thread
    finally:
        memory.close()


def test_free_empties_a_list_a_slice_at_a_time() -> None:
    items: list[Any] = list(range(FREE_SLICE * 3 + 1))
    _free(items)
    assert items == []


def test_the_csv_comes_in_pieces_of_a_few_hundred_sessions(db: OpenedDatabase) -> None:
    from backcare_desktop.storage.history_csv import CHUNK_SESSIONS, csv_chunks

    two = HistoryStore(db).records()  # two moves, then none (one row)
    records = two * (CHUNK_SESSIONS + CHUNK_SESSIONS // 4)  # two and a half pieces
    pieces = list(csv_chunks(records))
    assert pieces[0] == "\ufeff" and len(pieces) == 1 + 3
    rows = list(csv.reader(io.StringIO("".join(pieces[1:]))))
    assert len(rows) == 1 + 3 * len(records) // 2  # the header, then a row per move
    assert rows[-1][-1] == two[-1].uuid
