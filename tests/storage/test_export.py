"""CSV export, JSON backup and merging restore, and the command-line export."""

from __future__ import annotations

import copy
import csv
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from backcare_desktop.storage.db import OpenedDatabase, open_database
from backcare_desktop.storage.export import (
    BACKUP_VERSION,
    CSV_COLUMNS,
    BackupError,
    HistoryExportError,
    ImportSummary,
    export_csv,
    export_history_cli,
    export_json,
    import_json,
)
from backcare_desktop.storage.history import HistoryStore
from tests.storage.helpers import fixed_now, make_routine, move_record, sha256

BERLIN = ZoneInfo("Europe/Berlin")


def fill(store: HistoryStore) -> tuple[int, int]:
    """Two sessions: one with moves and feedback, one without moves. Returns their ids."""
    started = datetime(2024, 3, 31, 0, 30, tzinfo=BERLIN)
    first = store.start_session(make_routine(), started, pain_before=3)
    store.record_move(first, move_record(0, 44.96, name="Bridge", planned_s=45.0))
    store.record_move(
        first,
        move_record(1, 25.0, name="Side plank", side="left", muscles=("core", "hips")),
    )
    store.finish_session(first, "completed", started + timedelta(minutes=10), 600.04)
    store.update_feedback(first, pain_after=2, effort=6, note='felt "good", then\nstiff; ünï')
    second = store.start_session(make_routine("other"), started + timedelta(days=2))
    store.finish_session(second, "stopped", started + timedelta(days=2, seconds=30), 30)
    return first, second


def read_csv(path: Path) -> list[dict[str, str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 byte order mark for spreadsheets
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_has_one_row_per_move_and_sessions_without_moves(store: HistoryStore, tmp_path):
    first, _ = fill(store)
    out = tmp_path / "out" / "history.csv"
    summary = export_csv(store, out)
    assert (summary.sessions, summary.moves) == (2, 2)
    rows = read_csv(out)
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert len(rows) == 3
    bridge, plank, lone = rows
    assert bridge["date"] == "2024-03-31"  # local day, though it was 23:30 UTC on the 30th
    assert bridge["started_at"] == "2024-03-31T00:30:00+01:00"
    assert bridge["ended_at"] == "2024-03-31T00:40:00+01:00"  # at the offset of the start
    assert bridge["status"] == "completed" and bridge["active_s"] == "600.0"
    assert (bridge["pain_before"], bridge["pain_after"], bridge["effort"]) == ("3", "2", "6")
    assert bridge["note"] == 'felt "good", then\nstiff; ünï'
    assert (bridge["move_position"], bridge["move"], bridge["side"]) == ("0", "Bridge", "")
    assert (bridge["planned_s"], bridge["done_s"], bridge["move_outcome"]) == (
        "45.0",
        "45.0",
        "completed",
    )
    assert bridge["muscles"] == "core; glutes"
    assert plank["side"] == "left" and plank["muscles"] == "core; hips"
    assert plank["session_uuid"] == bridge["session_uuid"] != lone["session_uuid"]
    assert lone["routine_id"] == "other" and lone["status"] == "stopped"
    assert lone["move"] == "" and lone["move_position"] == "" and lone["pain_before"] == ""
    assert store.session(first) is not None


def test_csv_of_an_empty_history_is_just_the_header(store: HistoryStore, tmp_path):
    out = tmp_path / "empty.csv"
    export_csv(store, out)
    assert out.read_bytes().decode("utf-8-sig").splitlines() == [",".join(CSV_COLUMNS)]


def test_json_backup_restores_everything_into_an_empty_history(store: HistoryStore, tmp_path):
    fill(store)
    backup = tmp_path / "backup.json"
    assert export_json(store, backup).sessions == 2
    document = json.loads(backup.read_text("utf-8"))
    assert document["format"] == "backcare-desktop-history"
    assert document["version"] == BACKUP_VERSION

    other = open_database(tmp_path / "other" / "history.sqlite3", fixed_now)
    try:
        target = HistoryStore(other)
        assert import_json(target, backup) == ImportSummary(added=2, skipped_duplicates=0)
        assert target.records() == store.records()
        assert [row.status for row in target.sessions()] == ["stopped", "completed"]
        assert target.summaries()[0].muscle_s == store.summaries()[0].muscle_s
    finally:
        other.close()


def test_import_merges_without_duplicates(store: HistoryStore, tmp_path):
    fill(store)
    backup = tmp_path / "backup.json"
    export_json(store, backup)
    assert import_json(store, backup) == ImportSummary(added=0, skipped_duplicates=2)
    # a backup from another computer with one more session merges just that one
    document = json.loads(backup.read_text("utf-8"))
    extra = copy.deepcopy(document["sessions"][0])
    extra["uuid"] = "from-the-laptop"
    document["sessions"].append(extra)
    backup.write_text(json.dumps(document), "utf-8")
    assert import_json(store, backup) == ImportSummary(added=1, skipped_duplicates=2)
    assert store.count() == (3, 4)
    assert import_json(store, backup) == ImportSummary(added=0, skipped_duplicates=3)


def test_a_session_in_progress_in_a_backup_comes_back_interrupted(store: HistoryStore, tmp_path):
    session_id = store.start_session(make_routine(), datetime(2024, 1, 1, tzinfo=UTC))
    store.record_move(session_id, move_record(0))
    backup = tmp_path / "backup.json"
    export_json(store, backup)
    store.delete_session(session_id)
    assert import_json(store, backup).added == 1
    (row,) = store.sessions()
    assert row.status == "interrupted" and row.move_count == 1


def _valid_document(store: HistoryStore, tmp_path: Path) -> dict:
    fill(store)
    backup = tmp_path / "valid.json"
    export_json(store, backup)
    return json.loads(backup.read_text("utf-8"))


def _break(document: dict, change: str) -> bytes | dict:
    sessions = document["sessions"]
    if change == "not json":
        return b'{"format": "backcare-desktop-history", "sessions": [}'
    if change == "not utf-8":
        return b"\xff\xfe\x00garbage"
    if change == "wrong format":
        document["format"] = "something-else"
    elif change == "newer version":
        document["version"] = BACKUP_VERSION + 1
    elif change == "sessions missing":
        del document["sessions"]
    elif change == "bad status":
        sessions[1]["status"] = "finished"
    elif change == "pain out of range":
        sessions[0]["pain_after"] = 11
    elif change == "naive time":
        sessions[0]["started_at"] = "2024-03-31T00:30:00"
    elif change == "move without name":
        del sessions[0]["moves"][1]["name"]
    elif change == "negative seconds":
        sessions[0]["moves"][0]["done_s"] = -1
    elif change == "duplicate uuid":
        sessions[1]["uuid"] = sessions[0]["uuid"]
    elif change == "duplicate position":
        sessions[0]["moves"][1]["position"] = 0
    elif change == "session not an object":
        sessions.append("oops")
    elif change == "unknown routine":
        sessions[0]["routine"] = "no-such-key"
    elif change == "routines missing":
        del document["routines"]
    elif change == "move not an object":
        sessions[0]["moves"][0] = [1, 2]
    elif change == "bad muscles":
        sessions[0]["moves"][0]["muscles"] = "core"
    return document


BROKEN = {
    "not json": "not valid JSON",
    "not utf-8": "not UTF-8",
    "wrong format": "format: must be",
    "newer version": f"this release reads up to version {BACKUP_VERSION}",
    "sessions missing": "sessions: required",
    "bad status": "sessions[1].status: must be one of",
    "pain out of range": "sessions[0].pain_after: must be a whole number 0..10",
    "naive time": "sessions[0].started_at: must be an ISO 8601 date and time with a UTC offset",
    "move without name": "sessions[0].moves[1].name: required",
    "negative seconds": "sessions[0].moves[0].done_s: must be a number of seconds",
    "duplicate uuid": "sessions[1].uuid: the same as sessions[0]",
    "duplicate position": "sessions[0].moves: two moves have the same position",
    "session not an object": "sessions[2]: must be an object",
    "unknown routine": "sessions[0].routine: must name one of the routines",
    "routines missing": "routines: required",
    "move not an object": "sessions[0].moves[0]: must be an object",
    "bad muscles": "sessions[0].moves[0].muscles: must be a list of names",
}


@pytest.mark.parametrize("change", list(BROKEN))
def test_a_malformed_backup_is_refused_with_nothing_written(
    opened: OpenedDatabase, tmp_path: Path, change: str
):
    source = open_database(tmp_path / "source" / "history.sqlite3", fixed_now)
    try:
        document = _valid_document(HistoryStore(source), tmp_path)
    finally:
        source.close()
    broken = _break(document, change)
    path = tmp_path / "broken.json"
    path.write_bytes(broken if isinstance(broken, bytes) else json.dumps(broken).encode())
    target = HistoryStore(opened)
    existing = target.start_session(make_routine(), datetime(2023, 1, 1, tzinfo=UTC))
    with pytest.raises(BackupError) as caught:
        import_json(target, path)
    assert BROKEN[change] in str(caught.value)
    assert str(path) in str(caught.value)
    assert [row.id for row in target.sessions()] == [existing]
    assert target.count() == (1, 0)


def test_a_missing_backup_file_is_a_backup_error(store: HistoryStore, tmp_path: Path):
    with pytest.raises(BackupError, match="cannot read the file"):
        import_json(store, tmp_path / "nope.json")


def test_command_line_export_writes_csv_and_says_so(db_path: Path, tmp_path: Path):
    db = open_database(db_path, fixed_now)
    try:
        fill(HistoryStore(db))
    finally:
        db.close()
    before = sha256(db_path)
    out = tmp_path / "export" / "sessions.csv"
    line = export_history_cli(db_path, out)
    assert line == f"Exported 2 sessions (2 moves) as CSV to {out}."
    assert len(read_csv(out)) == 3
    json_out = tmp_path / "export" / "backup.JSON"
    assert "as JSON backup" in export_history_cli(db_path, json_out)
    assert json.loads(json_out.read_text("utf-8"))["sessions"][0]["routine_id"] == "back-basics"
    assert sha256(db_path) == before


def test_command_line_export_without_history_fails_clearly(tmp_path: Path):
    missing = tmp_path / "nothing" / "history.sqlite3"
    with pytest.raises(HistoryExportError, match="no workout history"):
        export_history_cli(missing, tmp_path / "out.csv")
    assert not missing.exists() and not (tmp_path / "out.csv").exists()


def test_command_line_export_to_an_unwritable_place_fails_clearly(db_path: Path, tmp_path: Path):
    open_database(db_path, fixed_now).close()
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(HistoryExportError, match="cannot write"):
        export_history_cli(db_path, blocker / "out.csv")


def test_command_line_export_of_a_damaged_database_names_the_kept_file(db_path: Path, tmp_path):
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"definitely not sqlite" * 50)
    with pytest.raises(HistoryExportError, match=r"corrupt-\d{8}-\d{6}"):
        export_history_cli(db_path, tmp_path / "out.csv")
    assert not (tmp_path / "out.csv").exists()


def test_a_backup_keeps_each_routine_once_and_one_session_per_line(store: HistoryStore, tmp_path):
    fill(store)
    store.start_session(make_routine(), datetime(2024, 6, 1, tzinfo=UTC))  # same routine again
    backup = tmp_path / "backup.json"
    export_json(store, backup)
    document = json.loads(backup.read_text("utf-8"))
    assert len(document["sessions"]) == 3
    assert len(document["routines"]) == 2
    keys = [session["routine"] for session in document["sessions"]]
    assert keys[0] == keys[2] != keys[1]
    assert document["routines"][keys[1]]["id"] == "other"
    lines = backup.read_text("utf-8").splitlines()
    assert sum(line.startswith('  {"uuid"') for line in lines) == 3
