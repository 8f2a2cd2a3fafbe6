"""One piece of work at a time on a worker thread; its outcome comes back on the GUI thread.

:class:`BackgroundWork` runs a plain function on a Python thread (a function that needs the
database opens its own connection: :mod:`backcare_desktop.storage.file_jobs`) and hands what
it returned, or the exception it raised as :class:`Failed`, to a callback on the thread that
owns the object, through a queued signal. The GUI thread never waits for the work, except in
:meth:`BackgroundWork.shutdown` at exit, which lets the work under way end (a transaction
commits or rolls back whole) rather than leave a thread running.

While work runs, the garbage collector's full collections are held off
(:class:`_FullCollections`): each visits every object alive while every thread waits, and with
ten years of history parsed (some million objects) that stopped the GUI thread for 150 ms, four
times in a restore.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal


@dataclass(frozen=True)
class Failed:
    """The outcome of work that raised ``error``."""

    error: Exception


Done = Callable[[Any], object]
"""Called on the owning thread with what the work returned, or :class:`Failed`."""


class _FullCollections:
    """Holds off the garbage collector's full (oldest generation) collections while any
    :meth:`held_off` block runs, in any thread; young collections go on as before."""

    NEVER = 2**30
    """A threshold the count of young collections never reaches."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._holders = 0
        self._threshold = 0

    @contextlib.contextmanager
    def held_off(self) -> Iterator[None]:
        """The block runs without full collections; the first block in sets the threshold
        aside, the last one out puts it back."""
        with self._lock:
            if not self._holders:
                young, middle, self._threshold = gc.get_threshold()
                gc.set_threshold(young, middle, self.NEVER)
            self._holders += 1
        try:
            yield
        finally:
            with self._lock:
                self._holders -= 1
                if not self._holders:
                    young, middle, _ = gc.get_threshold()
                    gc.set_threshold(young, middle, self._threshold)


FULL_COLLECTIONS = _FullCollections()


class BackgroundWork(QObject):
    """Runs one function at a time off the GUI thread (see the module docstring).

    :attr:`busy_changed` is emitted with True when work starts, and with False just before
    its outcome is handed over (so the callback may start more).
    """

    busy_changed = Signal(bool)
    _ended = Signal(object, object)  # the outcome, the thread that made it

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._thread: threading.Thread | None = None
        self._done: Done | None = None
        self._ended.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        app = QCoreApplication.instance()
        if app is not None:  # never leave a thread running at exit
            app.aboutToQuit.connect(self.shutdown)

    @property
    def busy(self) -> bool:
        """True from :meth:`start` until the outcome is handed over."""
        return self._thread is not None

    def start(self, work: Callable[[], Any], done: Done) -> bool:
        """Run ``work()`` on a new thread, then ``done(outcome)`` on this object's thread.

        Returns False, starting nothing, while other work is under way.
        """
        if self._thread is not None:
            return False
        thread = threading.Thread(target=self._run, args=(work,), name=self.name)
        self._thread, self._done = thread, done
        thread.start()
        self.busy_changed.emit(True)
        return True

    def shutdown(self) -> None:
        """Wait for the work under way to end and drop its outcome (at exit; safe twice)."""
        thread, self._thread, self._done = self._thread, None, None
        if thread is not None:
            thread.join()

    def _run(self, work: Callable[[], Any]) -> None:
        """Runs on the worker thread."""
        try:
            with FULL_COLLECTIONS.held_off():
                outcome = work()
        except Exception as error:
            outcome = Failed(error)
        with contextlib.suppress(RuntimeError):  # the object is gone: nobody is waiting
            self._ended.emit(outcome, threading.current_thread())

    def _deliver(self, outcome: Any, thread: threading.Thread) -> None:
        if thread is not self._thread or self._done is None:
            return  # shut down meanwhile
        thread.join()  # it has nothing left to do but return
        done, self._thread, self._done = self._done, None, None
        self.busy_changed.emit(False)
        done(outcome)
