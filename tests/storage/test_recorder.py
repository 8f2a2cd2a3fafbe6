"""The recorder: engine events become history rows; failed writes wait in order and are retried.

Write failures are real SQLite failures: ``PRAGMA query_only`` makes every write fail with
SQLITE_READONLY, just like a read-only disk, and turning it off is the disk coming back.
"""

from __future__ import annotations

import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from backcare_desktop.core.clock import NS_PER_S, FakeClock
from backcare_desktop.core.engine import EngineState, StateChanged, WorkoutEngine
from backcare_desktop.core.timeline import build_timeline
from backcare_desktop.storage.db import OpenedDatabase, open_database
from backcare_desktop.storage.history import HistoryStore
from backcare_desktop.storage.recorder import HistoryRecorder
from backcare_desktop.storage.schema import SCHEMA_VERSION
from tests.storage.helpers import fixed_now, make_routine

WALL_START = datetime(2024, 3, 31, 0, 30, tzinfo=UTC)


class Workout:
    """An engine on a fake clock, a wall clock that follows it, and a recorder listening."""

    def __init__(self, store: HistoryStore, rounds: int = 1) -> None:
        self.clock = FakeClock()
        self.routine = make_routine(rounds=rounds)
        self.recorder = HistoryRecorder(
            store, lambda: WALL_START + timedelta(microseconds=self.clock.now_ns() // 1000)
        )
        self.engine = WorkoutEngine(build_timeline(self.routine), self.clock, self.recorder.handle)

    def start(self, pain_before: int | None = None) -> None:
        self.recorder.begin(self.routine, pain_before=pain_before)
        self.engine.start()

    def run(self, seconds: float) -> None:
        """Let time pass, waking the engine every 100 ms like the UI would."""
        for _ in range(round(seconds * 10)):
            self.clock.advance(NS_PER_S // 10)
            self.engine.update()

    def run_to_end(self) -> None:
        """Get ready 2, bridge 4, rest 2, swan (Done after 7 s), rest 1, L 3, switch 1, R 3."""
        self.run(8)
        self.run(7)
        assert self.engine.done()
        self.run(8)
        assert self.engine.state is EngineState.FINISHED


def saved_moves(store: HistoryStore, session_id: int) -> list[tuple[object, ...]]:
    return [
        (move.position, move.name, move.side, move.planned_s, move.done_s, move.outcome)
        for move in store.moves(session_id)
    ]


def set_writable(db: OpenedDatabase, writable: bool) -> None:
    db.connection.execute(f"PRAGMA query_only = {'OFF' if writable else 'ON'}")


def test_a_whole_workout_is_saved_as_it_happens(store: HistoryStore):
    workout = Workout(store)
    workout.start(pain_before=3)
    session_id = workout.recorder.session_id
    assert session_id is not None
    row = store.session(session_id)
    assert row is not None and row.status == "in_progress" and row.pain_before == 3
    assert row.started == WALL_START

    workout.run(8)  # get ready and the bridge are over
    assert saved_moves(store, session_id) == [(0, "Bridge", None, 4.0, 4.0, "completed")]

    workout.run(7)
    workout.engine.done()
    workout.run(8)
    assert saved_moves(store, session_id) == [
        (0, "Bridge", None, 4.0, 4.0, "completed"),
        (1, "Swan", None, 9.0, 7.0, "completed"),  # reps: planned is 3 reps x 3 s
        (2, "Side plank", "left", 3.0, 3.0, "completed"),
        (3, "Side plank", "right", 3.0, 3.0, "completed"),
    ]
    row = store.session(session_id)
    assert row is not None
    assert row.status == "completed"
    assert row.active_s == pytest.approx(4 + 7 + 3 + 3)  # exercise: work only, no rests
    assert row.ended == WALL_START + timedelta(seconds=23)
    assert workout.recorder.problem is None and workout.recorder.pending == 0
    muscles = dict(store.summaries()[0].muscle_s)
    assert muscles == {"back": 7.0, "core": 6.0, "glutes": 4.0, "hamstrings": 4.0}


def test_paused_time_is_not_counted(store: HistoryStore):
    workout = Workout(store)
    workout.start()
    workout.run(3)
    workout.engine.pause()
    workout.run(60)
    workout.engine.resume()
    workout.run(5)
    (move,) = store.moves(workout.recorder.session_id or 0)
    assert move.done_s == pytest.approx(4.0)


def test_skipped_and_stopped_moves_are_saved_with_their_outcome(store: HistoryStore):
    workout = Workout(store)
    workout.start()
    workout.run(8)
    workout.run(0.5)
    workout.engine.skip()  # skip the swan after half a second
    workout.run(1)  # the rest
    workout.run(1.2)
    workout.engine.stop()  # during the left side plank
    session_id = workout.recorder.session_id or 0
    assert saved_moves(store, session_id) == [
        (0, "Bridge", None, 4.0, 4.0, "completed"),
        (1, "Swan", None, 9.0, 0.5, "skipped"),
        (2, "Side plank", "left", 3.0, pytest.approx(1.2), "stopped"),
    ]
    row = store.session(session_id)
    assert row is not None and row.status == "stopped"
    assert row.active_s == pytest.approx(4 + 0.5 + 1.2)  # every work segment, whatever its end


def test_stopping_during_a_rest_saves_no_extra_move(store: HistoryStore):
    workout = Workout(store)
    workout.start()
    workout.run(7)  # in the rest after the bridge
    workout.engine.stop()
    session_id = workout.recorder.session_id or 0
    assert [move[1] for move in saved_moves(store, session_id)] == ["Bridge"]
    row = store.session(session_id)
    assert row is not None and row.status == "stopped" and row.active_s == pytest.approx(4)


def test_nothing_is_saved_without_begin_or_before_the_start(store: HistoryStore):
    workout = Workout(store)
    workout.recorder.handle(StateChanged(EngineState.RUNNING))
    assert store.sessions() == []
    workout.recorder.begin(workout.routine)
    assert store.sessions() == []  # begin alone saves nothing: the user may still cancel
    workout.engine.start()
    assert len(store.sessions()) == 1


def test_writes_that_fail_wait_in_order_and_are_retried(opened: OpenedDatabase):
    store = HistoryStore(opened)
    set_writable(opened, False)
    workout = Workout(store)
    workout.start(pain_before=2)
    workout.run_to_end()  # the workout goes on although nothing can be saved

    recorder = workout.recorder
    assert store.sessions() == []
    assert recorder.pending == 6  # start, four moves, finish
    assert recorder.problem is not None
    assert recorder.problem.startswith(f"Could not save to {opened.path}: ")
    assert "read-only" in recorder.problem
    assert recorder.problem.endswith("The workout goes on; saving is retried.")
    assert recorder.retry() is False  # still failing: kept, not lost
    assert recorder.pending == 6

    set_writable(opened, True)
    assert recorder.retry() is True
    assert recorder.problem is None and recorder.pending == 0
    (row,) = store.sessions()
    assert row.status == "completed" and row.pain_before == 2
    assert row.started == WALL_START  # the time it happened, not the time it was saved
    assert [move[:3] for move in saved_moves(store, row.id)] == [
        (0, "Bridge", None),
        (1, "Swan", None),
        (2, "Side plank", "left"),
        (3, "Side plank", "right"),
    ]


def test_the_next_write_retries_the_queue_first(opened: OpenedDatabase):
    store = HistoryStore(opened)
    workout = Workout(store)
    workout.start()
    session_id = workout.recorder.session_id or 0
    workout.run(8)  # bridge saved
    set_writable(opened, False)
    workout.run(7)
    workout.engine.done()  # swan fails to save
    assert workout.recorder.pending == 1 and workout.recorder.problem is not None
    set_writable(opened, True)
    workout.run(4)  # the left side plank ends: the swan goes first, then it
    assert workout.recorder.pending == 0 and workout.recorder.problem is None
    assert [move[1:3] for move in saved_moves(store, session_id)] == [
        ("Bridge", None),
        ("Swan", None),
        ("Side plank", "left"),
    ]


def test_a_crash_keeps_every_finished_move_and_the_time_so_far(db_path: Path):
    db = open_database(db_path, fixed_now)
    workout = Workout(HistoryStore(db))
    workout.start()
    workout.run(8)
    workout.run(5)
    workout.engine.done()
    workout.run(0.5)
    db.close()  # the process dies during the rest after the swan

    db = open_database(db_path, fixed_now)
    try:
        store = HistoryStore(db)
        assert store.mark_interrupted() == 1
        (row,) = store.sessions()
        assert row.status == "interrupted"
        assert row.active_s == pytest.approx(4 + 5)  # the bridge and the swan
        assert [move[1] for move in saved_moves(store, row.id)] == ["Bridge", "Swan"]
        assert row.ended == WALL_START + timedelta(seconds=13)
    finally:
        db.close()


def test_feedback_after_the_workout_is_saved_through_the_queue(opened: OpenedDatabase):
    store = HistoryStore(opened)
    workout = Workout(store)
    assert workout.recorder.set_feedback(pain_after=1) is False  # no session yet
    workout.start(pain_before=4)
    workout.run_to_end()
    set_writable(opened, False)
    assert workout.recorder.set_feedback(pain_after=2, effort=6, note="calm") is True
    assert workout.recorder.set_feedback(pain_after=12) is False
    set_writable(opened, True)
    workout.recorder.retry()
    (row,) = store.sessions()
    assert (row.pain_before, row.pain_after, row.effort, row.note) == (4, 2, 6, "calm")


def test_two_workouts_in_a_row_are_two_sessions(store: HistoryStore):
    first = Workout(store)
    first.start()
    first.run_to_end()
    second = Workout(store)
    second.recorder = first.recorder  # the same recorder, used again
    second.engine = WorkoutEngine(
        build_timeline(second.routine), first.clock, first.recorder.handle
    )
    second.clock = first.clock
    first.recorder.begin(second.routine)
    second.engine.start()
    second.run(8)
    second.engine.stop()
    statuses = sorted(row.status for row in store.sessions())
    assert statuses == ["completed", "stopped"]


def test_errors_that_retrying_cannot_fix_are_dropped_and_reported(opened: OpenedDatabase):
    store = HistoryStore(opened)
    workout = Workout(store)
    workout.start()
    workout.run(8)
    opened.close()  # every later write fails with ProgrammingError: no retry helps
    workout.run(7)
    workout.engine.done()  # must not raise into the engine or the UI
    workout.run(8)
    assert workout.engine.state is EngineState.FINISHED
    assert workout.recorder.pending == 0
    assert workout.recorder.lost_writes == 4  # swan, left and right side plank, finish
    assert workout.recorder.problem is not None
    assert "Could not save part of this workout" in workout.recorder.problem


def test_a_bad_pain_rating_at_begin_is_refused(store: HistoryStore):
    recorder = HistoryRecorder(store, lambda: WALL_START)
    with pytest.raises(ValueError, match="pain_before"):
        recorder.begin(make_routine(), pain_before=-1)


def test_a_read_only_database_says_the_workout_is_not_saved(db_path: Path):
    open_database(db_path, fixed_now).close()
    plain = sqlite3.connect(db_path)
    try:
        plain.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")  # from a newer release
    finally:
        plain.close()
    db = open_database(db_path, fixed_now)
    try:
        assert db.read_only
        workout = Workout(HistoryStore(db))
        workout.start()
        workout.run_to_end()
        assert workout.recorder.problem == (
            f"Could not save to {db_path}: it is open read-only. "
            "The workout goes on, but it is not saved."
        )
    finally:
        db.close()


def test_a_naive_wall_clock_is_taken_as_local_time(store: HistoryStore):
    recorder = HistoryRecorder(store, lambda: datetime(2024, 6, 1, 12, 0))
    routine = make_routine()
    engine = WorkoutEngine(build_timeline(routine), FakeClock(), recorder.handle)
    recorder.begin(routine)
    engine.start()
    (row,) = store.sessions()
    assert row.started == datetime(2024, 6, 1, 12, 0).astimezone()
    assert recorder.problem is None


def test_a_held_lock_never_stalls_the_workout_and_everything_is_saved_after(
    db_path: Path, store: HistoryStore
):
    """Another program holds the database: each engine event returns at once, nothing is lost."""
    workout = Workout(store)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    slowest_s = 0.0
    try:
        workout.recorder.begin(workout.routine)
        original = workout.recorder.handle

        def timed_handle(event: object) -> None:
            nonlocal slowest_s
            began = time.perf_counter()
            original(event)  # type: ignore[arg-type]
            slowest_s = max(slowest_s, time.perf_counter() - began)

        workout.engine = WorkoutEngine(build_timeline(workout.routine), workout.clock, timed_handle)
        workout.engine.start()
        workout.run_to_end()
        assert workout.recorder.pending == 6  # start, four moves, finish
        assert "busy with another write" in (workout.recorder.problem or "")
        assert workout.recorder.retry() is False
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert slowest_s < 0.02
    assert workout.recorder.retry() is True
    assert workout.recorder.problem is None
    session_id = workout.recorder.session_id
    assert session_id is not None
    assert [move[1] for move in saved_moves(store, session_id)] == [
        "Bridge",
        "Swan",
        "Side plank",
        "Side plank",
    ]
    row = store.session(session_id)
    assert row is not None and row.status == "completed"
