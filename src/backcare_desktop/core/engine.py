"""The workout engine: where in the timeline the user is, derived from a monotonic clock.

Nothing here counts ticks. A segment has an absolute start time on the clock; its remaining time
is ``start + duration - now``. A timed segment that runs out hands over to the next one at its
exact planned end, so lateness in waking the engine never accumulates. Pausing freezes the
position; resuming shifts the segment start by the time spent paused.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from backcare_desktop.core.clock import NS_PER_S, Clock
from backcare_desktop.core.timeline import Cue, Segment, Timeline

BACK_GRACE_NS = 2 * NS_PER_S
"""Within this long of a segment's start, Back goes to the previous segment."""


class EngineState(StrEnum):
    """Life cycle of a workout."""

    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"


class SegmentOutcome(StrEnum):
    """How a segment ended."""

    COMPLETED = "completed"  # its time ran out, or Done was pressed on a reps move
    SKIPPED = "skipped"
    STOPPED = "stopped"


@dataclass(frozen=True)
class CueDue:
    """A cue fell due at ``due_ns`` (absolute monotonic time)."""

    cue: Cue
    segment_index: int
    due_ns: int


@dataclass(frozen=True)
class SegmentStarted:
    """The workout entered segment ``index``."""

    index: int
    segment: Segment


@dataclass(frozen=True)
class SegmentEnded:
    """The workout left segment ``index`` after ``active_ns`` of unpaused time in it."""

    index: int
    segment: Segment
    active_ns: int
    outcome: SegmentOutcome


@dataclass(frozen=True)
class StateChanged:
    """The engine moved to ``state``."""

    state: EngineState


EngineEvent = CueDue | SegmentStarted | SegmentEnded | StateChanged
Listener = Callable[[EngineEvent], None]


class WorkoutEngine:
    """Runs a :class:`Timeline` against a :class:`Clock` and reports events to a listener.

    Call :meth:`update` to catch up with the clock (the Qt controller calls it at
    :meth:`next_deadline_ns`); every action catches up first. Queries only read: they never
    fire cues, end segments or call the listener, so reading the state from a listener, a
    redraw or a test changes nothing. Between updates they describe the engine as of the last
    update, with the times read from the clock (a segment that ran out shows 0 remaining until
    the next update moves on).
    """

    def __init__(self, timeline: Timeline, clock: Clock, listener: Listener | None = None) -> None:
        if not timeline.segments:
            raise ValueError("a timeline needs at least one segment")
        self.timeline = timeline
        self._clock = clock
        self._listener = listener or (lambda event: None)
        self._state = EngineState.READY
        self._index = 0
        self._segment_start_ns = 0
        self._next_cue = 0
        self._paused_at_ns = 0
        self._active_before_ns = 0
        self._running_since_ns = 0
        self._pending: list[EngineEvent] = []
        self._delivering = False

    # -- queries ---------------------------------------------------------------------------

    @property
    def state(self) -> EngineState:
        """The state as of the last update (reading it changes nothing)."""
        return self._state

    @property
    def index(self) -> int:
        """Index of the current segment as of the last update."""
        return self._index

    @property
    def segment(self) -> Segment:
        """The current segment."""
        return self.timeline.segments[self.index]

    def _now(self) -> int:
        return self._paused_at_ns if self._state is EngineState.PAUSED else self._clock.now_ns()

    def segment_elapsed_ns(self) -> int:
        """Unpaused time spent in the current segment."""
        if self._state in (EngineState.RUNNING, EngineState.PAUSED):
            return max(0, self._now() - self._segment_start_ns)
        return 0

    def remaining_ns(self) -> int | None:
        """Time left in the current segment; None for a reps move (it waits for Done)."""
        duration = self.timeline.segments[self._index].duration_ns
        if self._state in (EngineState.FINISHED, EngineState.STOPPED):
            return 0
        if duration is None:
            return None
        if self._state is EngineState.READY:
            return duration
        return max(0, duration - self.segment_elapsed_ns())

    def elapsed_ns(self) -> int:
        """Unpaused time since the workout started."""
        if self._state is EngineState.RUNNING:
            return self._active_before_ns + self._since_running(self._clock.now_ns())
        return self._active_before_ns

    def total_remaining_ns(self) -> int:
        """Time left in the whole workout (reps moves estimated)."""
        if self._state in (EngineState.FINISHED, EngineState.STOPPED):
            return 0
        segment = self.timeline.segments[self._index]
        current = self.remaining_ns()
        if current is None:
            current = max(0, segment.estimated_ns() - self.segment_elapsed_ns())
        return current + self.timeline.remaining_after_ns(self._index)

    def progress(self) -> float:
        """Share of the planned workout behind the user, 0..1 (skipped parts count as behind)."""
        total = self.timeline.total_ns()
        return 1.0 if total == 0 else max(0.0, 1 - self.total_remaining_ns() / total)

    def next_deadline_ns(self) -> int | None:
        """Absolute clock time of the next cue or segment end; None when nothing is pending."""
        if self._state is not EngineState.RUNNING:
            return None
        segment = self.timeline.segments[self._index]
        candidates = []
        if self._next_cue < len(segment.cues):
            candidates.append(self._segment_start_ns + segment.cues[self._next_cue].offset_ns)
        if segment.duration_ns is not None:
            candidates.append(self._segment_start_ns + segment.duration_ns)
        return min(candidates) if candidates else None

    def upcoming_cue(self) -> CueDue | None:
        """The next cue, as it will be due if the workout runs on untouched; None unless running.

        Lets a player schedule the sound ahead of time. A pause, skip, back or stop changes it:
        ask again after each. Like every read, it changes nothing: ask after :meth:`update`.
        """
        return next(self._coming(), None)

    def upcoming_cues(self, within_ns: int) -> tuple[CueDue, ...]:
        """The next cue and those due up to ``within_ns`` after it, as :meth:`upcoming_cue`
        gives the first: a player that knows several can sound them on time even when the
        thread telling it about each new one is held up."""
        coming = self._coming()
        first = next(coming, None)
        if first is None:
            return ()
        return (
            first,
            *itertools.takewhile(lambda cue: cue.due_ns <= first.due_ns + within_ns, coming),
        )

    def _coming(self) -> Iterator[CueDue]:
        """The cues still to come, in order, if the workout runs on untouched (none unless
        running; the last is the finish cue, unless a reps move waits for Done before it)."""
        if self._state is not EngineState.RUNNING:
            return
        segments = self.timeline.segments
        index, start, next_cue = self._index, self._segment_start_ns, self._next_cue
        while True:
            segment = segments[index]
            duration = segment.duration_ns
            for cue in segment.cues[next_cue:]:
                if duration is None or cue.offset_ns <= duration:
                    yield CueDue(cue, index, start + cue.offset_ns)
            if duration is None:
                return
            if index + 1 == len(segments):
                yield CueDue(self.timeline.finish_cue, index, start + duration)
                return
            index, start, next_cue = index + 1, start + duration, 0

    # -- actions ---------------------------------------------------------------------------

    def start(self, lead_ns: int = 0) -> None:
        """Start the workout at its first segment, ``lead_ns`` from now.

        A player that writes its sounds ahead into the audio stream must know a cue that long
        before it is due to sound it on time; the first cue of a workout is due at its start,
        so the start waits that long (the engine is running meanwhile, with nothing elapsed).
        """
        if self._state is not EngineState.READY:
            return
        now = self._clock.now_ns() + max(0, lead_ns)
        self._running_since_ns = now
        self._set_state(EngineState.RUNNING)
        self._enter(0, now)
        self.update()

    def pause(self) -> None:
        """Freeze the workout where it is."""
        self.update()
        if self._state is not EngineState.RUNNING:
            return
        now = self._clock.now_ns()
        self._paused_at_ns = now
        self._active_before_ns += self._since_running(now)
        self._set_state(EngineState.PAUSED)
        self._deliver()

    def resume(self) -> None:
        """Carry on from where the workout was paused."""
        if self._state is not EngineState.PAUSED:
            return
        now = self._clock.now_ns()
        self._segment_start_ns += now - self._paused_at_ns
        self._running_since_ns = now + max(0, self._running_since_ns - self._paused_at_ns)
        self._set_state(EngineState.RUNNING)
        self.update()

    def toggle_pause(self) -> None:
        """Pause when running, resume when paused."""
        self.update()
        if self._state is EngineState.RUNNING:
            self.pause()
        elif self._state is EngineState.PAUSED:
            self.resume()

    def skip(self) -> None:
        """Leave the current segment now and go to the next one (or finish)."""
        self._leave(SegmentOutcome.SKIPPED)

    def done(self) -> bool:
        """Finish a reps move (also one that would end by itself). Returns False (and does
        nothing) on any other segment."""
        if not self._active() or not self.timeline.segments[self._index].is_counted:
            return False
        self._leave(SegmentOutcome.COMPLETED)
        return True

    def back(self) -> None:
        """Restart the current segment, or go to the previous one when just started."""
        if not self._active():
            return
        target = self._index
        if self._now() - self._segment_start_ns < BACK_GRACE_NS and self._index > 0:
            target -= 1
        self._enter(target, self._now())
        self.update()

    def stop(self) -> None:
        """End the workout early."""
        if not self._active():
            return
        self._emit_end(SegmentOutcome.STOPPED, self._now())
        if self._state is EngineState.RUNNING:
            self._active_before_ns += self._since_running(self._clock.now_ns())
        self._set_state(EngineState.STOPPED)
        self._deliver()

    def update(self) -> None:
        """Catch up with the clock: sound due cues and move past segments that ran out."""
        self._catch_up()
        self._deliver()

    # -- internals -------------------------------------------------------------------------

    def _catch_up(self) -> None:
        while self._state is EngineState.RUNNING:
            now = self._clock.now_ns()
            segment = self.timeline.segments[self._index]
            self._fire_cues_until(segment, now)
            if segment.duration_ns is None:
                return
            end = self._segment_start_ns + segment.duration_ns
            if now < end:
                return
            self._emit_end(SegmentOutcome.COMPLETED, end)
            self._advance(end)

    def _emit(self, event: EngineEvent) -> None:
        self._pending.append(event)

    def _deliver(self) -> None:
        """Hand queued events to the listener once the engine is consistent again.

        Cues go first, then the other events in order: a cue's sound is the one thing that is
        late when it waits, and at a segment's end the listeners of the others write the history
        and rebuild the screen (4 to 7 ms here). A listener may query the engine; the events
        that causes are delivered after, by the same rule.
        """
        if self._delivering:
            return
        self._delivering = True
        try:
            while self._pending:
                first_cue = next(
                    (i for i, event in enumerate(self._pending) if isinstance(event, CueDue)), 0
                )
                self._listener(self._pending.pop(first_cue))
        finally:
            self._delivering = False

    def _active(self) -> bool:
        self.update()
        return self._state in (EngineState.RUNNING, EngineState.PAUSED)

    def _leave(self, outcome: SegmentOutcome) -> None:
        if not self._active():
            return
        now = self._now()
        self._emit_end(outcome, now)
        self._advance(now)
        self.update()

    def _advance(self, at_ns: int) -> None:
        if self._index + 1 < len(self.timeline.segments):
            self._enter(self._index + 1, at_ns)
            return
        if self._state is EngineState.RUNNING:
            self._active_before_ns += self._since_running(at_ns)
        last = len(self.timeline.segments) - 1
        self._emit(CueDue(self.timeline.finish_cue, last, at_ns))
        self._set_state(EngineState.FINISHED)

    def _enter(self, index: int, at_ns: int) -> None:
        self._index = index
        self._segment_start_ns = at_ns
        self._next_cue = 0
        if self._state is EngineState.PAUSED:
            self._paused_at_ns = at_ns
        self._emit(SegmentStarted(index, self.timeline.segments[index]))

    def _fire_cues_until(self, segment: Segment, until_ns: int) -> None:
        cues = segment.cues
        while self._next_cue < len(cues):
            due = self._segment_start_ns + cues[self._next_cue].offset_ns
            if due > until_ns:
                return
            self._next_cue += 1
            self._emit(CueDue(cues[self._next_cue - 1], self._index, due))

    def _since_running(self, now_ns: int) -> int:
        """Time running since the last start or resume (0 during a start's lead)."""
        return max(0, now_ns - self._running_since_ns)

    def _emit_end(self, outcome: SegmentOutcome, at_ns: int) -> None:
        segment = self.timeline.segments[self._index]
        active = max(0, at_ns - self._segment_start_ns)
        self._emit(SegmentEnded(self._index, segment, active, outcome))

    def _set_state(self, state: EngineState) -> None:
        self._state = state
        self._emit(StateChanged(state))
