"""Imported runs and other activities in the history database (table ``activities``).

An import is written in one transaction: either every new activity of the batch is stored or
none is (a Cancel, a full disk or a crash leaves nothing half-imported). ``content_hash`` is
unique, so writing the same activity twice adds it once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from backcare_desktop.core.runs import Activity, ImportPlan, ImportSummary, Known
from backcare_desktop.storage.db import transaction
from backcare_desktop.storage.rows import utc_text

_COLUMNS = (
    "started_at, sport, distance_m, moving_s, elapsed_s, ascent_m, avg_hr, max_hr, source, "
    "content_hash"
)


def _parse_utc(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def activity_values(activity: Activity) -> tuple[Any, ...]:
    """The row values of ``activity`` in :data:`_COLUMNS` order."""
    return (
        utc_text(activity.start),
        activity.sport,
        activity.distance_m,
        activity.moving_s,
        activity.elapsed_s,
        activity.ascent_m,
        activity.avg_hr,
        activity.max_hr,
        activity.source,
        activity.content_hash,
    )


def activity_from_row(row: tuple[Any, ...]) -> Activity:
    """An :class:`Activity` from a row in :data:`_COLUMNS` order."""
    return Activity(
        start=_parse_utc(row[0]),
        sport=row[1],
        distance_m=row[2],
        moving_s=row[3],
        elapsed_s=row[4],
        ascent_m=row[5],
        avg_hr=row[6],
        max_hr=row[7],
        source=row[8],
        content_hash=row[9],
    )


class ActivityStore:
    """Reads and writes imported activities."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def known(self) -> list[Known]:
        """What identifies every stored activity, for the import's duplicate check."""
        rows = self.connection.execute(
            "SELECT content_hash, started_at, distance_m FROM activities"
        ).fetchall()
        return [Known(digest, _parse_utc(start), distance) for digest, start, distance in rows]

    def add(self, activities: Iterable[Activity], now: datetime) -> int:
        """Store ``activities`` in one transaction, skipping hashes already there; the count added.

        Raises :class:`sqlite3.Error` (and stores nothing) when the database cannot be written.
        """
        stamp = utc_text(now)
        added = 0
        with transaction(self.connection) as connection:
            for activity in activities:
                cursor = connection.execute(
                    f"INSERT INTO activities ({_COLUMNS}, imported_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (content_hash) DO NOTHING",
                    (*activity_values(activity), stamp),
                )
                added += cursor.rowcount
        return added

    def commit_plan(self, plan: ImportPlan, now: datetime) -> ImportSummary:
        """Store a planned import in one transaction and return its summary."""
        self.add(plan.new, now)
        return plan.summary()

    def activities(self, sport: str | None = None) -> list[Activity]:
        """Every stored activity (or those of ``sport``), oldest first."""
        where, args = ("WHERE sport = ?", (sport,)) if sport else ("", ())
        rows = self.connection.execute(
            f"SELECT {_COLUMNS} FROM activities {where} ORDER BY started_at, id", args
        ).fetchall()
        return [activity_from_row(row) for row in rows]

    def count(self) -> int:
        """How many activities are stored."""
        return int(self.connection.execute("SELECT COUNT(*) FROM activities").fetchone()[0])
