"""The routine editor's list of moves, reorderable by dragging or from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QWidget


class MoveList(QListWidget):
    """The moves, reorderable by dragging or with Alt+Up/Down."""

    reordered = Signal(int, int)  # from row, to row
    step_requested = Signal(int)  # Alt+Up: -1, Alt+Down: +1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAccessibleName(self.tr("Moves, in order"))
        self.setAccessibleDescription(self.tr("Drag to reorder, or Alt+Up and Alt+Down"))
        self.model().rowsMoved.connect(self._on_rows_moved)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Alt+Up and Alt+Down move the current move."""
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self.step_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)

    def _on_rows_moved(
        self, _parent: object, start: int, _end: int, _dest: object, row: int
    ) -> None:
        target = row - 1 if row > start else row
        self.reordered.emit(start, target)
