"""The app's first frame loads only what it shows: the rest comes right after (issue 16, Speed)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

from backcare_desktop.paths import app_paths
from backcare_desktop.storage.db import open_database
from backcare_desktop.storage.programme_store import ProgrammeStore

# Runs the real app (``python -m backcare_desktop``) and lists the loaded modules at its two
# start-up marks: ``startup-ready`` (the list is on screen and takes input) and
# ``startup-loaded`` (the history, sounds and move pictures are loaded too).
DRIVER = """
import gc, os, sys
BASE = gc.get_freeze_count()  # not 0 everywhere (Python 3.12 starts with 375)
import backcare_desktop.ui.gui as gui
from PySide6.QtWidgets import QApplication
printed = gui._print_mark
def mark(name):
    printed(name)
    print(name, ",".join(sorted(sys.modules)), flush=True)
    window = next(w for w in QApplication.topLevelWidgets() if hasattr(w, "centre_widget"))
    print(name + "-page", type(window.centre_widget()).__name__, flush=True)
    print(name + "-gc", f"enabled={gc.isenabled()} set-aside={gc.get_freeze_count() - BASE}")
gui._print_mark = mark
from backcare_desktop.app import main
sys.argv[0] = "backcare-desktop"
sys.exit(main(sys.argv[1:]))
"""

DEFERRED = (
    "backcare_desktop.core.engine",  # the workout
    "backcare_desktop.core.enrolment",  # the programme's plan
    "backcare_desktop.core.figures.fileformat",  # the move pictures
    "backcare_desktop.core.timeline",
    "backcare_desktop.programme_cli",
    "backcare_desktop.storage.db",  # the history
    "backcare_desktop.ui.crash_dialog",
    "backcare_desktop.ui.feedback",
    "backcare_desktop.ui.figure_painter",
    "backcare_desktop.ui.help_dialogs",
    "backcare_desktop.ui.programme_dialogs",
    "backcare_desktop.ui.screensaver",
    "backcare_desktop.ui.settings_dialog",
    "backcare_desktop.ui.today_page",
    "backcare_desktop.ui.workout_session",
    "backcare_desktop.ui.workout_view",
    "PySide6.QtDBus",
    "_strptime",
    "importlib.resources",
    "logging.handlers",  # the log file rotates from the first frame on
    "socket",  # checking who is at the other end of the single-instance socket
    "platform",
    "hashlib",  # the single-instance name uses Qt's SHA-256
)
"""Loaded only after the first frame (or when first used)."""


def modules_at_marks(data_dir: Path) -> dict[str, set[str]]:
    """The modules loaded at ``startup-ready`` and at ``startup-loaded`` (and, as
    ``startup-ready-page``, the class of the page shown then; as ``startup-ready-gc``, the
    garbage collector's state)."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "BACKCARE_DESKTOP_STARTUP_MARK": "exit",
    }
    result = subprocess.run(
        [sys.executable, "-c", DRIVER, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        env=env,
    )
    marks = {}
    for line in result.stdout.splitlines():
        name, _, modules = line.partition(" ")
        if "," in modules or name.endswith("-page"):
            marks[name] = set(modules.split(","))
        elif name.endswith("-gc"):
            marks[name] = set(modules.split())
    return marks


def test_the_first_frame_defers_what_it_does_not_show(tmp_path: Path) -> None:
    marks = modules_at_marks(tmp_path / "data")
    ready, loaded = marks["startup-ready"], marks["startup-loaded"]
    assert {"backcare_desktop.ui.routine_list", "backcare_desktop.ui.main_window"} <= ready
    assert marks["startup-ready-page"] == {"RoutinePicker"}
    assert sorted(set(DEFERRED) & ready) == []
    # Right after the first frame: the history, the move pictures and the programme's plan.
    assert {
        "backcare_desktop.storage.db",
        "backcare_desktop.core.figures.fileformat",
        "backcare_desktop.ui.figure_painter",
        "backcare_desktop.core.enrolment",
        "logging.handlers",
    } <= loaded


def test_with_a_programme_followed_the_first_frame_is_today(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with open_database(app_paths(data).history_db, datetime.now) as db:
        ProgrammeStore(db).follow("back-on-track", date.today())
    marks = modules_at_marks(data)
    ready = marks["startup-ready"]
    assert marks["startup-ready-page"] == marks["startup-loaded-page"] == {"TodayPage"}
    # The placeholder needs the page and the programmes' titles, not the plan or the history.
    assert "backcare_desktop.ui.today_page" in ready
    assert sorted(set(DEFERRED) & ready) == ["backcare_desktop.ui.today_page"]


def test_garbage_collection_waits_for_the_first_frame(tmp_path: Path) -> None:
    """Start-up's long-lived objects are not scanned again and again: collection is off until
    the first frame, then on, and what start-up loaded is set aside (gc.freeze)."""
    marks = modules_at_marks(tmp_path / "data")
    assert marks["startup-ready-gc"] == {"enabled=False", "set-aside=0"}
    loaded = dict(item.split("=") for item in marks["startup-loaded-gc"])
    assert loaded["enabled"] == "True"
    assert int(loaded["set-aside"]) > 10_000
