"""What a failed SQLite or file operation means: result codes and plain reasons for the user."""

from __future__ import annotations

import errno

from backcare_desktop.core.text import QT_TRANSLATE_NOOP, UserText

# Primary SQLite result codes (the low byte of an extended code).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

DAMAGED = {SQLITE_CORRUPT, SQLITE_NOTADB}
"""The codes of a file that is not a readable SQLite database."""


class DatabaseDamagedError(Exception):
    """The file is not a readable SQLite database (internal signal of
    :func:`~backcare_desktop.storage.db.open_database`)."""


def error_code(error: BaseException) -> int | None:
    """The primary SQLite result code of an sqlite3 error, or None."""
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def describe_error(error: BaseException) -> str:
    """A short, plain reason for a failed database operation, for messages to the user (a
    :class:`~backcare_desktop.core.text.UserText`: the window shows it translated)."""
    code = error_code(error)
    if code == SQLITE_FULL or (isinstance(error, OSError) and error.errno == errno.ENOSPC):
        return UserText(QT_TRANSLATE_NOOP("Notices", "the disk is full"))
    if code in (SQLITE_READONLY, SQLITE_PERM) or (
        isinstance(error, OSError) and error.errno in (errno.EROFS, errno.EACCES, errno.EPERM)
    ):
        return UserText(QT_TRANSLATE_NOOP("Notices", "the file or its folder is read-only"))
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return UserText(
            QT_TRANSLATE_NOOP(
                "Notices",
                "the database is busy with another write (a restore still running, or another "
                "program)",
            )
        )
    if code == SQLITE_CANTOPEN:
        return UserText(QT_TRANSLATE_NOOP("Notices", "the file cannot be opened or created there"))
    if code == SQLITE_IOERR:
        return UserText(QT_TRANSLATE_NOOP("Notices", "a disk error occurred (%1)"), error)
    if code in DAMAGED:
        return UserText(QT_TRANSLATE_NOOP("Notices", "the file is damaged (%1)"), error)
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return str(error)


def is_busy(error: BaseException) -> bool:
    """True when another connection holds a lock (SQLITE_BUSY or SQLITE_LOCKED)."""
    return error_code(error) in (SQLITE_BUSY, SQLITE_LOCKED)


def is_unwritable(error: BaseException) -> bool:
    """True when the error means the file cannot be written or created (not that it is bad)."""
    if isinstance(error, OSError):
        return True
    return error_code(error) in (
        SQLITE_READONLY,
        SQLITE_PERM,
        SQLITE_CANTOPEN,
        SQLITE_FULL,
        SQLITE_IOERR,
        SQLITE_BUSY,
        SQLITE_LOCKED,
    )
