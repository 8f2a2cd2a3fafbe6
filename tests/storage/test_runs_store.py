"""Imported activities in the database: one transaction per import, no duplicates."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from backcare_desktop.core.runs import Activity, prepare_import
from backcare_desktop.core.runs.planner import ImportPlan
from backcare_desktop.storage.db import OpenedDatabase
from backcare_desktop.storage.runs_store import ActivityStore
from tests.core.runs.strava_export import export_activities, write_export_zip

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)


def activity(n: int, sport: str = "running", distance: float = 8000.0) -> Activity:
    return Activity(
        start=datetime(2025, 5, 1, 6, 0, tzinfo=UTC) + timedelta(days=n),
        sport=sport,
        distance_m=distance,
        moving_s=2400.0,
        elapsed_s=2500.0,
        ascent_m=42.5,
        avg_hr=148,
        max_hr=171,
        source=f"{n}.fit",
        content_hash=f"{n:064x}",
    )


def test_activities_round_trip_exactly(opened: OpenedDatabase) -> None:
    store = ActivityStore(opened.connection)
    stored = [activity(2), activity(1, "cycling", 30000.0)]
    assert store.add(stored, NOW) == 2
    assert store.activities() == sorted(stored, key=lambda a: a.start)
    assert store.activities("running") == [stored[0]]
    assert [(k.content_hash, k.start) for k in store.known()] == [
        (a.content_hash, a.start) for a in stored
    ]


def test_the_same_hash_is_stored_once(opened: OpenedDatabase) -> None:
    store = ActivityStore(opened.connection)
    assert store.add([activity(1)], NOW) == 1
    assert store.add([activity(1), activity(2)], NOW) == 1
    assert store.count() == 2


def test_a_failing_write_stores_nothing_of_the_batch(opened: OpenedDatabase) -> None:
    store = ActivityStore(opened.connection)
    impossible = replace(activity(3), avg_hr=999)  # refused by the table's CHECK
    with pytest.raises(sqlite3.IntegrityError):
        store.add([activity(1), activity(2), impossible], NOW)
    assert store.count() == 0


def test_an_export_imported_twice_is_stored_once(opened: OpenedDatabase, tmp_path) -> None:
    store = ActivityStore(opened.connection)
    archive = write_export_zip(tmp_path / "export.zip", export_activities())
    plan = prepare_import([archive], store.known())
    assert isinstance(plan, ImportPlan)
    summary = store.commit_plan(plan, NOW)
    assert (summary.runs_added, summary.others_added) == (5, 2)
    again = prepare_import([archive], store.known())
    assert again is not None
    summary = store.commit_plan(again, NOW)
    assert (summary.added, summary.duplicates, summary.exit_code) == (0, 7, 0)
    assert store.count() == 7
