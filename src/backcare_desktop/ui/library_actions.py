"""Actions on the routine library: new, edit, duplicate, delete (with undo), import, export."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QWidget

from backcare_desktop.core.atomic import atomic_write_text
from backcare_desktop.core.library import LibraryEntry, RoutineLibrary
from backcare_desktop.core.routine import RoutineError, dump_routine, routine_to_dict
from backcare_desktop.ui.file_dialogs import FolderMemory
from backcare_desktop.ui.i18n import fill
from backcare_desktop.ui.icons import icon

if TYPE_CHECKING:
    from backcare_desktop.core.importers import ImportResult

IMPORT_FILTER = "Routines and other timers' exports (*.json *.feeel *.txt);;All files (*)"


class LibraryActions(QObject):
    """Owns the library's QActions and carries them out, reporting to the user."""

    changed = Signal(str)  # the library changed; select this routine id
    message = Signal(str, bool)  # status text, whether Undo applies

    def __init__(
        self,
        library: RoutineLibrary,
        current: Callable[[], LibraryEntry | None],
        parent: QWidget,
        folders: FolderMemory | None = None,
        figure_names: Callable[[], Mapping[str, str]] = dict,
    ) -> None:
        super().__init__(parent)
        self.folders = folders or FolderMemory()
        self._figure_names = figure_names
        """The editor's names for figures, in the interface language (``figure_names``)."""
        self.library = library
        self._current = current
        self._parent = parent
        self._deleted: LibraryEntry | None = None
        self.show_error: Callable[[str, str], None] = self._warn
        """Tells the user what went wrong (a message box; tests replace it)."""
        self.new_action = self._action(
            "add", self.tr("&New routine…"), self.new_routine, QKeySequence.StandardKey.New
        )
        self.edit_action = self._action(
            "edit", self.tr("&Edit routine…"), self.edit_routine, QKeySequence("Ctrl+E")
        )
        self.duplicate_action = self._action(
            "duplicate",
            self.tr("D&uplicate routine"),
            self.duplicate_routine,
            QKeySequence("Ctrl+D"),
        )
        self.delete_action = self._action(
            "delete",
            self.tr("&Delete routine"),
            self.delete_routine,
            QKeySequence.StandardKey.Delete,
        )
        self.undo_action = self._action(
            "", self.tr("&Undo delete"), self.undo_delete, QKeySequence.StandardKey.Undo
        )
        self.undo_action.setEnabled(False)
        self.import_action = self._action(
            "import", self.tr("&Import routines…"), self.choose_import, QKeySequence("Ctrl+I")
        )
        self.export_action = self._action(
            "export", self.tr("E&xport routine…"), self.export_routine, QKeySequence("Ctrl+Shift+E")
        )

    def _action(
        self,
        icon_name: str,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey,
    ) -> QAction:
        action = QAction(icon(icon_name) if icon_name else QIcon(), text, self)
        action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    @property
    def has_undo(self) -> bool:
        """True when a deleted routine can be brought back."""
        return self._deleted is not None

    def update_enabled(self) -> None:
        """Enable what applies to the selected routine (built-ins are read-only)."""
        entry = self._current()
        self.edit_action.setEnabled(entry is not None and not entry.builtin)
        self.duplicate_action.setEnabled(entry is not None)
        self.delete_action.setEnabled(entry is not None and not entry.builtin)
        self.export_action.setEnabled(entry is not None)

    def set_active(self, active: bool) -> None:
        """The routine actions (Delete, Ctrl+Z...) act only while the list is shown."""
        for action in (self.new_action, self.import_action):
            action.setEnabled(active)
        self.undo_action.setEnabled(active and self.has_undo)
        if active:
            self.update_enabled()
            return
        for action in (
            self.edit_action,
            self.duplicate_action,
            self.delete_action,
            self.export_action,
        ):
            action.setEnabled(False)

    # -- editing -----------------------------------------------------------------------------

    def _taken_ids(self) -> set[str]:
        return {entry.routine.id for entry in self.library.entries()}

    def _edit(self, data: dict[str, Any] | None, is_new: bool) -> None:
        """Open the editor (loaded on first use) and save what it accepts."""
        from backcare_desktop.ui.routine_editor import RoutineEditor, new_routine_in_language

        editor = RoutineEditor(
            data or new_routine_in_language(),
            self._taken_ids(),
            is_new,
            self._parent,
            figure_names=self._figure_names(),
        )
        if editor.exec() != RoutineEditor.DialogCode.Accepted or editor.saved_routine is None:
            return
        try:
            entry = self.library.save(editor.saved_routine)
        except (OSError, PermissionError) as error:
            self._error(self.tr("Could not save the routine"), str(error))
            return
        self.changed.emit(entry.routine.id)
        self.message.emit(fill(self.tr("Saved “%1”."), entry.routine.title), False)

    def new_routine(self) -> None:
        """Open the editor on a fresh routine."""
        self._edit(None, is_new=True)

    def edit_routine(self) -> None:
        """Edit the selected user routine; a built-in one is offered as a copy."""
        entry = self._current()
        if entry is None:
            return
        if entry.builtin:
            self.duplicate_routine()
            return
        self._edit(routine_to_dict(entry.routine), is_new=False)

    def duplicate_routine(self) -> None:
        """Copy the selected routine into a new user routine and open it for editing."""
        entry = self._current()
        if entry is None:
            return
        try:
            copy = self.library.duplicate(entry.routine.id)
        except OSError as error:
            self._error(self.tr("Could not duplicate the routine"), str(error))
            return
        self.changed.emit(copy.routine.id)
        self._edit(routine_to_dict(copy.routine), is_new=False)

    def delete_routine(self) -> None:
        """Delete the selected user routine; Undo brings it back."""
        entry = self._current()
        if entry is None or entry.builtin:
            return
        try:
            self._deleted = self.library.delete(entry.routine.id)
        except OSError as error:
            self._error(self.tr("Could not delete the routine"), str(error))
            return
        self.undo_action.setEnabled(True)
        self.changed.emit("")
        self.message.emit(fill(self.tr("Deleted “%1”."), entry.routine.title), True)

    def undo_delete(self) -> None:
        """Restore the routine deleted last."""
        if self._deleted is None:
            return
        try:
            entry = self.library.save(self._deleted.routine)
        except OSError as error:
            self._error(self.tr("Could not restore the routine"), str(error))
            return
        self._deleted = None
        self.undo_action.setEnabled(False)
        self.changed.emit(entry.routine.id)
        self.message.emit(fill(self.tr("Restored “%1”."), entry.routine.title), False)

    # -- files -------------------------------------------------------------------------------

    def choose_import(self) -> None:
        """Pick files to import."""
        for path in self.folders.open_files(
            self._parent, self.tr("Import routines"), IMPORT_FILTER
        ):
            self.import_path(path)

    def import_path(self, path: Path) -> list[LibraryEntry]:
        """Import a file (dialog, drop or command line) and tell the user what happened."""
        try:
            result, saved = self.library.import_file(path)
        except RoutineError as error:
            self._error(
                self.tr("Nothing was imported"),
                "\n".join([str(error.source or path), *error.problems[:12]]),
            )
            return []
        except OSError as error:
            self._error(
                self.tr("Nothing was imported"),
                fill(self.tr("Could not save to %1: %2"), self.library.user_dir, error),
            )
            return []
        if saved:
            self.changed.emit(saved[0].routine.id)
        self._report_import(path, result, saved)
        return saved

    def _report_import(self, path: Path, result: ImportResult, saved: list[LibraryEntry]) -> None:
        titles = "\n".join(f"• {entry.routine.title}" for entry in saved)
        details = [
            *(fill(self.tr("Carried over: %1"), s) for s in result.mapped),
            *(fill(self.tr("Not carried over: %1"), s) for s in result.not_mapped),
        ]
        from PySide6.QtWidgets import QMessageBox  # when first used, not at start-up

        box = QMessageBox(
            QMessageBox.Icon.Information,
            fill(self.tr("Imported %1 routine(s)"), len(saved)),
            fill(self.tr("From %1 (%2):\n%3"), path.name, result.source_format, titles),
            QMessageBox.StandardButton.Ok,
            self._parent,
        )
        box.setDetailedText("\n".join(details))
        self.message.emit(fill(self.tr("Imported %1 routine(s)."), len(saved)), False)
        box.open()

    def export_routine(self) -> None:
        """Save the selected routine as a file in our format."""
        entry = self._current()
        if entry is None:
            return
        target = self.folders.save_file(
            self._parent, self.tr("Export routine"), f"{entry.routine.id}.json", "Routine (*.json)"
        )
        if target is not None:
            self.export_to(entry, target)

    def export_to(self, entry: LibraryEntry, target: Path) -> bool:
        """Write ``entry`` to ``target``; False (after telling the user) when that fails."""
        try:
            atomic_write_text(target, dump_routine(entry.routine))
        except OSError as error:
            self._error(self.tr("Could not export the routine"), str(error))
            return False
        self.message.emit(
            fill(self.tr("Exported “%1” to %2"), entry.routine.title, target),
            False,
        )
        return True

    def _error(self, title: str, text: str) -> None:
        self.show_error(title, text)

    def _warn(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self._parent, title, text)
