"""Start-up time to an interactive routine list, against a bare PySide6 window.

Both are started the same way in the same run, alternating, several times: a fresh Python process
from ``subprocess`` launch to the moment its event loop is idle with the window shown (the app
prints ``startup-ready`` then, see ``BACKCARE_DESKTOP_STARTUP_MARK``). The bare window imports
the Qt modules the app has loaded by then. Both run from compiled bytecode, as installed
software does. Bar: the app within 1.5x the bare window.

The app loads what its first frame does not need (the history database, the cue sounds and
the audio device) right after that frame; the time until that is done (``startup-loaded``) is
printed too, for information.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7
BARE_WINDOW = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow
from PySide6 import QtGui, QtNetwork, QtSvg  # as the app has loaded them by its mark
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QListWidget())
window.show()
def ready():
    print(f"startup-ready {time.monotonic_ns()}", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""


BAR = 1.5


def time_to_ready(command: list[str], env: dict[str, str]) -> float:
    """Seconds from launching ``command`` to its ``startup-ready`` line."""
    return time_to_marks(command, env)["startup-ready"]


def time_to_marks(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from launching ``command`` to each ``startup-…`` line it prints."""
    started = time.monotonic_ns()
    result = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=120, check=True
    )
    return {
        name: (int(value) - started) / 1e9
        for name, value in (
            line.split()[:2] for line in result.stdout.splitlines() if line.startswith("startup-")
        )
    }


def main() -> int:
    """Measure and print the figures; exit 1 when the bar is missed."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["BACKCARE_DESKTOP_STARTUP_MARK"] = "exit"
    # An installed app runs from compiled bytecode (pip compiles at install time); let the
    # warm-up run write it, as a user's first start would.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    app_times, bare_times, loaded_times = [], [], []
    with tempfile.TemporaryDirectory() as data:
        app = [sys.executable, "-m", "backcare_desktop", "--data-dir", str(Path(data) / "d")]
        bare = [sys.executable, "-c", BARE_WINDOW]
        time_to_ready(app, env)  # first run: create the data folders and sound cache
        for _ in range(RUNS):
            marks = time_to_marks(app, env)
            app_times.append(marks["startup-ready"])
            loaded_times.append(marks["startup-loaded"])
            bare_times.append(time_to_ready(bare, env))
    app_median = statistics.median(app_times)
    bare_median = statistics.median(bare_times)
    ratio = app_median / bare_median
    print(f"start-up ({env['QT_QPA_PLATFORM']}, {RUNS} runs each, median)")
    print(
        f"  bare PySide6 window: {bare_median * 1000:7.0f} ms  "
        f"(min {min(bare_times) * 1000:.0f}, max {max(bare_times) * 1000:.0f})"
    )
    print(
        f"  backcare-desktop:    {app_median * 1000:7.0f} ms  "
        f"(min {min(app_times) * 1000:.0f}, max {max(app_times) * 1000:.0f})"
    )
    print(f"  history and sounds loaded too: {statistics.median(loaded_times) * 1000:7.0f} ms")
    print(f"  ratio: {ratio:.2f}x (bar: at most {BAR}x) -> {'ok' if ratio <= BAR else 'MISSED'}")
    return 0 if ratio <= BAR else 1


if __name__ == "__main__":
    sys.exit(main())
