"""History figures added up in SQL, for charts over many years of sessions.

The same figures :mod:`backcare_desktop.core.stats` computes from
:meth:`HistoryStore.summaries <backcare_desktop.storage.history.HistoryStore.summaries>` (each
session on the local day of its start, at the UTC offset saved with it), without building an
object per session: ten years are some 3,650 day rows instead of 7,300 sessions decoded in
Python, read in day order from an index (:data:`~backcare_desktop.storage.schema.LOCAL_DAY`).
A row whose time SQLite cannot read is left out (it cannot be placed on a day).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Mapping
from datetime import date, timedelta

from backcare_desktop.core.stats import DayTotals
from backcare_desktop.storage.schema import LOCAL_DAY


def day_totals(connection: sqlite3.Connection, planned: Mapping[int, float]) -> DayTotals:
    """Active seconds, session count and seconds towards the goal per local day.

    ``planned``: each routine snapshot's planned seconds, by snapshot id; a completed session
    counts towards the goal with the longer of its active and planned time
    (``stats.goal_seconds``).
    """
    totals = DayTotals()
    cursor = connection.execute(
        "WITH planned (id, seconds) AS (SELECT CAST(key AS INTEGER), value FROM json_each(?))"
        f" SELECT {LOCAL_DAY} AS day, SUM(active_s), COUNT(*),"
        " SUM(CASE WHEN status = 'completed' THEN MAX(active_s, COALESCE(planned.seconds, 0))"
        " ELSE active_s END)"
        " FROM sessions LEFT JOIN planned ON planned.id = sessions.snapshot_id"
        " WHERE day IS NOT NULL GROUP BY day ORDER BY day",
        (json.dumps({str(key): value for key, value in planned.items()}),),
    )
    for day, seconds, count, goal in cursor:
        with contextlib.suppress(ValueError):
            local = date.fromisoformat(day)
            totals.seconds[local] = float(seconds or 0.0)
            totals.counts[local] = int(count)
            totals.goal_seconds[local] = float(goal or 0.0)
    return totals


def focus_seconds(connection: sqlite3.Connection, since: date | None = None) -> dict[str, float]:
    """Seconds per muscle group over sessions started on local days from ``since`` on;
    largest first, as ``stats.time_per_focus``."""
    # A session on local day D started after 00:00 UTC on the day before (UTC offsets are
    # under a day): the index on started_at narrows to those first. ISO text compares as time
    # does, and a bare date sorts before every time of its day.
    earliest = "" if since is None else (since - timedelta(days=1)).isoformat()
    cursor = connection.execute(
        "SELECT muscle.key, SUM(muscle.value) FROM sessions, json_each(sessions.muscle_s)"
        f" AS muscle WHERE started_at >= ? AND json_valid(sessions.muscle_s)"
        f" AND {LOCAL_DAY} >= ? GROUP BY muscle.key",
        (earliest, "" if since is None else since.isoformat()),
    )
    totals = {str(key): float(total) for key, total in cursor if total is not None}
    return dict(sorted(totals.items(), key=lambda item: (-item[1], item[0])))
