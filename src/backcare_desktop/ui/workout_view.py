"""The player: a big countdown readable across a room, the move, its cues and the controls."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QMetaObject, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QKeySequence,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from backcare_desktop.core.clock import NS_PER_S
from backcare_desktop.core.durations import format_duration
from backcare_desktop.core.engine import (
    CueDue,
    EngineState,
    SegmentEnded,
    SegmentOutcome,
    SegmentStarted,
)
from backcare_desktop.core.timeline import CueKind, Segment, SegmentKind
from backcare_desktop.ui.controller import WorkoutController
from backcare_desktop.ui.feedback import AfterWorkoutForm
from backcare_desktop.ui.icons import icon
from backcare_desktop.ui.names import display_list
from backcare_desktop.ui.texts import timeline_texts

STOP_CONFIRM_AFTER_NS = 30 * NS_PER_S
CAPTION_MS = 2500
FLASH_MS = 250


@dataclass(frozen=True)
class KindStyle:
    """The colours of a segment kind (its name is written too: colour is never the only sign)."""

    background: str
    foreground: str


KIND_STYLES = {
    SegmentKind.GET_READY: KindStyle("#f0b44c", "#1f2328"),
    SegmentKind.WORK: KindStyle("#237a50", "#ffffff"),
    SegmentKind.REST: KindStyle("#2c63b8", "#ffffff"),
    SegmentKind.SWITCH: KindStyle("#7442b8", "#ffffff"),
    SegmentKind.ROUND_REST: KindStyle("#24529a", "#ffffff"),
}
PAUSED_STYLE = KindStyle("#4b5563", "#ffffff")


def countdown_text(remaining_ns: int) -> str:
    """Seconds rounded up; ``m:ss`` from a minute on. ``45``, ``1:30``."""
    seconds = -(-remaining_ns // NS_PER_S)
    return format_duration(seconds) if seconds >= 60 else str(seconds)


class WorkoutView(QWidget):
    """Shows a running workout and its finish screen. Every control has a key and a button."""

    mute_toggled = Signal(bool)
    fullscreen_toggled = Signal()
    closed = Signal()  # the user left the finish screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller: WorkoutController | None = None
        self.texts = timeline_texts()
        self._stage_style = KIND_STYLES[SegmentKind.GET_READY]
        self.muted = False
        self.confirm_stop: Callable[[], bool] = self._ask_to_stop
        self._moves: list[tuple[str, SegmentOutcome]] = []  # work done, in order
        self._connections: list[QMetaObject.Connection] = []
        self._caption_timer = QTimer(self)
        self._caption_timer.setSingleShot(True)
        self._caption_timer.timeout.connect(self._hide_caption)
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._end_flash)

        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # holds the keys while a workout runs
        self.pages = QStackedLayout(self)
        self.pages.addWidget(self._running_page())
        self.pages.addWidget(self._finish_page())
        self._shortcuts()

    # -- building ----------------------------------------------------------------------------

    def _running_page(self) -> QWidget:
        page = QWidget()
        self.routine_label = QLabel(objectName="workoutRoutine")
        self.round_label = QLabel(objectName="workoutRound")
        self.round_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.times_label = QLabel(objectName="workoutTimes")
        self.times_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = QHBoxLayout()
        header.addWidget(self.routine_label, 1)
        header.addWidget(self.round_label, 1)
        header.addWidget(self.times_label, 1)

        self.stage = QFrame(objectName="stage")
        self.stage.setAutoFillBackground(True)
        self.kind_label = QLabel(objectName="kindLabel")
        self.kind_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = QLabel(objectName="countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.done_button = QPushButton(icon("done"), self.tr("Done"), objectName="bigDone")
        self.done_button.setToolTip(self.tr("Finish this move (Enter)"))
        self.done_button.setAccessibleName(self.tr("Done: finish this move"))
        self.done_button.clicked.connect(self.done)
        self.move_label = QLabel(objectName="moveLabel")
        self.move_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.move_label.setWordWrap(True)
        self.cue_label = QLabel(objectName="cueLabel")
        self.cue_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cue_label.setWordWrap(True)
        self.instructions_label = QLabel(objectName="instructionsLabel")
        self.instructions_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.instructions_label.setWordWrap(True)
        self.muscles_label = QLabel(objectName="musclesLabel")
        self.muscles_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(objectName="caption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setAccessibleName(self.tr("Spoken cue"))
        self.caption.hide()
        self.segment_progress = QProgressBar(objectName="segmentProgress")
        self.segment_progress.setTextVisible(False)
        self.segment_progress.setRange(0, 1000)
        self.segment_progress.setAccessibleName(self.tr("Progress of this part"))
        stage_layout = QVBoxLayout(self.stage)
        stage_layout.setContentsMargins(24, 16, 24, 16)
        stage_layout.addWidget(self.kind_label)
        stage_layout.addWidget(self.countdown, 5)
        stage_layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignHCenter)
        stage_layout.addWidget(self.move_label)
        stage_layout.addWidget(self.cue_label)
        stage_layout.addWidget(self.instructions_label)
        stage_layout.addWidget(self.muscles_label)
        stage_layout.addWidget(self.caption)
        stage_layout.addWidget(self.segment_progress)

        self.next_label = QLabel(objectName="nextLabel")
        self.next_label.setWordWrap(True)
        self.total_progress = QProgressBar(objectName="totalProgress")
        self.total_progress.setRange(0, 1000)
        self.total_progress.setFormat(self.tr("Workout %p%"))
        self.total_progress.setAccessibleName(self.tr("Progress of the whole workout"))
        self.notice_label = QLabel(objectName="notice")
        self.notice_label.setWordWrap(True)
        self.notice_label.hide()

        page_layout = QVBoxLayout(page)
        page_layout.addLayout(header)
        page_layout.addWidget(self.stage, 1)
        page_layout.addWidget(self.next_label)
        page_layout.addWidget(self.total_progress)
        page_layout.addWidget(self.notice_label)
        page_layout.addLayout(self._controls())
        return page

    def _button(
        self, icon_name: str, text: str, tip: str, slot: Callable[[], object]
    ) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        button.setAccessibleDescription(tip)
        button.setMinimumHeight(40)
        button.clicked.connect(slot)
        return button

    def _controls(self) -> QHBoxLayout:
        self.back_button = self._button(
            "skip-back",
            self.tr("Back"),
            self.tr("Restart this part, or go back (Left or P)"),
            self.back,
        )
        self.pause_button = self._button(
            "pause", self.tr("Pause"), self.tr("Pause or resume (Space)"), self.toggle_pause
        )
        self.skip_button = self._button(
            "skip-next", self.tr("Skip"), self.tr("Skip to the next part (Right or N)"), self.skip
        )
        self.mute_button = self._button(
            "volume", self.tr("Mute"), self.tr("Mute or unmute the cues (M)"), self.toggle_mute
        )
        self.fullscreen_button = self._button(
            "fullscreen",
            self.tr("Full screen"),
            self.tr("Full screen on or off (F11)"),
            self.fullscreen_toggled.emit,
        )
        self.stop_button = self._button(
            "stop", self.tr("Stop"), self.tr("End the workout (Esc)"), self.request_stop
        )
        row = QHBoxLayout()
        for button in (self.back_button, self.pause_button, self.skip_button):
            row.addWidget(button)
        row.addStretch(1)
        for button in (self.mute_button, self.fullscreen_button, self.stop_button):
            row.addWidget(button)
        return row

    def _finish_page(self) -> QWidget:
        page = QWidget()
        self.finish_title = QLabel(objectName="finishTitle")
        self.finish_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.finish_stats = QLabel(objectName="finishStats")
        self.finish_stats.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.finish_list = QListWidget()
        self.finish_list.setAccessibleName(self.tr("Moves of this workout"))
        self.feedback = AfterWorkoutForm()
        self.back_to_list = QPushButton(self.tr("Back to routines"), objectName="primary")
        self.back_to_list.setMinimumHeight(44)
        self.back_to_list.setDefault(True)
        self.back_to_list.clicked.connect(self.leave_finish)
        self.back_to_list.setMinimumWidth(240)
        self.finish_list.setMaximumHeight(220)
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
        outer = QHBoxLayout(page)
        outer.addWidget(column)
        return page

    def _shortcuts(self) -> None:
        bindings: list[tuple[tuple[str, ...], Callable[[], object]]] = [
            (("Space",), self.toggle_pause),
            (("Right", "N"), self.skip),
            (("Left", "P"), self.back),
            (("Return", "Enter"), self._enter_pressed),
            (("M",), self.toggle_mute),
            (("F11",), self.fullscreen_toggled.emit),
            (("Esc",), self.request_stop),
        ]
        self.shortcuts: list[QShortcut] = []
        for keys, slot in bindings:
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
                self.shortcuts.append(shortcut)

    # -- running a workout -------------------------------------------------------------------

    def begin(self, controller: WorkoutController) -> None:
        """Show ``controller``'s workout; call before ``controller.start()``.

        The view follows one workout at a time: it lets go of the previous one first.
        """
        self.end()
        self.controller = controller
        self.texts = timeline_texts()
        self._moves = []
        self._connections = [
            controller.refreshed.connect(self.refresh),
            controller.segment_started.connect(self._on_segment_started),
            controller.segment_ended.connect(self._on_segment_ended),
            controller.state_changed.connect(self._on_state),
            controller.cue_due.connect(self._on_cue),
        ]
        self.routine_label.setText(controller.timeline.routine.title)
        self.feedback.reset()
        self._hide_caption()
        self.pages.setCurrentIndex(0)
        self._show_segment()
        self.setFocus()

    def end(self) -> None:
        """Stop following the workout shown (its controller may be deleted after this)."""
        for connection in self._connections:
            QObject.disconnect(connection)
        self._connections = []
        self.controller = None

    def set_notices(self, notices: list[str]) -> None:
        """Show sentences about missing audio or voice (empty: hide the bar)."""
        self.notice_label.setText("\n".join(notices))
        self.notice_label.setVisible(bool(notices))

    def _engine_state(self) -> EngineState | None:
        return self.controller.engine.state if self.controller else None

    def _show_segment(self) -> None:
        if self.controller is None:
            return
        engine = self.controller.engine
        segment = engine.segment
        self._apply_style(segment)
        self.round_label.setText(
            self.tr("Round %1 of %2")
            .replace("%1", str(segment.round))
            .replace("%2", str(segment.rounds))
        )
        move = segment.move
        work = segment.kind is SegmentKind.WORK
        self.move_label.setText(self._move_title(segment))
        if move is None:
            self.cue_label.clear()
        elif work:
            self.cue_label.setText(move.cue)
        else:
            self.cue_label.setText(self.texts.amount(move))
        self.instructions_label.setText(move.instructions if move else "")
        muscles = display_list(move.muscles) if move else ""
        self.muscles_label.setText(self.tr("Works: %s") % muscles if muscles else "")
        self.next_label.setText(segment.next_up if work else "")
        reps = segment.is_open_ended
        self.done_button.setVisible(reps)
        self.segment_progress.setVisible(not reps)
        self._size_countdown()
        self.countdown.clear()  # the next refresh names it anew for this segment
        if reps and move is not None:
            self.countdown.setText(self.texts.amount(move))
            self.countdown.setAccessibleName(self.texts.amount(move))
        self.refresh()

    def _move_title(self, segment: Segment) -> str:
        move = segment.move
        if move is None:
            return segment.title
        side = self.texts.side(segment.side) if segment.side else ""
        name = f"{move.name} – {side}" if side else move.name
        if segment.kind is SegmentKind.WORK:
            return name
        if segment.kind is SegmentKind.SWITCH:
            return self.tr("Switch to the %s") % side
        return self.tr("Next: %s") % name

    def _kind_name(self, kind: SegmentKind | None) -> str:
        """The big word over the countdown (None: paused)."""
        names = {
            SegmentKind.GET_READY: self.tr("GET READY"),
            SegmentKind.WORK: self.tr("WORK"),
            SegmentKind.REST: self.tr("REST"),
            SegmentKind.SWITCH: self.tr("SWITCH SIDES"),
            SegmentKind.ROUND_REST: self.tr("ROUND REST"),
        }
        return names[kind] if kind is not None else self.tr("PAUSED")

    def _apply_style(self, segment: Segment) -> None:
        paused = self._engine_state() is EngineState.PAUSED
        style = PAUSED_STYLE if paused else KIND_STYLES[segment.kind]
        self.kind_label.setText(self._kind_name(None if paused else segment.kind))
        self.stage.setProperty("kind", "paused" if paused else segment.kind.value)
        self._stage_style = style
        self._restyle_stage()

    def _restyle_stage(self) -> None:
        """The stage in its kind's colours; a bright edge while a cue flashes."""
        style = self._stage_style
        edge = style.foreground if self.stage.property("flash") else style.background
        self.stage.setStyleSheet(
            f"QFrame#stage {{ background: {style.background}; border-radius: 18px;"
            f" border: 6px solid {edge}; }}"
            f"QFrame#stage QLabel {{ color: {style.foreground}; background: transparent;"
            " border: none; }"
        )

    def refresh(self) -> None:
        """Redraw everything that moves with time."""
        if self.controller is None:
            return
        engine = self.controller.engine
        if engine.state in (EngineState.FINISHED, EngineState.STOPPED):
            return
        segment = engine.segment
        remaining = engine.remaining_ns()
        if remaining is not None:
            text = countdown_text(remaining)
            if text != self.countdown.text():
                self.countdown.setText(text)
                # the name changes with the time, so a screen reader announces it
                self.countdown.setAccessibleName(
                    self.tr("%1: %2 left").replace("%1", segment.title).replace("%2", text)
                )
            done = 1 - remaining / segment.duration_ns if segment.duration_ns else 1
            self.segment_progress.setValue(round(done * 1000))
        else:
            self.segment_progress.setValue(0)
        self.total_progress.setValue(round(engine.progress() * 1000))
        self.times_label.setText(
            self.tr("%1 done · %2 left")
            .replace("%1", format_duration(engine.elapsed_ns() / NS_PER_S))
            .replace("%2", format_duration(engine.total_remaining_ns() / NS_PER_S))
        )

    def _on_state(self, state: str) -> None:
        paused = state == EngineState.PAUSED.value
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.pause_button.setIcon(icon("play" if paused else "pause"))
        if self.controller is not None and state in (EngineState.RUNNING, EngineState.PAUSED):
            self._apply_style(self.controller.engine.segment)
        if state in (EngineState.FINISHED.value, EngineState.STOPPED.value):
            self._show_finish(state == EngineState.FINISHED.value)

    def _on_segment_started(self, _event: SegmentStarted) -> None:
        self._show_segment()

    def _on_segment_ended(self, event: SegmentEnded) -> None:
        if event.segment.kind is not SegmentKind.WORK:
            return
        self._moves.append((event.segment.title, event.outcome))

    def _on_cue(self, event: CueDue) -> None:
        """Visual cues, so muted or deaf users get them too: every cue flashes the stage's
        edge; words not already on screen (halfway) show as a caption."""
        self.stage.setProperty("flash", True)
        self._restyle_stage()
        self._flash_timer.start(FLASH_MS)
        if event.cue.kind is CueKind.HALFWAY:
            self.caption.setText(event.cue.say)
            self.caption.show()
            self._caption_timer.start(CAPTION_MS)

    def _hide_caption(self) -> None:
        self.caption.clear()
        self.caption.hide()

    def _end_flash(self) -> None:
        self.stage.setProperty("flash", False)
        self._restyle_stage()

    def _show_finish(self, finished: bool) -> None:
        assert self.controller is not None
        active = self.controller.engine.elapsed_ns()
        self.finish_title.setText(
            self.tr("Workout complete") if finished else self.tr("Workout stopped")
        )
        done = sum(outcome is SegmentOutcome.COMPLETED for _name, outcome in self._moves)
        self.finish_stats.setText(
            self.tr("%1 of exercise · moves done: %2 of %3")
            .replace("%1", format_duration(active / NS_PER_S))
            .replace("%2", str(done))
            .replace("%3", str(len(self._moves)))
        )
        self.finish_list.clear()
        marks = {
            SegmentOutcome.COMPLETED: "✓  %s",
            SegmentOutcome.SKIPPED: self.tr("–  %s (skipped)"),
            SegmentOutcome.STOPPED: self.tr("–  %s (stopped)"),
        }
        for name, outcome in self._moves:
            self.finish_list.addItem(marks[outcome] % name)
        self.pages.setCurrentIndex(1)
        self.feedback.pain.setFocus()

    # -- controls ----------------------------------------------------------------------------

    def _running(self) -> bool:
        return self._engine_state() in (EngineState.RUNNING, EngineState.PAUSED)

    def toggle_pause(self) -> None:
        """Space."""
        if self._running():
            self.controller.toggle_pause()

    def skip(self) -> None:
        """Right or N."""
        if self._running():
            self.controller.skip()

    def back(self) -> None:
        """Left or P."""
        if self._running():
            self.controller.back()

    def done(self) -> None:
        """Finish a reps move (Enter or the Done button)."""
        if self._running():
            self.controller.done()

    def _enter_pressed(self) -> None:
        if self.pages.currentIndex() == 1:
            if not self.feedback.note.hasFocus():
                self.leave_finish()
        else:
            self.done()

    def leave_finish(self) -> None:
        """Back to the list; answers given but not yet saved are saved first."""
        if self.feedback.has_answers() and not self.feedback.saved_label.text():
            self.feedback.submit()
        self.closed.emit()

    def toggle_mute(self) -> None:
        """M: mute or unmute the cues."""
        self.set_muted(not self.muted)
        self.mute_toggled.emit(self.muted)

    def set_muted(self, muted: bool) -> None:
        """Show the mute state on the button."""
        self.muted = muted
        self.mute_button.setText(self.tr("Unmute") if muted else self.tr("Mute"))
        self.mute_button.setIcon(icon("mute" if muted else "volume"))

    def set_fullscreen(self, fullscreen: bool) -> None:
        """Show the full-screen state on the button."""
        self.fullscreen_button.setIcon(icon("fullscreen-exit" if fullscreen else "fullscreen"))
        self.fullscreen_button.setText(
            self.tr("Exit full screen") if fullscreen else self.tr("Full screen")
        )

    def request_stop(self) -> None:
        """Esc: stop, asking first once more than 30 seconds have passed."""
        if self.pages.currentIndex() == 1:
            self.leave_finish()
            return
        if not self._running():
            return
        engine = self.controller.engine
        if engine.elapsed_ns() > STOP_CONFIRM_AFTER_NS:
            was_running = engine.state is EngineState.RUNNING
            self.controller.pause()
            if not self.confirm_stop():
                if was_running:
                    self.controller.toggle_pause()
                return
        self.controller.stop()

    def _ask_to_stop(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Stop the workout?"),
            self.tr("Stop now? What you have done so far is saved."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- layout ------------------------------------------------------------------------------

    def _size_countdown(self) -> None:
        """About a third of the view's height; smaller for a rep count above the Done button."""
        reps = self.controller is not None and self.controller.engine.segment.is_open_ended
        big = QFont(self.font())
        big.setPixelSize(max(40, int(self.height() * (0.14 if reps else 0.30))))
        big.setWeight(QFont.Weight.Bold)
        big.setFeature(QFont.Tag("tnum"), 1)  # tabular digits: the countdown does not jiggle
        self.countdown.setFont(big)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Scale the countdown to about a third of the window height."""
        super().resizeEvent(event)
        height = max(1, event.size().height())
        self._size_countdown()
        move_font = QFont(self.font())
        move_font.setPixelSize(max(20, int(height * 0.055)))
        move_font.setWeight(QFont.Weight.DemiBold)
        self.move_label.setFont(move_font)
        kind_font = QFont(self.font())
        kind_font.setPixelSize(max(16, int(height * 0.035)))
        kind_font.setWeight(QFont.Weight.Bold)
        kind_font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 115)
        self.kind_label.setFont(kind_font)
        cue_font = QFont(self.font())
        cue_font.setPixelSize(max(15, int(height * 0.03)))
        cue_font.setItalic(True)
        self.cue_label.setFont(cue_font)
        self.caption.setFont(cue_font)
        done_font = QFont(self.font())
        done_font.setPixelSize(max(22, int(height * 0.05)))
        done_font.setWeight(QFont.Weight.Bold)
        self.done_button.setFont(done_font)
        self.done_button.setIconSize(QSize(done_font.pixelSize(), done_font.pixelSize()))
        self.done_button.setMinimumSize(int(height * 0.45), int(height * 0.09))
