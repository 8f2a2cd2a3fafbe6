"""Persistent history: SQLite (stdlib ``sqlite3``), written as the workout goes.

* :mod:`.db` opens the database safely (WAL, migrations, newer/damaged/read-only files),
  with :mod:`.db_errors` (what a failure means) and :mod:`.db_files` (permissions, moving aside);
* :mod:`.history` writes sessions and their moves, :mod:`.history_reads` reads them;
* :mod:`.recorder` turns workout engine events into history writes, retrying failures;
* :mod:`.export` writes CSV (rows from :mod:`.history_csv`) and JSON backups and merges a
  backup back in.

Nothing here imports Qt.
"""

from backcare_desktop.storage.db import OpenedDatabase, open_database, transaction
from backcare_desktop.storage.history import (
    UNCHANGED,
    DeletedSession,
    HistoryStore,
    MoveRecord,
    SessionRecord,
    SessionRow,
)
from backcare_desktop.storage.recorder import HistoryRecorder

__all__ = [
    "UNCHANGED",
    "DeletedSession",
    "HistoryRecorder",
    "HistoryStore",
    "MoveRecord",
    "OpenedDatabase",
    "SessionRecord",
    "SessionRow",
    "open_database",
    "transaction",
]
