"""A workout session's lifetime: it owns one workout and leaves nothing behind when closed."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import SIGNAL, QCoreApplication, QEvent
from shiboken6 import isValid

from backcare_desktop.core.clock import FakeClock
from backcare_desktop.core.engine import EngineState
from backcare_desktop.ui.controller import WorkoutController
from backcare_desktop.ui.main_window import MainWindow
from backcare_desktop.ui.services import Services
from backcare_desktop.ui.workout_session import WorkoutSession
from tests.core.factories import routine, timed

CONTROLLER_SIGNALS = (
    "cue_due(PyObject)",
    "segment_started(PyObject)",
    "segment_ended(PyObject)",
    "state_changed(QString)",
    "refreshed()",
    "event(PyObject)",
)


def flush_deletions() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()


def receivers(controller: WorkoutController) -> dict[str, int]:
    return {name: controller.receivers(SIGNAL(name)) for name in CONTROLLER_SIGNALS}


def test_ten_workouts_leave_no_controller_or_connection_behind(
    qtbot, services: Services, clock: FakeClock
) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    alive: list[weakref.ref[WorkoutController]] = []
    connections: list[dict[str, int]] = []
    view_receivers: list[int] = []
    for _ in range(10):
        session = window.run_routine(routine(timed("Plank", 5), get_ready_s=0))
        connections.append(receivers(session.controller))
        view_receivers.append(window.workout_view.receivers(SIGNAL("closed()")))
        alive.append(weakref.ref(session.controller))
        clock.advance_s(6)
        session.controller.wake()
        window.workout_view.leave_finish()
        del session
        flush_deletions()
        assert window.session is None
        assert window.findChildren(WorkoutController) == []
    assert [ref() for ref in alive if ref() is not None and isValid(ref())] == []
    assert all(counts == connections[0] for counts in connections)
    assert connections[0]["refreshed()"] == 2  # the view and the session, once each
    assert set(view_receivers) == {view_receivers[0]}
    assert window.workout_view.controller is None
    assert len(services.history.sessions()) == 10


def test_a_new_workout_closes_the_running_one(qtbot, services: Services, clock) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    first = window.run_routine(routine(timed("Plank", 60), get_ready_s=0))
    closed: list[bool] = []
    first.closed.connect(lambda: closed.append(True))
    clock.advance_s(10)
    second = window.run_routine(routine(timed("Bridge", 60), get_ready_s=0))
    assert closed == [True]
    assert window.session is second and second.active
    statuses = sorted(row.status for row in services.history.sessions())
    assert statuses == ["in_progress", "stopped"]
    flush_deletions()
    assert window.findChildren(WorkoutController) == [second.controller]


def test_session_waits_for_start_and_records_nothing_before(
    qtbot, services: Services, clock: FakeClock
) -> None:
    session = WorkoutSession(routine(timed("Plank", 5), get_ready_s=0), services, pain_before=2)
    assert session.engine.state is EngineState.READY
    assert not session.active
    assert services.history.sessions() == []  # a gate may still say no
    session.start()
    assert session.active
    [row] = services.history.sessions()
    assert (row.status, row.pain_before) == ("in_progress", 2)
    session.close()
    assert not session.active
    [row] = services.history.sessions()
    assert row.status == "stopped"
    session.close()  # a second close does nothing
    flush_deletions()


def test_closing_the_window_stops_and_saves_the_workout(qtbot, services, clock) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.run_routine(routine(timed("Plank", 60), get_ready_s=0))
    clock.advance_s(5)
    window.close()
    assert window.session is None
    [row] = services.history.sessions()
    assert row.status == "stopped"


def test_a_workout_starts_after_the_players_lead_with_its_first_cue_scheduled_ahead(
    qtbot, services: Services, clock: FakeClock
) -> None:
    """The tone thread writes cues ahead: the first one (due at the start) must be known then."""
    player = services.player
    player.lead_ns = 100_000_000
    session = WorkoutSession(routine(timed("Plank", 5), get_ready_s=3), services, pain_before=None)
    started_at = clock.now_ns()
    session.start()
    [(first, *_)] = player.scheduled
    assert (first.cue.kind.value, first.due_ns) == ("get_ready", started_at + 100_000_000)
    assert player.played == []  # not due yet
    clock.advance(100_000_000)
    session.controller.wake()
    assert [cue.kind.value for cue in player.played] == ["get_ready"]
    session.close()
    flush_deletions()
