"""SIGTERM and SIGINT close the real app like its window: the workout is saved as stopped and
the single-instance socket is removed."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from backcare_desktop.ui.single_instance import server_name
from tests.support.app import AppRunner

ROUTINE = {
    "format": 1,
    "id": "signal-test",
    "title": "Signal test",
    "focus": ["core"],
    "get_ready_s": 1,
    "moves": [{"name": "A", "work_s": 30, "muscles": ["core"]}],
}


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_closes_the_app_like_its_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, number: signal.Signals
) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    runner = AppRunner(python=sys.executable, data_dir=tmp_path / "appdata")
    routine_file = tmp_path / "signal-test.json"
    routine_file.write_text(json.dumps(ROUTINE))
    log = tmp_path / "cues.jsonl"
    src = str(Path(__file__).resolve().parents[2] / "src")
    process = runner.start(
        "--start",
        str(routine_file),
        "--no-voice",
        "--no-ask",
        BACKCARE_DESKTOP_CUE_LOG=str(log),
        PYTHONPATH=src + os.pathsep + os.environ.get("PYTHONPATH", ""),
    )
    try:
        deadline = time.monotonic() + 60
        while not (log.exists() and log.read_text().strip()):
            assert process.poll() is None, process.communicate()[1]
            assert time.monotonic() < deadline, "the workout did not start"
            time.sleep(0.05)
        socket_path = Path(server_name(runner.data_dir) or "")
        assert socket_path.exists()
        process.send_signal(number)
        assert process.wait(timeout=30) == 0
    finally:
        runner.kill_all()
    assert not socket_path.exists()
    assert not Path(f"{socket_path}.lock").exists()
    with sqlite3.connect(runner.data_dir / "history.sqlite3") as connection:
        statuses = [row[0] for row in connection.execute("SELECT status FROM sessions")]
    connection.close()
    assert statuses == ["stopped"]
