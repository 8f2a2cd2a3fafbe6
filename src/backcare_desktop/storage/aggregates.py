"""History figures added up in SQL, for charts over many years of sessions.

The same figures :mod:`backcare_desktop.core.stats` computes from
:meth:`HistoryStore.summaries <backcare_desktop.storage.history.HistoryStore.summaries>` (each
session on the local day of its start, at the UTC offset saved with it), without building an
object per session: ten years are some 3,650 day rows instead of 7,300 sessions decoded in
Python. A row whose time SQLite cannot read is left out (it cannot be placed on a day).
"""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date

_LOCAL_DAY = "date(started_at, utc_offset_s || ' seconds')"


def day_totals(connection: sqlite3.Connection) -> tuple[dict[date, float], dict[date, int]]:
    """Active seconds and session count per local day, by day."""
    seconds: dict[date, float] = {}
    counts: dict[date, int] = {}
    cursor = connection.execute(
        f"SELECT {_LOCAL_DAY} AS day, SUM(active_s), COUNT(*) FROM sessions"
        " WHERE day IS NOT NULL GROUP BY day ORDER BY day"
    )
    for day, total, count in cursor:
        with contextlib.suppress(ValueError):
            local = date.fromisoformat(day)
            seconds[local], counts[local] = float(total or 0.0), int(count)
    return seconds, counts


def focus_seconds(connection: sqlite3.Connection, since: date | None = None) -> dict[str, float]:
    """Seconds per muscle group over sessions started on local days from ``since`` on;
    largest first, as ``stats.time_per_focus``."""
    cursor = connection.execute(
        "SELECT muscle.key, SUM(muscle.value) FROM sessions, json_each(sessions.muscle_s)"
        f" AS muscle WHERE json_valid(sessions.muscle_s) AND {_LOCAL_DAY} >= ?"
        " GROUP BY muscle.key",
        ("" if since is None else since.isoformat(),),
    )
    totals = {str(key): float(total) for key, total in cursor if total is not None}
    return dict(sorted(totals.items(), key=lambda item: (-item[1], item[0])))
