"""Programme rows in the backup section and the CSV files: round trip and field-path errors."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest

from backcare_desktop.core.validation import DataError, Problems
from backcare_desktop.storage.db import OpenedDatabase
from backcare_desktop.storage.programme_backup import (
    programme_csv_files,
    programme_section,
    read_programme_section,
)
from backcare_desktop.storage.programme_store import GateChoice, ProgrammeStore

NOW = datetime(2026, 3, 29, 1, 30, tzinfo=timezone(timedelta(hours=1)))


def _filled(opened: OpenedDatabase) -> ProgrammeStore:
    store = ProgrammeStore(opened)
    first = store.follow("back-on-track", date(2026, 3, 2))
    store.save_enrolment(first.pause(date(2026, 3, 5)).resume(date(2026, 3, 9)))
    store.follow("runners-maintenance", date(2026, 3, 20))
    store.record_morning_check(date(2026, 3, 3), 2, NOW)
    store.record_morning_check(date(2026, 3, 4), None, NOW)
    store.report_red_flags(["fever", "numbness"], NOW)
    store.record_gate_choice("core-strength", 8, ["fever"], GateChoice.FLARE_UP, NOW)
    return store


def test_section_round_trips_through_json(opened: OpenedDatabase) -> None:
    records = _filled(opened).records()
    text = json.dumps(programme_section(records))
    problems = Problems()
    assert read_programme_section(json.loads(text), problems) == records
    assert not problems
    assert read_programme_section(None, problems).enrolments == ()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("morning_checks", 0, "pain", 12), "programme.morning_checks[0].pain: must be 0..10"),
        (("morning_checks", 0, "day", "3 March"), "programme.morning_checks[0].day: must be a day"),
        (("red_flag_reports", 0, "flags", ["headache"]), "programme.red_flag_reports[0].flags[0]"),
        (("gate_choices", 0, "choice", "run"), "programme.gate_choices[0].choice: must be one of"),
        (
            ("gate_choices", 0, "chosen_at", "2026-03-29T01:30"),
            "programme.gate_choices[0].chosen_at",
        ),
        (("enrolments", 0, "pauses", [["x", None]]), "programme.enrolments[0].pauses[0]"),
        (("enrolments", 0, "colour", "red"), "programme.enrolments[0].colour: unknown field"),
    ],
)
def test_bad_rows_name_their_path(
    opened: OpenedDatabase, change: tuple[str, int, str, Any], message: str
) -> None:
    section = programme_section(_filled(opened).records())
    table, index, key, value = change
    section[table][index][key] = value
    problems = Problems()
    read_programme_section(section, problems)
    assert any(item.startswith(message) for item in problems.items), problems.items
    with pytest.raises(DataError):
        problems.check()


def test_restore_into_another_database_is_idempotent(opened: OpenedDatabase, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from backcare_desktop.storage.db import open_database
    from tests.storage.helpers import fixed_now

    records = _filled(opened).records()
    restored = read_programme_section(
        json.loads(json.dumps(programme_section(records))), Problems()
    )
    other = open_database(tmp_path / "other.sqlite3", fixed_now)
    try:
        target = ProgrammeStore(other)
        assert target.add_records(restored) == 6  # two enrolments, two mornings, one each
        assert target.add_records(restored) == 0
        assert target.records() == records
    finally:
        other.close()


def test_csv_files_one_per_table(opened: OpenedDatabase) -> None:
    files = programme_csv_files(_filled(opened).records())
    assert sorted(files) == ["enrolments", "gate-choices", "morning-checks", "red-flag-reports"]
    enrolments = files["enrolments"].splitlines()
    assert enrolments[0] == "uuid,programme_id,started_on,pauses,ended_on"
    assert enrolments[1].endswith(",back-on-track,2026-03-02,2026-03-05..2026-03-09,2026-03-20")
    assert files["morning-checks"].splitlines()[1:] == [
        "2026-03-03,2,2026-03-29T00:30:00+00:00",  # recorded in UTC
        "2026-03-04,,2026-03-29T00:30:00+00:00",
    ]
    assert files["red-flag-reports"].splitlines()[1].split(",")[2] == "numbness;fever"
    assert programme_csv_files(ProgrammeStore(opened).records().__class__()) == {}


def test_backup_and_restore_carry_the_programme(opened: OpenedDatabase, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from backcare_desktop.storage.db import open_database
    from backcare_desktop.storage.export import export_json, import_json
    from backcare_desktop.storage.history import HistoryStore
    from tests.storage.helpers import fixed_now

    records = _filled(opened).records()
    export_json(HistoryStore(opened), tmp_path / "backup.json")
    document = json.loads((tmp_path / "backup.json").read_text())
    assert sorted(document["programme"]) == [
        "enrolments",
        "gate_choices",
        "morning_checks",
        "red_flag_reports",
    ]
    other = open_database(tmp_path / "other.sqlite3", fixed_now)
    try:
        first = import_json(HistoryStore(other), tmp_path / "backup.json")
        again = import_json(HistoryStore(other), tmp_path / "backup.json")
        assert (first.programme_rows, again.programme_rows) == (6, 0)
        assert ProgrammeStore(other).records() == records
    finally:
        other.close()


def test_a_bad_programme_row_refuses_the_whole_backup(opened: OpenedDatabase, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from backcare_desktop.storage.export import BackupError, export_json, import_json
    from backcare_desktop.storage.history import HistoryStore

    _filled(opened)
    export_json(HistoryStore(opened), tmp_path / "backup.json")
    document = json.loads((tmp_path / "backup.json").read_text())
    document["programme"]["morning_checks"][1]["pain"] = -1
    (tmp_path / "bad.json").write_text(json.dumps(document))
    with pytest.raises(BackupError) as caught:
        import_json(HistoryStore(opened), tmp_path / "bad.json")
    assert "programme.morning_checks[1].pain: must be 0..10, got -1" in caught.value.problems


def test_csv_export_writes_programme_tables_beside(opened: OpenedDatabase, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from backcare_desktop.storage.export import export_csv
    from backcare_desktop.storage.history import HistoryStore

    _filled(opened)
    summary = export_csv(HistoryStore(opened), tmp_path / "history.csv")
    names = sorted(path.name for path in summary.extra_files)
    assert names == [
        "history-enrolments.csv",
        "history-gate-choices.csv",
        "history-morning-checks.csv",
        "history-red-flag-reports.csv",
    ]
    text = (tmp_path / "history-gate-choices.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "uuid,chosen_at,routine_id,pain_before,flags,choice"
    assert text.splitlines()[1].endswith(",core-strength,8,fever,flare_up")
