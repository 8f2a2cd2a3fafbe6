"""Workout CPU after the history was opened: does the main window stay cheap to repaint?

Run: ``.venv/bin/python benchmarks/bench_workout_after_history.py [--xvfb] [--seconds 15]``

A ``QQuickWidget`` anywhere in the main window made Qt compose the whole window through OpenGL
for the rest of the session; on software OpenGL (Mesa's llvmpipe, under Xvfb or on a machine
without a graphics driver) every repaint of a running workout then went through it. The charts
now draw in their own child window (``ui.quick_host``). Each case runs the real app in a fresh
process (``--no-voice --no-ask``, a few seeded sessions, window 1366x768): ``none`` starts
``pilates-for-the-spine`` from the list; ``history`` first opens the history (its charts drawn),
goes back, then starts the same workout. After 3 s of workout it measures the process's CPU
time (all threads) over ``--seconds`` and prints it with the main window's surface type
(``RasterSurface``: painted into its backing store; ``OpenGLSurface``: composed through
OpenGL). ``--xvfb`` starts an Xvfb server and runs on ``xcb``; otherwise ``QT_QPA_PLATFORM``
(``offscreen`` unless set), where there is no OpenGL and both cases paint the same way.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench_history_view import _load, _start_xvfb

CHILD_FLAG = "--child"
ROUTINE = "pilates-for-the-spine"
CASES = ("none", "history")


def _child(case: str, seconds: float) -> None:
    """Run the app, drive it as ``case`` says, print one JSON line of figures, quit."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from seed_history import seed

    from backcare_desktop.app import main
    from backcare_desktop.ui import gui

    data = Path(tempfile.mkdtemp(prefix="bench-workout-history-"))
    seed(data / "history.sqlite3", 200)
    show_window = gui.show_window

    def drive(window: Any, minimised: bool) -> None:
        show_window(window, minimised)
        window.resize(1366, 768)
        steps = [(2500, lambda: case == "history" and window.open_history())]
        steps.append((1500, lambda: window.history_view and window.history_view.closed.emit()))
        steps.append((200, lambda: start(window)))
        steps.append((3000, lambda: measure(window)))
        delay = 0
        for wait, action in steps:
            delay += wait
            QTimer.singleShot(delay, action)

    def start(window: Any) -> None:
        entry = next(e for e in window.services.library.entries() if e.routine.id == ROUTINE)
        window.start_routine(window.services.localized(entry.routine), False)

    def measure(window: Any) -> None:
        cpu, wall = time.process_time(), time.monotonic()

        def done() -> None:
            share = 100 * (time.process_time() - cpu) / (time.monotonic() - wall)
            figures = {
                "cpu": share,
                "surface": window.windowHandle().surfaceType().name,
                "workout": window.workout_active(),
            }
            print(json.dumps(figures), flush=True)
            QApplication.exit(0)

        QTimer.singleShot(round(seconds * 1000), done)

    gui.show_window = drive
    main(["--data-dir", str(data), "--no-voice", "--no-ask"])


def main(argv: list[str] | None = None) -> int:
    """Measure each case in fresh processes and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--xvfb", action="store_true", help="run on xcb under a new Xvfb")
    parser.add_argument("--display", default=":98", help="display for --xvfb")
    args = parser.parse_args(argv)
    env = dict(os.environ)
    server = _start_xvfb(args.display) if args.xvfb else None
    if server is not None:
        env.update(DISPLAY=args.display, QT_QPA_PLATFORM="xcb")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        print(f"before: {_load()}")
        for case in CASES * args.runs:
            output = subprocess.run(
                [sys.executable, __file__, CHILD_FLAG, case, str(args.seconds)],
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
                check=True,
            )
            figures = json.loads(output.stdout.strip().splitlines()[-1])
            print(
                f"  {case:8} workout CPU {figures['cpu']:5.1f}% of one core over "
                f"{args.seconds:.0f} s; main window {figures['surface']}"
                + ("" if figures["workout"] else " (the workout was not running!)")
            )
        print(f"after:  {_load()} ({env['QT_QPA_PLATFORM']})")
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == CHILD_FLAG:
        _child(sys.argv[2], float(sys.argv[3]))
    else:
        sys.exit(main())
