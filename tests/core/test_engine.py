"""The workout engine on a fake clock."""

from __future__ import annotations

import random

import pytest

from backcare_desktop.core.clock import NS_PER_S, FakeClock
from backcare_desktop.core.engine import (
    CueDue,
    EngineState,
    SegmentEnded,
    SegmentOutcome,
    SegmentStarted,
    WorkoutEngine,
)
from backcare_desktop.core.routine import REP_ESTIMATE_S
from backcare_desktop.core.timeline import CueKind, SegmentKind, build_timeline
from tests.core.factories import counted, routine, timed

S = NS_PER_S


class Recorder:
    def __init__(self) -> None:
        self.events: list = []

    def __call__(self, event) -> None:
        self.events.append(event)

    def of(self, kind: type) -> list:
        return [event for event in self.events if isinstance(event, kind)]


def make(*moves, start_ns: int = 1_000 * S, **changes):
    clock = FakeClock(start_ns)
    events = Recorder()
    engine = WorkoutEngine(build_timeline(routine(*moves, **changes)), clock, events)
    return engine, clock, events


def test_runs_through_segments_on_time() -> None:
    engine, clock, events = make(timed("A", 10, rest_s=5), timed("B", 10), get_ready_s=3)
    assert engine.state is EngineState.READY
    engine.start()
    assert engine.state is EngineState.RUNNING and engine.remaining_ns() == 3 * S
    clock.advance_s(2.5)
    assert engine.remaining_ns() == S // 2
    clock.advance_s(0.6)  # 0.1 s into the work of A
    engine.update()
    assert engine.segment.title == "A" and engine.remaining_ns() == 9.9 * S
    clock.advance_s(100)
    engine.update()
    assert engine.state is EngineState.FINISHED
    assert engine.elapsed_ns() == 28 * S
    cues = events.of(CueDue)
    assert cues[-1].cue.kind is CueKind.FINISHED
    assert cues[-1].due_ns == 1_000 * S + 28 * S
    assert [e.outcome for e in events.of(SegmentEnded)] == [SegmentOutcome.COMPLETED] * 4


def test_cues_fall_due_at_their_planned_instant_even_when_woken_late() -> None:
    engine, clock, events = make(timed("A", 10, rest_s=5), timed("B", 45), get_ready_s=5)
    engine.start()
    clock.advance(70 * S + 123)  # one very late wake-up covers the whole workout
    engine.update()
    start = 1_000 * S
    planned = [start + p.at_ns for p in engine.timeline.planned_cues()]
    assert [e.due_ns for e in events.of(CueDue)] == planned


def test_thirty_minute_workout_in_irregular_steps_has_zero_drift() -> None:
    moves = [timed(f"M{i}", 50, rest_s=10) for i in range(5)]
    engine, clock, events = make(*moves, rounds=6, round_rest_s=0, get_ready_s=10)
    total = engine.timeline.total_ns()
    assert 29 * 60 * S <= total <= 31 * 60 * S
    start = clock.now_ns()
    engine.start()
    rng = random.Random(7)
    while engine.state is EngineState.RUNNING:
        clock.advance(rng.randint(1, 97_000_000))  # 1 ns .. 97 ms, like a busy event loop
        engine.update()
        if engine.state is EngineState.RUNNING:
            assert engine.elapsed_ns() + engine.total_remaining_ns() == total
    planned = [start + p.at_ns for p in engine.timeline.planned_cues()]
    assert [e.due_ns for e in events.of(CueDue)] == planned  # every cue, exact to the ns
    assert engine.elapsed_ns() == total


def test_paused_time_is_excluded() -> None:
    engine, clock, events = make(timed("A", 20, rest_s=10), timed("B", 20), get_ready_s=0)
    start = clock.now_ns()
    engine.start()
    clock.advance_s(7)
    engine.pause()
    assert engine.state is EngineState.PAUSED
    clock.advance_s(600)
    assert engine.remaining_ns() == 13 * S
    assert engine.elapsed_ns() == 7 * S
    assert events.of(CueDue)[-1].cue.kind is CueKind.WORK_START  # nothing sounded while paused
    engine.resume()
    clock.advance_s(100)
    engine.update()
    assert engine.state is EngineState.FINISHED and engine.elapsed_ns() == 50 * S
    planned = [
        start + p.at_ns + (600 * S if p.at_ns >= 7 * S else 0)
        for p in engine.timeline.planned_cues()
    ]
    assert [e.due_ns for e in events.of(CueDue)] == planned


def test_skip_back_and_done() -> None:
    engine, clock, events = make(counted("Reps", 8, rest_s=10), timed("B", 30), get_ready_s=5)
    engine.start()
    engine.skip()
    assert engine.segment.title == "Reps" and engine.remaining_ns() is None
    clock.advance_s(1)
    engine.back()  # within 2 s: previous segment
    assert engine.segment.kind is SegmentKind.GET_READY and engine.remaining_ns() == 5 * S
    engine.skip()
    clock.advance_s(300)
    assert engine.segment.title == "Reps"  # reps wait for Done, however long it takes
    clock.advance_s(3)
    engine.back()  # after 2 s: restart the same segment
    assert engine.segment.title == "Reps" and engine.segment_elapsed_ns() == 0
    clock.advance_s(20)
    assert engine.done() is True
    assert engine.segment.kind is SegmentKind.REST
    assert engine.done() is False  # Done does nothing on a timed segment
    engine.skip()
    engine.skip()
    assert engine.state is EngineState.FINISHED
    ended = [(e.segment.title, e.outcome, e.active_ns // S) for e in events.of(SegmentEnded)]
    assert ended == [
        ("Get ready", SegmentOutcome.SKIPPED, 0),
        ("Get ready", SegmentOutcome.SKIPPED, 0),
        ("Reps", SegmentOutcome.COMPLETED, 20),
        ("Rest", SegmentOutcome.SKIPPED, 0),
        ("B", SegmentOutcome.SKIPPED, 0),
    ]
    assert events.of(CueDue)[-1].cue.kind is CueKind.FINISHED


def test_navigation_while_paused_stays_paused() -> None:
    engine, clock, _events = make(timed("A", 10), timed("B", 10), get_ready_s=0)
    engine.start()
    clock.advance_s(4)
    engine.pause()
    engine.skip()
    assert engine.state is EngineState.PAUSED and engine.segment.title == "B"
    clock.advance_s(50)
    assert engine.remaining_ns() == 10 * S
    engine.resume()
    clock.advance_s(3)
    assert engine.remaining_ns() == 7 * S
    assert engine.elapsed_ns() == 7 * S


def test_stop_reports_the_move_in_progress() -> None:
    engine, clock, events = make(timed("A", 30), get_ready_s=0)
    engine.start()
    clock.advance_s(12)
    engine.stop()
    assert engine.state is EngineState.STOPPED
    last = events.of(SegmentEnded)[-1]
    assert (last.segment.title, last.outcome, last.active_ns) == (
        "A",
        SegmentOutcome.STOPPED,
        12 * S,
    )
    assert all(e.cue.kind is not CueKind.FINISHED for e in events.of(CueDue))
    engine.skip()  # actions after the end do nothing
    assert engine.state is EngineState.STOPPED


def test_next_deadline_is_the_next_cue_or_segment_end() -> None:
    engine, clock, _events = make(timed("A", 10), get_ready_s=0)
    assert engine.next_deadline_ns() is None
    engine.start()
    start = clock.now_ns()
    assert engine.next_deadline_ns() == start + 7 * S  # first tick
    clock.advance_s(9.5)
    engine.update()
    assert engine.next_deadline_ns() == start + 10 * S  # the end
    engine.pause()
    assert engine.next_deadline_ns() is None


def test_listener_may_query_the_engine_during_events() -> None:
    clock = FakeClock()
    seen: list[tuple[str, int | None]] = []
    engine: WorkoutEngine

    def listener(event) -> None:
        if isinstance(event, SegmentStarted):
            seen.append((engine.segment.title, engine.remaining_ns()))

    engine = WorkoutEngine(
        build_timeline(routine(timed("A", 3), timed("B", 4), get_ready_s=0)), clock, listener
    )
    engine.start()
    clock.advance_s(3.5)
    engine.update()
    assert seen == [("A", 3 * S), ("B", int(3.5 * S))]


def test_fake_clock_refuses_to_go_back() -> None:
    with pytest.raises(ValueError, match="backwards"):
        FakeClock(10).set(5)


def test_progress_counts_skipped_parts_as_behind() -> None:
    engine, clock, _events = make(timed("A", 10), timed("B", 30), get_ready_s=0)
    engine.start()
    assert engine.progress() == 0.0
    clock.advance_s(5)
    assert engine.progress() == 0.125
    engine.skip()
    assert engine.progress() == 0.25
    clock.advance_s(15)
    assert engine.progress() == 0.625


def test_at_a_segment_end_the_next_cue_is_delivered_before_the_bookkeeping() -> None:
    engine, clock, events = make(timed("A", 10), get_ready_s=3)
    engine.start()
    clock.advance_s(2.5)
    engine.update()
    events.events.clear()
    clock.advance_s(0.5)
    engine.update()
    kinds = [type(event).__name__ for event in events.events]
    assert kinds == ["CueDue", "SegmentEnded", "SegmentStarted"]
    assert events.events[0].cue.kind is CueKind.WORK_START
    assert isinstance(events.events[2], SegmentStarted) and events.events[2].segment.title == "A"


def test_the_upcoming_cue_is_each_cue_before_it_falls_due() -> None:
    """Stepping 1 ms at a time: every cue delivered was announced as upcoming, exactly."""
    engine, clock, events = make(timed("A", 3, rest_s=2), timed("B", 4), get_ready_s=2)
    assert engine.upcoming_cue() is None  # not started
    engine.start()
    predicted = []
    while engine.state is EngineState.RUNNING:
        upcoming = engine.upcoming_cue()
        if upcoming is not None and upcoming not in predicted:
            predicted.append(upcoming)
        clock.advance(S // 1000)
        engine.update()
    delivered = events.of(CueDue)
    assert delivered[1:] == predicted  # the first sounds as the workout starts
    assert delivered[-1].cue.kind is CueKind.FINISHED


def test_a_reps_move_has_no_upcoming_cue_after_its_own() -> None:
    engine, clock, _events = make(counted("B", 2), timed("C", 2), get_ready_s=0)
    engine.start()
    clock.advance_s(30)
    assert engine.upcoming_cue() is None  # waits for Done: nothing can be scheduled
    engine.done()
    upcoming = engine.upcoming_cue()
    assert upcoming is not None and upcoming.due_ns > clock.now_ns() - S


def test_no_upcoming_cue_while_paused() -> None:
    engine, clock, _events = make(timed("A", 10))
    engine.start()
    first = engine.upcoming_cue()
    assert first is not None
    engine.pause()
    assert engine.upcoming_cue() is None
    clock.advance_s(5)
    engine.resume()
    resumed = engine.upcoming_cue()
    assert resumed is not None and resumed.cue is first.cue
    assert resumed.due_ns == first.due_ns + 5 * S


def test_reading_the_engine_changes_nothing() -> None:
    engine, clock, events = make(timed("A", 10, rest_s=5), timed("B", 10), get_ready_s=3)
    engine.start()
    seen = len(events.events)
    clock.advance_s(30)  # past the end of the workout, not yet caught up
    readings = (
        engine.state,
        engine.index,
        engine.segment.title,
        engine.remaining_ns(),
        engine.segment_elapsed_ns(),
        engine.total_remaining_ns(),
        engine.progress(),
        engine.next_deadline_ns(),
        engine.upcoming_cue(),
    )
    assert readings[:4] == (EngineState.RUNNING, 0, "Get ready", 0)
    assert engine.elapsed_ns() == 30 * S  # times are read from the clock
    assert len(events.events) == seen  # no cue, no segment end, no history write
    engine.update()  # catching up is explicit
    assert engine.state is EngineState.FINISHED
    assert len(events.of(SegmentEnded)) == 4


def test_a_reps_move_that_advances_ends_at_its_estimated_time() -> None:
    engine, clock, events = make(
        counted("Swan dive", 8, rest_s=10), timed("B", 10), get_ready_s=0, auto_advance_reps=True
    )
    engine.start()
    start = clock.now_ns()
    assert engine.remaining_ns() == 8 * REP_ESTIMATE_S * S
    assert engine.next_deadline_ns() == start + 7 * REP_ESTIMATE_S * S  # the last-rep cue
    clock.advance_s(7 * REP_ESTIMATE_S - 0.001)
    engine.update()
    assert [e.cue.say for e in events.of(CueDue)] == ["Swan dive, 8 reps"]
    clock.advance_s(0.001)
    engine.update()
    last = events.of(CueDue)[-1]
    assert (last.cue.say, last.due_ns) == ("Last rep", start + 21 * S)
    assert engine.next_deadline_ns() == start + 24 * S
    clock.advance_s(REP_ESTIMATE_S + 0.5)  # woken late: the segment still ends on time
    engine.update()
    [ended] = events.of(SegmentEnded)
    assert (ended.segment.title, ended.outcome) == ("Swan dive", SegmentOutcome.COMPLETED)
    assert ended.active_ns == 24 * S
    assert engine.segment.kind is SegmentKind.REST and engine.remaining_ns() == 9.5 * S


def test_done_still_ends_an_advancing_reps_move_early() -> None:
    engine, clock, events = make(
        counted("Swan dive", 8), timed("B", 10), get_ready_s=0, auto_advance_reps=True
    )
    engine.start()
    clock.advance_s(5)
    assert engine.done()
    [ended] = events.of(SegmentEnded)
    assert (ended.active_ns, ended.outcome) == (5 * S, SegmentOutcome.COMPLETED)
    assert "Last rep" not in [e.cue.say for e in events.of(CueDue)]
    assert engine.segment.title == "B" and not engine.done()  # not on a timed move


def test_a_start_with_a_lead_runs_from_then_and_announces_its_first_cue_ahead() -> None:
    """A player that writes sounds ahead needs the first cue 0.1 s before it is due."""
    engine, clock, events = make(timed("A", 10), get_ready_s=3)
    engine.start(lead_ns=S // 10)
    assert engine.state is EngineState.RUNNING
    assert events.of(CueDue) == []  # nothing due yet
    upcoming = engine.upcoming_cue()
    assert upcoming is not None and upcoming.cue.kind is CueKind.GET_READY
    assert upcoming.due_ns == 1_000 * S + S // 10
    assert engine.next_deadline_ns() == upcoming.due_ns
    assert (engine.remaining_ns(), engine.segment_elapsed_ns(), engine.elapsed_ns()) == (
        3 * S,
        0,
        0,
    )
    clock.advance_s(0.05)
    engine.pause()  # half of the lead left
    clock.advance_s(5)
    engine.resume()
    assert engine.upcoming_cue() == CueDue(upcoming.cue, 0, 1_005 * S + S // 10)
    clock.advance_s(0.05)
    engine.update()
    assert [cue.due_ns for cue in events.of(CueDue)] == [1_005 * S + S // 10]
    assert (engine.remaining_ns(), engine.elapsed_ns()) == (3 * S, 0)
    clock.advance_s(1)
    assert (engine.remaining_ns(), engine.elapsed_ns()) == (2 * S, S)


def test_stopping_within_the_lead_counts_no_time() -> None:
    engine, clock, events = make(timed("A", 10), get_ready_s=3)
    engine.start(lead_ns=S // 10)
    clock.advance_s(0.02)
    engine.stop()
    assert engine.elapsed_ns() == 0
    assert [(e.active_ns, e.outcome) for e in events.of(SegmentEnded)] == [
        (0, SegmentOutcome.STOPPED)
    ]


COMING = [("tick", 1.0), ("tick", 2.0), ("work_start", 3.0)]


def test_the_upcoming_cues_are_those_within_the_window_after_the_next() -> None:
    engine, clock, _events = make(timed("A", 5, rest_s=4), timed("B", 5), get_ready_s=3)
    engine.start()  # the get-ready cue is due at once
    coming = engine.upcoming_cues(3 * S)
    assert coming[0] == engine.upcoming_cue()
    assert [(cue.cue.kind.value, (cue.due_ns - 1_000 * S) / S) for cue in coming] == COMING
    clock.advance_s(100)
    engine.update()
    assert engine.upcoming_cues(3 * S) == ()


def test_the_upcoming_cues_are_exactly_the_cues_the_workout_then_sounds() -> None:
    engine, clock, events = make(
        timed("A", 5, rest_s=4), counted("B", 6), timed("C", 7), get_ready_s=3
    )
    engine.start()
    foreseen = list(engine.upcoming_cues(1_000 * S))
    assert foreseen[-1].cue.kind is CueKind.WORK_START  # B waits for Done: nothing after it
    clock.advance_s(12.5)  # into B
    engine.update()
    assert [(e.cue, e.due_ns) for e in events.of(CueDue)[1:]] == [
        (e.cue, e.due_ns) for e in foreseen
    ]
    engine.done()
    foreseen = list(engine.upcoming_cues(1_000 * S))
    sounded = len(events.of(CueDue))
    clock.advance_s(100)
    engine.update()
    assert [(e.cue, e.due_ns) for e in events.of(CueDue)[sounded:]] == [
        (e.cue, e.due_ns) for e in foreseen
    ]
    assert foreseen[-1].cue.kind is CueKind.FINISHED
