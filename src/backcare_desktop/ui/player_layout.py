"""The player's running page: its widgets, how they are laid out, and text scaled to the height.

:class:`~backcare_desktop.ui.workout_view.WorkoutView` builds on it and makes them move. Texts
keep the ``WorkoutView`` translation context: they are the player's words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from backcare_desktop.core.clock import SystemClock
from backcare_desktop.ui.figure_widget import FigureWidget
from backcare_desktop.ui.icons import icon
from backcare_desktop.ui.instructions_overlay import InstructionsOverlay
from backcare_desktop.ui.player_style import (
    ElidedLabel,
    PlayerFonts,
    centred_label,
    countdown_font,
    fitted,
    unclipped_height,
)


class PlayerLayout(QWidget):
    """The running page's widgets (built by :meth:`_running_page`), their text sized to the
    height so it reads from a mat across the room. The buttons are left for the view to wire."""

    def _counting_reps(self) -> bool:
        """Whether the countdown shows a rep count (the view knows; none by default)."""
        return False

    def _running_page(self) -> QWidget:
        """Build the header, the coloured stage, the progress bars, the notice line and the
        control row."""
        page = QWidget()
        self.routine_label = ElidedLabel("workoutRoutine", Qt.AlignmentFlag.AlignLeft)
        self.round_label = ElidedLabel("workoutRound", Qt.AlignmentFlag.AlignHCenter)
        self.times_label = ElidedLabel("workoutTimes", Qt.AlignmentFlag.AlignRight)
        for label in (self.round_label, self.times_label):  # these are never cut short
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        header = QHBoxLayout()
        header.setSpacing(24)
        header.addWidget(self.routine_label, 1)  # a long title ends in "…" (its tooltip: all)
        header.addWidget(self.round_label)
        header.addWidget(self.times_label)

        self.stage = QFrame()

        self.stage.setObjectName("stage")
        self.stage.setAutoFillBackground(True)
        self.kind_label = centred_label("kindLabel")
        self.countdown = centred_label("countdown")
        self.countdown.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.done_button = QPushButton(
            icon("done"), QCoreApplication.translate("WorkoutView", "Done")
        )
        self.done_button.setObjectName("bigDone")
        self.countdown.installEventFilter(self)
        self.done_button.setToolTip(
            QCoreApplication.translate("WorkoutView", "Finish this move (Enter)")
        )
        self.done_button.setAccessibleName(
            QCoreApplication.translate("WorkoutView", "Done: finish this move")
        )
        self.move_label = centred_label("moveLabel", wrap=True)
        self.cue_label = centred_label("cueLabel", wrap=True)
        self.muscles_label = centred_label("musclesLabel", wrap=True)
        self.caption = centred_label("caption")
        self.caption.setAccessibleName(QCoreApplication.translate("WorkoutView", "Spoken cue"))
        self.caption.hide()
        self.segment_progress = QProgressBar()
        self.segment_progress.setObjectName("segmentProgress")
        self.segment_progress.setTextVisible(False)
        self.segment_progress.setRange(0, 1000)
        self.segment_progress.setAccessibleName(
            QCoreApplication.translate("WorkoutView", "Progress of this part")
        )
        self.figure_view = FigureWidget(SystemClock())
        self.figure_view.setAccessibleName(
            QCoreApplication.translate("WorkoutView", "How to do the move")
        )
        stage_row = QHBoxLayout(self.stage)
        stage_row.setContentsMargins(24, 16, 24, 16)
        figure_column = QVBoxLayout()  # the figure, and the muscles it works under it
        figure_column.addWidget(self.figure_view, 1)
        figure_column.addWidget(self.muscles_label)
        stage_row.addLayout(figure_column, 1)
        stage_layout = QVBoxLayout()
        stage_row.addLayout(stage_layout, 1)
        stage_layout.addWidget(self.kind_label)
        stage_layout.addWidget(self.countdown, 5)
        stage_layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignHCenter)
        for widget in (self.move_label, self.cue_label, self.caption, self.segment_progress):
            stage_layout.addWidget(widget)
        # the I key (or its button) lays the long instructions over the figure, in large type
        self.instructions = InstructionsOverlay(self.figure_view, self.stage)

        self.next_label = QLabel()

        self.next_label.setObjectName("nextLabel")
        self.next_label.setWordWrap(True)
        self.total_progress = QProgressBar()
        self.total_progress.setObjectName("totalProgress")
        self.total_progress.setRange(0, 1000)
        self.total_progress.setFormat(QCoreApplication.translate("WorkoutView", "Workout %p%"))
        self.total_progress.setAccessibleName(
            QCoreApplication.translate("WorkoutView", "Progress of the whole workout")
        )
        self.notice_label = ElidedLabel("notice", Qt.AlignmentFlag.AlignLeft)  # one short line
        self.notice_label.hide()

        page_layout = QVBoxLayout(page)
        page_layout.addLayout(header)
        page_layout.addWidget(self.stage, 1)
        page_layout.addWidget(self.next_label)
        page_layout.addWidget(self.total_progress)
        page_layout.addWidget(self.notice_label)
        page_layout.addLayout(self._controls())
        return page

    def _button(self, icon_name: str, text: str, tip: str) -> QPushButton:
        """A control button whose tooltip (it names the key) is its accessible description."""
        button = QPushButton(icon(icon_name), text)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        button.setAccessibleDescription(tip)
        button.setMinimumHeight(40)
        return button

    def _controls(self) -> QHBoxLayout:
        """Back, Pause and Skip on the left; Instructions, Mute, Full screen and Stop right."""
        self.back_button = self._button(
            "skip-back",
            QCoreApplication.translate("WorkoutView", "Back"),
            QCoreApplication.translate("WorkoutView", "Restart this part, or go back (Left or P)"),
        )
        self.pause_button = self._button(
            "pause",
            QCoreApplication.translate("WorkoutView", "Pause"),
            QCoreApplication.translate("WorkoutView", "Pause or resume (Space)"),
        )
        self.skip_button = self._button(
            "skip-next",
            QCoreApplication.translate("WorkoutView", "Skip"),
            QCoreApplication.translate("WorkoutView", "Skip to the next part (Right or N)"),
        )
        self.mute_button = self._button(
            "volume",
            QCoreApplication.translate("WorkoutView", "Mute"),
            QCoreApplication.translate("WorkoutView", "Mute or unmute the cues (M)"),
        )
        self.instructions_button = self._button(
            "info",
            QCoreApplication.translate("WorkoutView", "Instructions (I)"),
            QCoreApplication.translate("WorkoutView", "Show or hide how to do the move (I)"),
        )
        self.fullscreen_button = self._button(
            "fullscreen",
            QCoreApplication.translate("WorkoutView", "Full screen"),
            QCoreApplication.translate("WorkoutView", "Full screen on or off (F11)"),
        )
        self.stop_button = self._button(
            "stop",
            QCoreApplication.translate("WorkoutView", "Stop"),
            QCoreApplication.translate("WorkoutView", "End the workout (Esc)"),
        )
        row = QHBoxLayout()
        for button in (self.back_button, self.pause_button, self.skip_button):
            row.addWidget(button)
        row.addStretch(1)
        for button in (
            self.instructions_button,
            self.mute_button,
            self.fullscreen_button,
            self.stop_button,
        ):
            row.addWidget(button)
        return row

    def _size_countdown(self) -> None:
        """About a third of the view's height; a rep count above the Done button is smaller,
        and narrower than the stage's column ("8 Wiederholungen" is long)."""
        reps = self._counting_reps()
        font = countdown_font(self.font(), self.height(), reps)
        if reps:
            font = fitted(font, self.countdown.text(), self.countdown.contentsRect().width())
        self.countdown.setFont(font)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Refit the rep count when the countdown's column changes width."""
        if watched is self.countdown and event.type() is QEvent.Type.Resize:
            self._size_countdown()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Scale every text to the view's height, so it reads from a mat across the room."""
        super().resizeEvent(event)
        height = max(1, event.size().height())
        self._size_countdown()
        fonts = PlayerFonts.scaled(self.font(), height)
        self.move_label.setFont(fonts.move)
        self.kind_label.setFont(fonts.kind)
        self.kind_label.setMinimumHeight(unclipped_height(fonts.kind, self.kind_label.text()))
        self.cue_label.setFont(fonts.cue)
        self.caption.setFont(fonts.cue)
        for label in (self.routine_label, self.round_label, self.times_label):
            label.setFont(fonts.header)
        self.muscles_label.setFont(fonts.secondary)
        self.next_label.setFont(fonts.next)
        self.notice_label.setFont(fonts.notice)
        self.instructions.set_text_px(fonts.cue.pixelSize())
        self.done_button.setFont(fonts.done)
        done_font = fonts.done
        self.done_button.setIconSize(QSize(done_font.pixelSize(), done_font.pixelSize()))
        self.done_button.setMinimumSize(int(height * 0.45), int(height * 0.09))
