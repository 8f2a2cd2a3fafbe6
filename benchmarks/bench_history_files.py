"""Ten years of history through the history view's file buttons: how long the GUI thread stops.

Run: ``.venv/bin/python benchmarks/bench_history_files.py [--history PATH] [--runs 3]``

Seeds 7,300 sessions with their moves (``seed_history.seed``; ``--history`` reuses a seeded
file, which is copied first), then, in an offscreen Qt application with a 10 ms timer ticking
on the GUI thread, runs each action of :class:`~backcare_desktop.ui.history_files.HistoryFiles`
as the buttons do and prints, for each:

* the total time from the click to the message (``said``/``warned``),
* the GUI thread's longest block: the longest gap between two ticks of the timer (a frozen
  window shows it as the whole action; 10 ms means the timer never missed a beat),

and the same timer ticking with nothing to do (``idle``): what the machine's load alone adds.

The actions: export as CSV, back up to JSON, restore that backup into an empty history.
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

TICK_MS = 10
IDLE_S = 2.0
"""How long the timer ticks with nothing to do, for the machine's own noise."""


def _ticking(action: Callable[[], object], done: Callable[[], bool]) -> tuple[float, float]:
    """Run ``action``, then events until ``done()``, with the timer ticking on this thread;
    (total s, longest gap between two ticks s)."""
    from PySide6.QtCore import QEventLoop, QTimer

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(5)
    poll.timeout.connect(lambda: done() and loop.quit())
    timer.start()
    start = time.perf_counter()
    ticks.append(start)
    action()  # before this branch's change, the whole action ran here
    poll.start()
    loop.exec()
    end = time.perf_counter()
    timer.stop()
    poll.stop()
    ticks.append(end)
    return end - start, max(later - earlier for earlier, later in itertools.pairwise(ticks))


def _measure(files: Any, action: Callable[[], object]) -> tuple[float, float, str]:
    """Run a file action; (total s, longest gap s, the message that ended it)."""
    messages: list[str] = []
    files.said.connect(messages.append)
    files.warned.connect(messages.append)
    total, gap = _ticking(action, lambda: bool(messages) and not getattr(files, "busy", False))
    return total, gap, messages[-1]


def _idle() -> tuple[float, float, str]:
    """The timer ticking with nothing to do: the machine's own delays."""
    start = time.perf_counter()
    total, gap = _ticking(lambda: None, lambda: time.perf_counter() - start > IDLE_S)
    return total, gap, "nothing to do"


def _run(seeded: Path, work: Path) -> list[tuple[str, float, float, str]]:
    """One round of every action; (name, total s, longest gap s, message) each."""
    from PySide6.QtWidgets import QWidget

    from backcare_desktop.storage.db import open_database
    from backcare_desktop.storage.history import HistoryStore
    from backcare_desktop.ui.history_files import HistoryFiles

    parent = QWidget()
    figures = [("idle", *_idle())]
    with open_database(seeded, datetime.now) as db:
        files = HistoryFiles(HistoryStore(db), date.today, parent)
        for name, action in (
            ("export CSV", lambda: files.export_csv_to(work / "history.csv")),
            ("back up", lambda: files.back_up_to(work / "backup.json")),
        ):
            figures.append((name, *_measure(files, action)))
        _shut(files)
    size = (work / "backup.json").stat().st_size
    empty_path = work / "empty" / "history.sqlite3"
    for stale in empty_path.parent.glob("history.sqlite3*"):
        stale.unlink()
    with open_database(empty_path, datetime.now) as empty:
        files = HistoryFiles(HistoryStore(empty), date.today, parent)
        action = lambda: files.restore_from(work / "backup.json")  # noqa: E731
        figures.append((f"restore ({size / 1e6:.1f} MB)", *_measure(files, action)))
        _shut(files)
    return figures


def main(argv: list[str] | None = None) -> int:
    """Seed (or copy), then print the figures of each action, ``--runs`` times."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--history", type=Path, help="a seeded history database to copy")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from backcare_desktop.storage.db import open_database
    from backcare_desktop.storage.history import HistoryStore

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        seeded = work / "history.sqlite3"
        if args.history is not None:
            shutil.copyfile(args.history, seeded)
        else:
            from seed_history import seed

            seed(seeded)
        with open_database(seeded, datetime.now) as db:
            sessions, moves = HistoryStore(db).count()
        print(f"{sessions} sessions, {moves} moves")
        for run in range(args.runs):
            figures = _run(seeded, work)
            load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
            print(f"run {run + 1} (load average {load}):")
            for name, total, gap, message in figures:
                print(
                    f"  {name}: total {total * 1000:.0f} ms,"
                    f" GUI thread longest block {gap * 1000:.0f} ms"
                )
                if run == 0 and name != "idle":
                    print(f"    {message}")
    del app
    return 0


def _shut(files: object) -> None:
    shutdown = getattr(files, "shutdown", None)
    if shutdown is not None:
        shutdown()


if __name__ == "__main__":
    raise SystemExit(main())
