"""The history's files: export to CSV, back up to JSON, restore a backup, off the GUI thread.

:class:`HistoryFiles` does the file actions of the history view's buttons on a worker thread
(:class:`~backcare_desktop.ui.background.BackgroundWork` running
:class:`~backcare_desktop.storage.file_jobs.FileJobs`, each with its own database
connection), one at a time: ten years of history take seconds to read, check or write, and the
window stays responsive meanwhile. It says what is under way (:attr:`~HistoryFiles.working`)
and then each outcome as a sentence (:attr:`~HistoryFiles.said` or
:attr:`~HistoryFiles.warned`) on the GUI thread. File dialogs go through
:attr:`HistoryFiles.choose_file`, which tests replace.

:mod:`backcare_desktop.storage.export` is imported by the worker when a file action runs, not
with the history view: it brings the runs readers (GPX, FIT) along, some 60 ms the view does
not need.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressBar, QWidget

from backcare_desktop.storage.db import describe_error
from backcare_desktop.storage.file_jobs import DatabaseHandle, FileJobs
from backcare_desktop.storage.history import HistoryStore
from backcare_desktop.ui.background import BackgroundWork, Failed
from backcare_desktop.ui.file_dialogs import FolderMemory
from backcare_desktop.ui.i18n import fill, localized

if TYPE_CHECKING:
    from backcare_desktop.storage.export import ExportSummary, ImportSummary

FileChooser = Callable[[str, str, str, bool], Path | None]
"""(caption, suggested file name, filter, save) -> the chosen path, or None when cancelled."""

FILE_ERRORS = (OSError, sqlite3.Error)
"""What a file action may meet that the user can do something about (told as a sentence)."""


class HistoryFiles(QObject):
    """Export, back up and restore ``store``; ``today`` names the suggested files.

    ``parent`` is the widget the file dialogs open over; ``jobs`` does the work (tests slow it
    down). While an action runs, :attr:`busy` is True and others are refused. Each action ends
    with :attr:`said` or :attr:`warned`, then :attr:`finished` with its summary (None when it
    failed); a restore that added anything emits :attr:`restored` before that. Call
    :meth:`shutdown` before the store is closed (it is called at exit).
    """

    working = Signal(str)  # what is under way
    said = Signal(str)  # what was done
    warned = Signal(str)  # what went wrong
    restored = Signal()  # sessions were added from a backup
    busy_changed = Signal(bool)
    finished = Signal(object)  # ExportSummary, ImportSummary, or None when it failed

    def __init__(
        self,
        store: HistoryStore,
        today: Callable[[], date],
        parent: QWidget,
        folders: FolderMemory | None = None,
        jobs: FileJobs | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.today = today
        self.jobs = jobs or FileJobs()
        self._widget = parent
        self._folders = folders or FolderMemory()
        self.choose_file: FileChooser = self._file_dialog
        self.worker = BackgroundWork("history-files", self)
        self.worker.busy_changed.connect(self.busy_changed)
        self._when_idle: list[Callable[[], object]] = []
        self.worker.busy_changed.connect(self._idle)

    @property
    def busy(self) -> bool:
        """True while a file action runs."""
        return self.worker.busy

    def when_idle(self, action: Callable[[], object]) -> None:
        """Call ``action`` once no file action runs: now, or when the one under way ends
        (before its outcome is told), once however often it is asked."""
        if not self.busy:
            action()
        elif action not in self._when_idle:
            self._when_idle.append(action)

    def shutdown(self) -> None:
        """Let an action under way end, without telling its outcome (at exit)."""
        self.worker.shutdown()

    def busy_indicator(self) -> QProgressBar:
        """A small bar that moves while an action runs (hidden otherwise), for a layout."""
        bar = QProgressBar()
        bar.setRange(0, 0)  # no figures: it only shows that work goes on
        bar.setMaximumWidth(120)
        bar.setTextVisible(False)
        bar.setAccessibleName(self.tr("Working"))
        bar.setVisible(self.busy)
        self.busy_changed.connect(bar.setVisible)
        return bar

    def export_csv_to(self, path: Path) -> bool:
        """Start writing every session and move to ``path`` as CSV; False when not started."""
        return self._start(
            fill(self.tr("Exporting to %1…"), path),
            lambda handle: self.jobs.export_csv(handle, path),
            lambda outcome: self._exported(path, outcome),
        )

    def back_up_to(self, path: Path) -> bool:
        """Start writing a JSON backup of the whole history to ``path``; False when not started."""
        return self._start(
            fill(self.tr("Backing up to %1…"), path),
            lambda handle: self.jobs.back_up(handle, path),
            lambda outcome: self._backed_up(path, outcome),
        )

    def restore_from(self, path: Path) -> bool:
        """Start merging a JSON backup; False when not started (or the history is read-only)."""
        if self.store.read_only:
            return False
        return self._start(
            fill(self.tr("Restoring from %1…"), path),
            lambda handle: self.jobs.restore(handle, path),
            self._restore_done,
        )

    def _start(
        self, doing: str, work: Callable[[DatabaseHandle], object], done: Callable[[Any], None]
    ) -> bool:
        if self.busy:
            return False
        handle = DatabaseHandle.of(self.store.db)
        self.worker.start(lambda: work(handle), done)
        self.working.emit(doing)
        return True

    def _idle(self, busy: bool) -> None:
        if busy:
            return
        waiting, self._when_idle = self._when_idle, []
        for action in waiting:
            action()

    # -- outcomes (on the GUI thread) ---------------------------------------------------------

    def _exported(self, path: Path, outcome: ExportSummary | Failed) -> None:
        if isinstance(outcome, Failed):
            self._failed(outcome, self.tr("Could not export to %1: %2."), path)
            return
        text = fill(self.tr("Exported to %1 (sessions: %2)."), path, outcome.sessions)
        if outcome.runs_path is not None:
            text += " " + fill(
                self.tr("Runs and other activities (%1) are in %2."),
                outcome.activities,
                outcome.runs_path.name,
            )
        self.said.emit(text)
        self.finished.emit(outcome)

    def _backed_up(self, path: Path, outcome: ExportSummary | Failed) -> None:
        if isinstance(outcome, Failed):
            self._failed(outcome, self.tr("Could not back up to %1: %2."), path)
            return
        self.said.emit(
            fill(
                self.tr("Backed up to %1 (sessions: %2; runs and other activities: %3)."),
                path,
                outcome.sessions,
                outcome.activities,
            )
        )
        self.finished.emit(outcome)

    def _restore_done(self, outcome: object) -> None:
        from backcare_desktop.storage.export import BackupContent, BackupError, merge_backup

        if isinstance(outcome, BackupContent):  # a history in memory: merged here
            try:
                outcome = merge_backup(self.store, outcome)
            except sqlite3.Error as error:
                outcome = Failed(error)
        if isinstance(outcome, Failed):
            if isinstance(outcome.error, BackupError):
                self.warned.emit(fill(self.tr("Nothing was restored: %1"), outcome.error))
                self.finished.emit(None)
            else:
                self._failed(outcome, self.tr("Nothing was restored: %1."))
            return
        self._restored(outcome)  # type: ignore[arg-type]  # the job returns nothing else

    def _restored(self, summary: ImportSummary) -> None:
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
        self.finished.emit(summary)

    def _failed(self, outcome: Failed, text: str, *before: object) -> None:
        """Warn with ``text`` filled with ``before`` and the error; re-raise the unexpected."""
        if not isinstance(outcome.error, FILE_ERRORS):
            raise outcome.error  # a bug: to the crash reporter, as on the GUI thread
        self.warned.emit(fill(text, *before, localized(describe_error(outcome.error))))
        self.finished.emit(None)

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
