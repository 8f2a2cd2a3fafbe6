"""Qt's messages into the log, and a dialog for an exception nothing caught (in any thread).

PySide6 hands an exception raised in a slot to ``sys.excepthook`` and carries on; a worker
thread's goes to ``threading.excepthook``. :class:`CrashReporter` takes both: it logs the
traceback and shows a ``CrashDialog`` (in the GUI thread; ``ui/crash_dialog.py``, imported only
when it is needed) saying what happened, where the log is, with a report to copy. The history
is written as the workout goes, so what was recorded before the error stays in the database
whatever the user does next.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import PySide6
from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
    qVersion,
)

from backcare_desktop import APP_NAME, __version__
from backcare_desktop.diagnostics import environment

if TYPE_CHECKING:
    from backcare_desktop.ui.crash_dialog import CrashDialog  # imported when a crash happens

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]
ThreadExceptHook = Callable[[threading.ExceptHookArgs], Any]

QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def route_qt_messages() -> None:
    """Send Qt's messages (warnings from plugins, QML errors...) to the log, as logger ``qt``."""
    qInstallMessageHandler(log_qt_message)


def log_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's message handler: one log record per message, logger ``qt`` or Qt's category."""
    category = context.category or "default"
    if category == "default":
        name = "qt"
    else:
        name = category if category.startswith("qt.") else f"qt.{category}"
    logger = logging.getLogger(name)
    logger.log(QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def crash_report(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None, thread: str
) -> str:
    """The text a user can paste into a bug report: versions, thread and traceback."""
    return "".join(
        [
            f"{APP_NAME} {__version__}\n",
            f"{environment()}\n",
            f"Qt {qVersion()}, PySide6 {PySide6.__version__}\n",
            f"Thread: {thread}\n\n",
            *traceback.format_exception(kind, error, trace),
        ]
    )


class CrashReporter(QObject):
    """Takes the uncaught exceptions of every thread between :meth:`install` and
    :meth:`uninstall`: logs each with its traceback and shows it in one :class:`CrashDialog`."""

    _caught = Signal(str, str)  # summary, report: queued into the GUI thread

    def __init__(self, log_file: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.dialog: CrashDialog | None = None
        self.dialog_failed = False
        self._previous: tuple[ExceptHook, ThreadExceptHook] | None = None
        self._caught.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        """Become ``sys.excepthook`` and ``threading.excepthook``."""
        if self._previous is None:
            self._previous = (sys.excepthook, threading.excepthook)
            sys.excepthook = self._on_exception
            threading.excepthook = self._on_thread_exception

    def uninstall(self) -> None:
        """Put the previous hooks back."""
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def report(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
        thread: str,
    ) -> None:
        """Log the exception and show it (from any thread)."""
        log.critical("uncaught exception in thread %s", thread, exc_info=(kind, error, trace))
        summary = "".join(traceback.format_exception_only(kind, error)).strip()
        self._caught.emit(summary, crash_report(kind, error, trace, thread))

    def _on_exception(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        self.report(kind, error, trace, threading.current_thread().name)

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return  # a thread ending with sys.exit() is not an error (as in Python's own hook)
        thread = args.thread.name if args.thread is not None else "unknown"
        self.report(args.exc_type, args.exc_value, args.exc_traceback, thread)

    def _show(self, summary: str, report: str) -> None:
        if self.dialog_failed:
            return  # logged; another dialog could only fail again
        try:
            self._show_dialog(summary, report)
        except Exception:  # the dialog itself broke: log it, never loop through the hook
            self.dialog_failed = True
            log.exception("the crash dialog could not be shown")

    def _show_dialog(self, summary: str, report: str) -> None:
        from PySide6.QtWidgets import QApplication

        from backcare_desktop.ui.crash_dialog import CrashDialog

        if self.dialog is None:
            self.dialog = CrashDialog(self.log_file, QApplication.activeWindow())
            self.dialog.finished.connect(self._forget_dialog)
        self.dialog.add(summary, report)
        if self.dialog.isVisible():
            self.dialog.raise_()
        else:
            self.dialog.show()

    def _forget_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
