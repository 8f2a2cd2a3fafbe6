"""A really read-only folder and a really full disk, in a private mount namespace.

Tests run as root, where ``chmod`` does not stop writes. Where the kernel lets us
(``unshare --mount`` with mount rights, as in CI containers running as root), a child process
gets a read-only bind mount or a tiny tmpfs that only it can see; nothing leaks to the host
and the mounts vanish with the process. Elsewhere these tests are skipped, and
``test_db.py``/``test_recorder.py`` cover the same paths by simulation.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest

from backcare_desktop.storage.db import open_database
from backcare_desktop.storage.history import HistoryStore
from tests.storage.helpers import fixed_now, make_routine, sha256

PRELUDE = textwrap.dedent(
    """
    import json, os, sys
    from datetime import datetime, timedelta, timezone
    from pathlib import Path
    from backcare_desktop.core.clock import FakeClock, NS_PER_S
    from backcare_desktop.core.engine import WorkoutEngine
    from backcare_desktop.core.timeline import build_timeline
    from backcare_desktop.storage.db import open_database
    from backcare_desktop.storage.history import HistoryStore
    from backcare_desktop.storage.recorder import HistoryRecorder
    from tests.storage.helpers import make_routine

    def workout(store):
        clock = FakeClock()
        wall = datetime(2024, 1, 1, tzinfo=timezone.utc)
        recorder = HistoryRecorder(store, lambda: wall + timedelta(seconds=clock.now_ns() / 1e9))
        routine = make_routine()
        engine = WorkoutEngine(build_timeline(routine), clock, recorder.handle)
        recorder.begin(routine)
        engine.start()
        for _ in range(40):
            clock.advance(NS_PER_S)
            engine.update()
            if engine.segment.is_open_ended:
                engine.done()
        return recorder, engine.state.value
    """
)


def _namespace_works() -> bool:
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    try:
        result = subprocess.run(
            [
                "unshare",
                "--mount",
                "--propagation",
                "private",
                "mount",
                "-t",
                "tmpfs",
                "-o",
                "size=64k",
                "tmpfs",
                "/mnt",
            ],
            capture_output=True,
            timeout=20,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return result.returncode == 0


needs_mounts = pytest.mark.skipif(
    not _namespace_works(), reason="needs unshare --mount with the right to mount (root)"
)


@pytest.fixture
def populated(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    db = open_database(folder / "history.sqlite3", fixed_now)
    try:
        store = HistoryStore(db)
        for day in range(1, 4):
            store.start_session(make_routine(), datetime(2024, 1, day, tzinfo=UTC))
    finally:
        db.close()
    return folder


def namespace(folder: Path, setup: str, code: str, repo_root: Path) -> dict:
    script = f'{setup} && exec "$2" -c "$3"'
    args = ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, "sh"]
    args += [str(folder), sys.executable, PRELUDE + textwrap.dedent(code)]
    result = subprocess.run(
        args, capture_output=True, text=True, timeout=120, cwd=repo_root, check=False
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


READ_ONLY_BIND = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1"'

OPEN_AND_RECORD = """
    path = Path({path!r})
    db = open_database(path, datetime.now)
    store = HistoryStore(db)
    sessions = len(store.sessions())
    recorder, state = workout(store)
    print(json.dumps({{
        "read_only": db.read_only, "in_memory": db.in_memory, "notices": db.notices,
        "sessions_before": sessions, "sessions_after": len(store.sessions()),
        "state": state, "problem": recorder.problem, "pending": recorder.pending,
    }}))
    db.close()
"""


@needs_mounts
def test_read_only_folder_with_a_database(populated: Path, repo_root: Path):
    path = populated / "history.sqlite3"
    before = sha256(path)
    result = namespace(populated, READ_ONLY_BIND, OPEN_AND_RECORD.format(path=str(path)), repo_root)
    assert result["read_only"] is True and result["in_memory"] is False
    assert str(path) in result["notices"][0] and "cannot be written" in result["notices"][0]
    assert result["sessions_before"] == 3  # the history is still shown
    assert result["state"] == "finished"  # the workout went on
    assert result["problem"] == (
        f"Could not save to {path}: it is open read-only. The workout goes on, but it is not saved."
    )
    assert result["pending"] >= 1
    assert sha256(path) == before
    assert sorted(p.name for p in populated.iterdir()) == ["history.sqlite3"]


@needs_mounts
def test_read_only_folder_without_a_database(tmp_path: Path, repo_root: Path):
    folder = tmp_path / "empty"
    folder.mkdir()
    path = folder / "history.sqlite3"
    result = namespace(folder, READ_ONLY_BIND, OPEN_AND_RECORD.format(path=str(path)), repo_root)
    assert result["in_memory"] is True
    assert str(path) in result["notices"][0] and "memory" in result["notices"][0]
    assert result["sessions_after"] == 1 and result["problem"] is None
    assert list(folder.iterdir()) == []


@needs_mounts
def test_full_disk_keeps_the_workout_going_and_saves_once_space_is_back(
    tmp_path: Path, repo_root: Path
):
    folder = tmp_path / "small"
    folder.mkdir()
    code = f"""
        folder = Path({str(folder)!r})
        db = open_database(folder / "history.sqlite3", datetime.now)
        store = HistoryStore(db)
        filler = folder / "filler"
        handle = os.open(filler, os.O_WRONLY | os.O_CREAT)
        try:
            while True:
                os.write(handle, b"x" * 4096)
        except OSError:
            pass
        finally:
            os.close(handle)
        recorder, state = workout(store)
        problem, pending = recorder.problem, recorder.pending
        filler.unlink()
        done = recorder.retry()
        rows = store.sessions()
        print(json.dumps({{
            "notices": db.notices, "state": state, "problem": problem, "pending": pending,
            "done": done, "after": recorder.problem, "statuses": [r.status for r in rows],
            "moves": [m.name for m in store.moves(rows[0].id)] if rows else [],
        }}))
        db.close()
    """
    result = namespace(folder, 'mount -t tmpfs -o size=512k tmpfs "$1"', code, repo_root)
    assert result["notices"] == []
    assert result["state"] == "finished"
    assert result["problem"] is not None and "the disk is full" in result["problem"]
    assert result["pending"] >= 1
    assert result["done"] is True and result["after"] is None
    assert result["statuses"] == ["completed"]
    assert result["moves"] == ["Bridge", "Swan", "Side plank", "Side plank"]
