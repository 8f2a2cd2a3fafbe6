"""Importing runs off the GUI thread: a QThread reads the files (in worker processes), the GUI
thread stores the result in one transaction.

Cancel stops between chunks of files; nothing has been written by then, so a cancelled import
leaves nothing behind. The database is only ever touched from the GUI thread.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from backcare_desktop.core.runs import (
    ImportPlan,
    ImportSummary,
    Known,
    default_workers,
    prepare_import,
)
from backcare_desktop.storage.db import describe_error
from backcare_desktop.storage.runs_store import ActivityStore
from backcare_desktop.ui.i18n import localized


class _ReadThread(QThread):
    """Discovers, reads and deduplicates; emits :attr:`planned` (None when cancelled)."""

    progressed = Signal(int, int)
    planned = Signal(object)

    def __init__(self, paths: list[Path], known: list[Known], workers: int) -> None:
        super().__init__()
        self._paths = paths
        self._known = known
        self._workers = workers
        self.stop = threading.Event()
        self.error = ""

    def run(self) -> None:
        """Runs in the thread."""
        try:
            plan = prepare_import(
                self._paths,
                self._known,
                workers=self._workers,
                progress=self.progressed.emit,
                cancelled=self.stop.is_set,
            )
        except Exception as error:
            self.error = str(error) or type(error).__name__
            plan = None
        self.planned.emit(plan)


class RunImporter(QObject):
    """One import at a time: :meth:`start`, :meth:`cancel`, and signals for the panel.

    ``progressed(done, total)``; ``finished(summary)`` after storing; ``cancelled()``;
    ``failed(message)`` when reading or storing failed (nothing stored).
    """

    progressed = Signal(int, int)
    finished = Signal(object)
    cancelled = Signal()
    failed = Signal(str)

    def __init__(
        self,
        store: ActivityStore,
        now: Callable[[], datetime],
        workers: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.now = now
        self.workers = default_workers() if workers is None else workers
        self._thread: _ReadThread | None = None
        app = QCoreApplication.instance()
        if app is not None:  # never leave a reading thread running at exit
            app.aboutToQuit.connect(self.wait)

    @property
    def busy(self) -> bool:
        """True while an import is reading."""
        return self._thread is not None

    def start(self, paths: list[Path]) -> bool:
        """Start importing ``paths``; False when an import is already running."""
        if self._thread is not None:
            return False
        thread = _ReadThread(paths, self.store.known(), self.workers)
        thread.progressed.connect(self.progressed)
        thread.planned.connect(self._planned)
        self._thread = thread
        thread.start()
        return True

    def cancel(self) -> None:
        """Stop reading; nothing is stored."""
        if self._thread is not None:
            self._thread.stop.set()

    def wait(self, timeout_ms: int = 60_000) -> None:
        """Cancel and wait for the reading thread to end (at exit); nothing is stored."""
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.planned.disconnect(self._planned)
            thread.stop.set()
            thread.wait(timeout_ms)
            thread.deleteLater()

    def _planned(self, plan: ImportPlan | None) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.wait()
            thread.deleteLater()
        if plan is None:
            if thread is not None and thread.error:
                self.failed.emit(thread.error)
            else:
                self.cancelled.emit()
            return
        try:
            summary: ImportSummary = self.store.commit_plan(plan, self.now())
        except sqlite3.Error as error:
            self.failed.emit(localized(describe_error(error)))
            return
        self.finished.emit(summary)
