"""Ten years of history through the history view's file buttons: how long the GUI thread stops.

Run: ``.venv/bin/python benchmarks/bench_history_files.py [--history PATH]``

Seeds 7,300 sessions with their moves (``seed_history.seed``; ``--history`` reuses a seeded
file, which is copied first), then, in an offscreen Qt application with a 10 ms timer ticking
on the GUI thread, runs each action of :class:`~backcare_desktop.ui.history_files.HistoryFiles`
as the buttons do and prints, for each:

* the total time from the click to the message (``said``/``warned``),
* the GUI thread's longest block: the longest gap between two ticks of the timer (a frozen
  window shows it as the whole action; 10 ms means the timer never missed a beat).

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

sys.path.insert(0, str(Path(__file__).resolve().parent))

TICK_MS = 10


def _measure(app: object, files: object, action: Callable[[], object]) -> tuple[float, float, str]:
    """Run ``action`` with the timer ticking; (total s, longest gap s, the message shown)."""
    from PySide6.QtCore import QEventLoop, QTimer

    messages: list[str] = []
    files.said.connect(messages.append)  # type: ignore[attr-defined]
    files.warned.connect(messages.append)  # type: ignore[attr-defined]
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(5)

    def check() -> None:
        # the message that ends the action (a background action first says it has begun)
        if messages and not getattr(files, "busy", False):
            loop.quit()

    poll.timeout.connect(check)
    timer.start()
    start = time.perf_counter()
    ticks.append(start)
    action()
    poll.start()
    loop.exec()
    end = time.perf_counter()
    timer.stop()
    poll.stop()
    ticks.append(end)
    gap = max(later - earlier for earlier, later in itertools.pairwise(ticks))
    return end - start, gap, messages[-1]


def main(argv: list[str] | None = None) -> int:
    """Seed (or copy), then print the figures of each action."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--history", type=Path, help="a seeded history database to copy")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QWidget

    from backcare_desktop.storage.db import open_database
    from backcare_desktop.storage.history import HistoryStore
    from backcare_desktop.ui.history_files import HistoryFiles

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        seeded = work / "history.sqlite3"
        if args.history is not None:
            shutil.copyfile(args.history, seeded)
        else:
            from seed_history import seed

            seed(seeded)
        parent = QWidget()
        figures: list[tuple[str, float, float, str]] = []
        with open_database(seeded, datetime.now) as db:
            files = HistoryFiles(HistoryStore(db), date.today, parent)
            sessions, moves = HistoryStore(db).count()
            print(f"{sessions} sessions, {moves} moves")
            for name, action in (
                ("export CSV", lambda: files.export_csv_to(work / "history.csv")),
                ("back up", lambda: files.back_up_to(work / "backup.json")),
            ):
                figures.append((name, *_measure(app, files, action)))
            _shut(files)
        size = (work / "backup.json").stat().st_size
        with open_database(work / "empty" / "history.sqlite3", datetime.now) as empty:
            files = HistoryFiles(HistoryStore(empty), date.today, parent)
            action = lambda: files.restore_from(work / "backup.json")  # noqa: E731
            figures.append((f"restore ({size / 1e6:.1f} MB)", *_measure(app, files, action)))
            _shut(files)
    for name, total, gap, message in figures:
        print(f"{name}: total {total * 1000:.0f} ms, GUI thread longest block {gap * 1000:.0f} ms")
        print(f"  {message}")
    return 0


def _shut(files: object) -> None:
    shutdown = getattr(files, "shutdown", None)
    if shutdown is not None:
        shutdown()


if __name__ == "__main__":
    raise SystemExit(main())
