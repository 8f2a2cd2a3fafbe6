"""``--today`` and ``--restore-history``: the programme and backups from the command line."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from backcare_desktop.app import main
from backcare_desktop.cli import open_library
from backcare_desktop.paths import app_paths
from backcare_desktop.programme_cli import run_today
from backcare_desktop.storage.db import open_database
from backcare_desktop.storage.export import export_json
from backcare_desktop.storage.history import HistoryStore
from backcare_desktop.storage.programme_store import ProgrammeStore

ZONE = timezone(timedelta(hours=1))
START = date(2026, 1, 5)


def _history(data: Path, pains: list[tuple[int, int]], enrol: bool = True) -> None:
    paths = app_paths(data)
    paths.ensure()
    library = open_library(paths)
    routine = library.resolve("pilates-for-the-spine")
    db = open_database(paths.history_db, datetime.now)
    try:
        store = HistoryStore(db)
        for index, (before, after) in enumerate(pains):
            started = datetime(2026, 1, 5 + 2 * index, 18, 0, tzinfo=ZONE)
            session = store.start_session(routine, started, before)
            store.finish_session(session, "completed", started + timedelta(minutes=10), 600)
            store.update_feedback(session, pain_after=after)
        if enrol:
            ProgrammeStore(db).follow("back-on-track", START)
    finally:
        db.close()


def _today(data: Path, day: date, as_json: bool = True) -> str:
    paths = app_paths(data)
    out = io.StringIO()
    run_today(paths, open_library(paths), out, as_json, day)
    return out.getvalue()


def test_today_without_a_programme(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path), "--today"]) == 0
    assert capsys.readouterr().out.startswith("No programme is followed.")
    assert json.loads(_today(tmp_path, START)) == {"programme": None}


def test_today_json_after_a_week(tmp_path: Path) -> None:
    _history(tmp_path, [(2, 2), (2, 1), (1, 1)])
    week2 = json.loads(_today(tmp_path, START + timedelta(days=8)))
    assert week2["programme"]["id"] == "back-on-track"
    assert (week2["week"], week2["programme_week"], week2["level"]) == (2, 2, 1)
    assert week2["today"]["routine"] == "pilates-for-the-spine"
    assert week2["today"]["label"] == "Level 1: as written" and week2["today"]["minutes"] == 10
    assert (week2["planned"], week2["done"], week2["light"]) == (3, 0, "green")
    assert week2["reasons"] == [
        "Last week was comfortable and complete: on to week 2, at level 1 as the plan has it."
    ]


def test_today_text_mid_week_amber(tmp_path: Path) -> None:
    _history(tmp_path, [(2, 2), (2, 5)])
    text = _today(tmp_path, START + timedelta(days=3), as_json=False)
    assert "Week 1 (programme week 1 of 8), level 1" in text
    assert "This week: 2 of 3 sessions done" in text
    assert (
        "Light: amber\nWhy: Pain reached 5/10.\nWhy: At the end of the week the plan will hold"
        in text
    )
    assert "Today: Hatha yoga for the spine, Level 1: as written, about 10 min" in text


def test_restore_history_merges_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _history(tmp_path / "a", [(2, 2), (3, 3)], enrol=False)
    db = open_database(app_paths(tmp_path / "a").history_db, datetime.now)
    try:
        export_json(HistoryStore(db), tmp_path / "backup.json")
    finally:
        db.close()
    target = str(tmp_path / "b")
    assert main(["--data-dir", target, "--restore-history", str(tmp_path / "backup.json")]) == 0
    assert "Restored 2 sessions" in capsys.readouterr().out
    assert main(["--data-dir", target, "--restore-history", str(tmp_path / "backup.json")]) == 0
    assert "Restored 0 sessions" in capsys.readouterr().out
    (tmp_path / "bad.json").write_text("{")
    assert main(["--data-dir", target, "--restore-history", str(tmp_path / "bad.json")]) == 1
    assert "nothing restored" in capsys.readouterr().err


def test_today_does_not_load_qt(tmp_path: Path) -> None:
    code = (
        "import sys, io, contextlib\n"
        "from backcare_desktop.app import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['--data-dir', {str(tmp_path)!r}, '--today', '--json'])\n"
        "print(any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "False"


def test_restore_history_brings_the_programme_back(tmp_path: Path) -> None:
    _history(tmp_path / "a", [(2, 2), (2, 1), (1, 1)])
    db = open_database(app_paths(tmp_path / "a").history_db, datetime.now)
    try:
        export_json(HistoryStore(db), tmp_path / "backup.json")
    finally:
        db.close()
    target = tmp_path / "b"
    assert (
        main(["--data-dir", str(target), "--restore-history", str(tmp_path / "backup.json")]) == 0
    )
    day = START + timedelta(days=8)
    assert json.loads(_today(target, day)) == json.loads(_today(tmp_path / "a", day))
    assert json.loads(_today(target, day))["programme"]["id"] == "back-on-track"
