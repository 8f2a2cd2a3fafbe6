"""Migrations by ``PRAGMA user_version``: from every earlier version, each step all-or-nothing."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from backcare_desktop.storage.db import migrate, open_database
from backcare_desktop.storage.history import HistoryStore
from backcare_desktop.storage.schema import MIGRATIONS, SCHEMA_VERSION, Migration
from tests.storage.helpers import fixed_now, make_routine, move_record


def _sample_v1(connection: sqlite3.Connection) -> None:
    connection.execute(
        "INSERT INTO routine_snapshots (digest, routine_json) VALUES ('d', '{\"id\": \"r\"}')"
    )
    connection.execute(
        "INSERT INTO sessions (uuid, routine_id, routine_title, snapshot_id, focus, started_at,"
        " utc_offset_s, ended_at, status, active_s, pain_before, note, muscle_s, move_count)"
        " VALUES ('u-1', 'r', 'R', 1, '[\"core\"]', '2023-12-31T23:30:00Z', 3600,"
        " '2024-01-01T00:00:00Z', 'completed', 600, 3, 'kept', '{\"glutes\": 44.5}', 1)"
    )
    connection.execute(
        "INSERT INTO session_moves (session_id, position, move_index, name, side, round,"
        " planned_s, done_s, outcome, muscles, ended_at) VALUES"
        " (1, 0, 0, 'Bridge', NULL, 1, 45, 44.5, 'completed', '[\"glutes\"]',"
        " '2023-12-31T23:31:00Z')"
    )


def _sample_v3(connection: sqlite3.Connection) -> None:
    _sample_v1(connection)
    connection.execute(
        "INSERT INTO activities (content_hash, started_at, sport, distance_m, moving_s,"
        " elapsed_s, ascent_m, avg_hr, max_hr, source, imported_at) VALUES ('h', "
        "'2024-01-02T07:00:00Z', 'running', 8012.5, 2400, 2460, 35, 148, 170, 'a.fit',"
        " '2024-01-03T10:00:00Z')"
    )


def _sample_v4(connection: sqlite3.Connection) -> None:
    _sample_v3(connection)
    connection.execute(
        "INSERT INTO programme_enrolments (uuid, programme_id, started_on, pauses)"
        " VALUES ('e-1', 'back-on-track', '2023-12-25', '[]')"
    )
    connection.execute(
        "INSERT INTO morning_checks (day, pain, recorded_at) VALUES ('2024-01-01', 2,"
        " '2024-01-01T07:00:00Z')"
    )


SAMPLE_DATA: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _sample_v1,
    2: _sample_v1,
    3: _sample_v3,
    4: _sample_v4,
    5: _sample_v4,
}
"""Data a real file at each version holds (version 0 is an empty file). Add one per version."""


def build_file_at(path: Path, version: int) -> None:
    """A database file exactly as release ``version`` left it, with some data in it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        migrate(connection, MIGRATIONS[:version])
        if version in SAMPLE_DATA:
            SAMPLE_DATA[version](connection)
        if version == 0:
            connection.execute("PRAGMA user_version = 0")
    finally:
        connection.close()


def test_every_version_has_sample_data():
    assert set(SAMPLE_DATA) == set(range(1, SCHEMA_VERSION + 1))


def test_migrations_are_numbered_in_order():
    assert [migration.version for migration in MIGRATIONS] == list(range(1, SCHEMA_VERSION + 1))


@pytest.mark.parametrize("version", range(SCHEMA_VERSION + 1))
def test_opening_a_file_from_every_earlier_version_migrates_it(db_path: Path, version: int):
    build_file_at(db_path, version)
    db = open_database(db_path, fixed_now)
    try:
        assert db.notices == ()
        assert db.file_version == version
        assert db.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        store = HistoryStore(db)
        rows = store.sessions()
        if version >= 1:  # the data written by that version survives
            (row,) = rows
            assert row.note == "kept" and row.pain_before == 3
            assert row.started.isoformat() == "2024-01-01T00:30:00+01:00"
            assert [move.done_s for move in store.moves(row.id)] == [44.5]
            assert row.move_count == 1 and store.routine_snapshot(row.id) == {"id": "r"}
        else:
            assert rows == []
        new_id = store.start_session(make_routine(), datetime(2024, 2, 1, tzinfo=UTC))
        store.record_move(new_id, move_record(0))
        assert db.connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert db.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        db.close()


def test_a_zero_byte_file_is_version_zero(db_path: Path):
    db_path.parent.mkdir(parents=True)
    db_path.touch()
    db = open_database(db_path, fixed_now)
    try:
        assert db.file_version == 0
        assert db.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        db.close()


def _steps(version: int, fail: bool = False) -> Migration:
    steps: tuple[str, ...] = (f"CREATE TABLE t{version} (x)", f"INSERT INTO t{version} VALUES (1)")
    if fail:
        steps += ("INSERT INTO no_such_table VALUES (1)",)
    return Migration(version, f"step {version}", steps)


def test_several_migrations_apply_in_order_from_any_version(db_path: Path):
    migrations = (_steps(1), _steps(2), _steps(3))
    db_path.parent.mkdir(parents=True)
    connection = sqlite3.connect(db_path, isolation_level=None)
    try:
        migrate(connection, migrations[:1])
    finally:
        connection.close()
    db = open_database(db_path, fixed_now, migrations=migrations)
    try:
        tables = {row[0] for row in db.connection.execute("SELECT name FROM sqlite_master")}
        assert tables == {"t1", "t2", "t3"}
        assert db.file_version == 1
        assert db.connection.execute("PRAGMA user_version").fetchone()[0] == 3
    finally:
        db.close()


def test_a_failing_migration_is_rolled_back_whole(db_path: Path):
    migrations = (_steps(1), _steps(2, fail=True))
    connection = sqlite3.connect(":memory:", isolation_level=None)
    try:
        with pytest.raises(sqlite3.OperationalError, match="no_such_table"):
            migrate(connection, migrations)
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 1
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        assert tables == {"t1"}  # t2 and its row are gone with the failed step
    finally:
        connection.close()


def test_a_buggy_migration_raises_and_leaves_the_file_as_it_was(db_path: Path):
    build_file_at(db_path, SCHEMA_VERSION)
    broken = (*MIGRATIONS, _steps(SCHEMA_VERSION + 1, fail=True))
    with pytest.raises(sqlite3.OperationalError):
        open_database(db_path, fixed_now, migrations=broken)
    check = sqlite3.connect(db_path)
    try:
        assert check.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert check.execute("SELECT note FROM sessions").fetchall() == [("kept",)]
    finally:
        check.close()


def test_version_2_counts_exercise_time_as_work_only(db_path: Path):
    build_file_at(db_path, 1)  # active_s 600 counted rests and get ready; the bridge was 44.5 s
    db = open_database(db_path, fixed_now)
    try:
        (row,) = HistoryStore(db).sessions()
        assert row.active_s == 44.5
    finally:
        db.close()
