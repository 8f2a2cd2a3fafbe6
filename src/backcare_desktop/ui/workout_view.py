"""The player: a big countdown readable across a room, the move, its cues and the controls."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMetaObject, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QIcon,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QMessageBox,
    QStackedLayout,
    QWidget,
)

from backcare_desktop.core.clock import NS_PER_S
from backcare_desktop.core.counts import WorkDone, count_workout, planned_work_segments, work_done
from backcare_desktop.core.durations import format_duration
from backcare_desktop.core.engine import (
    CueDue,
    EngineState,
    SegmentEnded,
    SegmentOutcome,
    SegmentStarted,
)
from backcare_desktop.core.figures.fileformat import FigureLibrary, load_figure_library
from backcare_desktop.core.timeline import CueKind, Segment, SegmentKind, Side
from backcare_desktop.resources import figures_dir
from backcare_desktop.ui.controller import WorkoutController
from backcare_desktop.ui.figure_thumbnails import FigureIcons
from backcare_desktop.ui.figure_widget import Motion, stage_palette
from backcare_desktop.ui.finish_page import FinishPage
from backcare_desktop.ui.i18n import fill
from backcare_desktop.ui.icons import icon
from backcare_desktop.ui.names import display_list
from backcare_desktop.ui.player_layout import PlayerLayout
from backcare_desktop.ui.player_style import (
    KIND_STYLES,
    PAUSED_STYLE,
    countdown_text,
    stage_style_sheet,
    unclipped_height,
)
from backcare_desktop.ui.texts import timeline_texts

STOP_CONFIRM_AFTER_NS = 30 * NS_PER_S
CAPTION_MS = 2500
FLASH_MS = 250


FIGURE_MUSCLES = ("#f0b44c", "#8a3b12")
"""Working muscles on the coloured stage: warm amber, or dark rust on the amber get-ready stage."""


def muscle_colour(background: str) -> str:
    """The muscle tint that stands out from ``background``."""
    amber, rust = FIGURE_MUSCLES
    return rust if background.lower() == amber else amber


class WorkoutView(PlayerLayout):
    """Shows a running workout and its finish screen. Every control has a key and a button."""

    mute_toggled = Signal(bool)
    fullscreen_toggled = Signal()
    closed = Signal()  # the user left the finish screen

    def __init__(self, parent: QWidget | None = None, figures: FigureLibrary | None = None) -> None:
        super().__init__(parent)
        self.controller: WorkoutController | None = None
        self.texts = timeline_texts()
        self._stage_style = KIND_STYLES[SegmentKind.GET_READY]
        self.muted = False
        self.fullscreen = False
        self.confirm_stop: Callable[[], bool] = self._ask_to_stop
        self._moves: list[tuple[str, SegmentOutcome]] = []  # work done, in order
        self._done: list[Segment] = []  # their segments: the finish page shows their figures
        self._work: list[WorkDone] = []
        self.figures = figures if figures is not None else load_figure_library(figures_dir())
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
        self.finish = FinishPage()
        self.finish.left.connect(self.closed)
        self.pages.addWidget(self.finish)
        # the finish page's parts, as the window and tests know them
        self.feedback = self.finish.feedback
        self.back_to_list = self.finish.back_to_list
        self.finish_title = self.finish.finish_title
        self.finish_stats = self.finish.finish_stats
        self.finish_list = self.finish.finish_list
        self._wire_controls()
        self._shortcuts()

    # -- buttons and keys --------------------------------------------------------------------

    def _wire_controls(self) -> None:
        """Each button calls its action; each action has a key too (see :meth:`_shortcuts`)."""
        for button, slot in (
            (self.done_button, self.done),
            (self.back_button, self.back),
            (self.pause_button, self.toggle_pause),
            (self.skip_button, self.skip),
            (self.mute_button, self.toggle_mute),
            (self.instructions_button, self.toggle_instructions),
            (self.fullscreen_button, self.fullscreen_toggled.emit),
            (self.stop_button, self.request_stop),
        ):
            button.clicked.connect(slot)

    def _shortcuts(self) -> None:
        bindings: list[tuple[tuple[str, ...], Callable[[], object]]] = [
            (("Space",), self.toggle_pause),
            (("Right", "N"), self.skip),
            (("Left", "P"), self.back),
            (("Return", "Enter"), self._enter_pressed),
            (("M",), self.toggle_mute),
            (("F11",), self.fullscreen_toggled.emit),
            (("Esc",), self.request_stop),
            (("I",), self.toggle_instructions),
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
        self.figure_view.clock = controller.clock
        self.texts = timeline_texts()
        self._moves = []
        self._done = []
        self._work = []
        self._connections = [
            controller.refreshed.connect(self.refresh),
            controller.segment_started.connect(self._on_segment_started),
            controller.segment_ended.connect(self._on_segment_ended),
            controller.state_changed.connect(self._on_state),
            controller.cue_due.connect(self._on_cue),
        ]
        self.routine_label.setText(controller.timeline.routine.title)
        self.finish.reset()
        self._hide_caption()
        self.pages.setCurrentIndex(0)
        self._show_segment()
        self.setFocus()

    def set_level_label(self, text: str) -> None:
        """Show a programme level beside the routine's title ("Level 2: holds 50 s")."""
        title = self.controller.timeline.routine.title if self.controller else ""
        self.routine_label.setText(f"{title} · {text}")

    def end(self) -> None:
        """Stop following the workout shown (its controller may be deleted after this)."""
        for connection in self._connections:
            QObject.disconnect(connection)
        self._connections = []
        self.controller = None

    def set_notices(self, notices: list[str]) -> None:
        """Show sentences about missing audio or voice on one line (empty: hide the bar)."""
        self.notice_label.setText("  ·  ".join(notices))
        self.notice_label.setVisible(bool(notices))

    def _engine_state(self) -> EngineState | None:
        return self.controller.engine.state if self.controller else None

    def _show_segment(self) -> None:
        if self.controller is None:
            return
        engine = self.controller.engine
        segment = engine.segment
        self._apply_style(segment)
        self.round_label.setText(fill(self.tr("Round %1 of %2"), segment.round, segment.rounds))
        move = segment.move
        work = segment.kind is SegmentKind.WORK
        self.move_label.setText(self._move_title(segment))
        if move is None:
            self.cue_label.clear()
        elif work:
            # a reps move that ends by itself shows its time: its count goes with the cue
            timed_reps = segment.is_counted and not segment.is_open_ended
            amount = self.texts.amount(move) if timed_reps else ""
            self.cue_label.setText(" · ".join(text for text in (amount, move.cue) if text))
        else:
            self.cue_label.setText(self.texts.amount(move))
        self.instructions.set_text(move.instructions if move else "")
        muscles = display_list(move.muscles) if move else ""
        self.muscles_label.setText(fill(self.tr("Works: %1"), muscles) if muscles else "")
        self.next_label.setText(segment.next_up if work else "")
        self._show_figure(segment)
        reps = segment.is_open_ended
        self.done_button.setVisible(segment.is_counted)
        self.segment_progress.setVisible(not reps)
        self.countdown.clear()  # the next refresh names it anew for this segment
        if reps and move is not None:
            self.countdown.setText(self.texts.amount(move))
            self.countdown.setAccessibleName(self.texts.amount(move))
        self._size_countdown()
        self.refresh()

    def _show_figure(self, segment: Segment) -> None:
        """The move's figure: moving while it is worked, standing still before it."""
        move = segment.move
        figure = self.figures.get(move.figure) if move is not None else None
        if segment.kind is SegmentKind.WORK:
            motion = Motion.REPS if segment.is_open_ended else Motion.LOOP
        else:
            motion = Motion.STILL
        self.figure_view.show_figure(
            figure,
            move.muscles if move is not None else (),
            mirrored=segment.side is Side.RIGHT,
            motion=motion,
            description=move.cue if move is not None else "",
        )

    def _pictures(self) -> list[QIcon]:
        """The small still figure of each move done, facing its side."""
        icons = FigureIcons(self.figures, self.finish.palette())
        return [
            icons.icon(segment.move.figure, segment.move.muscles, segment.side is Side.RIGHT)
            if segment.move is not None
            else QIcon()
            for segment in self._done
        ]

    def toggle_instructions(self) -> None:
        """Show or hide the long instructions over the figure (the I key)."""
        self.instructions.toggle()

    def _move_title(self, segment: Segment) -> str:
        move = segment.move
        if move is None:
            return segment.title
        side = self.texts.side(segment.side) if segment.side else ""
        name = f"{move.name} – {side}" if side else move.name
        if segment.kind is SegmentKind.WORK:
            return name
        if segment.kind is SegmentKind.SWITCH:
            return fill(self.tr("Switch to the %1"), side)
        return fill(self.tr("Next: %1"), name)

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
        self.kind_label.setMinimumHeight(
            unclipped_height(self.kind_label.font(), self.kind_label.text())
        )
        self.stage.setProperty("kind", "paused" if paused else segment.kind.value)
        self._stage_style = style
        self._restyle_stage()

    def _restyle_stage(self) -> None:
        """The stage in its kind's colours; a bright edge while a cue flashes."""
        style = self._stage_style
        self.stage.setStyleSheet(stage_style_sheet(style, bool(self.stage.property("flash"))))
        self.figure_view.setPalette(
            stage_palette(
                self.palette(), style.foreground, style.background, muscle_colour(style.background)
            )
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
                self.countdown.setAccessibleName(fill(self.tr("%1: %2 left"), segment.title, text))
            done = 1 - remaining / segment.duration_ns if segment.duration_ns else 1
            self.segment_progress.setValue(round(done * 1000))
        else:
            self.segment_progress.setValue(0)
        self.total_progress.setValue(round(engine.progress() * 1000))
        self.times_label.setText(
            fill(
                self.tr("%1 done · %2 left"),
                format_duration(engine.elapsed_ns() / NS_PER_S),
                format_duration(engine.total_remaining_ns() / NS_PER_S),
            )
        )

    def _on_state(self, state: str) -> None:
        paused = state == EngineState.PAUSED.value
        self.figure_view.set_paused(paused)
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
        self._done.append(event.segment)  # its picture is drawn at the finish, never before a cue
        work = work_done(event)
        if work is not None:
            self._work.append(work)

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
        planned = planned_work_segments(self.controller.timeline)
        self.finish.show_result(
            finished, count_workout(self._work, planned), self._moves, self._pictures()
        )
        self.pages.setCurrentIndex(1)
        self.feedback.pain.setFocus()

    # -- controls ----------------------------------------------------------------------------

    def _running(self) -> WorkoutController | None:
        """The controller while its workout runs or is paused, else None."""
        if self._engine_state() in (EngineState.RUNNING, EngineState.PAUSED):
            return self.controller
        return None

    def toggle_pause(self) -> None:
        """Space."""
        if (controller := self._running()) is not None:
            controller.toggle_pause()

    def skip(self) -> None:
        """Right or N."""
        if (controller := self._running()) is not None:
            controller.skip()

    def back(self) -> None:
        """Left or P."""
        if (controller := self._running()) is not None:
            controller.back()

    def done(self) -> None:
        """Finish a reps move (Enter or the Done button)."""
        if (controller := self._running()) is not None:
            controller.done()

    def _enter_pressed(self) -> None:
        if self.pages.currentIndex() == 1:
            if not self.feedback.note.hasFocus():
                self.leave_finish()
        else:
            self.done()

    def leave_finish(self) -> None:
        """Back to the list; answers given but not yet saved are saved first."""
        self.finish.leave()

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
        """Show the full-screen state on the button (Esc leaves full screen first)."""
        self.fullscreen = fullscreen
        self.fullscreen_button.setIcon(icon("fullscreen-exit" if fullscreen else "fullscreen"))
        self.fullscreen_button.setText(
            self.tr("Exit full screen") if fullscreen else self.tr("Full screen")
        )

    def request_stop(self) -> None:
        """Esc: close the instructions or leave full screen first; else stop, asking first
        after 30 seconds."""
        if self.instructions.isVisible():
            self.instructions.hide()
        elif self.pages.currentIndex() == 1:
            self.leave_finish()
        elif self._running() is not None and self.fullscreen:
            self.fullscreen_toggled.emit()  # the platform's convention: Esc leaves full screen
        else:
            self.stop_with(self.confirm_stop)

    def stop_with(self, confirm: Callable[[], bool]) -> bool:
        """Stop the workout; once more than 30 s have passed, only when ``confirm()`` says so.

        The workout is paused while asking and carries on when the answer is no. Returns True
        when the workout stopped (or was not running).
        """
        controller = self._running()
        if controller is None:
            return True
        engine = controller.engine
        if engine.elapsed_ns() > STOP_CONFIRM_AFTER_NS:
            was_running = engine.state is EngineState.RUNNING
            controller.pause()
            if not confirm():
                if was_running:
                    controller.toggle_pause()
                return False
        controller.stop()
        return True

    def _ask_to_stop(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Stop the workout?"),
            self.tr("Stop now? What you have done so far is saved."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _counting_reps(self) -> bool:
        """Whether the countdown shows a rep count: a reps move that ends when Done is pressed."""
        return self.controller is not None and self.controller.engine.segment.is_open_ended
