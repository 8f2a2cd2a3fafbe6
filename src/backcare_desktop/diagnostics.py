"""Logging for the window app: a rotating log file, the terminal, and faulthandler.

Qt-free: the Qt message handler and the crash dialog are in ``ui/crash.py`` and
``ui/crash_dialog.py``.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import os
import sys
from dataclasses import dataclass
from logging.handlers import RotatingFileHandler
from pathlib import Path

from backcare_desktop import APP_NAME, __version__

MAX_LOG_BYTES = 1_000_000
"""A log file is rotated when it would grow past this."""
LOG_BACKUPS = 3
"""Rotated parts kept besides the current file (.1 is the newest)."""
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

log = logging.getLogger(__name__)


class _LogFile(RotatingFileHandler):
    """The rotating file; faulthandler writes its dumps into whichever file is current."""

    def doRollover(self) -> None:
        super().doRollover()
        if self.stream is not None:
            faulthandler.enable(self.stream, all_threads=True)


@dataclass
class Logging:
    """What :func:`start_logging` set up; :meth:`stop` undoes it (tests, and the app's end)."""

    log_file: Path | None
    """None when the file could not be opened: then the terminal gets everything."""
    handlers: list[logging.Handler]
    previous_level: int

    def stop(self) -> None:
        """Remove and close the handlers; faulthandler goes back to standard error."""
        root = logging.getLogger()
        root.setLevel(self.previous_level)
        for handler in self.handlers:
            root.removeHandler(handler)
            handler.close()
        faulthandler.disable()


def start_logging(log_file: Path, debug: bool = False) -> Logging:
    """Log to ``log_file`` (rotated; INFO and up, everything with ``debug``) and to standard
    error (warnings and up, everything with ``debug``); faulthandler dumps a hard crash's
    tracebacks into the same file. When the file cannot be opened, standard error gets INFO and
    up and the reason is logged there."""
    root = logging.getLogger()
    previous_level = root.level
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    formatter = logging.Formatter(FORMAT)
    terminal = logging.StreamHandler(sys.stderr)
    terminal.setFormatter(formatter)
    handlers: list[logging.Handler] = [terminal]
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        file_handler = _LogFile(
            log_file, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError as error:
        terminal.setLevel(logging.DEBUG if debug else logging.INFO)
        root.addHandler(terminal)
        log.warning("cannot write the log file %s (%s): logging here only", log_file, error)
        return Logging(None, handlers, previous_level)
    terminal.setLevel(logging.DEBUG if debug else logging.WARNING)
    file_handler.setFormatter(formatter)
    handlers.append(file_handler)
    for handler in handlers:
        root.addHandler(handler)
    if file_handler.stream is not None:  # always: the constructor opened it (delay=False)
        faulthandler.enable(file_handler.stream, all_threads=True)
    log.info("%s %s started: %s", APP_NAME, __version__, environment())
    return Logging(log_file, handlers, previous_level)


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
