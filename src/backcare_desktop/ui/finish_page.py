"""The finish page of the player: what was done, and how it went (pain after, effort, note)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backcare_desktop.core.counts import WorkoutCounts
from backcare_desktop.core.durations import format_duration
from backcare_desktop.core.engine import SegmentOutcome
from backcare_desktop.ui.feedback import AfterWorkoutForm
from backcare_desktop.ui.figure_thumbnails import THUMBNAIL
from backcare_desktop.ui.i18n import fill


class FinishPage(QWidget):
    """Shows a finished or stopped workout's counts and moves, and asks how it went.

    :attr:`left` is emitted when the user leaves the page (answers given are saved first,
    through :attr:`feedback`'s ``submitted``).
    """

    left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finish_title = QLabel()
        self.finish_title.setObjectName("finishTitle")
        self.finish_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.finish_stats = QLabel()
        self.finish_stats.setObjectName("finishStats")
        self.finish_stats.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.finish_list = QListWidget()
        self.finish_list.setAccessibleName(self.tr("Moves of this workout"))
        self.finish_list.setMaximumHeight(220)
        self.finish_list.setIconSize(THUMBNAIL)
        self.feedback = AfterWorkoutForm()
        self.back_to_list = QPushButton(self.tr("Back to routines"))
        self.back_to_list.setObjectName("primary")
        self.back_to_list.setMinimumHeight(44)
        self.back_to_list.setMinimumWidth(240)
        self.back_to_list.setDefault(True)
        self.back_to_list.clicked.connect(self.leave)
        feedback_box = QGroupBox(self.tr("How did it go?"))
        QVBoxLayout(feedback_box).addWidget(self.feedback)
        column = QWidget()
        column.setMaximumWidth(760)
        layout = QVBoxLayout(column)
        layout.addStretch(1)
        layout.addWidget(self.finish_title)
        layout.addWidget(self.finish_stats)
        layout.addWidget(self.finish_list)
        layout.addWidget(feedback_box)
        layout.addWidget(self.back_to_list, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        QHBoxLayout(self).addWidget(column)

    def reset(self) -> None:
        """Clear the answers for a new workout."""
        self.feedback.reset()

    def show_result(
        self,
        finished: bool,
        counts: WorkoutCounts,
        moves: list[tuple[str, SegmentOutcome]],
        pictures: Sequence[QIcon] = (),
    ) -> None:
        """Show the title, the counts (``docs/counting.md``) and every work segment ended,
        each with its move's small figure when ``pictures`` are given."""
        self.finish_title.setText(
            self.tr("Workout complete") if finished else self.tr("Workout stopped")
        )
        self.finish_stats.setText(
            fill(
                self.tr("%1 of exercise · moves done: %2 of %3"),
                format_duration(counts.exercise_s),
                counts.moves_done,
                counts.moves_planned,
            )
        )
        self.finish_list.clear()
        marks = {
            SegmentOutcome.COMPLETED: "✓  %1",
            SegmentOutcome.SKIPPED: self.tr("–  %1 (skipped)"),
            SegmentOutcome.STOPPED: self.tr("–  %1 (stopped)"),
        }
        for index, (name, outcome) in enumerate(moves):
            item = QListWidgetItem(fill(marks[outcome], name))
            if index < len(pictures):
                item.setIcon(pictures[index])
            self.finish_list.addItem(item)
        self.back_to_list.setFocus()

    def leave(self) -> None:
        """Back to the list; answers given but not yet saved are saved first."""
        if self.feedback.has_answers() and not self.feedback.saved_label.text():
            self.feedback.submit()
        self.left.emit()
