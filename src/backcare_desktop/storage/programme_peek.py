"""Which programme is followed, read before the window's first frame.

The app opens the history right after its first frame (:func:`~backcare_desktop.storage.db.\
open_database` checks, migrates and may repair the file, and that takes a while). So that a user
who follows a programme sees the Today page as the very first frame, the window asks this module
first: one read-only query that never waits for a lock and never changes the file. It reads the
database itself, not a copy kept elsewhere, so a restored backup or another window cannot make it
wrong. When the file cannot tell (missing, locked, damaged, from a release without programmes),
the answer is None; the history, once open, always has the last word.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from backcare_desktop.storage.db_files import file_uri

_CURRENT_ENROLMENT = (
    "SELECT programme_id, pauses FROM programme_enrolments"
    " WHERE ended_on IS NULL ORDER BY id DESC LIMIT 1"
)
"""The row :meth:`ProgrammeStore.current_enrolment` reads: the last one not ended."""


@dataclass(frozen=True)
class FollowedProgramme:
    """The programme the database says is followed, and whether it is paused."""

    programme_id: str
    paused: bool


def followed_programme(path: Path) -> FollowedProgramme | None:
    """The programme followed according to the database at ``path``; None when none is or
    the file cannot tell at once (see the module docstring)."""
    if not path.is_file():
        return None
    # Without a -wal or -journal file beside it, the database was closed and its file holds
    # everything: read it as immutable, so that SQLite creates no -wal/-shm files for us.
    closed = not any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-journal"))
    try:
        connection = sqlite3.connect(file_uri(path, "ro", closed), uri=True, timeout=0)
    except sqlite3.Error:
        return None
    try:
        row = connection.execute(_CURRENT_ENROLMENT).fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    if row is None:
        return None
    programme_id, pauses = row
    try:
        paused = _last_pause_open(json.loads(pauses))
    except (TypeError, ValueError, IndexError):
        return None
    return FollowedProgramme(str(programme_id), paused)


def _last_pause_open(pauses: object) -> bool:
    """True when the last ``[from, until]`` pause has no ``until`` (as ``Enrolment.paused``)."""
    if not isinstance(pauses, list):
        raise TypeError("pauses: not a list")
    return bool(pauses) and pauses[-1][1] is None
