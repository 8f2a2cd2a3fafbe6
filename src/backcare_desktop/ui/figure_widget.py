"""A widget that shows a move's figure, animated from a monotonic clock.

The frame drawn is always computed from the clock (seconds since the move's figure was shown,
minus paused time); a ``Qt.PreciseTimer`` only wakes the widget a few times a second, so a late
or skipped wake never shifts the animation and never holds up a cue.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from enum import Enum

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from backcare_desktop.core.clock import NS_PER_S, Clock
from backcare_desktop.core.figures.motion import Figure, Key, rep_seconds
from backcare_desktop.core.figures.skeleton import Pose
from backcare_desktop.ui.figure_painter import FigureColours, FigurePainter

FRAMES_PER_SECOND = 8
"""A calm figure needs few frames; each wake costs one small repaint."""
REP_INTERVAL_S = 3.0
PLACEHOLDER = Figure(id="placeholder", keys=(Key(Pose()),))
"""A neutral standing figure for a move without one."""


class Motion(Enum):
    """How the figure moves: looping at its tempo, one loop per rep, or standing still."""

    LOOP = "loop"
    REPS = "reps"
    STILL = "still"


class FigureWidget(QWidget):
    """Paints one figure; call :meth:`show_figure` for each move, :meth:`set_paused` to freeze."""

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.figure: Figure | None = None
        self.muscles: tuple[str, ...] = ()
        self.mirrored = False
        self.motion = Motion.STILL
        self.rep_interval_s = REP_INTERVAL_S
        self.reduce_motion = False
        self._start_ns = clock.now_ns()
        self._paused_at: int | None = None
        self._painter: FigurePainter | None = None
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(1000 // FRAMES_PER_SECOND)
        self._timer.timeout.connect(self._tick)
        self._shown_key: int | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Each frame paints its own background, so a wake never repaints the widgets behind it.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)

    def sizeHint(self) -> QSize:
        """A comfortable default; layouts stretch it."""
        return QSize(320, 240)

    def minimumSizeHint(self) -> QSize:
        """Small enough for a thumbnail."""
        return QSize(48, 40)

    def show_figure(
        self,
        figure: Figure | None,
        muscles: Sequence[str] = (),
        *,
        mirrored: bool = False,
        motion: Motion = Motion.LOOP,
        rep_interval_s: float = REP_INTERVAL_S,
        description: str = "",
    ) -> None:
        """Show ``figure`` (None: the neutral placeholder) from now on."""
        self.figure = figure
        self.muscles = tuple(muscles) if figure is not None else ()
        self.mirrored = mirrored
        self.motion = motion if figure is not None else Motion.STILL
        self.rep_interval_s = rep_interval_s
        self._start_ns = self.clock.now_ns()
        if self._paused_at is not None:
            self._paused_at = self._start_ns
        self._painter = None
        self.setAccessibleDescription(description)
        self._update_timer()
        self.update()

    def set_paused(self, paused: bool) -> None:
        """Freeze the figure (paused workout) or let it move on from where it stopped."""
        now = self.clock.now_ns()
        if paused and self._paused_at is None:
            self._paused_at = now
        elif not paused and self._paused_at is not None:
            self._start_ns += now - self._paused_at
            self._paused_at = None
        self._update_timer()

    def set_reduce_motion(self, reduce: bool) -> None:
        """Show key poses without tweening (and no breathing)."""
        self.reduce_motion = reduce
        self._update_timer()
        self.update()

    def _tick(self) -> None:
        """A wake: repaint, unless reduced motion shows the same key pose as before."""
        if self.reduce_motion and self.figure is not None:
            key, _moving = self.figure.key_at(self.figure_seconds())
            if key == self._shown_key:
                return
        self.update()

    def figure_seconds(self) -> float:
        """Seconds into the figure's own loop, derived from the clock."""
        now = self._paused_at if self._paused_at is not None else self.clock.now_ns()
        elapsed = (now - self._start_ns) / NS_PER_S
        if self.motion is Motion.STILL or self.figure is None:
            return 0.0
        if self.motion is Motion.REPS:
            return rep_seconds(self.figure, elapsed, self.rep_interval_s)
        return elapsed

    def _update_timer(self) -> None:
        still = self.motion is Motion.STILL or (
            self.reduce_motion and self.figure is not None and self.figure.is_hold
        )
        moving = not still and self._paused_at is None and self.isVisible()
        if moving and not self._timer.isActive():
            self._timer.start()
        elif not moving:
            self._timer.stop()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Start waking when shown."""
        super().showEvent(event)
        self._update_timer()

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """No wakes while hidden."""
        super().hideEvent(event)
        self._timer.stop()

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """New palette: new colours."""
        self._painter = None
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the frame for the current clock time."""
        figure = self.figure or PLACEHOLDER
        if self._painter is None:
            colours = FigureColours.from_palette(self.palette())
            if self.figure is None:
                far = colours.far
                colours = replace(colours, near=far, muscle=far, muscle_far=far)
            self._painter = FigurePainter(figure, self.muscles, colours)
        seconds = self.figure_seconds()
        self._shown_key = figure.key_at(seconds)[0]
        frame = figure.frame_at(seconds, mirrored=self.mirrored, tween=not self.reduce_motion)
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
        self._painter.paint(painter, QRectF(self.rect()).adjusted(4, 4, -4, -4), frame)
        painter.end()


def stage_palette(base: QPalette, foreground: str, background: str, accent: str) -> QPalette:
    """A palette for a figure on a coloured stage: body in ``foreground``, muscles in ``accent``."""
    palette = QPalette(base)
    palette.setColor(QPalette.ColorRole.WindowText, QColor(foreground))
    palette.setColor(QPalette.ColorRole.Window, QColor(background))
    palette.setColor(QPalette.ColorRole.Mid, QColor(foreground))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(accent))
    return palette
