"""Follows the user's routines folder, so routines added, changed or deleted from outside (an
``--import`` from the command line, another program, a file manager) show up at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

SETTLE_MS = 300
"""Changes come in bursts (a temporary file, then a rename): wait this long for quiet."""


class LibraryWatcher(QObject):
    """Emits :attr:`changed` once a burst of changes in ``folder`` has settled."""

    changed = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._watcher = QFileSystemWatcher(self)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._settled)
        self._watcher.directoryChanged.connect(self._settle.start)
        self._watcher.fileChanged.connect(self._settle.start)
        self.follow()

    def follow(self) -> None:
        """Watch the folder and every routine file in it (call after the folder changed).

        Until the folder exists (it is made on the first save), its parent is watched.
        """
        if not self.folder.is_dir():
            parent = self.folder.parent
            if parent.is_dir() and str(parent) not in self._watcher.directories():
                self._watcher.addPath(str(parent))
            return
        watched = set(self._watcher.files())
        wanted = {str(path) for path in self.folder.glob("*.json") if path.is_file()}
        if stale := sorted(watched - wanted):
            self._watcher.removePaths(stale)
        if new := sorted(wanted - watched):
            self._watcher.addPaths(new)
        if str(self.folder) not in self._watcher.directories():
            self._watcher.addPath(str(self.folder))

    def _settled(self) -> None:
        self.follow()
        self.changed.emit()

    def close(self) -> None:
        """Stop watching."""
        self._settle.stop()
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)
