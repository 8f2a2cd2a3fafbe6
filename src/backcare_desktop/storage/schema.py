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

# Programmes (issue 12). Days are the user's local calendar days as ``YYYY-MM-DD``; moments
# are UTC text with the offset in force, as for sessions. Rows that a backup carries have a
# uuid (or, for morning checks, the day) so that restoring twice adds nothing.
_V4_ENROLMENTS = """
CREATE TABLE programme_enrolments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid TEXT NOT NULL UNIQUE,
    programme_id TEXT NOT NULL,
    started_on TEXT NOT NULL,
    pauses TEXT NOT NULL DEFAULT '[]',
    ended_on TEXT
)
"""

_V4_MORNING_CHECKS = """
CREATE TABLE morning_checks (
    day TEXT PRIMARY KEY,
    pain INTEGER CHECK (pain BETWEEN 0 AND 10),
    recorded_at TEXT NOT NULL
)
"""

_V4_RED_FLAGS = """
CREATE TABLE red_flag_reports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid TEXT NOT NULL UNIQUE,
    reported_at TEXT NOT NULL,
    utc_offset_s INTEGER NOT NULL,
    flags TEXT NOT NULL,
    cleared_on TEXT
)
"""

_V4_GATE_CHOICES = """
CREATE TABLE workout_gate_choices (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid TEXT NOT NULL UNIQUE,
    chosen_at TEXT NOT NULL,
    utc_offset_s INTEGER NOT NULL,
    routine_id TEXT NOT NULL,
    pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
    flags TEXT NOT NULL DEFAULT '[]',
    choice TEXT NOT NULL CHECK (choice IN ('flare_up', 'start_anyway', 'stop_today'))
)
"""

LOCAL_DAY = "date(started_at, utc_offset_s || ' seconds')"
"""A session's local day in SQL (its start at the UTC offset saved with it), as ISO text.

Indexed (version 5) with what the charts add up per day and the columns the day is made of
(so the index covers the query), so the history's day totals read the index in day order
instead of working out the day of every session and sorting them: about half the work. A
query uses the index only when it spells the day exactly so."""

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
    Migration(
        4,
        "programme enrolment, morning checks, red-flag reports and pre-workout choices",
        (_V4_ENROLMENTS, _V4_MORNING_CHECKS, _V4_RED_FLAGS, _V4_GATE_CHOICES),
    ),
    Migration(
        5,
        "the history's day totals read from an index by local day",
        (
            f"CREATE INDEX sessions_by_local_day ON sessions ({LOCAL_DAY},"
            " status, active_s, snapshot_id, started_at, utc_offset_s)",
        ),
    ),
)
"""Every migration in order; ``MIGRATIONS[n].version == n + 1``."""

SCHEMA_VERSION = len(MIGRATIONS)
"""The schema version this release writes and the newest it can read."""
