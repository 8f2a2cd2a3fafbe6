"""The programme followed, read before the history is open (the first frame's Today page)."""

from __future__ import annotations

import sqlite3
import time
from datetime import date
from pathlib import Path

from backcare_desktop.storage.db import open_database
from backcare_desktop.storage.programme_peek import FollowedProgramme, followed_programme
from backcare_desktop.storage.programme_store import ProgrammeStore
from tests.storage.helpers import fixed_now
from tests.storage.test_migrations import build_file_at

DAY = date(2026, 1, 5)


def _files(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_the_current_enrolment_and_its_pause(db_path: Path) -> None:
    with open_database(db_path, fixed_now) as db:
        store = ProgrammeStore(db)
        assert followed_programme(db_path) is None  # a database that follows nothing
        first = store.follow("back-on-track", DAY)
        assert followed_programme(db_path) == FollowedProgramme("back-on-track", paused=False)
        store.save_enrolment(first.pause(DAY))
        assert followed_programme(db_path) == FollowedProgramme("back-on-track", paused=True)
        store.follow("runners-maintenance", DAY)  # switching ends the first one
        assert followed_programme(db_path) == FollowedProgramme("runners-maintenance", False)
        current = store.current_enrolment()
        assert current is not None
        store.save_enrolment(current.stop(DAY))
        assert followed_programme(db_path) is None


def test_reads_a_closed_database_and_leaves_its_files_alone(db_path: Path) -> None:
    with open_database(db_path, fixed_now) as db:
        ProgrammeStore(db).follow("flare-up-care", DAY)
    before = _files(db_path.parent)
    content = db_path.read_bytes()
    assert followed_programme(db_path) == FollowedProgramme("flare-up-care", False)
    assert _files(db_path.parent) == before
    assert db_path.read_bytes() == content


def test_no_database_yet_creates_nothing(tmp_path: Path) -> None:
    assert followed_programme(tmp_path / "history.sqlite3") is None
    assert _files(tmp_path) == []


def test_files_that_cannot_tell_say_none(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    assert followed_programme(damaged) is None
    not_a_database = tmp_path / "text.sqlite3"
    not_a_database.write_text("hello")
    assert followed_programme(not_a_database) is None
    older = tmp_path / "v3.sqlite3"  # a release without programmes: no table yet
    build_file_at(older, 3)
    assert followed_programme(older) is None
    assert followed_programme(tmp_path) is None  # a folder


def test_a_bad_pauses_value_says_none(db_path: Path) -> None:
    with open_database(db_path, fixed_now) as db:
        ProgrammeStore(db).follow("back-on-track", DAY)
        db.connection.execute("UPDATE programme_enrolments SET pauses = '{\"a\": 1}'")
    assert followed_programme(db_path) is None


def test_a_lock_held_by_another_program_does_not_wait(tmp_path: Path) -> None:
    path = tmp_path / "rollback.sqlite3"  # a journal-mode file: an exclusive lock blocks readers
    build_file_at(path, 4)
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute(
            "INSERT INTO programme_enrolments (uuid, programme_id, started_on)"
            " VALUES ('u', 'back-on-track', '2026-01-05')"
        )
        started = time.monotonic()
        assert followed_programme(path) is None
        assert time.monotonic() - started < 1.0  # sqlite3 would wait 5 s by default
        holder.execute("COMMIT")
        assert followed_programme(path) == FollowedProgramme("back-on-track", False)
    finally:
        holder.close()


def test_the_storage_package_still_offers_its_names() -> None:
    import backcare_desktop.storage as storage
    from backcare_desktop.storage.history import HistoryStore

    assert sorted(storage.__all__) == sorted(storage._HOMES)
    assert storage.HistoryStore is HistoryStore
    assert all(getattr(storage, name) is not None for name in storage.__all__)
