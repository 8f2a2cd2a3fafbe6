"""Adapts the pure workout engine to Qt: wakes it on time and re-emits its events as signals.

One precise, single-shot QTimer is re-armed after every wake-up for the next instant anything
is due: a cue, a segment end, or the next change of the displayed second. The timer only wakes
the engine; what is due is decided by the engine from the monotonic clock, so a late wake-up
never shifts later cues. ``cue_ahead`` tells a player the coming cues (the next one and those
within :data:`CUES_AHEAD_NS` after it) before they are due, so it can sound them on time from a
thread of its own even when this (GUI) thread is woken late, or held up past the next cue.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from backcare_desktop.core.clock import NS_PER_MS, NS_PER_S, Clock
from backcare_desktop.core.engine import (
    CueDue,
    EngineEvent,
    EngineState,
    SegmentEnded,
    SegmentStarted,
    StateChanged,
    WorkoutEngine,
)
from backcare_desktop.core.timeline import Timeline

MAX_SLEEP_NS = 1 * NS_PER_S
"""Never sleep longer than this, so the elapsed-time display keeps moving on reps moves."""
CUES_AHEAD_NS = 3 * NS_PER_S
"""Players are told every cue due within this after the next one (a 3 s countdown's ticks)."""


class WorkoutController(QObject):
    """Owns a :class:`WorkoutEngine` and keeps it running on the Qt event loop."""

    cue_due = Signal(object)  # CueDue
    segment_started = Signal(object)  # SegmentStarted
    segment_ended = Signal(object)  # SegmentEnded
    state_changed = Signal(str)  # EngineState value
    refreshed = Signal()  # time moved on: redraw the countdown and progress
    # Every EngineEvent, in order (for the history recorder). Not named ``event``: that would
    # hide QObject.event(), the method Qt delivers every event through.
    engine_event = Signal(object)
    cue_ahead = Signal(object)  # tuple[CueDue, ...]: the coming cues, whenever they change

    def __init__(self, timeline: Timeline, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.engine = WorkoutEngine(timeline, clock, self._on_event)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.wake)
        self._announced: tuple[CueDue, ...] = ()

    @property
    def clock(self) -> Clock:
        """The monotonic clock the workout runs on (figures animate from it too)."""
        return self._clock

    @property
    def timeline(self) -> Timeline:
        """The workout being run."""
        return self.engine.timeline

    def start(self, lead_ns: int = 0) -> None:
        """Start the workout ``lead_ns`` from now (so the player knows its first cue ahead)."""
        self.engine.start(lead_ns)
        self._rearm()

    def toggle_pause(self) -> None:
        """Pause or resume."""
        self.engine.toggle_pause()
        self._rearm()

    def pause(self) -> None:
        """Pause (does nothing unless running)."""
        self.engine.pause()
        self._rearm()

    def skip(self) -> None:
        """Go to the next segment."""
        self.engine.skip()
        self._rearm()

    def back(self) -> None:
        """Restart the segment, or go to the previous one."""
        self.engine.back()
        self._rearm()

    def done(self) -> bool:
        """Finish a reps move; False on a timed segment."""
        result = self.engine.done()
        self._rearm()
        return result

    def stop(self) -> None:
        """End the workout early."""
        self.engine.stop()
        self._rearm()

    def wake(self) -> None:
        """Catch the engine up with the clock and sleep until the next instant that matters."""
        self.engine.update()
        self._rearm()

    def next_wake_ns(self) -> int | None:
        """Absolute clock time of the next wake-up, or None when nothing runs."""
        if self.engine.state is not EngineState.RUNNING:
            return None
        now = self._clock.now_ns()
        candidates = [now + MAX_SLEEP_NS]
        deadline = self.engine.next_deadline_ns()
        if deadline is not None:
            candidates.append(deadline)
        remaining = self.engine.remaining_ns()
        if remaining is not None and remaining > 0:
            # the displayed (rounded-up) second changes when remaining crosses a whole second
            candidates.append(now + (remaining % NS_PER_S or NS_PER_S))
        else:
            candidates.append(now + NS_PER_S - self.engine.segment_elapsed_ns() % NS_PER_S)
        return min(candidates)

    def _rearm(self) -> None:
        self.refreshed.emit()
        upcoming = self.engine.upcoming_cues(CUES_AHEAD_NS)
        if upcoming != self._announced:
            self._announced = upcoming
            self.cue_ahead.emit(upcoming)
        wake_at = self.next_wake_ns()
        if wake_at is None:
            self._timer.stop()
            return
        delay_ns = max(0, wake_at - self._clock.now_ns())
        self._timer.start(-(-delay_ns // NS_PER_MS))  # round up: never wake before it is due

    def _on_event(self, event: EngineEvent) -> None:
        if isinstance(event, CueDue):
            self.cue_due.emit(event)  # first: the sound is the part that must not wait
            self.engine_event.emit(event)
            return
        self.engine_event.emit(event)
        if isinstance(event, SegmentStarted):
            self.segment_started.emit(event)
        elif isinstance(event, SegmentEnded):
            self.segment_ended.emit(event)
        elif isinstance(event, StateChanged):
            self.state_changed.emit(event.state.value)
