"""Saving a workout as it happens, from the engine's events, without ever stopping the workout.

Usage (the UI)::

    recorder = HistoryRecorder(store, lambda: datetime.now().astimezone())
    recorder.begin(routine, pain_before=2)
    engine = WorkoutEngine(timeline, clock, listener=recorder.handle)  # or forward events
    engine.start()
    ...  # when recorder.problem is set, show it; call recorder.retry() now and then
    recorder.set_feedback(pain_after=1, effort=6, note="easy")

Writes that fail because the database cannot be written right now (read-only, full disk,
locked: :class:`sqlite3.OperationalError` or :class:`OSError`) stay queued in order and are
retried before the next write and on :meth:`HistoryRecorder.retry`. Nothing is raised into
the caller. Writes never wait for another program's lock (busy timeout 0): a locked
database fails the attempt at once, so the GUI and the cues go on, and the write is retried.
"""

from __future__ import annotations

import logging
import sqlite3
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from backcare_desktop.core.clock import NS_PER_S
from backcare_desktop.core.counts import exercise_seconds
from backcare_desktop.core.engine import (
    EngineEvent,
    EngineState,
    SegmentEnded,
    SegmentStarted,
    StateChanged,
)
from backcare_desktop.core.routine import Routine
from backcare_desktop.core.text import QT_TRANSLATE_NOOP, UserText
from backcare_desktop.core.timeline import SegmentKind
from backcare_desktop.storage.db import describe_error
from backcare_desktop.storage.history import (
    UNCHANGED,
    HistoryStore,
    MoveRecord,
    Unchanged,
    feedback_changes,
)

log = logging.getLogger(__name__)

RETRYABLE = (sqlite3.OperationalError, OSError)
"""Errors that may go away (disk space freed, lock released): the write is retried."""


@dataclass
class _Session:
    """The session being recorded; ``id`` is known once its first write succeeded."""

    routine: Routine
    pain_before: int | None
    uuid: str
    id: int | None = None
    started: bool = False
    finished: bool = False
    positions: int = 0
    work_s: list[float] = field(default_factory=list)
    """Seconds of each work segment ended so far (exercise time, ``core.counts``)."""


_Write = Callable[[], None]


class HistoryRecorder:
    """Turns engine events into history writes (see the module docstring)."""

    def __init__(self, store: HistoryStore, now_wall: Callable[[], datetime]) -> None:
        """``now_wall`` returns the local wall-clock time for the saved timestamps, e.g.
        ``lambda: datetime.now().astimezone()`` (a naive time is taken as local time)."""
        self.store = store
        self._now_wall = now_wall
        self._queue: deque[tuple[str, _Write]] = deque()
        self._session: _Session | None = None
        self.problem: str | None = None
        """What the user should be told about saving, or None while all is well."""
        self.lost_writes = 0
        """Writes dropped because they can never succeed (a bug or a damaged file; logged)."""
        self._dropped: str | None = None

    # -- the workout ----------------------------------------------------------------------

    def _now(self) -> datetime:
        moment = self._now_wall()
        return moment if moment.utcoffset() is not None else moment.astimezone()

    @property
    def session_id(self) -> int | None:
        """The id of the session being (or last) recorded, once it is saved."""
        return None if self._session is None else self._session.id

    @property
    def pending(self) -> int:
        """How many writes wait to be retried."""
        return len(self._queue)

    def begin(self, routine: Routine, pain_before: int | None = None) -> None:
        """Prepare to record a workout of ``routine``; call before ``engine.start()``.

        The session is saved when the engine reports the start. Raises ValueError for a
        pain rating outside 0..10.
        """
        feedback_changes(pain_before=pain_before)
        self._session = _Session(routine, pain_before, str(uuid.uuid4()))
        self._dropped = None
        if not self._queue:
            self.problem = None

    def handle(self, event: EngineEvent) -> None:
        """Take one engine event. Never raises."""
        try:
            self._handle(event)
        except Exception:  # the workout must go on whatever happens here
            log.exception("history: could not handle %r", event)

    def _handle(self, event: EngineEvent) -> None:
        session = self._session
        if session is None or session.finished:
            return
        if isinstance(event, SegmentStarted | StateChanged) and not session.started:
            if isinstance(event, StateChanged) and event.state is not EngineState.RUNNING:
                return
            self._start(session)
        if isinstance(event, SegmentEnded) and event.segment.kind is SegmentKind.WORK:
            self._record(session, event)
        elif isinstance(event, StateChanged) and event.state in (
            EngineState.FINISHED,
            EngineState.STOPPED,
        ):
            status = "completed" if event.state is EngineState.FINISHED else "stopped"
            self._finish(session, status)

    def _start(self, session: _Session) -> None:
        session.started = True
        started_at = self._now()

        def write() -> None:
            session.id = self.store.start_session(
                session.routine, started_at, session.pain_before, session_uuid=session.uuid
            )

        self._submit("start", write)

    def _record(self, session: _Session, event: SegmentEnded) -> None:
        segment = event.segment
        move = segment.move
        assert move is not None and segment.move_index is not None
        planned_ns = segment.duration_ns
        planned_s = move.estimated_work_s() if planned_ns is None else planned_ns / NS_PER_S
        done_s = max(0, event.active_ns) / NS_PER_S
        session.work_s.append(done_s)
        record = MoveRecord(
            position=session.positions,
            move_index=segment.move_index,
            name=move.name,
            side=None if segment.side is None else segment.side.value,
            round=segment.round,
            planned_s=float(planned_s),
            done_s=done_s,
            outcome=event.outcome.value,
            muscles=tuple(move.muscles),
            ended_at=self._now(),
        )
        session.positions += 1
        active_s = exercise_seconds(session.work_s)

        def write() -> None:
            assert session.id is not None
            self.store.record_move(session.id, record, session_active_s=active_s)

        self._submit(f"move {record.position}", write)

    def _finish(self, session: _Session, status: str) -> None:
        session.finished = True
        ended_at = self._now()
        active_s = exercise_seconds(session.work_s)

        def write() -> None:
            assert session.id is not None
            self.store.finish_session(session.id, status, ended_at, active_s)

        self._submit("finish", write)

    def set_feedback(
        self,
        *,
        pain_before: int | Unchanged | None = UNCHANGED,
        pain_after: int | Unchanged | None = UNCHANGED,
        effort: int | Unchanged | None = UNCHANGED,
        note: str | Unchanged = UNCHANGED,
    ) -> bool:
        """Save pain, effort and note of the session just recorded, queued like the rest.

        Arguments as :meth:`HistoryStore.update_feedback` (:data:`UNCHANGED` keeps a value).
        Returns False, saving nothing, when no session was started or a value is invalid.
        """
        session = self._session
        if session is None or not session.started:
            return False
        try:
            feedback_changes(
                pain_before=pain_before, pain_after=pain_after, effort=effort, note=note
            )
        except ValueError as error:
            log.warning("history: feedback ignored: %s", error)
            return False

        def write() -> None:
            assert session.id is not None
            self.store.update_feedback(
                session.id, pain_before=pain_before, pain_after=pain_after, effort=effort, note=note
            )

        self._submit("feedback", write)
        return True

    # -- the queue ------------------------------------------------------------------------

    def retry(self) -> bool:
        """Try the queued writes again, in order. Returns True when nothing is left waiting."""
        try:
            self._flush()
        except Exception:  # pragma: no cover - _flush handles its own errors
            log.exception("history: retry failed")
        return not self._queue

    def _submit(self, what: str, write: _Write) -> None:
        self._queue.append((what, write))
        self._flush()

    def _flush(self) -> None:
        while self._queue:
            what, write = self._queue[0]
            try:
                with self.store.db.no_wait():  # a lock fails at once; never stall the GUI
                    write()
            except RETRYABLE as error:
                if self.store.read_only:
                    self.problem = UserText(
                        QT_TRANSLATE_NOOP(
                            "Notices",
                            "Could not save to %1: it is open read-only. The workout goes on, "
                            "but it is not saved.",
                        ),
                        self.store.path,
                    )
                else:
                    self.problem = UserText(
                        QT_TRANSLATE_NOOP(
                            "Notices",
                            "Could not save to %1: %2. The workout goes on; saving is retried.",
                        ),
                        self.store.path,
                        describe_error(error),
                    )
                log.warning("history: %s not saved yet: %s", what, error)
                return
            except Exception as error:
                self._queue.popleft()
                self.lost_writes += 1
                self._dropped = self.problem = UserText(
                    QT_TRANSLATE_NOOP("Notices", "Could not save part of this workout to %1: %2."),
                    self.store.path,
                    describe_error(error),
                )
                log.exception("history: %s dropped", what)
                continue
            self._queue.popleft()
            self.problem = self._dropped
