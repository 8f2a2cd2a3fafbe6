"""``--import-runs PATH...`` and ``--list-runs [--json]``: runs from the command line."""

from __future__ import annotations

import json
import sqlite3
import sys
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from backcare_desktop.core.runs import Activity, check_spikes, default_workers, prepare_import
from backcare_desktop.core.runs.spikes import SpikeCheck
from backcare_desktop.paths import AppPaths
from backcare_desktop.storage.db import describe_error, open_database
from backcare_desktop.storage.runs_store import ActivityStore


def spike_checks(activities: list[Activity]) -> dict[datetime, SpikeCheck]:
    """The spike check of every run, by start (other sports have none)."""
    runs = [(activity.start, activity.distance_m) for activity in activities if activity.is_run]
    return {check.start: check for check in check_spikes(runs)}


def run_row(activity: Activity, check: SpikeCheck | None) -> dict[str, Any]:
    """One activity with its spike flag, as ``--list-runs --json`` prints it."""
    return {
        "start": activity.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "sport": activity.sport,
        "distance_m": round(activity.distance_m, 1),
        "moving_s": round(activity.moving_s),
        "elapsed_s": round(activity.elapsed_s),
        "ascent_m": None if activity.ascent_m is None else round(activity.ascent_m, 1),
        "avg_hr": activity.avg_hr,
        "max_hr": activity.max_hr,
        "source": activity.source,
        "spike": bool(check and check.is_spike),
        "longest_30d_m": None
        if check is None or check.longest_before_m is None
        else round(check.longest_before_m, 1),
    }


def import_runs(paths: AppPaths, sources: list[Path], out: TextIO) -> int:
    """Import every activity under ``sources``; print the summary. Exit 0 or 1 (nothing read)."""
    db = open_database(paths.history_db, datetime.now)
    try:
        for notice in db.notices:
            sys.stderr.write(notice + "\n")
        store = ActivityStore(db.connection)
        plan = prepare_import(sources, store.known(), workers=default_workers())
        assert plan is not None  # never cancelled here
        try:
            summary = store.commit_plan(plan, datetime.now().astimezone())
        except sqlite3.Error as error:
            out.write(f"Nothing imported: cannot write {db.path}: {describe_error(error)}\n")
            return 1
    finally:
        db.close()
    out.write("\n".join(summary.lines()) + "\n")
    return summary.exit_code


def list_runs(paths: AppPaths, out: TextIO, as_json: bool) -> int:
    """Print every imported activity with its spike flag (runs) and the 30-day longest."""
    if not paths.history_db.exists():
        activities: list[Activity] = []
    else:
        db = open_database(paths.history_db, datetime.now)
        try:
            activities = ActivityStore(db.connection).activities()
        finally:
            db.close()
    checks = spike_checks(activities)
    rows = [
        run_row(activity, checks.get(activity.start) if activity.is_run else None)
        for activity in activities
    ]
    if as_json:
        json.dump(rows, out, indent=2, ensure_ascii=False)
        out.write("\n")
        return 0
    for row in rows:
        spike = (
            f"  SPIKE (30-day longest {row['longest_30d_m'] / 1000:.1f} km)" if row["spike"] else ""
        )
        heart = f"{row['avg_hr']}/{row['max_hr']} bpm" if row["avg_hr"] else "-"
        out.write(
            f"{row['start']}  {row['sport']:<10} {row['distance_m'] / 1000:7.2f} km  "
            f"{row['moving_s'] // 60:4d}/{row['elapsed_s'] // 60:d} min  {heart:<12} "
            f"{row['source']}{spike}\n"
        )
    return 0
