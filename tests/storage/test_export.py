"""CSV export, JSON backup and merging restore, and the command-line export."""

from __future__ import annotations

import copy
import csv
import dataclasses
import io
import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from backcare_desktop.core.validation import DataError, Problems
from backcare_desktop.storage.db import OpenedDatabase, open_database
from backcare_desktop.storage.export import (
    BACKUP_VERSION,
    BackupError,
    HistoryExportError,
    ImportSummary,
    _read_move,
    export_csv,
    export_history_cli,
    export_json,
    import_json,
)
from backcare_desktop.storage.history import HistoryStore, utc_text
from backcare_desktop.storage.history_csv import CSV_COLUMNS, safe_cell
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
    elif change == "year one":
        sessions[0]["started_at"] = "0001-01-01T00:00:00+00:00"
    elif change == "overflow":
        sessions[0]["started_at"] = "9999-12-31T23:00:00-05:00"
    elif change == "ended before started":
        sessions[0]["ended_at"] = "2024-03-30T00:30:00+01:00"
    elif change == "move in year one":
        sessions[0]["moves"][1]["ended_at"] = "0001-01-01T00:00:00+00:00"
    elif change == "duplicate key":
        text = json.dumps(document)
        return text.replace('"note": ', '"note": "x", "note": ', 1).encode()
    elif change == "NaN":
        return json.dumps(document).replace('"active_s": 600.04', '"active_s": NaN', 1).encode()
    elif change == "deep nesting":
        nested: list = []
        for _ in range(70):
            nested = [nested]
        sessions[0]["routine_title"] = nested
    return document


BROKEN = {
    "not json": "not valid JSON",
    "not utf-8": "not UTF-8",
    "wrong format": "format: must be",
    "newer version": (
        f"version: history backup version {BACKUP_VERSION + 1} was made by a newer version of "
        "backcare-desktop; update the app to open it "
        f"(this release reads history backup version {BACKUP_VERSION})"
    ),
    "sessions missing": "sessions: required",
    "bad status": "sessions[1].status: must be one of",
    "pain out of range": "sessions[0].pain_after: must be 0..10, got 11",
    "naive time": "sessions[0].started_at: must be an ISO 8601 date and time with a UTC offset",
    "move without name": "sessions[0].moves[1].name: required",
    "negative seconds": "sessions[0].moves[0].done_s: must be 0..604800 seconds, got -1",
    "duplicate uuid": "sessions[1].uuid: the same as sessions[0]",
    "duplicate position": "sessions[0].moves: two moves have the same position",
    "session not an object": "sessions[2]: must be an object",
    "unknown routine": "sessions[0].routine: must name one of the routines",
    "routines missing": "routines: required",
    "move not an object": "sessions[0].moves[0]: must be an object",
    "bad muscles": "sessions[0].moves[0].muscles: must be a list, got text",
    "year one": "sessions[0].started_at: must be a time from 1970 to 9998",
    "overflow": "sessions[0].started_at: must be an ISO 8601 date and time with a UTC offset",
    "ended before started": "sessions[0].ended_at: must not be before started_at",
    "move in year one": "sessions[0].moves[1].ended_at: must be a time from 1970 to 9998",
    "duplicate key": "sessions[0].note: given more than once",
    "NaN": "not valid JSON: NaN is not a number JSON allows",
    "deep nesting": "nested more than 64 levels deep",
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
    with pytest.raises(BackupError, match="cannot read the backup"):
        import_json(store, tmp_path / "nope.json")


def test_a_fifo_backup_is_refused_without_waiting(store: HistoryStore, tmp_path: Path):
    fifo = tmp_path / "backup.json"
    os.mkfifo(fifo)
    with pytest.raises(BackupError, match="not a regular backup"):
        import_json(store, fifo)  # before the fix: blocked until a writer came


def test_a_huge_backup_is_refused_with_its_real_size(store: HistoryStore, tmp_path: Path):
    huge = tmp_path / "backup.json"
    with huge.open("wb") as handle:
        handle.truncate(600 * 1024 * 1024)  # sparse: takes no disk space
    with pytest.raises(BackupError) as caught:
        import_json(store, huge)
    assert str(caught.value) == f"{huge}: the backup is 629.1 MB; it must be at most 536.9 MB"


def test_a_backup_error_lists_every_problem_and_is_a_data_error(opened, tmp_path: Path):
    document = {"format": "backcare-desktop-history", "version": 1, "routines": {}}
    document["sessions"] = [{"uuid": "a"}, "oops"]
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(document), "utf-8")
    with pytest.raises(DataError) as caught:
        import_json(HistoryStore(opened), path)
    assert isinstance(caught.value, BackupError)
    assert caught.value.source == str(path)
    assert caught.value.problems[:3] == (
        "sessions[0].routine: must name one of the routines, got null",
        "sessions[0].started_at: required",
        "sessions[0].ended_at: required",
    )
    assert caught.value.problems[-1] == "sessions[1]: must be an object, got text"


def _move_fields() -> dict:
    return {
        "position": 0,
        "move_index": 2,
        "name": "Bridge",
        "side": "left",
        "round": 1,
        "planned_s": 45,
        "done_s": 44.5,
        "outcome": "completed",
        "muscles": ["core", "glutes"],
        "ended_at": "2024-03-31T00:40:00+01:00",
    }


@pytest.mark.parametrize(
    ("key", "value", "rule"),
    [
        ("position", -1, "must be 0..100000, got -1"),
        ("position", 1.5, "must be a whole number, got 1.5"),
        ("name", "", "must not be empty"),
        ("side", "both", 'must be one of left, right; got "both"'),
        ("round", True, "must be a whole number, got true"),
        ("done_s", 604801, "must be 0..604800 seconds, got 604801"),
        ("muscles", ["core", ""], None),
        ("muscles", ["x" * 61], None),
        ("outcome", ["completed"], "must be one of completed, skipped, stopped; got a list"),
        ("ended_at", "2024-03-31T00:40:00", "must be an ISO 8601 date and time with a UTC offset"),
        ("ended_at", "1969-12-31T23:59:59+00:00", "must be a time from 1970 to 9998"),
        ("ended_at", "9999-12-31T23:00:00-05:00", "must be an ISO 8601 date and time"),
        ("ended_at", None, "must not be null"),
    ],
)
def test_every_move_field_is_checked(key: str, value: object, rule: str | None):
    good = _move_fields()
    problems = Problems()
    assert _read_move(good, "m", problems).ended_at.isoformat() == good["ended_at"]
    assert not problems
    _read_move({**good, key: value}, "m", problems)
    (problem,) = problems.items
    assert problem.startswith(f"m.{key}")
    assert rule is None or rule in problem


def test_a_stored_row_with_an_unreadable_date_is_left_out_with_a_notice(
    store: HistoryStore, tmp_path: Path
):
    fill(store)
    store.connection.execute(
        "UPDATE sessions SET started_at = '1-01-01T00:00:00Z' WHERE id = 1"
    )  # what a restore of 0001-01-01 stored before the fix
    assert [row.id for row in store.sessions()] == [2]
    assert [summary.id for summary in store.summaries()] == [2]
    assert len(store.records()) == 1
    assert export_csv(store, tmp_path / "out.csv").sessions == 1
    (notice,) = store.notices
    assert "1 session(s)" in notice and "session ids 1" in notice


def test_times_are_stored_with_four_digit_years():
    assert utc_text(datetime(999, 1, 2, 3, 4, 5, tzinfo=UTC)) == "0999-01-02T03:04:05Z"
    assert utc_text(datetime(2024, 3, 31, 0, 30, tzinfo=BERLIN)) == "2024-03-30T23:30:00Z"


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(store: HistoryStore, tmp_path):
    routine = dataclasses.replace(make_routine(), title='=HYPERLINK("http://x")')
    session = store.start_session(routine, datetime(2024, 1, 1, tzinfo=UTC))
    store.record_move(session, move_record(0, name="+1 rep", muscles=("-core", "glutes")))
    store.update_feedback(session, note="@SUM(A1)\n- stiff")
    out = tmp_path / "out.csv"
    export_csv(store, out)
    (row,) = read_csv(out)
    assert row["routine"] == '\'=HYPERLINK("http://x")'
    assert row["move"] == "'+1 rep"
    assert row["muscles"] == "'-core; glutes"
    assert row["note"] == "'@SUM(A1)\n- stiff"
    assert row["active_s"] == "0.0"  # numbers are left alone
    assert [safe_cell(text) for text in ("\tx", "\rx", "a=b", "", "-")] == [
        "'\tx",
        "'\rx",
        "a=b",
        "",
        "'-",
    ]


def test_command_line_export_writes_csv_and_says_so(db_path: Path, tmp_path: Path):
    db = open_database(db_path, fixed_now)
    try:
        fill(HistoryStore(db))
    finally:
        db.close()
    before = sha256(db_path)
    out = tmp_path / "export" / "sessions.csv"
    out.parent.mkdir()
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


def test_command_line_export_of_a_damaged_database_only_reads_it(db_path: Path, tmp_path):
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"definitely not sqlite" * 50)
    with pytest.raises(HistoryExportError, match="cannot read the history database") as caught:
        export_history_cli(db_path, tmp_path / "out.csv")
    assert "left as it is" in str(caught.value)
    assert not (tmp_path / "out.csv").exists()
    # before the fix the file was moved aside and a new, empty history made in its place
    assert db_path.read_bytes() == b"definitely not sqlite" * 50
    assert sorted(path.name for path in db_path.parent.iterdir()) == [db_path.name]


def test_command_line_export_of_an_older_database_does_not_migrate_it(
    db_path: Path, tmp_path: Path
):
    from backcare_desktop.storage.schema import MIGRATIONS

    db = open_database(db_path, fixed_now, migrations=MIGRATIONS[:1])
    db.close()
    before = sha256(db_path)
    line = export_history_cli(db_path, tmp_path / "out.csv")
    assert line.startswith("Exported 0 sessions")
    assert sha256(db_path) == before


def test_command_line_export_into_a_missing_folder_fails_clearly(db_path: Path, tmp_path: Path):
    open_database(db_path, fixed_now).close()
    out = tmp_path / "no-such-folder" / "out.csv"
    with pytest.raises(HistoryExportError, match="does not exist"):
        export_history_cli(db_path, out)
    assert not out.parent.exists()  # before the fix: created silently


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


def test_command_line_export_skips_an_unreadable_row_and_says_so(db_path: Path, tmp_path: Path):
    db = open_database(db_path, fixed_now)
    try:
        store = HistoryStore(db)
        fill(store)
        store.connection.execute(
            "UPDATE sessions SET started_at = '1-01-01T00:00:00Z' WHERE id = 2"
        )  # before the fix: a traceback, and no backup could be made at all
    finally:
        db.close()
    for name in ("out.csv", "out.json"):
        line = export_history_cli(db_path, tmp_path / name)
        assert line.startswith("Exported 1 sessions (2 moves)")
        assert "1 session(s) in the history database" in line and "session ids 2" in line
