"""``--self-test``: load every part once, as a user's first minute would, and report.

Used by the packaging smoke test: a bundle that misses a module, a resource or a Qt plugin fails
here with the reason, instead of in front of a user. Qt warnings count as failures.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from backcare_desktop.core.timeline_texts import CueKind
from backcare_desktop.ui.main_window import MainWindow

QtMessageHandler = Callable[[QtMsgType, QMessageLogContext, str], object]

IGNORED_WARNINGS = (
    "This plugin does not support propagateSizeHints",  # the offscreen platform
    "QRhiGles2: Failed to create",  # Qt Graphs' OpenGL probe where there is no OpenGL
    "pipewire",  # Qt Multimedia probes for PipeWire; PulseAudio or ALSA serve instead
    "Couldn't load va",  # ... and for VA-API (video decoding): the app plays no video
    "Couldn't resolve va",
    "pa_context_connect() failed",  # no sound server: the app says so and plays nothing
)
"""Messages about the machine, not the app: the app handles each of these situations."""


@dataclass
class SelfTest:
    """Collects failed checks and Qt warnings."""

    failures: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    previous_handler: QtMessageHandler | None = None
    """The Qt message handler before the self-test's (the log's): messages still go there."""

    def check(self, what: str, probe: Callable[[], object]) -> None:
        """Run ``probe``; a falsy result or an exception is a failure named ``what``."""
        try:
            result = probe()
        except Exception as error:  # report every kind of breakage, with its reason
            self.failures.append(f"{what}: {type(error).__name__}: {error}")
            return
        if not result:
            self.failures.append(f"{what}: failed")

    def run(self, what: str, action: Callable[[], None]) -> None:
        """Run ``action``; an exception is a failure named ``what``."""

        def probe() -> bool:
            action()
            return True

        self.check(what, probe)

    def on_qt_message(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        """Qt's message handler: keep warnings and worse, and pass every message on."""
        if self.previous_handler is not None:
            self.previous_handler(kind, context, message)
        if (
            kind != QtMsgType.QtDebugMsg
            and kind != QtMsgType.QtInfoMsg
            and not any(ignored in message for ignored in IGNORED_WARNINGS)
        ):
            self.warnings.append(message)


def start_self_test() -> SelfTest:
    """Collect Qt warnings from now on (call right after creating the QApplication)."""
    test = SelfTest()
    test.previous_handler = qInstallMessageHandler(test.on_qt_message)
    return test


def run_self_test(test: SelfTest, app: QApplication, window: MainWindow) -> int:
    """Check the main window, routines, sounds, history and history view; print the result."""
    services = window.services
    try:
        test.check(
            "routines",
            lambda: (
                services.library.entries()
                and not [entry for entry in services.library.entries() if not entry.routine.moves]
            ),
        )
        test.check("app icon", lambda: not window.windowIcon().isNull())
        test.check("routine list", lambda: window.picker.proxy.rowCount() > 0)
        test.check(
            "cue sounds",
            lambda: (
                services.player is not None
                and all(path.is_file() for path in services.prepared_sounds.values())
                and set(services.prepared_sounds) == set(CueKind)
            ),
        )
        test.check("history", lambda: services.history is not None)
        test.check("history view", window.open_history)
        app.processEvents()
        test.run("back to the list", window.show_picker)
        app.processEvents()
    finally:
        qInstallMessageHandler(test.previous_handler)
    problems = test.failures + [f"Qt warning: {message}" for message in test.warnings]
    for problem in problems:
        print(f"self-test: {problem}")
    print("self-test: ok" if not problems else f"self-test: {len(problems)} problem(s)")
    return 0 if not problems else 1
