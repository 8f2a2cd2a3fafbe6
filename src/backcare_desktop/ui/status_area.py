"""The status bar's contents: a passing message with its Undo button, and every notice."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

MESSAGE_MS = 15_000
"""How long a message (and its Undo button) stays."""


class StatusArea(QWidget):
    """A message on the left with Undo beside it (never on top of it), and on the right every
    active notice, one line each, so no problem hides behind another."""

    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message_label = QLabel()
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo_requested)
        self.undo_button.hide()
        self.notices_box = QVBoxLayout()
        self.notices_box.setSpacing(0)
        self._notice_labels: list[QLabel] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(MESSAGE_MS)
        self._timer.timeout.connect(self.clear_message)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        row.addWidget(self.message_label)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        row.addLayout(self.notices_box)

    def show_message(self, text: str, undo: bool = False) -> None:
        """Show ``text`` (with Undo when ``undo``) for :data:`MESSAGE_MS`, replacing the last."""
        self.message_label.setText(text)
        self.undo_button.setVisible(undo)
        self._timer.start()  # a new message gets its full time

    def clear_message(self) -> None:
        """Remove the message and its Undo button."""
        self.message_label.clear()
        self.undo_button.hide()

    def message(self) -> str:
        """The message shown now, or ""."""
        return self.message_label.text()

    def set_notices(self, notices: list[str]) -> None:
        """Show every notice, one line each, the newest last."""
        while len(self._notice_labels) > len(notices):
            self._notice_labels.pop().deleteLater()
        while len(self._notice_labels) < len(notices):
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.notices_box.addWidget(label)
            self._notice_labels.append(label)
        for label, text in zip(self._notice_labels, notices, strict=True):
            label.setText(text)
            label.setToolTip(text)

    def notices(self) -> list[str]:
        """The notices shown now."""
        return [label.text() for label in self._notice_labels]
