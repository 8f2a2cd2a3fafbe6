"""Start-up time to an interactive routine list, against a bare PySide6 window.

Each is started the same way in the same run, alternating, several times: a fresh Python
process from ``subprocess`` launch to the moment its event loop is idle with the window shown
(the app prints ``startup-ready`` then, see ``BACKCARE_DESKTOP_STARTUP_MARK``). All run from
compiled bytecode, as installed software does.

The bare window (a main window with a list) comes in two forms:

* **same imports** (the bar): it first runs the ``from PySide6.… import …`` statements of the
  app's modules loaded by the mark (module level, found in their source). Since PySide6 6.8
  loads each class lazily, importing a name is what costs: ``from PySide6.QtCore import Qt``
  alone builds the Qt namespace's hundred enums (about 20 ms here), which every window that
  aligns a label pays;
* **same modules**: it only imports the Qt modules the app has loaded by the mark, touching
  none of their classes beyond what the window needs (the baseline of earlier rounds).

Bar: the app within 1.5x the bare window with the same imports. The app loads what its first
frame does not need (the history database, the cue sounds and the audio device) right after
that frame; the time until that is done (``startup-loaded``) is printed too, for information.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7
BAR = 1.5
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
MODULES_AT_READY = """
import json, os, sys
from backcare_desktop import app
from backcare_desktop.ui import gui
def mark(name):
    if name == "startup-ready":
        print(json.dumps(sorted(m for m in sys.modules if m.startswith("backcare_desktop"))))
        sys.stdout.flush()
        os._exit(0)
gui._print_mark = mark
app.main(sys.argv[1:])
"""
"""Run the app and print its own modules loaded at the ready mark (then stop)."""


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


def pyside_imports(modules: list[str]) -> dict[str, set[str]]:
    """The names each of ``modules`` imports from PySide6 at module level, by Qt module."""
    names: dict[str, set[str]] = {}
    for module in modules:
        spec = importlib.util.find_spec(module)
        if spec is None or spec.origin is None or not spec.origin.endswith(".py"):
            continue
        for node in ast.parse(Path(spec.origin).read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                names.setdefault(str(node.module), set()).update(a.name for a in node.names)
    return names


def bare_window_with(imports: dict[str, set[str]]) -> str:
    """The bare window's script, preceded by ``imports``."""
    lines = [f"from {module} import {', '.join(sorted(imports[module]))}" for module in imports]
    return "\n".join(sorted(lines)) + "\n" + BARE_WINDOW


def median_ms(times: list[float]) -> str:
    """``times``' median, minimum and maximum, in milliseconds."""
    return (
        f"{statistics.median(times) * 1000:7.0f} ms  "
        f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f})"
    )


def main() -> int:
    """Measure and print the figures; exit 1 when the bar is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS, help="runs of each (default %(default)s)")
    runs = parser.parse_args().runs
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["BACKCARE_DESKTOP_STARTUP_MARK"] = "exit"
    # An installed app runs from compiled bytecode (pip compiles at install time); let the
    # warm-up run write it, as a user's first start would.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    app_times: list[float] = []
    loaded_times: list[float] = []
    same_imports_times: list[float] = []
    same_modules_times: list[float] = []
    with tempfile.TemporaryDirectory() as data:
        data_dir = ["--data-dir", str(Path(data) / "d")]
        app = [sys.executable, "-m", "backcare_desktop", *data_dir]
        time_to_ready(app, env)  # first run: create the data folders and sound cache
        found = subprocess.run(
            [sys.executable, "-c", MODULES_AT_READY, *data_dir],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        imports = pyside_imports(json.loads(found.stdout.splitlines()[-1]))
        same_imports = [sys.executable, "-c", bare_window_with(imports)]
        same_modules = [sys.executable, "-c", BARE_WINDOW]
        for _ in range(runs):
            marks = time_to_marks(app, env)
            app_times.append(marks["startup-ready"])
            loaded_times.append(marks["startup-loaded"])
            same_imports_times.append(time_to_ready(same_imports, env))
            same_modules_times.append(time_to_ready(same_modules, env))
    app_median = statistics.median(app_times)
    ratio = app_median / statistics.median(same_imports_times)
    print(f"start-up ({env['QT_QPA_PLATFORM']}, {runs} runs each, median)")
    count = sum(len(names) for names in imports.values())
    print(f"  bare window, same imports ({count} names): {median_ms(same_imports_times)}")
    print(f"  bare window, same Qt modules only: {median_ms(same_modules_times)}")
    print(f"  backcare-desktop: {median_ms(app_times)}")
    print(f"  history and sounds loaded too: {statistics.median(loaded_times) * 1000:7.0f} ms")
    print(
        f"  ratio to the same modules only: "
        f"{app_median / statistics.median(same_modules_times):.2f}x (for information)"
    )
    print(f"  ratio: {ratio:.2f}x (bar: at most {BAR}x) -> {'ok' if ratio <= BAR else 'MISSED'}")
    print(f"  load average: {os.getloadavg()[0]:.2f}")
    return 0 if ratio <= BAR else 1


if __name__ == "__main__":
    sys.exit(main())
