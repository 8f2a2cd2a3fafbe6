"""Fixtures for the storage tests: open databases and stores that get closed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from backcare_desktop.storage.db import OpenedDatabase, open_database
from backcare_desktop.storage.history import HistoryStore
from tests.storage.helpers import fixed_now


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where the history database goes."""
    return tmp_path / "data" / "history.sqlite3"


@pytest.fixture
def opened(db_path: Path) -> Iterator[OpenedDatabase]:
    """A fresh database, closed after the test."""
    db = open_database(db_path, fixed_now)
    yield db
    db.close()


@pytest.fixture
def store(opened: OpenedDatabase) -> HistoryStore:
    """A store over a fresh database."""
    return HistoryStore(opened)
