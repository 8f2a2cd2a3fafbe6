"""Kill -9 the real app mid-workout: every finished move is in the database afterwards."""

from __future__ import annotations

import json
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from tests.support.app import AppRunner

MOVE_S = 2
GET_READY_S = 1
ROUTINE = {
    "format": 1,
    "id": "crash-test",
    "title": "Crash test",
    "focus": ["core"],
    "get_ready_s": GET_READY_S,
    "moves": [
        {"name": name, "work_s": MOVE_S, "muscles": ["core"]} for name in ("A", "B", "C", "D")
    ],
}
MARGIN_S = 0.25
"""A move that ended this long before the kill must be saved; one this close may or may not be."""


def wait_for_first_cue(log: Path, process, timeout: float = 30.0) -> int:
    """The monotonic time the workout started (the first cue's due time)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.exists() and log.read_text().strip():
            return json.loads(log.read_text().splitlines()[0])["due_ns"]
        if process.poll() is not None:
            pytest.fail(f"the app exited early: {process.communicate()[1]}")
        time.sleep(0.02)
    pytest.fail("the workout did not start")


@pytest.mark.e2e
@pytest.mark.slow
@pytest.mark.parametrize("kill_at_s", [0.5, 1.8, 4.3, 6.9, 8.6])
def test_kill_mid_workout_keeps_every_finished_move(
    tmp_path: Path, app_runner: AppRunner, kill_at_s: float
) -> None:
    routine_file = tmp_path / "crash-test.json"
    routine_file.write_text(json.dumps(ROUTINE))
    log = tmp_path / "cues.jsonl"
    process = app_runner.start(
        "--start", str(routine_file), "--no-voice", "--no-ask", BACKCARE_DESKTOP_CUE_LOG=str(log)
    )
    started_ns = wait_for_first_cue(log, process)
    time.sleep(max(0.0, started_ns / 1e9 + kill_at_s - time.monotonic()))
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    killed_after_s = (time.monotonic_ns() - started_ns) / 1e9

    restart = app_runner.run("--self-test", timeout=60)
    assert "self-test: ok" in restart.stdout, restart.stdout + restart.stderr

    ends = {name: GET_READY_S + MOVE_S * (i + 1) for i, name in enumerate("ABCD")}
    must_have = [name for name, end in ends.items() if end < kill_at_s - MARGIN_S]
    may_have = [name for name, end in ends.items() if end < killed_after_s + MARGIN_S]
    database = app_runner.data_dir / "history.sqlite3"
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        sessions = connection.execute("SELECT id, status FROM sessions").fetchall()
        assert [status for _id, status in sessions] == ["interrupted"]
        saved = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM session_moves WHERE session_id = ? ORDER BY position",
                (sessions[0][0],),
            )
        ]
    connection.close()
    assert saved[: len(must_have)] == must_have
    assert len(saved) <= len(may_have)
