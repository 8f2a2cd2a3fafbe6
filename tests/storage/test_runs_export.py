"""The CSV export and the JSON backup carry the runs; restoring merges them once."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from backcare_desktop.storage.db import OpenedDatabase, open_database
from backcare_desktop.storage.export import (
    BackupError,
    export_csv,
    export_history_cli,
    export_json,
    import_json,
)
from backcare_desktop.storage.history import HistoryStore
from backcare_desktop.storage.runs_store import ActivityStore
from tests.storage.helpers import fixed_now
from tests.storage.test_runs_store import NOW, activity


@pytest.fixture
def filled(opened: OpenedDatabase) -> HistoryStore:
    ActivityStore(opened.connection).add([activity(0), activity(7, distance=12000.0),
                                          activity(8, "cycling", 30000.0)], NOW)  # fmt: skip
    return HistoryStore(opened)


def test_the_backup_restores_the_runs_once(filled: HistoryStore, tmp_path: Path) -> None:
    backup = tmp_path / "backup.json"
    assert export_json(filled, backup).activities == 3
    document = json.loads(backup.read_text())
    assert [item["sport"] for item in document["activities"]] == ["running", "running", "cycling"]
    fresh = open_database(tmp_path / "fresh" / "history.sqlite3", fixed_now)
    try:
        store = HistoryStore(fresh)
        summary = import_json(store, backup)
        assert (summary.activities_added, summary.activities_skipped) == (3, 0)
        assert (
            ActivityStore(fresh.connection).activities()
            == ActivityStore(filled.connection).activities()
        )
        again = import_json(store, backup)
        assert (again.activities_added, again.activities_skipped) == (0, 3)
    finally:
        fresh.close()


def test_a_bad_activity_refuses_the_whole_backup(filled: HistoryStore, tmp_path: Path) -> None:
    backup = tmp_path / "backup.json"
    export_json(filled, backup)
    document = json.loads(backup.read_text())
    document["activities"][1]["max_hr"] = 999
    backup.write_text(json.dumps(document))
    fresh = open_database(tmp_path / "fresh" / "history.sqlite3", fixed_now)
    try:
        with pytest.raises(BackupError, match=r"activities\[1\]\.max_hr: must be 20\.\.260 bpm"):
            import_json(HistoryStore(fresh), backup)
        assert ActivityStore(fresh.connection).count() == 0
    finally:
        fresh.close()


def test_the_csv_export_writes_the_runs_beside_the_sessions(
    filled: HistoryStore, tmp_path: Path
) -> None:
    summary = export_csv(filled, tmp_path / "history.csv")
    assert summary.runs_path == tmp_path / "history-runs.csv"
    with summary.runs_path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["sport"], r["spike"]) for r in rows] == [
        ("running", "false"), ("running", "true"), ("cycling", "false"),
    ]  # fmt: skip


def test_no_runs_no_runs_file(store: HistoryStore, tmp_path: Path) -> None:
    summary = export_csv(store, tmp_path / "history.csv")
    assert summary.runs_path is None and not (tmp_path / "history-runs.csv").exists()


def test_the_command_line_export_names_the_runs(
    filled: HistoryStore, db_path: Path, tmp_path: Path
) -> None:
    line = export_history_cli(db_path, tmp_path / "out.csv")
    assert f"and 3 runs and other activities to {tmp_path / 'out-runs.csv'}" in line
