"""Logging for the window app: a rotating log file, the terminal, and faulthandler.

Qt-free: the Qt message handler and the crash dialog are in ``ui/crash.py`` and
``ui/crash_dialog.py``. Until the window's first frame the file is appended to plainly; then
(:meth:`Logging.rotate`, or at once when a record would need the file rotated) the rotating
handler of ``log_rotation.py`` takes over the same file, so no record is held back or lost.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from backcare_desktop import APP_NAME, __version__

MAX_LOG_BYTES = 1_000_000
"""A log file is rotated when it would grow past this."""
LOG_BACKUPS = 3
"""Rotated parts kept besides the current file (.1 is the newest)."""
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

log = logging.getLogger(__name__)


class _LogFile(logging.Handler):
    """The log file: appended to plainly until :meth:`rotate`, then a rotating file.

    faulthandler writes into whichever stream is current, from the start.
    """

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._plain: TextIO | None = open(path, "a", encoding="utf-8")  # noqa: SIM115
        self._target: logging.Handler = logging.StreamHandler(self._plain)
        faulthandler.enable(self._plain, all_threads=True)

    @property
    def rotating(self) -> bool:
        """True once the rotating handler has taken over."""
        return self._plain is None

    def setFormatter(self, fmt: logging.Formatter | None) -> None:
        """Format for both the plain and the rotating file."""
        super().setFormatter(fmt)
        self._target.setFormatter(fmt)

    def emit(self, record: logging.LogRecord) -> None:
        """Write ``record``; a record that would take the file past its size rotates first
        (exactly when the rotating handler would have)."""
        if self._plain is not None:
            try:
                size = self._plain.tell() + len(self.format(record)) + 1  # and its newline
            except (OSError, ValueError):  # a stream that cannot tell: let rotation decide
                size = MAX_LOG_BYTES
            if size >= MAX_LOG_BYTES:
                self.rotate()
        self._target.emit(record)

    def rotate(self) -> None:
        """Hand the file to the rotating handler (after the first frame; safe to call twice)."""
        from backcare_desktop.log_rotation import RotatingLog

        self.acquire()  # no record is written while the file changes hands
        try:
            plain = self._plain
            if plain is None:
                return
            try:
                rotating = RotatingLog(
                    self.path, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
                )
            except OSError:  # the file cannot be opened again: keep appending to it plainly
                return
            rotating.setFormatter(self.formatter)
            if rotating.stream is not None:  # always: the constructor opened it (delay=False)
                faulthandler.enable(rotating.stream, all_threads=True)
            self._target, self._plain = rotating, None
            plain.close()
        finally:
            self.release()

    def close(self) -> None:
        """Close the file."""
        self._target.close()
        if self._plain is not None:
            self._plain.close()
        super().close()


@dataclass
class Logging:
    """What :func:`start_logging` set up; :meth:`stop` undoes it (tests, and the app's end)."""

    log_file: Path | None
    """None when the file could not be opened: then the terminal gets everything."""
    handlers: list[logging.Handler]
    previous_level: int
    faulthandler_was_on: bool
    """Whether faulthandler was on (to standard error) before: :meth:`stop` puts it back."""

    def rotate(self) -> None:
        """After the first frame: the rotating file takes over (see the module docstring)."""
        for handler in self.handlers:
            if isinstance(handler, _LogFile):
                handler.rotate()

    def stop(self) -> None:
        """Remove and close the handlers; faulthandler goes back to standard error if it was
        on before (a crash after this, while the app tears down, is still reported)."""
        root = logging.getLogger()
        root.setLevel(self.previous_level)
        faulthandler.disable()  # before its file closes
        for handler in self.handlers:
            root.removeHandler(handler)
            handler.close()
        if self.faulthandler_was_on and sys.__stderr__ is not None:
            faulthandler.enable(sys.__stderr__, all_threads=True)


def start_logging(log_file: Path, debug: bool = False) -> Logging:
    """Log to ``log_file`` (rotated; INFO and up, everything with ``debug``) and to standard
    error (warnings and up, everything with ``debug``); faulthandler dumps a hard crash's
    tracebacks into the same file. When the file cannot be opened, standard error gets INFO and
    up and the reason is logged there."""
    root = logging.getLogger()
    previous_level = root.level
    faulthandler_was_on = faulthandler.is_enabled()
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    formatter = logging.Formatter(FORMAT)
    terminal = logging.StreamHandler(sys.stderr)
    terminal.setFormatter(formatter)
    handlers: list[logging.Handler] = [terminal]
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        file_handler = _LogFile(log_file)
    except OSError as error:
        terminal.setLevel(logging.DEBUG if debug else logging.INFO)
        root.addHandler(terminal)
        log.warning("cannot write the log file %s (%s): logging here only", log_file, error)
        return Logging(None, handlers, previous_level, faulthandler_was_on)
    terminal.setLevel(logging.DEBUG if debug else logging.WARNING)
    file_handler.setFormatter(formatter)
    handlers.append(file_handler)
    for handler in handlers:
        root.addHandler(handler)
    log.info("%s %s started: %s", APP_NAME, __version__, environment())
    return Logging(log_file, handlers, previous_level, faulthandler_was_on)


def environment() -> str:
    """Python, the system and its C library in one line, for the log and crash reports.

    Read from ``os`` (``platform.platform()`` would read the whole Python binary to find the C
    library: too slow for the start).
    """
    system = os.uname()
    libc = ""
    with contextlib.suppress(ValueError, OSError):  # no such name outside glibc
        libc = os.confstr("CS_GNU_LIBC_VERSION") or ""
    python = ".".join(str(part) for part in sys.version_info[:3])
    text = f"Python {python} on {system.sysname} {system.release} {system.machine}"
    return f"{text}, {libc}" if libc else text
