"""The history's files: export to CSV, back up to JSON, restore a backup.

:class:`HistoryFiles` does the file actions of the history view's buttons and reports each
outcome as a sentence (:attr:`~HistoryFiles.said` or :attr:`~HistoryFiles.warned`). File
dialogs go through :attr:`HistoryFiles.choose_file`, which tests replace.

:mod:`backcare_desktop.storage.export` is imported when a file action runs, not with the
history view: it brings the runs readers (GPX, FIT) along, some 60 ms the view does not need.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from backcare_desktop.storage.db import describe_error
from backcare_desktop.storage.history import HistoryStore
from backcare_desktop.ui.file_dialogs import FolderMemory
from backcare_desktop.ui.i18n import fill

FileChooser = Callable[[str, str, str, bool], Path | None]
"""(caption, suggested file name, filter, save) -> the chosen path, or None when cancelled."""


class HistoryFiles(QObject):
    """Export, back up and restore ``store``; ``today`` names the suggested files.

    ``parent`` is the widget the file dialogs open over.
    """

    said = Signal(str)  # what was done
    warned = Signal(str)  # what went wrong
    restored = Signal()  # sessions were added from a backup

    def __init__(
        self,
        store: HistoryStore,
        today: Callable[[], date],
        parent: QWidget,
        folders: FolderMemory | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.today = today
        self._widget = parent
        self._folders = folders or FolderMemory()
        self.choose_file: FileChooser = self._file_dialog

    def export_csv_to(self, path: Path) -> bool:
        """Write every session and move to ``path`` as CSV; True when written."""
        from backcare_desktop.storage.export import export_csv

        try:
            summary = export_csv(self.store, path)
        except (OSError, sqlite3.Error) as error:
            self.warned.emit(
                fill(self.tr("Could not export to %1: %2."), path, describe_error(error))
            )
            return False
        text = fill(self.tr("Exported to %1 (sessions: %2)."), path, summary.sessions)
        if summary.runs_path is not None:
            text += " " + fill(
                self.tr("Runs and other activities (%1) are in %2."),
                summary.activities,
                summary.runs_path.name,
            )
        self.said.emit(text)
        return True

    def back_up_to(self, path: Path) -> bool:
        """Write a JSON backup of the whole history to ``path``; True when written."""
        from backcare_desktop.storage.export import export_json

        try:
            summary = export_json(self.store, path)
        except (OSError, sqlite3.Error) as error:
            self.warned.emit(
                fill(self.tr("Could not back up to %1: %2."), path, describe_error(error))
            )
            return False
        self.said.emit(
            fill(
                self.tr("Backed up to %1 (sessions: %2; runs and other activities: %3)."),
                path,
                summary.sessions,
                summary.activities,
            )
        )
        return True

    def restore_from(self, path: Path) -> tuple[int, int] | None:
        """Merge a JSON backup; return (added, skipped as already there), or None on failure."""
        if self.store.read_only:
            return None
        from backcare_desktop.storage.export import BackupError, import_json

        try:
            summary = import_json(self.store, path)
        except BackupError as error:
            self.warned.emit(fill(self.tr("Nothing was restored: %1"), error))
            return None
        except sqlite3.Error as error:
            self.warned.emit(fill(self.tr("Nothing was restored: %1."), describe_error(error)))
            return None
        text = fill(
            self.tr("Restore done: %1 added, %2 skipped as already here."),
            summary.added,
            summary.skipped_duplicates,
        )
        if summary.activities_added or summary.activities_skipped:
            text += " " + fill(
                self.tr("Runs and other activities: %1 added, %2 already here."),
                summary.activities_added,
                summary.activities_skipped,
            )
        self.said.emit(text)
        if summary.added or summary.activities_added or summary.programme_rows:
            self.restored.emit()
        return summary.added, summary.skipped_duplicates

    def choose_csv(self) -> None:
        """Ask where to export the CSV, then export."""
        path = self.choose_file(
            self.tr("Export history as CSV"),
            f"backcare-history-{self.today().isoformat()}.csv",
            self.tr("CSV files (*.csv)"),
            True,
        )
        if path is not None:
            self.export_csv_to(path)

    def choose_backup(self) -> None:
        """Ask where to write the backup, then write it."""
        path = self.choose_file(
            self.tr("Back up history"),
            f"backcare-history-{self.today().isoformat()}.json",
            self.tr("History backups (*.json)"),
            True,
        )
        if path is not None:
            self.back_up_to(path)

    def choose_restore(self) -> None:
        """Ask for a backup file, then merge it."""
        path = self.choose_file(
            self.tr("Restore history from a backup"), "", self.tr("History backups (*.json)"), False
        )
        if path is not None:
            self.restore_from(path)

    # -- events ------------------------------------------------------------------------------

    def _file_dialog(self, caption: str, name: str, filter_text: str, save: bool) -> Path | None:
        if save:
            return self._folders.save_file(self._widget, caption, name, filter_text)
        return self._folders.open_file(self._widget, caption, filter_text)
