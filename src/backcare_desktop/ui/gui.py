"""Builds the QApplication once, wires the parts and runs the event loop."""

from __future__ import annotations

import importlib
import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from backcare_desktop import APP_NAME, __version__
from backcare_desktop.core.clock import SystemClock
from backcare_desktop.core.library import RoutineLibrary
from backcare_desktop.core.routine import Routine, routine_to_dict
from backcare_desktop.diagnostics import start_logging
from backcare_desktop.paths import AppPaths
from backcare_desktop.resources import routines_dir
from backcare_desktop.settings import SettingsStore
from backcare_desktop.startup_collection import startup_collection
from backcare_desktop.storage.programme_peek import followed_programme
from backcare_desktop.ui.crash import CrashReporter, route_qt_messages
from backcare_desktop.ui.i18n import install_translations
from backcare_desktop.ui.main_window import MainWindow
from backcare_desktop.ui.quit_signals import quit_on_signals
from backcare_desktop.ui.self_test import run_self_test, start_self_test
from backcare_desktop.ui.services import Services
from backcare_desktop.ui.single_instance import (
    InstanceServer,
    RequestRefusedError,
    claim_instance,
    server_name,
)
from backcare_desktop.ui.theme import apply_theme

HISTORY_WARM_UP_MS = 1500
"""How long after start-up the history's charts are prepared (see :func:`warm_up_history`)."""
HISTORY_WARM_UP_RETRY_MS = 30_000
"""When a workout runs then (or the window is in the tray), how long until the next try."""
STARTUP_MARK_VARIABLE = "BACKCARE_DESKTOP_STARTUP_MARK"
"""Set to print ``startup-ready <monotonic ns>`` once the window is usable and
``startup-loaded <monotonic ns>`` once the history and the sounds have loaded too (``exit``:
then quit)."""
CUE_LOG_VARIABLE = "BACKCARE_DESKTOP_CUE_LOG"
"""Set to a file path to log every cue (JSON lines) for timing measurements."""


def create_application() -> QApplication:
    """The QApplication, created once."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
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
    ask: bool = True,
    debug: bool = False,
    minimised: bool = False,
) -> int:
    """:func:`open_window` with logging to ``paths.log_file`` (and Qt's messages, and everything
    on the terminal too with ``debug``); an uncaught exception shows a :class:`CrashDialog`."""
    logs = start_logging(paths.log_file, debug)
    route_qt_messages()
    reporter = CrashReporter(logs.log_file, create_application())
    reporter.install()
    try:
        return open_window(paths, start, voice, self_test, ask, minimised, logs.rotate)
    finally:
        reporter.uninstall()
        logs.stop()


def open_window(
    paths: AppPaths,
    start: Routine | None = None,
    voice: bool | None = None,
    self_test: bool = False,
    ask: bool = True,
    minimised: bool = False,
    after_first_frame: Callable[[], object] = lambda: None,
) -> int:
    """Open the main window (and start ``start`` at once) and run until it closes.

    ``ask`` False skips the pain question before ``start`` (``--no-ask``).

    The window is shown first; the history and the sounds load right after, from the event
    loop. ``voice`` overrides the voice setting for this run (``--voice`` / ``--no-voice``).
    ``minimised`` starts with the window hidden in the tray (minimised where there is no tray).
    ``after_first_frame`` runs first thing after the first frame (the log file's rotation).
    """
    app = create_application()
    request = {"routine": routine_to_dict(start), "ask": ask} if start is not None else {}
    if self_test:
        instance: InstanceServer | None = InstanceServer(None, app)
    else:
        try:
            instance = claim_instance(server_name(paths.data_dir), request, app)
        except RequestRefusedError as refused:
            print(f"backcare-desktop: {refused}", file=sys.stderr)
            return 1
    if instance is None:
        return 0  # the running instance takes it from here
    checks = start_self_test() if self_test else None
    services = build_services(paths)
    services.language = install_translations(app)
    services.voice_override = voice
    apply_theme(app, services.settings.value.theme)
    followed = followed_programme(paths.history_db)  # the first frame is then Today
    window = MainWindow(services, pictures_later=True, followed=followed)
    instance.request_received.connect(lambda _request: window.show())  # also when in the tray
    instance.request_received.connect(window.handle_request)
    show_window(window, minimised)
    quit_on_signals(app, window.close)  # SIGTERM/SIGINT: like closing the window
    result: list[int] = []

    def first_frame() -> None:
        """The list (or Today) is on screen and takes input; what it does not need loads next."""
        _print_mark("startup-ready")
        startup_collection.resume()
        QTimer.singleShot(0, finish_startup)

    def finish_startup() -> None:
        after_first_frame()
        window.load_deferred()
        services.open_history()
        window.history_ready()
        player = services.load_audio()
        window.audio_ready()
        if checks is not None:
            result.append(run_self_test(checks, app, window))
            window.close()
            return
        if start is not None:
            routine = services.localized(start)

            def start_when_free() -> None:
                if not window.workout_active():  # the user may have started one meanwhile
                    window.start_routine(routine, ask)

            player.when_warm(start_when_free)
        startup_collection.set_aside()  # what start-up loaded lives as long as the app
        _mark_loaded(app)
        QTimer.singleShot(HISTORY_WARM_UP_MS, lambda: warm_up_history(window))

    QTimer.singleShot(0, first_frame)  # after the events of showing the window
    try:
        code = app.exec()
    finally:
        instance.close()
        services.close()
    return result[0] if result else code


def warm_up_history(window: MainWindow) -> None:
    """In idle time after start-up, in two steps with the event loop running between them (a
    click waits for one step at most): import the history and prepare its charts
    (:func:`~backcare_desktop.ui.history_charts.warm_up`, about 100 to 200 ms on the GUI
    thread), then build the history view, hidden (:meth:`MainWindow.prepare_history`: its
    figures read, its table ordered, its QML scene made), and paint it once off screen
    (:meth:`HistoryView.paint_ahead`), about 100 to 130 ms. Opening the history then only
    shows it. Not while a workout runs (its cues must not wait), nor while the window is
    hidden in the tray (it would hold about 30 MB more for reminders alone), nor while no
    session is stored (an empty history draws no charts, and preparing them loads the graphics
    driver: on software OpenGL about 90 MB more during a new user's first workout): then it
    tries again later. Nothing once the history has been opened, or without a history."""
    store = window.services.history
    if window.history_view is not None or store is None:
        return
    if window.workout_active() or not window.isVisible() or not store.has_sessions():
        QTimer.singleShot(HISTORY_WARM_UP_RETRY_MS, lambda: warm_up_history(window))
        return
    importlib.import_module("backcare_desktop.ui.history_view")
    history_charts = importlib.import_module("backcare_desktop.ui.history_charts")
    if not history_charts.ChartsWarmUp.done:
        history_charts.warm_up()
        QTimer.singleShot(0, lambda: warm_up_history(window))
        return
    view = window.prepare_history()
    if view is not None:
        view.paint_ahead(window.stack.size())
    startup_collection.set_aside()  # the history's modules and view, loaded for good


def show_window(window: MainWindow, minimised: bool) -> None:
    """Show the window, or with ``minimised`` leave it in the tray (its menu shows it)."""
    if not minimised:
        window.show()
    elif window.tray.available:
        window.tray.icon.show()
    else:
        window.showMinimized()


def _print_mark(name: str) -> None:
    """With ``BACKCARE_DESKTOP_STARTUP_MARK`` set, print ``name`` and the time (benchmarks)."""
    if os.environ.get(STARTUP_MARK_VARIABLE):
        print(f"{name} {time.monotonic_ns()}", flush=True)


def _mark_loaded(app: QApplication) -> None:
    """Print ``startup-loaded`` once the events queued by loading are handled; quit with
    ``BACKCARE_DESKTOP_STARTUP_MARK=exit``."""
    mark = os.environ.get(STARTUP_MARK_VARIABLE)
    if not mark:
        return

    def loaded() -> None:
        _print_mark("startup-loaded")
        if mark == "exit":
            app.quit()

    QTimer.singleShot(0, loaded)
