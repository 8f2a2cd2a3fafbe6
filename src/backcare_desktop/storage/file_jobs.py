"""The history's file actions (CSV export, backup, restore) as work for a worker thread.

A sqlite3 connection stays in the thread that made it, so the GUI thread gives a worker a
:class:`DatabaseHandle` (what to open, never a connection) and the worker opens, uses and
closes its own connection (:class:`FileJobs`):

* an export reads through a read-only connection inside one read transaction, so it sees one
  state of the history however a workout goes on writing meanwhile;
* a restore reads and validates the file first (most of its time, no database involved), then
  merges it through a writable connection with the transactions of
  :func:`~backcare_desktop.storage.export.import_json`. Its busy timeout is long
  (:data:`WORKER_BUSY_TIMEOUT_MS`): waiting for a workout's short writes stalls the worker
  only, and the workout's own writes, which never wait (:mod:`.recorder`), are retried.

A history kept in memory (no file could be used) cannot be opened twice: exports read a copy
of it (``sqlite3.Connection.serialize``, made by the GUI thread), and a restore returns the
validated :class:`~backcare_desktop.storage.export.BackupContent` for the GUI thread to merge.

:mod:`backcare_desktop.storage.export` is imported by the worker, when it first runs a job.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from backcare_desktop.storage.db import OpenedDatabase, open_again
from backcare_desktop.storage.history import HistoryStore

if TYPE_CHECKING:
    from backcare_desktop.storage.export import BackupContent, ExportSummary, ImportSummary

WORKER_BUSY_TIMEOUT_MS = 10_000
"""How long a worker's statement waits for another connection's lock (never the GUI thread)."""

FREE_SLICE = 200
"""Sessions freed at a time once a restore is done (see :func:`_free`)."""


@dataclass(frozen=True)
class DatabaseHandle:
    """How another thread opens its own connection to an open history database."""

    path: Path
    read_only: bool
    snapshot: bytes | None = None
    """The whole database, for a history kept in memory (read from this copy)."""

    @classmethod
    def of(cls, db: OpenedDatabase) -> DatabaseHandle:
        """The handle of ``db``; call it on the thread that owns ``db``."""
        file = db.connection.execute("PRAGMA database_list").fetchone()[2]
        return cls(db.path, db.read_only, None if file else db.connection.serialize())

    @property
    def writable(self) -> bool:
        """True when a worker can write to the history itself (a file, not read-only)."""
        return not self.read_only and self.snapshot is None

    def open(self, *, write: bool = False) -> OpenedDatabase:
        """A new connection (the caller closes it); ``write`` needs :attr:`writable`.

        Raises :class:`sqlite3.Error` when the file cannot be opened.
        """
        if write and not self.writable:
            raise sqlite3.OperationalError("the history cannot be written from another thread")
        if self.snapshot is None:
            return open_again(self.path, write=write, busy_timeout_ms=WORKER_BUSY_TIMEOUT_MS)
        connection = sqlite3.connect(":memory:", isolation_level=None)
        connection.deserialize(self.snapshot)
        connection.execute("PRAGMA query_only = ON")
        return OpenedDatabase(connection, True, (), self.path, in_memory=True)


@contextlib.contextmanager
def _reading(handle: DatabaseHandle) -> Iterator[HistoryStore]:
    """A store on a read-only connection, inside one read transaction (a consistent view)."""
    with handle.open() as db:
        db.connection.execute("BEGIN")
        try:
            yield HistoryStore(db)
        finally:
            with contextlib.suppress(sqlite3.Error):  # nothing was written
                db.connection.execute("ROLLBACK")


class FileJobs:
    """The work of each file action, run by a worker thread (tests make it slower or fail).

    Each method raises what its :mod:`~backcare_desktop.storage.export` function raises, and
    :class:`sqlite3.Error` when the database cannot be opened.
    """

    def export_csv(self, handle: DatabaseHandle, path: Path) -> ExportSummary:
        """Every session and move as CSV (:func:`~.export.export_csv`)."""
        from backcare_desktop.storage.export import export_csv

        with _reading(handle) as store:
            return export_csv(store, path)

    def back_up(
        self, handle: DatabaseHandle, path: Path, now: Callable[[], datetime] = datetime.now
    ) -> ExportSummary:
        """A JSON backup of the whole history (:func:`~.export.export_json`)."""
        from backcare_desktop.storage.export import export_json

        with _reading(handle) as store:
            return export_json(store, path, now)

    def restore(self, handle: DatabaseHandle, path: Path) -> ImportSummary | BackupContent:
        """Read and validate the backup, then merge it (:func:`~.export.import_json`).

        Returns the validated content, unmerged, when the worker cannot write to the history
        (:attr:`DatabaseHandle.writable`): the caller merges it with its own connection.
        """
        from backcare_desktop.storage.export import merge_backup, read_backup

        content = read_backup(path)
        if not handle.writable:
            return content
        with handle.open(write=True) as db:
            summary = merge_backup(HistoryStore(db), content)
        _free(content.sessions)
        return summary


def _free(items: list[Any]) -> None:
    """Empty a long list a slice at a time: freeing ten years of sessions at once holds the
    interpreter for some 40 ms, which another thread (the GUI's) would have to wait out."""
    while items:
        del items[-FREE_SLICE:]
