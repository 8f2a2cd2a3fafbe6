"""The history's start state: what it says before the first workout is stored."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


class HistoryStartPage(QWidget):
    """A short, centred note: how to begin, and what the history will show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(
            self.tr(
                "<h2>No workouts yet</h2>"
                "<p>Start with 10 minutes of Pilates for the spine: shoulder bridge, swan dive, "
                "plank and calf raises. Three short sessions a week make a good start.</p>"
                "<p>Every workout you do shows up here, with your minutes per week, your "
                "streak and how your back feels. Have a backup? Restore it below.</p>"
            )
        )
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setMaximumWidth(560)
        row = QHBoxLayout()  # no alignment flag: it would ignore the wrapped text's height
        row.addStretch(1)
        row.addWidget(self.label, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
