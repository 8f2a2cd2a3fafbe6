"""Programme rows in the history database: enrolment, morning checks, red flags, gate choices."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from backcare_desktop.core.enrolment import EnrolmentState
from backcare_desktop.core.pain_rules import Light
from backcare_desktop.core.programmes import load_programmes
from backcare_desktop.core.stats import SessionSummary
from backcare_desktop.resources import resources_dir
from backcare_desktop.storage.db import OpenedDatabase, open_database
from backcare_desktop.storage.history import HistoryStore
from backcare_desktop.storage.programme_store import (
    GateChoice,
    ProgrammeStore,
    current_plan,
    logged_sessions,
)
from backcare_desktop.storage.schema import MIGRATIONS
from tests.storage.helpers import fixed_now
from tests.storage.test_migrations import build_file_at

BERLIN = timezone(timedelta(hours=1))
NOW = datetime(2026, 1, 5, 8, 0, tzinfo=BERLIN)


@pytest.fixture
def programme_store(opened: OpenedDatabase) -> ProgrammeStore:
    return ProgrammeStore(opened)


def test_follow_pause_resume_and_switch(programme_store: ProgrammeStore) -> None:
    assert programme_store.current_enrolment() is None
    first = programme_store.follow("back-on-track", date(2026, 1, 5))
    assert first.id is not None and first.uuid
    programme_store.save_enrolment(first.pause(date(2026, 1, 8)))
    paused = programme_store.current_enrolment()
    assert paused is not None and paused.state is EnrolmentState.PAUSED
    programme_store.save_enrolment(paused.resume(date(2026, 1, 12)))
    resumed = programme_store.current_enrolment()
    assert resumed is not None and resumed.pauses == ((date(2026, 1, 8), date(2026, 1, 12)),)
    second = programme_store.follow("runners-maintenance", date(2026, 2, 1))
    assert programme_store.current_enrolment() == second
    old, new = programme_store.enrolments()
    assert old.ended_on == date(2026, 2, 1) and new.ended_on is None


def test_morning_checks_skips_and_replacement(programme_store: ProgrammeStore) -> None:
    programme_store.record_morning_check(date(2026, 1, 6), None, NOW)
    programme_store.record_morning_check(date(2026, 1, 7), 3, NOW)
    programme_store.record_morning_check(date(2026, 1, 7), 4, NOW + timedelta(minutes=1))
    assert [(c.day.day, c.pain) for c in programme_store.morning_checks()] == [(6, None), (7, 4)]
    assert programme_store.morning_pain() == {date(2026, 1, 7): 4}
    with pytest.raises(ValueError, match="pain must be a whole number"):
        programme_store.record_morning_check(date(2026, 1, 8), 11, NOW)


def test_red_flags_and_gate_choices(programme_store: ProgrammeStore) -> None:
    report = programme_store.report_red_flags(["fever", "numbness"], NOW)
    assert report.flags == ("numbness", "fever")  # in the checklist's order
    with pytest.raises(ValueError, match="unknown red flag"):
        programme_store.report_red_flags(["headache"], NOW)
    assert programme_store.clear_red_flags(date(2026, 1, 9)) == 1
    (stored,) = programme_store.red_flag_reports()
    assert stored.cleared_on == date(2026, 1, 9) and stored.reported_at == NOW
    gate = programme_store.record_gate_choice("core-strength", 8, [], GateChoice.FLARE_UP, NOW)
    assert programme_store.gate_choices() == [gate]


def test_backup_rows_merge_once(tmp_path: Path, programme_store: ProgrammeStore) -> None:
    programme_store.follow("back-on-track", date(2026, 1, 5))
    programme_store.record_morning_check(date(2026, 1, 6), 2, NOW)
    programme_store.report_red_flags(["fever"], NOW)
    programme_store.record_gate_choice("r", 7, ["fever"], GateChoice.STOP_TODAY, NOW)
    records = programme_store.records()
    other = open_database(tmp_path / "other.sqlite3", fixed_now)
    try:
        target = ProgrammeStore(other)
        target.follow("flare-up-care", date(2026, 1, 20))
        assert target.add_records(records) == 4
        assert target.add_records(records) == 0
        assert target.records().red_flags == records.red_flags
        assert target.records().gate_choices == records.gate_choices
        current = target.current_enrolment()  # the one already followed stays the only one
        assert current is not None and current.programme_id == "flare-up-care"
    finally:
        other.close()


def test_migration_from_version_1_keeps_history_and_adds_programme_tables(db_path: Path) -> None:
    build_file_at(db_path, 1)
    db = open_database(db_path, fixed_now)
    try:
        assert db.file_version == 1
        assert len(HistoryStore(db).sessions()) == 1
        store = ProgrammeStore(db)
        store.follow("back-on-track", date(2024, 1, 1))
        assert store.current_enrolment() is not None
        assert db.connection.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    finally:
        db.close()


def test_current_plan_reads_history_and_mornings(programme_store: ProgrammeStore) -> None:
    programmes = load_programmes(resources_dir() / "programmes")
    programme_store.follow("back-on-track", date(2026, 1, 5))
    summaries = [
        SessionSummary(1, datetime(2026, 1, 5, 18, tzinfo=BERLIN), 600, "completed", 2, 2),
        SessionSummary(2, datetime(2026, 1, 7, 18, tzinfo=BERLIN), 600, "in_progress", 2, 2),
    ]
    assert [s.day for s in logged_sessions(summaries)] == [date(2026, 1, 5)]
    programme_store.record_morning_check(date(2026, 1, 6), 5, NOW)
    status = current_plan(programme_store, summaries, programmes, date(2026, 1, 7))
    assert status is not None
    assert (status.light, status.done, status.reasons[0].code) == (Light.AMBER, 1, "worse_morning")
