"""The history schema as an ordered list of migrations keyed by ``PRAGMA user_version``.

Migration ``n`` (0-based) takes a database from version ``n`` to version ``n + 1``. A new
release appends a migration and never edits an old one: files in the wild are at every
earlier version, and ``tests/storage/test_migrations.py`` opens a file at each of them.

Rules for future migrations: each runs inside one transaction together with the
``user_version`` bump, so it is all-or-nothing. ``PRAGMA foreign_keys`` cannot change
inside a transaction; a step that rebuilds a referenced table must not rely on it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

Step = str | Callable[[sqlite3.Connection], None]
"""One SQL statement, or a function for data changes SQL alone cannot express."""


@dataclass(frozen=True)
class Migration:
    """The steps that take the database to ``version``."""

    version: int
    description: str
    steps: tuple[Step, ...]


_V1_SNAPSHOTS = """
CREATE TABLE routine_snapshots (
    id INTEGER PRIMARY KEY,
    digest TEXT NOT NULL UNIQUE,
    routine_json TEXT NOT NULL
)
"""

# Small, often-read columns first and one row per session kept within its page: the routine
# snapshot (kilobytes) lives in routine_snapshots, shared by every session of the same routine.
_V1_SESSIONS = """
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid TEXT NOT NULL UNIQUE,
    started_at TEXT NOT NULL,
    utc_offset_s INTEGER NOT NULL,
    ended_at TEXT,
    status TEXT NOT NULL
        CHECK (status IN ('in_progress', 'completed', 'stopped', 'interrupted')),
    active_s REAL NOT NULL DEFAULT 0 CHECK (active_s >= 0),
    pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
    pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10),
    effort INTEGER CHECK (effort BETWEEN 1 AND 10),
    routine_id TEXT NOT NULL,
    routine_title TEXT NOT NULL,
    focus TEXT NOT NULL DEFAULT '[]',
    muscle_s TEXT NOT NULL DEFAULT '{}',
    move_count INTEGER NOT NULL DEFAULT 0,
    snapshot_id INTEGER NOT NULL REFERENCES routine_snapshots (id),
    note TEXT NOT NULL DEFAULT ''
)
"""

_V1_MOVES = """
CREATE TABLE session_moves (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    move_index INTEGER NOT NULL,
    name TEXT NOT NULL,
    side TEXT CHECK (side IN ('left', 'right')),
    round INTEGER NOT NULL,
    planned_s REAL NOT NULL CHECK (planned_s >= 0),
    done_s REAL NOT NULL CHECK (done_s >= 0),
    outcome TEXT NOT NULL CHECK (outcome IN ('completed', 'skipped', 'stopped')),
    muscles TEXT NOT NULL DEFAULT '[]',
    ended_at TEXT NOT NULL,
    UNIQUE (session_id, position)
)
"""

# Imported runs and other activities: summaries only, never a GPS track (no location history).
# content_hash (SHA-256 of the decompressed file, or of a Strava activity id for entries made
# by hand) makes re-imports add nothing.
_V3_ACTIVITIES = """
CREATE TABLE activities (
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    started_at TEXT NOT NULL,
    sport TEXT NOT NULL,
    distance_m REAL NOT NULL CHECK (distance_m >= 0),
    moving_s REAL NOT NULL CHECK (moving_s >= 0),
    elapsed_s REAL NOT NULL CHECK (elapsed_s >= 0),
    ascent_m REAL CHECK (ascent_m >= 0),
    avg_hr INTEGER CHECK (avg_hr BETWEEN 20 AND 260),
    max_hr INTEGER CHECK (max_hr BETWEEN 20 AND 260),
    source TEXT NOT NULL,
    imported_at TEXT NOT NULL
)
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "sessions and their moves",
        (
            _V1_SNAPSHOTS,
            _V1_SESSIONS,
            _V1_MOVES,
            "CREATE INDEX sessions_by_start ON sessions (started_at)",
            "CREATE INDEX sessions_by_status ON sessions (status)",
        ),
    ),
    Migration(
        2,
        "a session's active_s is its exercise time: its work segments only (core.counts)",
        (
            "UPDATE sessions SET active_s = COALESCE((SELECT SUM(done_s) FROM session_moves"
            " WHERE session_moves.session_id = sessions.id), 0)",
        ),
    ),
    Migration(
        3,
        "imported runs and other activities (issue 13)",
        (_V3_ACTIVITIES, "CREATE INDEX activities_by_start ON activities (started_at)"),
    ),
)
"""Every migration in order; ``MIGRATIONS[n].version == n + 1``."""

SCHEMA_VERSION = len(MIGRATIONS)
"""The schema version this release writes and the newest it can read."""
