"""Opening the database: settings, transactions, and every bad file (newer, damaged, read-only).

Tests run as root here, where ``chmod`` does not stop writes. Read-only files and folders are
therefore simulated by making every connection ``mode=ro`` (what SQLite does on a read-only
disk), and, where the kernel allows it, tested for real on a read-only bind mount inside a
private mount namespace (``unshare``) in ``test_real_read_only.py``.
"""

from __future__ import annotations

import os
import random
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from backcare_desktop.storage import db as db_module
from backcare_desktop.storage.db import open_database, transaction
from backcare_desktop.storage.history import HistoryStore
from backcare_desktop.storage.schema import SCHEMA_VERSION, Migration
from tests.storage.helpers import fixed_now, make_routine, move_record, sha256

KEPT_NAME = "history.sqlite3.corrupt-20240506-070809"


def populate(path: Path, sessions: int = 40, moves: int = 6) -> None:
    """A real database with some history, fully checkpointed into the main file."""
    db = open_database(path, fixed_now)
    try:
        store = HistoryStore(db)
        for number in range(sessions):
            started = datetime(2024, 1, 1, 7, 0, tzinfo=UTC).replace(day=1 + number % 28)
            session_id = store.start_session(make_routine(), started, pain_before=number % 11)
            for position in range(moves):
                store.record_move(session_id, move_record(position, done_seconds(number)))
            store.finish_session(session_id, "completed", started, 600)
    finally:
        db.close()


def done_seconds(number: int) -> float:
    return 20.0 + number % 7


def session_count(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]
    finally:
        connection.close()


# -- a healthy database ----------------------------------------------------------------------


def test_fresh_database_has_wal_foreign_keys_busy_timeout_and_current_schema(db_path: Path):
    db = open_database(db_path, fixed_now)
    try:
        connection = db.connection
        assert db.read_only is False
        assert db.in_memory is False
        assert db.notices == ()
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert connection.execute("PRAGMA busy_timeout").fetchone()[0] == db_module.BUSY_TIMEOUT_MS
        assert connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        assert {"sessions", "session_moves"} <= tables
    finally:
        db.close()
    assert db_path.exists()


def test_reopening_keeps_the_data(db_path: Path):
    populate(db_path, sessions=3)
    db = open_database(db_path, fixed_now)
    try:
        assert db.notices == ()
        assert db.file_version == SCHEMA_VERSION
        assert len(HistoryStore(db).sessions()) == 3
    finally:
        db.close()


def test_transaction_commits_and_rolls_back(opened):
    connection = opened.connection
    with transaction(connection):
        connection.execute("CREATE TABLE t (x INTEGER)")
        connection.execute("INSERT INTO t VALUES (1)")

    def failing() -> None:
        with opened.transaction():
            connection.execute("INSERT INTO t VALUES (2)")
            raise ZeroDivisionError

    with pytest.raises(ZeroDivisionError):
        failing()
    assert connection.execute("SELECT x FROM t").fetchall() == [(1,)]
    assert not connection.in_transaction


def test_close_is_idempotent(db_path: Path):
    db = open_database(db_path, fixed_now)
    db.close()
    db.close()
    with pytest.raises(sqlite3.ProgrammingError):
        db.connection.execute("SELECT 1")


# -- newer version: read-only, never written --------------------------------------------------


def make_newer(path: Path, journal: str) -> None:
    populate(path, sessions=5)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute(f"PRAGMA journal_mode = {journal}")
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    finally:
        connection.close()
    assert not Path(f"{path}-wal").exists()


@pytest.mark.parametrize("journal", ["WAL", "DELETE"])
def test_newer_database_is_read_only_and_byte_for_byte_unchanged(db_path: Path, journal: str):
    make_newer(db_path, journal)
    before = sha256(db_path)
    db = open_database(db_path, fixed_now)
    try:
        assert db.read_only is True
        assert db.in_memory is False
        assert db.file_version == SCHEMA_VERSION + 1
        (notice,) = db.notices
        assert str(db_path) in notice
        assert f"version {SCHEMA_VERSION + 1}" in notice
        assert f"reads up to version {SCHEMA_VERSION}" in notice
        assert "never written" in notice
        store = HistoryStore(db)
        assert len(store.sessions()) == 5  # still shown
        assert store.mark_interrupted() == 0
        with pytest.raises(sqlite3.OperationalError):
            store.start_session(make_routine(), datetime(2024, 1, 1, tzinfo=UTC))
        with pytest.raises(sqlite3.OperationalError):
            store.update_feedback(1, note="x")
    finally:
        db.close()
    assert sha256(db_path) == before
    assert not list(db_path.parent.glob("*.corrupt-*"))


def test_newer_version_found_only_in_the_wal_is_not_checkpointed(tmp_path: Path):
    """A newer release crashed before checkpointing: the header is old, the WAL is newer."""
    source = tmp_path / "source" / "history.sqlite3"
    populate(source, sessions=2)
    writer = sqlite3.connect(source, isolation_level=None)
    try:
        writer.execute("PRAGMA wal_autocheckpoint = 0")
        writer.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        copy = tmp_path / "copy" / "history.sqlite3"
        copy.parent.mkdir()
        for suffix in ("", "-wal"):
            Path(f"{copy}{suffix}").write_bytes(Path(f"{source}{suffix}").read_bytes())
    finally:
        writer.close()
    main_before, wal_before = sha256(copy), sha256(Path(f"{copy}-wal"))
    db = open_database(copy, fixed_now)
    try:
        assert db.read_only is True
        assert db.file_version == SCHEMA_VERSION + 1
    finally:
        db.close()
    assert sha256(copy) == main_before
    assert sha256(Path(f"{copy}-wal")) == wal_before


# -- damaged files: moved aside and kept ----------------------------------------------------


def assert_moved_aside(db_path: Path, original: bytes, notices: tuple[str, ...]) -> Path:
    kept = db_path.with_name(KEPT_NAME)
    assert kept.read_bytes() == original  # byte for byte
    (notice,) = notices
    assert str(kept) in notice
    assert str(db_path) in notice
    return kept


def test_random_bytes_are_moved_aside_and_a_fresh_database_works(db_path: Path):
    db_path.parent.mkdir(parents=True)
    original = random.Random(7).randbytes(16384)
    db_path.write_bytes(original)
    db = open_database(db_path, fixed_now)
    try:
        assert not db.read_only and not db.in_memory
        assert_moved_aside(db_path, original, db.notices)
        store = HistoryStore(db)
        session_id = store.start_session(make_routine(), datetime(2024, 1, 1, tzinfo=UTC))
        assert [row.id for row in store.sessions()] == [session_id]
    finally:
        db.close()
    assert session_count(db_path) == 1


def test_truncated_database_is_moved_aside(db_path: Path):
    populate(db_path, sessions=300)
    whole = db_path.read_bytes()
    assert len(whole) > 64 * 1024
    half = whole[: len(whole) // 2]
    db_path.write_bytes(half)
    db = open_database(db_path, fixed_now)
    try:
        kept = assert_moved_aside(db_path, half, db.notices)
        assert "damaged" in db.notices[0]
        assert HistoryStore(db).sessions() == []
    finally:
        db.close()
    assert kept.read_bytes() == half


def test_damage_inside_a_valid_header_is_found_by_quick_check(db_path: Path):
    populate(db_path, sessions=200)
    data = bytearray(db_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range(3 * page_size, len(data) - page_size, 5 * page_size):
        data[offset : offset + 200] = b"\xa5" * 200  # scribble over b-tree pages
    db_path.write_bytes(bytes(data))
    db = open_database(db_path, fixed_now)
    try:
        assert_moved_aside(db_path, bytes(data), db.notices)
    finally:
        db.close()


def test_header_only_file_and_short_garbage_are_moved_aside(db_path: Path):
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"SQLite format 3\x00")  # cut off inside the header
    db = open_database(db_path, fixed_now)
    try:
        assert_moved_aside(db_path, b"SQLite format 3\x00", db.notices)
    finally:
        db.close()


def test_companion_files_move_with_the_damaged_database(db_path: Path):
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"not a database at all" * 20)
    wal = Path(f"{db_path}-wal")
    shm = Path(f"{db_path}-shm")
    wal.write_bytes(b"wal bytes")
    shm.write_bytes(b"shm bytes")
    db = open_database(db_path, fixed_now)
    try:
        kept = assert_moved_aside(db_path, b"not a database at all" * 20, db.notices)
        assert Path(f"{kept}-wal").read_bytes() == b"wal bytes"
        assert Path(f"{kept}-shm").read_bytes() == b"shm bytes"
        assert HistoryStore(db).sessions() == []
    finally:
        db.close()


def test_a_second_damaged_file_in_the_same_second_gets_its_own_name(db_path: Path):
    db_path.parent.mkdir(parents=True)
    for content in (b"first broken file" * 10, b"second broken file" * 10):
        db_path.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        db_path.write_bytes(content)
        open_database(db_path, fixed_now).close()
    assert db_path.with_name(KEPT_NAME).read_bytes() == b"first broken file" * 10
    assert db_path.with_name(f"{KEPT_NAME}-2").read_bytes() == b"second broken file" * 10


def test_empty_file_is_used_as_a_new_database(db_path: Path):
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"")
    db = open_database(db_path, fixed_now)
    try:
        assert db.notices == ()
        assert db.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        db.close()


def test_damaged_file_that_cannot_be_moved_is_left_alone(db_path: Path, monkeypatch):
    db_path.parent.mkdir(parents=True)
    original = b"garbage" * 100
    db_path.write_bytes(original)

    def refuse(self: Path, target: Path) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "rename", refuse)
    db = open_database(db_path, fixed_now)
    try:
        assert db.in_memory is True
        (notice,) = db.notices
        assert str(db_path) in notice and "could not be moved aside" in notice
        HistoryStore(db).start_session(make_routine(), datetime(2024, 1, 1, tzinfo=UTC))
    finally:
        db.close()
    assert db_path.read_bytes() == original


# -- read-only folder or file (simulated: every connection is made mode=ro) -----------------


@pytest.fixture
def read_only_disk(monkeypatch):
    """Every file connection is opened read-only, as SQLite does on a read-only disk."""
    real_connect = db_module._connect

    def connect(uri: str) -> sqlite3.Connection:
        return real_connect(uri.replace("mode=rwc", "mode=ro").replace("mode=rw", "mode=ro"))

    monkeypatch.setattr(db_module, "_connect", connect)


def test_read_only_existing_database_is_shown_read_only(db_path: Path, monkeypatch):
    populate(db_path, sessions=4)
    before = sha256(db_path)
    real_connect = db_module._connect
    monkeypatch.setattr(
        db_module,
        "_connect",
        lambda uri: real_connect(uri.replace("mode=rwc", "mode=ro").replace("mode=rw", "mode=ro")),
    )
    db = open_database(db_path, fixed_now)
    try:
        assert db.read_only is True and db.in_memory is False
        (notice,) = db.notices
        assert str(db_path) in notice and "read-only" in notice
        store = HistoryStore(db)
        assert len(store.sessions()) == 4
        with pytest.raises(sqlite3.OperationalError):
            store.start_session(make_routine(), datetime(2024, 1, 1, tzinfo=UTC))
    finally:
        db.close()
    assert sha256(db_path) == before
    assert not list(db_path.parent.glob("*.corrupt-*"))


def test_read_only_folder_without_a_database_uses_memory(db_path: Path, read_only_disk):
    db_path.parent.mkdir(parents=True)
    db = open_database(db_path, fixed_now)
    try:
        assert db.in_memory is True and db.read_only is False
        (notice,) = db.notices
        assert str(db_path) in notice and "memory" in notice
        store = HistoryStore(db)
        store.start_session(make_routine(), datetime(2024, 1, 1, tzinfo=UTC))
        assert len(store.sessions()) == 1
    finally:
        db.close()
    assert not db_path.exists()


def test_folder_that_cannot_be_created_uses_memory(tmp_path: Path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    path = blocker / "data" / "history.sqlite3"
    db = open_database(path, fixed_now)
    try:
        assert db.in_memory is True
        (notice,) = db.notices
        assert str(blocker / "data") in notice
    finally:
        db.close()
    assert blocker.read_text() == "a file where the data folder should be"


def test_read_only_database_at_an_older_schema_is_migrated_in_memory_only(
    db_path: Path, read_only_disk
):
    db_path.parent.mkdir(parents=True)
    plain = sqlite3.connect(db_path)
    try:
        plain.execute("CREATE TABLE unrelated (x)")  # a real version-0 file with content
        plain.commit()
    finally:
        plain.close()
    before = sha256(db_path)
    db = open_database(db_path, fixed_now)
    try:
        assert db.read_only is True
        assert db.file_version == 0
        assert HistoryStore(db).sessions() == []
    finally:
        db.close()
    assert sha256(db_path) == before


@pytest.mark.parametrize("journal", ["WAL", "DELETE"])
def test_locked_database_stays_writable_and_saves_once_free(db_path: Path, journal: str):
    """Another program's lock at start-up never makes the run read-only, nor waits long."""
    populate(db_path, sessions=1)
    holder = sqlite3.connect(db_path, isolation_level=None)
    try:
        holder.execute(f"PRAGMA journal_mode = {journal}")
        holder.execute("BEGIN EXCLUSIVE")
        began = time.monotonic()
        db = open_database(db_path, fixed_now)
        assert time.monotonic() - began < 1.0
        assert not db.read_only and not db.in_memory and db.notices == ()
        store = HistoryStore(db)
        with pytest.raises(sqlite3.OperationalError), db.no_wait():
            store.start_session(make_routine(), datetime(2024, 2, 1, tzinfo=UTC))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    try:
        store.start_session(make_routine(), datetime(2024, 2, 1, tzinfo=UTC))
    finally:
        db.close()
    assert session_count(db_path) == 2


def test_locked_database_that_needs_migrating_is_read_only_with_a_reason(db_path: Path):
    populate(db_path, sessions=1)
    newer = (*db_module.MIGRATIONS, Migration(SCHEMA_VERSION + 1, "test", ("CREATE TABLE t (a)",)))
    connection = sqlite3.connect(db_path, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    try:
        db = open_database(db_path, fixed_now, migrations=newer)
        try:
            assert db.read_only or db.in_memory
            assert "busy with another write" in db.notices[0]
        finally:
            db.close()
    finally:
        connection.execute("ROLLBACK")
        connection.close()


def test_database_folder_and_files_are_private(db_path: Path):
    db = open_database(db_path, fixed_now)
    try:
        HistoryStore(db).start_session(make_routine(), datetime(2024, 2, 1, tzinfo=UTC))
        modes = {
            name: Path(f"{db_path}{name}").stat().st_mode & 0o777 for name in ("", "-wal", "-shm")
        }
        assert modes == {"": 0o600, "-wal": 0o600, "-shm": 0o600}
        assert db_path.parent.stat().st_mode & 0o777 == 0o700
    finally:
        db.close()


def test_files_of_older_releases_are_made_private(db_path: Path):
    populate(db_path, sessions=1)
    db_path.parent.chmod(0o755)
    db_path.chmod(0o644)
    open_database(db_path, fixed_now).close()
    assert db_path.stat().st_mode & 0o777 == 0o600
    assert db_path.parent.stat().st_mode & 0o777 == 0o700


def test_describe_error_names_the_usual_causes():
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = 13  # type: ignore[attr-defined]
    assert db_module.describe_error(full) == "the disk is full"
    assert db_module.describe_error(OSError(28, "No space left on device")) == "the disk is full"
    assert "read-only" in db_module.describe_error(OSError(30, "Read-only file system"))
    assert os.strerror(2) in db_module.describe_error(FileNotFoundError(2, os.strerror(2)))
