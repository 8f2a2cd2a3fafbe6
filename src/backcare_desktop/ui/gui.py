"""Builds the QApplication once, wires the parts and runs the event loop."""

from __future__ import annotations

import os
import sys

from PySide6.QtWidgets import QApplication

from backcare_desktop import APP_NAME, __version__
from backcare_desktop.core.clock import SystemClock
from backcare_desktop.core.library import RoutineLibrary
from backcare_desktop.core.routine import Routine
from backcare_desktop.paths import AppPaths
from backcare_desktop.resources import routines_dir
from backcare_desktop.settings import SettingsStore
from backcare_desktop.ui.main_window import MainWindow
from backcare_desktop.ui.services import Services
from backcare_desktop.ui.theme import apply_theme

CUE_LOG_VARIABLE = "BACKCARE_DESKTOP_CUE_LOG"
"""Set to a file path to log every cue (JSON lines) for timing measurements."""


def create_application() -> QApplication:
    """The QApplication, created once."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Backcare")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    return app


def build_services(paths: AppPaths) -> Services:
    """Everything the windows need, read from ``paths``."""
    notices = []
    try:
        paths.ensure()
    except OSError as error:
        notices.append(
            f"Could not create the data folders under {paths.data_dir} ({error.strerror}); "
            "nothing can be saved this time."
        )
    cue_log_path = os.environ.get(CUE_LOG_VARIABLE)
    return Services(
        paths=paths,
        library=RoutineLibrary(routines_dir(), paths.routines_dir),
        settings=SettingsStore(paths.settings_file),
        clock=SystemClock(),
        startup_notices=notices,
        cue_log=open(cue_log_path, "a", encoding="utf-8") if cue_log_path else None,
    )


def run_gui(
    paths: AppPaths,
    start: Routine | None = None,
    voice: bool | None = None,
    self_test: bool = False,
) -> int:
    """Open the main window (and start ``start`` at once) and run until it closes.

    ``voice`` overrides the voice setting for this run (``--voice`` / ``--no-voice``).
    """
    app = create_application()
    services = build_services(paths)
    services.voice_override = voice
    apply_theme(app, services.settings.value.theme)
    window = MainWindow(services)
    window.show()
    services.open_history()
    window.history_ready()
    services.load_audio()
    window.audio_ready()
    if self_test:
        from backcare_desktop.ui.self_test import run_self_test

        try:
            return run_self_test(app, window)
        finally:
            window.close()
            services.close()
    if start is not None:
        window.run_routine(start)
    try:
        return app.exec()
    finally:
        services.close()
