"""The history database's files on disk: how SQLite opens one, private permissions, and moving a
damaged one aside.

The folder is made 0700 and the database files 0600 (they hold health data); a damaged file is
renamed aside with its ``-wal``/``-shm``/``-journal`` companions, never deleted.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
"""Files SQLite keeps beside a database; they belong to it and move with it."""


def file_uri(path: Path, mode: str, immutable: bool = False) -> str:
    """The URI that opens the database at ``path`` in ``mode`` (``ro``, ``rw``, ``rwc``);
    ``immutable``: SQLite reads the file as never changing and makes no files beside it."""
    extra = "&immutable=1" if immutable else ""
    return f"file:{quote(str(path.absolute()))}?mode={mode}{extra}"


def _kept_name(path: Path, now: Callable[[], datetime]) -> Path:
    stamp = now().strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.corrupt-{stamp}")
    number = 2
    while any(Path(f"{candidate}{suffix}").exists() for suffix in ("", *COMPANION_SUFFIXES)):
        candidate = path.with_name(f"{path.name}.corrupt-{stamp}-{number}")
        number += 1
    return candidate


def move_aside(path: Path, now: Callable[[], datetime]) -> Path:
    """Rename ``path`` and its companion files to ``<name>.corrupt-<stamp>``; return the new path.

    Raises OSError when a rename fails; files already moved stay moved (nothing is deleted).
    """
    kept = _kept_name(path, now)
    path.rename(kept)
    for suffix in COMPANION_SUFFIXES:
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            companion.rename(Path(f"{kept}{suffix}"))
    return kept


def _owned(path: Path) -> bool:
    try:
        return path.stat().st_uid == os.getuid()
    except OSError:
        return False


def make_private(path: Path) -> None:
    """Make the database's folder 0700 and the file with its companions 0600 where we own them.

    Files of older releases were 0644 in a 0755 folder. Failures are ignored (the files are
    still usable; a read-only disk cannot be changed anyway).
    """
    targets = [(path.parent, PRIVATE_FOLDER_MODE)] + [
        (Path(f"{path}{suffix}"), PRIVATE_FILE_MODE) for suffix in ("", *COMPANION_SUFFIXES)
    ]
    for target, mode in targets:
        with contextlib.suppress(OSError):
            if _owned(target) and target.stat().st_mode & 0o777 != mode:
                target.chmod(mode)


def create_private(path: Path) -> None:
    """Create an empty database file readable by its owner only (SQLite treats empty files as
    empty databases and gives ``-wal``/``-shm`` the database file's permissions)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    os.close(descriptor)
