"""What the user is told when the history database cannot be used as it is.

Each sentence is a :class:`~backcare_desktop.core.text.UserText`: English where it is logged or
printed, in the interface language where the window shows it (``ui.i18n.localized``). The
reasons passed in (:func:`~backcare_desktop.storage.db_errors.describe_error`) are translated
the same way.
"""

from __future__ import annotations

from pathlib import Path

from backcare_desktop.core.text import QT_TRANSLATE_NOOP, UserText

_IN_MEMORY_ONLY = UserText(
    QT_TRANSLATE_NOOP(
        "Notices", "Workouts are kept in memory only and are lost when the app closes."
    )
)
"""The sentence that ends each notice of a history kept in memory."""


def newer(path: Path, version: int, supported: int) -> UserText:
    """The file was written by a newer release: read-only."""
    return UserText(
        QT_TRANSLATE_NOOP(
            "Notices",
            "The history database %1 is version %2, written by a newer release of "
            "backcare-desktop; this release reads up to version %3. It is opened read-only and "
            "never written to, so workouts done now are not saved. Update backcare-desktop to "
            "keep recording your history.",
        ),
        path,
        version,
        supported,
    )


def unwritable_and_unreadable(path: Path, reason: str, read_reason: str) -> UserText:
    """The file can be neither written nor read: left as it is, workouts in memory."""
    return UserText(
        QT_TRANSLATE_NOOP(
            "Notices",
            "The history database %1 cannot be written (%2) nor read (%3). It is left as it is. %4",
        ),
        path,
        reason,
        read_reason,
        _IN_MEMORY_ONLY,
    )


def read_only(path: Path, reason: str) -> UserText:
    """The file can be read but not written: shown read-only."""
    return UserText(
        QT_TRANSLATE_NOOP(
            "Notices",
            "The history database %1 cannot be written (%2). Your history is shown read-only "
            "and new workouts are not saved until this is fixed; the file is left as it is.",
        ),
        path,
        reason,
    )


def folder_not_made(folder: Path, reason: str) -> UserText:
    """The data folder cannot be created: workouts in memory."""
    return UserText(
        QT_TRANSLATE_NOOP("Notices", "The history folder %1 cannot be created (%2). %3"),
        folder,
        reason,
        _IN_MEMORY_ONLY,
    )


def damaged_and_stuck(path: Path, damage: str, reason: str) -> UserText:
    """The file is damaged and cannot be moved aside: left untouched, workouts in memory."""
    return UserText(
        QT_TRANSLATE_NOOP(
            "Notices",
            "The history database %1 is damaged (%2) and could not be moved aside (%3). It is "
            "left untouched. %4",
        ),
        path,
        damage,
        reason,
        _IN_MEMORY_ONLY,
    )


def damaged_and_kept(path: Path, damage: str, kept: Path) -> UserText:
    """The file was damaged, kept aside under another name, and a new history started."""
    return UserText(
        QT_TRANSLATE_NOOP(
            "Notices",
            "The history database %1 was damaged and could not be read (%2). It was kept as %3 "
            "and a new, empty history was started.",
        ),
        path,
        damage,
        kept,
    )


def not_made(path: Path, reason: str) -> UserText:
    """The file cannot be created: workouts in memory."""
    return UserText(
        QT_TRANSLATE_NOOP("Notices", "The history database cannot be created at %1 (%2). %3"),
        path,
        reason,
        _IN_MEMORY_ONLY,
    )
