"""File dialogs that open where the user last was: the last folder used, else Documents."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from backcare_desktop.settings import SettingsStore

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

# Qt's file dialog and standard paths are imported when a dialog opens: PySide6 builds a class
# (and all its enums) the first time it is imported, and the window's first frame needs neither.


def documents_folder() -> Path:
    """The user's Documents folder (their home where there is none)."""
    from PySide6.QtCore import QStandardPaths

    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


class FolderMemory:
    """The folder the last file dialog ended in, kept in the settings when given a store."""

    def __init__(self, settings: SettingsStore | None = None) -> None:
        self._settings = settings
        self._folder = settings.value.last_folder if settings is not None else ""

    def folder(self) -> Path:
        """Where the next dialog opens: the last folder used if it still exists, else Documents."""
        last = Path(self._folder) if self._folder else None
        return last if last is not None and last.is_dir() else documents_folder()

    def remember(self, chosen: Path) -> None:
        """Note the folder of a file the user chose."""
        self._folder = str(chosen.parent)
        if self._settings is not None:
            self._settings.update(last_folder=self._folder)

    def open_files(self, parent: QWidget, caption: str, filter_text: str) -> list[Path]:
        """Ask for files to open."""
        from PySide6.QtWidgets import QFileDialog

        names, _ = QFileDialog.getOpenFileNames(parent, caption, str(self.folder()), filter_text)
        paths = [Path(name) for name in names]
        if paths:
            self.remember(paths[0])
        return paths

    def open_file(self, parent: QWidget, caption: str, filter_text: str) -> Path | None:
        """Ask for one file to open."""
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(parent, caption, str(self.folder()), filter_text)
        return self._chosen(name)

    def save_file(self, parent: QWidget, caption: str, name: str, filter_text: str) -> Path | None:
        """Ask where to save a file, suggesting ``name``."""
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getSaveFileName(
            parent, caption, str(self.folder() / name), filter_text
        )
        return self._chosen(chosen)

    def _chosen(self, name: str) -> Path | None:
        if not name:
            return None
        path = Path(name)
        self.remember(path)
        return path
