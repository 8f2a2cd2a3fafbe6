"""SIGTERM and SIGINT end the app like closing its window, not like ``kill -9``.

Python runs signal handlers only between bytecodes, which never happens while Qt's event loop
waits. The handler's wake-up byte goes to a pipe that a QSocketNotifier watches, so the
event loop wakes at once and closes the window (a running workout is saved as stopped), then
quits (the single-instance socket is removed on the way out).
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier

QUIT_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class _SignalWatcher(QObject):
    """Owns the pipe and the notifier; lives as long as the application."""

    def __init__(self, app: QCoreApplication, before_quit: Callable[[], object]) -> None:
        super().__init__(app)
        self._app = app
        self._before_quit = before_quit
        # A pipe, not a socket pair: the socket module is not loaded before the first frame.
        self._reader, self._writer = os.pipe()
        for end in (self._reader, self._writer):
            os.set_blocking(end, False)
        self._notifier = QSocketNotifier(self._reader, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)
        signal.set_wakeup_fd(self._writer, warn_on_full_buffer=False)
        self._previous = {
            number: signal.signal(number, lambda *_: None)  # the wake-up byte does the work
            for number in QUIT_SIGNALS
        }
        app.aboutToQuit.connect(self._restore)

    def _woken(self) -> None:
        received = b""
        with contextlib.suppress(OSError):
            received = os.read(self._reader, 64)
        if not any(byte in {int(number) for number in QUIT_SIGNALS} for byte in received):
            return
        self._before_quit()
        self._app.quit()

    def _restore(self) -> None:
        signal.set_wakeup_fd(-1)
        for number, handler in self._previous.items():
            signal.signal(number, handler)


def quit_on_signals(app: QCoreApplication, before_quit: Callable[[], object]) -> None:
    """On SIGTERM or SIGINT, call ``before_quit`` (e.g. close the window), then quit."""
    _SignalWatcher(app, before_quit)
