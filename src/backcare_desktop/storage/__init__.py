"""Persistent history: SQLite (stdlib ``sqlite3``), written as the workout goes.

* :mod:`.db` opens the database safely (WAL, migrations, newer/damaged/read-only files),
  with :mod:`.db_errors` (what a failure means) and :mod:`.db_files` (permissions, moving aside);
* :mod:`.history` writes sessions and their moves, :mod:`.history_reads` reads them;
* :mod:`.recorder` turns workout engine events into history writes, retrying failures;
* :mod:`.export` writes CSV (rows from :mod:`.history_csv`) and JSON backups and merges a
  backup back in.

Nothing here imports Qt. The names below are imported when first asked for, so that a light
module such as :mod:`.programme_peek` (read before the window's first frame) does not bring the
whole history layer with it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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

_HOMES = {
    "UNCHANGED": "history",
    "DeletedSession": "history",
    "HistoryRecorder": "recorder",
    "HistoryStore": "history",
    "MoveRecord": "history",
    "OpenedDatabase": "db",
    "SessionRecord": "history",
    "SessionRow": "history",
    "open_database": "db",
    "transaction": "db",
}
"""Each public name and the module it lives in."""

__all__ = [  # as _HOMES, spelled out for the tools that read it
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


def __getattr__(name: str) -> object:
    """Import a public name's module when the name is first used (PEP 562)."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)
