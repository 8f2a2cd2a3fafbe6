"""One workout, from the moment it is set up until the user leaves it.

A :class:`WorkoutSession` owns everything a single workout needs: the controller (the engine and
its precise timer), the history recorder and the timer that retries its failed writes, the rule
that a late cue is shown but not sounded, and the kind pain check after the feedback is saved.
The main window only arranges pages around it.

Life cycle::

    session = WorkoutSession(routine, services, pain_before=3, parent=window)
    ...                       # ready: nothing is heard or written yet; connect what follows it
    session.start()           # the workout runs; the history session is written
    ...                       # finished or stopped: the finish page shows, feedback is saved
    session.close()           # stops it if needed, flushes writes, frees the controller

Other features hang off a session without reaching into the main window:

* a gate before the workout (a check or a question): build the session, ask, then call
  :meth:`start` or :meth:`close`; nothing is recorded before :meth:`start`;
* something that follows the workout's time (a figure, a label): connect :attr:`refreshed`
  and read :attr:`engine` (reading never moves the workout on);
* per-session labels: :attr:`routine` and :attr:`timeline` describe what runs.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from backcare_desktop.core.clock import NS_PER_S, Clock
from backcare_desktop.core.engine import CueDue, EngineEvent, EngineState, WorkoutEngine
from backcare_desktop.core.routine import Routine
from backcare_desktop.core.timeline import CueKind, Timeline, build_timeline
from backcare_desktop.ui.controller import WorkoutController
from backcare_desktop.ui.safety_texts import pain_alert_note
from backcare_desktop.ui.texts import timeline_texts

if TYPE_CHECKING:
    from backcare_desktop.storage.recorder import HistoryRecorder
    from backcare_desktop.ui.services import Services

log = logging.getLogger(__name__)

RETRY_MS = 5000
"""How often writes that failed (full or read-only disk) are tried again."""
STALE_CUE_NS = 3 * NS_PER_S // 2
"""A cue more than this late (after a stall or a suspend) is shown but not sounded."""
ACTIVE_STATES = (EngineState.RUNNING, EngineState.PAUSED)


class WorkoutSession(QObject):
    """Runs one workout of ``routine`` with the app's ``services``; see the module docstring.

    ``pain_before`` is the rating asked before the workout (None: not asked or skipped).
    """

    refreshed = Signal()  # time moved on (or the user acted): redraw what follows the workout
    state_changed = Signal(str)  # EngineState value
    notices_changed = Signal()  # :attr:`problem` may have changed
    note_requested = Signal(str, str)  # a kind, non-blocking note to show: title, text
    closed = Signal()  # :meth:`close` ran; the session is deleted soon after

    def __init__(
        self,
        routine: Routine,
        services: Services,
        pain_before: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._pain_before = pain_before
        self._closed = False
        settings = services.settings.value
        timeline = build_timeline(
            routine, settings.get_ready_s, timeline_texts(), settings.auto_advance_reps
        )
        self.controller = WorkoutController(timeline, services.clock, self)
        self.controller.cue_due.connect(self._sound_cue)
        self.controller.cue_ahead.connect(self._schedule_cue)
        self.controller.refreshed.connect(self.refreshed)
        self.controller.state_changed.connect(self.state_changed)
        self.recorder: HistoryRecorder | None = None
        self._retry_timer = QTimer(self)
        self._retry_timer.setInterval(RETRY_MS)
        self._retry_timer.timeout.connect(self._retry_writes)

    # -- what runs ---------------------------------------------------------------------------

    @property
    def routine(self) -> Routine:
        """The routine being run (in the user's language)."""
        return self.controller.timeline.routine

    @property
    def timeline(self) -> Timeline:
        """The routine expanded into segments."""
        return self.controller.timeline

    @property
    def engine(self) -> WorkoutEngine:
        """The workout's engine: its state, position and times (reading changes nothing)."""
        return self.controller.engine

    @property
    def clock(self) -> Clock:
        """The clock the workout runs on."""
        return self._services.clock

    @property
    def active(self) -> bool:
        """True while the workout runs or is paused."""
        return not self._closed and self.engine.state in ACTIVE_STATES

    @property
    def problem(self) -> str | None:
        """Why the history cannot be written right now, or None."""
        return self.recorder.problem if self.recorder is not None else None

    # -- acting ------------------------------------------------------------------------------

    def start(self) -> None:
        """Begin recording into the history (when there is one) and start the workout."""
        if self._closed or self.engine.state is not EngineState.READY:
            return
        store = self._services.history
        if store is not None:
            from backcare_desktop.storage.recorder import HistoryRecorder

            self.recorder = HistoryRecorder(store, lambda: datetime.now().astimezone())
            self.recorder.begin(self.routine, self._pain_before)
            self.controller.engine_event.connect(self._record)
        player = self._services.player
        self.controller.start(lead_ns=player.lead_ns if player is not None else 0)

    def pause(self) -> None:
        """Pause a running workout (e.g. the screen locked)."""
        if self.active:
            self.controller.pause()

    def stop(self) -> None:
        """End the workout early; what was done is saved as stopped."""
        if self.active:
            self.controller.stop()

    def save_feedback(self, pain_after: int | None, effort: int | None, note: str) -> None:
        """Save the answers of the finish page, then check the pain trend (a kind note)."""
        if self.recorder is None:
            return
        self.recorder.set_feedback(pain_after=pain_after, effort=effort, note=note)
        self._after_write()
        self._check_pain()

    def close(self) -> None:
        """Stop the workout if it runs, try the pending writes once more and free everything.

        Emits :attr:`closed`; the session and its controller are deleted from the event loop.
        Calling it again does nothing.
        """
        if self._closed:
            return
        self.stop()
        self._closed = True
        self._retry_timer.stop()
        if self.recorder is not None:
            self.recorder.retry()
            if self.recorder.pending:
                log.warning(
                    "closing a workout with %d history writes unsaved", self.recorder.pending
                )
        self.controller.disconnect(self)  # every connection made to the session's slots
        self.controller.deleteLater()
        self.closed.emit()
        self.deleteLater()

    # -- internals ---------------------------------------------------------------------------

    def _sound_cue(self, event: CueDue) -> None:
        late = self.clock.now_ns() - event.due_ns
        stale = late > STALE_CUE_NS and event.cue.kind is not CueKind.FINISHED
        player = self._services.player
        if player is not None and not stale:
            player.play(event.cue)
        self._services.log_cue(event, played=not stale)

    def _schedule_cue(self, events: tuple[CueDue, ...]) -> None:
        """Tell the player the coming cues ahead of time: its tone thread sounds them on time
        even when this thread is late (see ``audio/tones.py``)."""
        player = self._services.player
        if player is not None:
            player.schedule(events)

    def _record(self, event: EngineEvent) -> None:
        if self.recorder is None or isinstance(event, CueDue):  # cues are not history
            return
        self.recorder.handle(event)
        self._after_write()

    def _after_write(self) -> None:
        """Show a saving problem while it lasts; keep retrying queued writes meanwhile."""
        if self.recorder is None:
            return
        self.notices_changed.emit()
        if self.recorder.pending and not self._retry_timer.isActive():
            self._retry_timer.start()
        elif not self.recorder.pending:
            self._retry_timer.stop()

    def _retry_writes(self) -> None:
        if self.recorder is not None:
            self.recorder.retry()
        self._after_write()

    def _check_pain(self) -> None:
        """Ask for the kind note about pain once per episode of rising or high pain."""
        store = self._services.history
        if store is None:
            return
        from backcare_desktop.core.stats import latest_alert

        alert = latest_alert(store.latest_pain())  # reads back only as far as the episode goes
        settings = self._services.settings
        if alert is None or alert.episode == settings.value.pain_notice_episode:
            return
        settings.update(pain_notice_episode=alert.episode)
        self.note_requested.emit(*pain_alert_note(alert))
